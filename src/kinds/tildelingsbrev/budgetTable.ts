import type { Table } from '../../model/document.js';
import { postNumber } from '../../format/references.js';
import { formatInUnit, toKroner } from '../../format/numbers.js';
import type { Budget } from './schema.js';
import { bold, dataTable, plain, type DataColumn } from '../../compose/cells.js';
import { fill, type Language } from '../../compose/texts.js';
import { texts } from './texts.js';

type Chapter = Budget['kapitler'][number];
type Post = Chapter['poster'][number];

/** The columns of a chapter's budget table: one entry per column, header and value together. */
function columns(chapter: Chapter, year: number, language: Language): DataColumn<Post>[] {
  const t = texts(language);
  const unit = chapter.enhet;
  return [
    { header: t.brev.post, kind: 'id', width: 6, cell: (p) => plain(postNumber(p.post)) },
    { header: t.tildelingsbrev.betegnelse, kind: 'text', width: 50, cell: (p) => plain([p.navn, ...p.stikkord].join(', ')) },
    {
      header: fill(t.tildelingsbrev.tildeling_kolonne, { år: year, enhet: unit === 'mill. kroner' ? 'mill. kroner' : 'kroner' }),
      kind: 'amount', width: 19, cell: (p) => plain(formatInUnit(toKroner(p.bevilget, unit), unit)),
      total: (posts) => bold(formatInUnit(posts.reduce((s, p) => s + toKroner(p.bevilget, unit), 0), unit)),
    },
  ];
}

/** A chapter's posts with the amount each is granted, and the chapter's sum. */
export function budgetTable(chapter: Chapter, year: number, language: Language): Table {
  return dataTable(columns(chapter, year, language), chapter.poster, texts(language).brev.sum);
}
