import type { Composed } from '../../model/composed.js';
import type { LetterContent } from './content.js';
import type { Letter } from './schema.js';
import { composeDocument } from '../../compose/composeDocument.js';
import { letterBlocks } from './blocks.js';
import { loadTemplates } from '../../compose/templates.js';
import { letterTitle, letterView } from './view.js';
import { fill, languageTag } from '../../compose/texts.js';
import { templateTexts, texts, type LetterTexts } from './texts.js';

/** The tildelingsbrev: its templates over the content, with its generated blocks, into the document model. */
export function composeLetter(content: LetterContent): Composed {
  const { letter } = content;
  const t = texts(letter.språk);
  const model = composeDocument({
    templates: loadTemplates('tildelingsbrev', content.templates),
    view: letterView(content),
    texts: templateTexts(letter.språk),
    blocks: letterBlocks(content),
    tocTitle: t.brev.innhold,
    meta: {
      title: letterTitle(content),
      author: letter.avsender.departement,
      subject: fill(t.tildelingsbrev.emne, { år: letter.år }),
      language: languageTag(letter.språk),
      date: letter.dato,
      keywords: ['tildelingsbrev', String(letter.år), letter.mottaker.kortnavn ?? letter.mottaker.navn],
    },
    furniture: {
      pageNumberFormat: t.brev.side,
      header: fill(t.tildelingsbrev.topptekst, { år: letter.år, mottaker: letter.mottaker.kortnavn ?? letter.mottaker.navn }),
      firstPageFooter: letter.bunntekst ? letterFooter(letter, letter.saksbehandler) : [],
    },
  });
  return { model };
}

/** The first page's footer of a letter from the ministry: addresses, telephone, org. no., department, case officer. */
export function letterFooter(letter: Letter, officer: Letter['saksbehandler']): string[][] {
  const sender = letter.avsender;
  const t: LetterTexts = texts(letter.språk).brev;
  return [
    [t.postadresse, ...sender.postadresse, ...(sender.epost ? [sender.epost] : [])],
    ...(sender.kontoradresse.length ? [[t.kontoradresse, ...sender.kontoradresse, ...(sender.nettsted ? [sender.nettsted] : [])]] : []),
    ...(sender.telefon || sender.orgnr ? [[...(sender.telefon ? [t.telefon, sender.telefon] : []), ...(sender.orgnr ? [t.orgnr, sender.orgnr] : [])]] : []),
    ...(sender.avdeling ? [[t.avdeling, sender.avdeling]] : []),
    ...(officer ? [[t.saksbehandler, officer.navn, ...(officer.telefon ? [officer.telefon] : [])]] : []),
  ];
}
