import { escapeInline as e } from '../../compose/markdownText.js';
import { fill } from '../../compose/texts.js';
import { formatShortDate } from '../../format/dates.js';
import type { HalfYearContent } from './content.js';
import { periodText } from './period.js';
import { texts } from './texts.js';

export const halfYearTitle = (c: HalfYearContent) => c.report.tittel ?? fill(texts(c.report.språk).tittel, { år: c.report.år });

/** Everything the halvårsrapport templates can use. */
export function halfYearView(c: HalfYearContent) {
  const { report } = c;
  const t = texts(report.språk);
  const tillegg = c.supplements.length ? fill(t.tillegg, { nr: c.supplements.join(', ') }) : '';
  return {
    år: report.år,
    tittel: e(halfYearTitle(c)),
    virksomhet: e(report.virksomhet),
    kortnavn: e(report.kortnavn ?? report.virksomhet),
    periode: periodText(c.period),
    til: formatShortDate(c.period.til),
    svarer_på: report.tildelingsbrev ? fill(t.svarer_på, { år: report.år, tillegg }) : '',
    avviksgrense: String(report.avviksgrense).replace('.', ','),
    innholdsfortegnelse: report.innholdsfortegnelse,
    sammendrag: c.reportFile.body.trim(),
    mål: c.status.data.mål.map((m) => ({ nr: m.nr, tittel: e(m.tittel) })),
    oppdrag: c.status.data.oppdrag.length > 0,
    risikoer: c.status.data.risikoer.length > 0,
  };
}
