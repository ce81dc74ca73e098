import type { DocumentModel } from '../../model/document.js';
import type { TilleggContent } from '../../validate/tillegg/content.js';
import { letterFooter, tidy, type Composed } from '../letter/composeLetter.js';
import { neutralizeMarkdown } from '../markdownText.js';
import { markdownToBlocks } from '../markdownToModel.js';
import { numberHeadings } from '../numberHeadings.js';
import { loadTemplates } from '../templates.js';
import { tilleggTitle, tilleggView } from './viewModel.js';

/** Runs the tillegg templates (with the tildelingsbrev's letterhead and signature partials) into the document model. */
export function composeTillegg(content: TilleggContent): Composed {
  const templates = loadTemplates('tillegg', content.templates, ['tildelingsbrev']);
  const markdown = neutralizeMarkdown(tidy(templates.render('dokument', tilleggView(content))));
  const letter = content.letter.letter;
  const short = letter.mottaker.kortnavn ?? letter.mottaker.navn;
  const model: DocumentModel = {
    meta: {
      title: tilleggTitle(content),
      author: letter.avsender.departement,
      subject: `Tillegg nr. ${content.tillegg.nr} til tildelingsbrev ${letter.år}`,
      language: letter.språk === 'nn' ? 'nn-NO' : 'nb-NO',
      date: content.tillegg.dato,
      keywords: ['tillegg', 'tildelingsbrev', String(letter.år), short],
    },
    furniture: {
      pageNumberFormat: 'Side {side} av {sider}',
      header: `Tillegg nr. ${content.tillegg.nr} til tildelingsbrev ${letter.år} – ${short}`,
      firstPageFooter: letterFooter(letter, content.tillegg.saksbehandler),
    },
    blocks: numberHeadings(markdownToBlocks(markdown)),
  };
  return { markdown, model };
}
