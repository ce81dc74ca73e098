import type { Diagnostic } from '../../core/diagnostics.js';
import { decimalOf, decimalPlaces, shift } from '../../format/decimal.js';
import { formatNumber, UNIT_EXPONENT } from '../../format/numbers.js';
import type { Unit } from '../../format/units.js';
import { at } from '../../validate/located.js';
import type { ContentFile } from '../../load/loadFolder.js';
import type { LetterContent } from './content.js';

/**
 * Amounts are printed as written, and sums are kept in whole kroner: an amount that is a fraction of a krone in its
 * unit (173.75 kroner) would print rounded, so it is an error instead.
 */
export function checkWholeKroner({ budget, assignments }: LetterContent): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (file: ContentFile, path: PropertyKey[], value: number | null | undefined, unit: Unit) => {
    if (typeof value !== 'number' || decimalPlaces(shift(decimalOf(value), UNIT_EXPONENT[unit])) === 0) return;
    out.push(at(file, path, 'feil', `beløpet ${formatNumber(value, decimalPlaces(decimalOf(value)))} ${unit} er ikke et helt antall kroner`,
      unit === 'kroner' ? 'Skriv beløpet i hele kroner, eller oppgi det i 1 000 kroner eller mill. kroner.' : 'Skriv beløpet med så mange desimaler at det blir hele kroner.'));
  };
  if (budget) {
    const { file } = budget;
    budget.budget.kapitler.forEach((chapter, ci) => {
      const c = ['kapitler', ci];
      check(file, [...c, 'sum'], chapter.sum, chapter.enhet);
      chapter.poster.forEach((post, pi) => {
        const p = [...c, 'poster', pi];
        for (const key of ['bevilget', 'i_fjor', 'disponert', 'udisponert'] as const) check(file, [...p, key], post[key], chapter.enhet);
        post.bindinger.forEach((group, gi) => {
          check(file, [...p, 'bindinger', gi, 'sum'], group.sum, group.enhet);
          group.linjer.forEach((line, li) => {
            check(file, [...p, 'bindinger', gi, 'linjer', li, 'beløp'], line.beløp, group.enhet);
            line.linjer.forEach((sub, si) => check(file, [...p, 'bindinger', gi, 'linjer', li, 'linjer', si, 'beløp'], sub.beløp, group.enhet));
          });
        });
        post.tabeller.forEach((table, ti) => {
          check(file, [...p, 'tabeller', ti, 'sum'], table.sum, table.enhet);
          table.rader.forEach((row, ri) => check(file, [...p, 'tabeller', ti, 'rader', ri, 'beløp'], row.beløp, table.enhet));
        });
      });
    });
  }
  for (const { assignment, file } of assignments) {
    assignment.finansiering.forEach((f, i) => check(file, ['finansiering', i, 'beløp'], f.beløp, f.enhet));
  }
  return out;
}
