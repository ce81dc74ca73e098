import { postReference } from '../../format/references.js';
import { formatInUnit, toKroner } from '../../format/numbers.js';
import type { ContentFile } from '../../load/loadFolder.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { at } from '../../validate/located.js';
import type { DraftBudget } from './schema.js';

/**
 * A draft made by `new-year` leaves every post's amount empty (`bevilget:` with nothing after it). Each
 * empty amount is an error: a letter that puts money at an agency's disposal cannot be sent without the
 * amounts, and its sums cannot be checked, so nothing is built until all are filled in. The message
 * names the post and last year's amount (`i_fjor`) so the author sees what to fill in where.
 */
export function missingAmounts(budget: DraftBudget, file: ContentFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  budget.kapitler.forEach((chapter, ci) => {
    chapter.poster.forEach((post, pi) => {
      if (post.bevilget !== null) return;
      const ref = `${postReference(chapter.kap, post.post)} ${post.navn}`;
      const last = post.i_fjor === undefined ? '' : ` (i fjor: ${formatInUnit(toKroner(post.i_fjor, chapter.enhet), chapter.enhet)} ${chapter.enhet})`;
      out.push(at(file, ['kapitler', ci, 'poster', pi, 'bevilget'], 'feil', `beløpet mangler for ${ref}${last}`, `Fyll inn «bevilget:» i ${chapter.enhet}. Brevet bygges ikke før alle beløp er fylt inn.`));
    });
  });
  return out;
}

/** A prose chapter that `new-year` carried over and marked for the author to look over. */
export function reviewFlag(file: ContentFile, note: string): Diagnostic {
  return at(file, ['til_gjennomgang'], 'advarsel', `kapitlet er merket til gjennomgang: ${note}`, 'Gå gjennom teksten, og fjern «til_gjennomgang» fra forsiden når den er oppdatert.');
}
