import { formatLongDate } from '../../format/dates.js';
import type { Letter } from '../../validate/schema/tildelingsbrev.js';
import { escapeInline as e } from '../markdownText.js';

type Closing = Pick<Letter, 'deres_ref' | 'vår_ref' | 'dato' | 'saksbehandler' | 'signatarer' | 'kopi'>;

/**
 * What the shared letterhead and closing templates read (brevhode, avslutning): the sender and recipient of
 * `letter`, and the references, date and signatories of the document at hand (the letter itself or a tillegg).
 */
export function furnitureView(letter: Letter, closing: Closing) {
  return {
    avsender: {
      departement: e(letter.avsender.departement),
      brevhode: e(letter.avsender.brevhode ?? letter.avsender.departement),
      kortnavn: e(letter.avsender.kortnavn ?? letter.avsender.departement),
      avdeling: letter.avsender.avdeling ? e(letter.avsender.avdeling) : null,
    },
    mottaker: { navn: e(letter.mottaker.navn), kortnavn: e(letter.mottaker.kortnavn ?? letter.mottaker.navn), adresse: letter.mottaker.adresse.map(e) },
    deres_ref: e(closing.deres_ref),
    vår_ref: e(closing.vår_ref),
    dato: formatLongDate(closing.dato),
    saksbehandler: closing.saksbehandler ? { navn: e(closing.saksbehandler.navn), telefon: closing.saksbehandler.telefon ? e(closing.saksbehandler.telefon) : null } : null,
    signatarer: closing.signatarer.map((s) => ({ navn: e(s.navn), tittel: e(s.tittel), ef: s.ef })),
    kopi: closing.kopi.map(e),
  };
}
