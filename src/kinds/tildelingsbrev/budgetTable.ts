import type { Table } from '../../model/document.js';
import { postNumber } from '../../format/references.js';
import { formatInUnit, toKroner } from '../../format/numbers.js';
import type { Budget } from './schema.js';
import { BUDGET_COLUMNS } from './schema.js';
import { bold, dataTable, plain, type DataColumn } from '../../compose/cells.js';
import { fill, type Language } from '../../compose/texts.js';
import { texts } from './texts.js';

type Chapter = Budget['kapitler'][number];
type Post = Chapter['poster'][number];
type ColumnKey = (typeof BUDGET_COLUMNS)[number];

/** Each amount column's value for a post, in whole kroner; undefined where the post lacks it (no `i_fjor`). */
const VALUES: Record<ColumnKey, (p: Post, unit: Chapter['enhet']) => number | undefined> = {
  bevilgning: (p, unit) => toKroner(p.bevilget, unit),
  tildeling: (p, unit) => toKroner(p.disponert ?? p.bevilget, unit),
  i_fjor: (p, unit) => (p.i_fjor === undefined ? undefined : toKroner(p.i_fjor, unit)),
  endring: (p, unit) => (p.i_fjor === undefined ? undefined : toKroner(p.bevilget, unit) - toKroner(p.i_fjor, unit)),
};

/** Widths (per cent) of each amount column by their number, so the name column keeps room. */
const AMOUNT_WIDTHS = [19, 17, 15, 13];

/** The chapter's amount columns as declared; without a declaration, the appropriation headed "Tildeling <år>". */
function declared(chapter: Chapter): Array<{ kolonne: ColumnKey; overskrift?: string }> {
  return (chapter.kolonner ?? [{ kolonne: 'bevilgning' as const }]).map((c) => (typeof c === 'string' ? { kolonne: c } : c));
}

/** The columns of a chapter's budget table: one entry per column, header and value together. */
function columns(chapter: Chapter, year: number, language: Language): DataColumn<Post>[] {
  const t = texts(language);
  const unit = chapter.enhet;
  const amounts = declared(chapter);
  const standardHeader = chapter.kolonner === undefined;
  const headers: Record<ColumnKey, string> = {
    bevilgning: fill(standardHeader ? t.tildelingsbrev.tildeling_kolonne : t.tildelingsbrev.bevilgning_kolonne, { år: year, enhet: unit }),
    tildeling: fill(t.tildelingsbrev.tildeling_kolonne, { år: year, enhet: unit }),
    i_fjor: fill(t.tildelingsbrev.i_fjor_kolonne, { år: year - 1, enhet: unit }),
    endring: fill(t.tildelingsbrev.endring_kolonne, { enhet: unit }),
  };
  const width = AMOUNT_WIDTHS[amounts.length - 1] ?? 13;
  return [
    { header: t.brev.post, kind: 'id', width: 6, cell: (p) => plain(postNumber(p.post)) },
    { header: t.tildelingsbrev.betegnelse, kind: 'text', width: 69 - width * amounts.length, cell: (p) => plain([p.navn, ...p.stikkord].join(', ')) },
    ...amounts.map(({ kolonne, overskrift }): DataColumn<Post> => {
      const value = VALUES[kolonne];
      return {
        header: overskrift ?? headers[kolonne], kind: 'amount', width,
        cell: (p) => { const v = value(p, unit); return plain(v === undefined ? '' : formatInUnit(v, unit)); },
        total: (posts) => bold(formatInUnit(posts.reduce((s, p) => s + (value(p, unit) ?? 0), 0), unit)),
      };
    }),
  ];
}

/** A chapter's posts with the amounts of its declared columns, and the chapter's sums. */
export function budgetTable(chapter: Chapter, year: number, language: Language): Table {
  return dataTable(columns(chapter, year, language), chapter.poster, texts(language).brev.sum);
}
