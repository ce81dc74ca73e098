import type { Letter } from './schema.js';
import { escapeInline as e } from '../../compose/markdownText.js';

/**
 * What the letter templates read of the sender and recipient of `letter`, and the copy list of the document at
 * hand (the letter itself or a tillegg). The letterhead and the signatures are blocks (furnitureBlocks.ts).
 */
export function furnitureView(letter: Letter, closing: Pick<Letter, 'kopi'>) {
  return {
    avsender: {
      departement: e(letter.avsender.departement),
      kortnavn: e(letter.avsender.kortnavn ?? letter.avsender.departement),
      avdeling: letter.avsender.avdeling ? e(letter.avsender.avdeling) : null,
    },
    mottaker: { navn: e(letter.mottaker.navn), kortnavn: e(letter.mottaker.kortnavn ?? letter.mottaker.navn), adresse: letter.mottaker.adresse.map(e) },
    kopi: closing.kopi.map(e),
  };
}
