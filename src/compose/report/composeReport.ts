import type { Block, DocumentModel } from '../../model/document.js';
import type { ReportContent } from '../../validate/report/content.js';
import type { GeneratedContent } from '../../validate/schema/arsrapport.js';
import { formatLongDate } from '../../format/dates.js';
import { isPlaceholder } from '../../report/parts.js';
import { numberHeadings } from '../numberHeadings.js';
import { markdownToBlocks } from '../markdownToModel.js';
import { escapeInline as e, neutralizeMarkdown } from '../markdownText.js';
import { loadTemplates, MissingContent } from '../templates.js';
import type { Composed } from '../../model/composed.js';
import { fill, templateTexts, texts } from '../texts.js';
import { assignmentsTable, artskontoTables, bevilgningTables, keyFigureTables, noteATable, noteBTable, noteTables, resultsTable, type TableView } from './tables.js';

export const reportTitle = (c: ReportContent) => c.report.tittel ?? fill(texts(c.report.språk).årsrapport.tittel, { år: c.report.år });

/** Where the data for each generated table comes from, for the message when it is missing. */
const DATA_FILE: Record<GeneratedContent, string> = {
  hovedtall: 'hovedtall.yaml', resultatkrav: 'resultater.yaml', oppdrag: 'resultater.yaml', bevilgningsrapportering: 'regnskap.yaml',
  'note-a': 'regnskap.yaml', 'note-b': 'regnskap.yaml', artskontorapportering: 'regnskap.yaml', noter: 'regnskap.yaml',
};

function generatedTables(c: ReportContent, what: GeneratedContent): TableView[] {
  const { år } = c.report;
  const t = texts(c.report.språk).årsrapport;
  const missing = () => new MissingContent(`innholdet «${what}» trenger ${DATA_FILE[what]}, som mangler`, `Legg til ${DATA_FILE[what]} i rapportmappen, eller fjern «${what}» fra «innhold:».`);
  switch (what) {
    case 'hovedtall':
      if (!c.keyFigures) throw missing();
      return keyFigureTables(c.keyFigures.data, t);
    case 'resultatkrav':
      if (!c.results) throw missing();
      return [resultsTable(c.results.data, år, t, c.letter)];
    case 'oppdrag':
      if (!c.results) throw missing();
      return [assignmentsTable(c.results.data, år, t)];
    default: {
      if (!c.accounts) throw missing();
      const a = c.accounts.data;
      if (what === 'bevilgningsrapportering') return bevilgningTables(a, år, t);
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
  const dato = isPlaceholder(report.dato) ? e(report.dato) : formatLongDate(report.dato);
  const signatur = { sted: e(report.leder.sted), dato, navn: e(report.leder.navn), tittel: e(report.leder.tittel) };
  const deler = c.parts.map((part) => {
    // Parts I and VI are signed: after the chapter marked «signatur: true», else at the end of the part.
    const marked = part.chapters.some((ch) => ch.chapter.signatur);
    const signsAtEnd = (part.index === 0 || part.index === 5) && !marked;
    return {
      nr: part.index + 1,
      tittel: e(part.title),
      intro: part.intro.trim(),
      kapitler: part.chapters.map((ch) => ({
        tittel: ch.chapter.tittel ? e(ch.chapter.tittel) : null,
        tekst: ch.text.trim(),
        tabeller: ch.chapter.innhold.flatMap((g) => generatedTables(c, g)),
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
    dato,
    innholdsfortegnelse: report.innholdsfortegnelse,
    innhold: texts(report.språk).årsrapport.innhold,
    leder: signatur,
    deler,
  };
}

function composeVariant(c: ReportContent, signert: boolean): Composed {
  const templates = loadTemplates('arsrapport', c.templates);
  const { report } = c;
  const markdown = neutralizeMarkdown(tidy(templates.render('dokument', reportView(c, signert), templateTexts(report.språk, 'årsrapport'))));
  const model: DocumentModel = {
    meta: {
      title: `${reportTitle(c)} – ${report.virksomhet}`,
      author: report.virksomhet,
      subject: fill(texts(report.språk).årsrapport.tittel, { år: report.år }),
      language: report.språk === 'nn' ? 'nn-NO' : 'nb-NO',
      date: isPlaceholder(report.dato) ? `${report.år + 1}-03-15` : report.dato,
      keywords: ['årsrapport', String(report.år), report.kortnavn ?? report.virksomhet],
    },
    furniture: { pageNumberFormat: texts(report.språk).årsrapport.side, header: `${reportTitle(c)} – ${report.kortnavn ?? report.virksomhet}` },
    blocks: numberHeadings(markdownToBlocks(markdown)),
  };
  return { markdown, model };
}

/**
 * The signed submission, with the publication version (no signature blocks, otherwise identical) as a
 * variant that the build writes as <name>-publisering.<format>.
 */
export function composeReport(c: ReportContent): Composed {
  const signed = composeVariant(c, true);
  const publication = composeVariant(c, false);
  return { ...signed, variants: [{ suffix: 'publisering', ...publication }] };
}

/** The signature blocks of a model (for tests and tools): the "signaturer" containers. */
export function withoutSignatures(blocks: Block[]): Block[] {
  return blocks.filter((b) => !(b.type === 'div' && b.name === 'signaturer')).map((b) => (b.type === 'div' ? { ...b, children: withoutSignatures(b.children) } : b));
}

function tidy(markdown: string): string {
  return `${markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
