import type { Unit } from './units.js';

const NBSP = '\u00a0';

/** 353610000 → "353 610 000"; 15335.9 with 1 decimal → "15 335,9". Thousands separated by no-break spaces. */
export function formatNumber(value: number, decimals = 0): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const sign = negative && Number(fixed) !== 0 ? '−' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** Amounts are kept as whole kroner so sums are exact. */
export function toKroner(value: number, unit: Unit): number {
  return Math.round(value * (unit === 'mill. kroner' ? 1_000_000 : 1));
}

/** Decimals a table shows for a unit: whole kroner, or millions with one decimal as in the budget propositions. */
export function tableDecimals(unit: Unit): number {
  return unit === 'mill. kroner' ? 1 : 0;
}

/** A whole-kroner amount in a table of the given unit: 17349100000 in mill. kroner → "17 349,1". */
export function formatInUnit(kroner: number, unit: Unit, decimals = tableDecimals(unit)): string {
  return formatNumber(unit === 'mill. kroner' ? kroner / 1_000_000 : kroner, decimals);
}

/**
 * An amount in running text, in the unit the author used: "0,7 mill. kroner", "353,6 mill. kroner",
 * "15,42 mill. kroner", "500 000 kroner". Without a unit, amounts from a million up are given in millions.
 */
export function formatAmountText(kroner: number, unit?: Unit): string {
  if (unit === 'kroner' || (unit === undefined && Math.abs(kroner) < 1_000_000)) return `${formatNumber(kroner)} kroner`;
  const millions = kroner / 1_000_000;
  // Large sums are written to the tenth (353 610 000 → 353,6); smaller ones keep up to two decimals (15,42).
  const maxDecimals = Math.abs(millions) >= 100 ? 1 : 2;
  let shown = 0;
  while (shown < maxDecimals && Math.abs(Math.round(millions * 10 ** shown) - millions * 10 ** shown) > 1e-6) shown++;
  return `${formatNumber(millions, shown)} mill. kroner`;
}

/** Half of the last digit the unit shows: two amounts closer than this look equal in print. */
export function tolerance(unit: Unit): number {
  return unit === 'mill. kroner' ? 50_000 : 0.5;
}
