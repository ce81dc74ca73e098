import type { DocumentModel } from '../../model/document.js';
import type { TilleggContent } from '../../validate/tillegg/content.js';
import { letterFooter, tidy } from '../letter/composeLetter.js';
import type { Composed } from '../../model/composed.js';
import { neutralizeMarkdown } from '../markdownText.js';
import { markdownToBlocks } from '../markdownToModel.js';
import { numberHeadings } from '../numberHeadings.js';
import { loadTemplates } from '../templates.js';
import { tilleggTitle, tilleggView } from './viewModel.js';
import { fill, templateTexts, texts } from '../texts.js';

/** Runs the tillegg templates (with the tildelingsbrev's letterhead and signature partials) into the document model. */
export function composeTillegg(content: TilleggContent): Composed {
  const templates = loadTemplates('tillegg', content.templates, ['tildelingsbrev']);
  const letter = content.letter.letter;
  const markdown = neutralizeMarkdown(tidy(templates.render('dokument', tilleggView(content), templateTexts(letter.språk, 'tillegg'))));
  const t = texts(letter.språk);
  const short = letter.mottaker.kortnavn ?? letter.mottaker.navn;
  const model: DocumentModel = {
    meta: {
      title: tilleggTitle(content),
      author: letter.avsender.departement,
      subject: fill(t.tillegg.emne, { nr: content.tillegg.nr, år: letter.år }),
      language: letter.språk === 'nn' ? 'nn-NO' : 'nb-NO',
      date: content.tillegg.dato,
      keywords: ['tillegg', 'tildelingsbrev', String(letter.år), short],
    },
    furniture: {
      pageNumberFormat: t.brev.side,
      header: fill(t.tillegg.topptekst, { nr: content.tillegg.nr, år: letter.år, mottaker: short }),
      firstPageFooter: letterFooter(letter, content.tillegg.saksbehandler),
    },
    blocks: numberHeadings(markdownToBlocks(markdown)),
  };
  return { markdown, model };
}
