import type { Composed } from '../../model/composed.js';
import type { TilleggContent } from './content.js';
import { composeDocument } from '../../compose/composeDocument.js';
import { letterFooter } from '../tildelingsbrev/compose.js';
import { loadTemplates } from '../../compose/templates.js';
import { fill, languageTag } from '../../compose/texts.js';
import { templateTexts, texts } from './texts.js';
import { tilleggBlocks } from './blocks.js';
import { tilleggTitle, tilleggView } from './view.js';

/** The tillegg: its templates (with the tildelingsbrev's letterhead and closing templates) into the document model. */
export function composeTillegg(content: TilleggContent): Composed {
  const letter = content.letter.letter;
  const t = texts(letter.språk);
  const short = letter.mottaker.kortnavn ?? letter.mottaker.navn;
  const model = composeDocument({
    templates: loadTemplates('tillegg', content.templates, ['tildelingsbrev']),
    view: tilleggView(content),
    texts: templateTexts(letter.språk),
    blocks: tilleggBlocks(content),
    tocTitle: t.brev.innhold,
    meta: {
      title: tilleggTitle(content),
      author: letter.avsender.departement,
      subject: fill(t.tillegg.emne, { nr: content.tillegg.nr, år: letter.år }),
      language: languageTag(letter.språk),
      date: content.tillegg.dato,
      keywords: ['tillegg', 'tildelingsbrev', String(letter.år), short],
    },
    furniture: {
      pageNumberFormat: t.brev.side,
      header: fill(t.tillegg.topptekst, { nr: content.tillegg.nr, år: letter.år, mottaker: short }),
      firstPageFooter: letter.bunntekst ? letterFooter(letter, content.tillegg.saksbehandler) : [],
    },
  });
  return { model };
}
