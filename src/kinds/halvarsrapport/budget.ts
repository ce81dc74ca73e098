import { decimalOf, sumExact } from '../../format/decimal.js';
import type { BudgetLine } from './schema.js';
import { val } from '../arsrapport/accounts.js';

/** One post's use at the end of the period, computed from budsjett.yaml. Amounts in kroner. */
export interface BudgetUseLine {
  source: BudgetLine;
  index: number;
  tildelt: number;
  regnskap: number;
  prognose: number;
  /** Regnskap as a share of tildelt, in percent with one decimal; undefined when tildelt is 0. */
  forbruk?: number;
  /** Tildelt − prognose: positive is an expected mindreforbruk, negative a merforbruk. */
  avvik: number;
  /** Whether |avvik| is above the avviksgrense (a share of tildelt), so it must be explained. */
  overGrense: boolean;
  /** Whether every figure is filled in (no [[fyll inn]]). */
  complete: boolean;
}

const abs = (n: bigint) => (n < 0n ? -n : n);

/** a / b × 100 in percent, rounded half away from zero to one decimal, on whole kroner. */
export function percentTenths(a: number, b: number): number | undefined {
  if (b === 0) return undefined;
  const [x, y] = [BigInt(a) * 1000n, BigInt(b)];
  const q = (2n * abs(x) + abs(y)) / (2n * abs(y));
  return Number((x < 0n) !== (y < 0n) ? -q : q) / 10;
}

/** Whether |avvik| > grense % of tildelt, compared exactly (grense may have decimals, e.g. 2.5). */
export function aboveLimit(avvik: number, tildelt: number, grense: number): boolean {
  const g = decimalOf(grense);
  const lhs = abs(BigInt(avvik)) * 100n * 10n ** BigInt(g.scale);
  return lhs > abs(g.units * BigInt(tildelt));
}

export function budgetUse(lines: readonly BudgetLine[], grense: number): BudgetUseLine[] {
  return lines.map((source, index) => {
    const [tildelt, regnskap, prognose] = [val(source.tildelt), val(source.regnskap), val(source.prognose)];
    const complete = [source.tildelt, source.regnskap, source.prognose].every((f) => typeof f === 'number');
    const avvik = sumExact([tildelt, -prognose]);
    return {
      source, index, tildelt, regnskap, prognose, avvik, complete,
      forbruk: percentTenths(regnskap, tildelt),
      overGrense: complete && aboveLimit(avvik, tildelt, grense),
    };
  });
}

/** The sums of the table's amount columns. */
export function budgetTotals(lines: readonly BudgetUseLine[]) {
  const sum = (f: (l: BudgetUseLine) => number) => sumExact(lines.map(f));
  const tildelt = sum((l) => l.tildelt);
  const regnskap = sum((l) => l.regnskap);
  return { tildelt, regnskap, prognose: sum((l) => l.prognose), avvik: sum((l) => l.avvik), forbruk: percentTenths(regnskap, tildelt) };
}
