import { composeDocument } from '../../compose/composeDocument.js';
import { loadTemplates } from '../../compose/templates.js';
import { fill, languageTag } from '../../compose/texts.js';
import type { Composed } from '../../model/composed.js';
import { isPlaceholder } from '../arsrapport/parts.js';
import { halfYearBlocks } from './blocks.js';
import type { HalfYearContent } from './content.js';
import { texts } from './texts.js';
import { halfYearTitle, halfYearView } from './view.js';

/** The report as one document; it is sent to the ministry, so it has no separate publication version. */
export function composeHalfYear(c: HalfYearContent): Composed {
  const { report } = c;
  const t = texts(report.språk);
  const short = report.kortnavn ?? report.virksomhet;
  return {
    model: composeDocument({
      templates: loadTemplates('halvarsrapport', c.templates),
      view: halfYearView(c),
      texts: t,
      blocks: halfYearBlocks(c),
      tocTitle: t.innhold,
      meta: {
        title: `${halfYearTitle(c)} – ${report.virksomhet}`,
        author: report.virksomhet,
        subject: fill(t.tittel, { år: report.år }),
        language: languageTag(report.språk),
        date: isPlaceholder(report.dato) ? c.period.til : report.dato,
        keywords: ['halvårsrapport', String(report.år), short],
      },
      furniture: { pageNumberFormat: t.side, header: `${halfYearTitle(c)} – ${short}` },
    }),
  };
}
