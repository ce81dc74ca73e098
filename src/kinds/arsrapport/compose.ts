import type { DocumentModel, Figure } from '../../model/document.js';
import type { ReportContent } from './content.js';
import type { GeneratedContent } from './schema.js';
import { formatLongDate } from '../../format/dates.js';
import { isPlaceholder } from './parts.js';
import { markdownToBlocks } from '../../compose/markdownToModel.js';
import type { RawBlock } from '../../compose/rawBlocks.js';
import { escapeInline as e } from '../../compose/markdownText.js';
import type { BlockBuilders } from '../../compose/blocks.js';
import { composeDocument } from '../../compose/composeDocument.js';
import { loadTemplates } from '../../compose/templates.js';
import type { Composed } from '../../model/composed.js';
import { fill, languageTag } from '../../compose/texts.js';
import { texts } from './texts.js';
import { DATA_FILE_OF } from './dataFiles.js';
import { chartFigure } from './charts.js';
import { capitalAccountTables, note8Table } from './capitalTables.js';
import { assignmentsTable, artskontoTables, bevilgningTables, keyFigureTables, noteATable, noteBTable, noteTables, resultsTable, type ReportTable } from './tables.js';

export const reportTitle = (c: ReportContent) => c.report.tittel ?? fill(texts(c.report.språk).tittel, { år: c.report.år });

/** The tables for «innhold: what»; undefined when its data file is missing (an error already, shown in a draft). */
function generatedTables(c: ReportContent, what: GeneratedContent): ReportTable[] | undefined {
  const { år } = c.report;
  const t = texts(c.report.språk);
  switch (what) {
    case 'hovedtall':
      return c.keyFigures && keyFigureTables(c.keyFigures.data, t);
    case 'resultatkrav':
      return c.results && [resultsTable(c.results.data, år, t, c.letter)];
    case 'oppdrag':
      return c.results && [assignmentsTable(c.results.data, år, t)];
    default: {
      if (!c.accounts) return undefined;
      const a = c.accounts.data;
      if (what === 'bevilgningsrapportering') return bevilgningTables(a, år, t);
      if (what === 'kapitalkontoer') return capitalAccountTables(a, år, t);
      if (what === 'note-8') return [note8Table(a, år, t)];
      if (what === 'note-a') return [noteATable(a, t)];
      if (what === 'note-b') return [noteBTable(a, t)];
      if (what === 'artskontorapportering') return artskontoTables(a, år, t);
      return noteTables(a, år, t);
    }
  }
}

/** Everything the årsrapport templates can use; `signert` decides whether the signature blocks are printed. */
export function reportView(c: ReportContent, signert: boolean) {
  const { report } = c;
  const deler = c.parts.map((part) => {
    // Parts I and VI are signed: after the chapter marked «signatur: true», else at the end of the part.
    const marked = part.chapters.some((ch) => ch.chapter.signatur);
    const signsAtEnd = (part.index === 0 || part.index === 5) && !marked;
    return {
      nr: part.index + 1,
      tittel: e(part.title),
      intro: part.intro.trim(),
      kapitler: part.chapters.map((ch, k) => ({
        tittel: ch.chapter.tittel ? e(ch.chapter.tittel) : null,
        tekst: ch.text.trim(),
        innhold: ch.chapter.innhold,
        diagrammer: ch.chapter.diagrammer.map((_, n) => `${part.index}.${k}.${n}`),
        signatur: signert && ch.chapter.signatur,
      })),
      signatur: signert && signsAtEnd,
    };
  });
  return {
    år: report.år,
    tittel: e(reportTitle(c)),
    virksomhet: e(report.virksomhet),
    kortnavn: e(report.kortnavn ?? report.virksomhet),
    innholdsfortegnelse: report.innholdsfortegnelse,
    deler,
  };
}

/** The årsrapport's generated blocks: each table named in a chapter's «innhold:», and the leader's signature. */
function reportBlocks(c: ReportContent): BlockBuilders {
  const { report } = c;
  const tables = (what: GeneratedContent): RawBlock[] => {
    const generated = generatedTables(c, what);
    if (!generated) return [{ type: 'paragraph', content: [{ text: fill(texts(report.språk).mangler_data, { fil: DATA_FILE_OF[what], innhold: what }) }] }];
    return generated.flatMap((g) => [
      ...(g.overskrift ? [{ type: 'heading' as const, level: 3, content: [{ text: g.overskrift }], numbered: false, inToc: false, appendix: false }] : []),
      g.table,
      ...(g.merknad ? markdownToBlocks(g.merknad) : []),
    ]);
  };
  // Chapter charts by the key the view gives them ("part.chapter.chart"), for {{blokk "diagram" nr=…}}.
  const chapterCharts = new Map(c.parts.flatMap((part) => part.chapters.flatMap((ch, k) =>
    ch.chapter.diagrammer.map((chart, n): [string, Figure] => [`${part.index}.${k}.${n}`, chartFigure(chart)]))));
  const keyFigureCharts = (): RawBlock[] => (c.keyFigures ? c.keyFigures.data.diagrammer.map((chart) => chartFigure(chart, c.keyFigures!.data.år)) : []);
  const dato = isPlaceholder(report.dato) ? report.dato : formatLongDate(report.dato);
  return {
    ...Object.fromEntries(Object.keys(DATA_FILE_OF).map((what) => [what, () => tables(what as GeneratedContent)])),
    hovedtall: () => [...tables('hovedtall'), ...keyFigureCharts()],
    diagram: (args) => [chapterCharts.get(String(args.nr))!],
    signatur: () => [{ type: 'signatures', greeting: [`${report.leder.sted}, ${dato}`], signatories: [[report.leder.navn, report.leder.tittel]] }],
  };
}

function composeVariant(c: ReportContent, signert: boolean): DocumentModel {
  const { report } = c;
  const t = texts(report.språk);
  return composeDocument({
    templates: loadTemplates('arsrapport', c.templates),
    view: reportView(c, signert),
    texts: t,
    blocks: reportBlocks(c),
    tocTitle: t.innhold,
    meta: {
      title: `${reportTitle(c)} – ${report.virksomhet}`,
      author: report.virksomhet,
      subject: fill(t.tittel, { år: report.år }),
      language: languageTag(report.språk),
      date: isPlaceholder(report.dato) ? `${report.år + 1}-03-15` : report.dato,
      keywords: ['årsrapport', String(report.år), report.kortnavn ?? report.virksomhet],
    },
    furniture: { pageNumberFormat: t.side, header: `${reportTitle(c)} – ${report.kortnavn ?? report.virksomhet}` },
  });
}

/**
 * The signed submission, with the publication version (no signature blocks, otherwise identical) as a
 * variant that the build writes as <name>-publisering.<format>.
 */
export function composeReport(c: ReportContent): Composed {
  return { model: composeVariant(c, true), variants: [{ suffix: 'publisering', model: composeVariant(c, false) }] };
}

