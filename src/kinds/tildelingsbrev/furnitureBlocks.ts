import type { Letterhead, Signatures } from '../../model/document.js';
import { formatLongDate, formatShortDate } from '../../format/dates.js';
import type { Letter } from './schema.js';
import { texts } from './texts.js';

type Closing = Pick<Letter, 'deres_ref' | 'vår_ref' | 'dato' | 'signatarer'>;

/** The letterhead of `letter`'s sender and recipient, with the references and date of the document at hand. */
export function letterhead(letter: Letter, closing: Closing): Letterhead {
  const t = texts(letter.språk).brev;
  return {
    type: 'letterhead',
    sender: letter.avsender.brevhode ?? letter.avsender.departement,
    recipient: [letter.mottaker.navn, ...letter.mottaker.adresse],
    references: [
      { label: t.deres_ref, value: closing.deres_ref },
      { label: t.vår_ref, value: closing.vår_ref },
      { label: t.dato, value: letter.datostil === 'kort' ? formatShortDate(closing.dato) : formatLongDate(closing.dato) },
    ],
  };
}

/** "Med hilsen" and the signatories, each with "(e.f.)" where they sign on another's behalf. */
export function letterSignatures(letter: Letter, closing: Closing): Signatures {
  const t = texts(letter.språk).brev;
  return {
    type: 'signatures',
    greeting: [t.med_hilsen],
    signatories: closing.signatarer.map((s) => [s.ef ? `${s.navn} ${t.ef}` : s.navn, s.tittel]),
  };
}
