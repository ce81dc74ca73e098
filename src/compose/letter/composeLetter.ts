import type { DocumentModel } from '../../model/document.js';
import type { Composed } from '../../model/composed.js';
import type { LetterContent } from '../../validate/letter/content.js';
import type { Letter } from '../../validate/schema/tildelingsbrev.js';
import { numberHeadings } from '../numberHeadings.js';
import { markdownToBlocks } from '../markdownToModel.js';
import { neutralizeMarkdown } from '../markdownText.js';
import { loadTemplates } from '../templates.js';
import { letterTitle, letterView } from './viewModel.js';
import { fill, templateTexts, texts, type LetterTexts } from '../texts.js';

/** Runs the tildelingsbrev templates over the content and parses the result into the document model. */
export function composeLetter(content: LetterContent): Composed {
  const templates = loadTemplates('tildelingsbrev', content.templates);
  // Neutralized before anything reads it, so raw HTML and unsafe links are text in every output (md, DOCX, PDF).
  const { letter } = content;
  const markdown = neutralizeMarkdown(tidy(templates.render('dokument', letterView(content), templateTexts(letter.språk, 'tildelingsbrev'))));
  const t = texts(letter.språk);
  const sender = letter.avsender;
  const footer = letterFooter(letter, letter.saksbehandler);
  const model: DocumentModel = {
    meta: {
      title: letterTitle(content),
      author: sender.departement,
      subject: fill(t.tildelingsbrev.emne, { år: letter.år }),
      language: letter.språk === 'nn' ? 'nn-NO' : 'nb-NO',
      date: letter.dato,
      keywords: ['tildelingsbrev', String(letter.år), letter.mottaker.kortnavn ?? letter.mottaker.navn],
    },
    furniture: {
      pageNumberFormat: t.brev.side,
      header: fill(t.tildelingsbrev.topptekst, { år: letter.år, mottaker: letter.mottaker.kortnavn ?? letter.mottaker.navn }),
      firstPageFooter: footer,
    },
    blocks: numberHeadings(markdownToBlocks(markdown)),
  };
  return { markdown, model };
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

/** Collapses the blank lines that template control lines leave behind. */
export function tidy(markdown: string): string {
  return `${markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
