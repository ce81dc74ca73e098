import type { Unit } from './units.js';
import { decimalOf, decimalPlaces, roundToInteger, shift, type Decimal } from './decimal.js';

/**
 * The largest amount, in kroner (10 000 milliarder, about five times the whole state budget). Below it, every sum
 * of a document's amounts in whole kroner is an exact integer; content beyond it is an error (see contentLimits.ts).
 */
export const MAX_KRONER = 10_000_000_000_000;

const NBSP = '\u00a0';

/**
 * Norwegian notation of an exact decimal rounded half away from zero to `decimals` places: groups of three joined by
 * no-break spaces (U+00A0, so an amount never wraps), a decimal comma and the minus sign U+2212, as Intl.NumberFormat
 * writes nb-NO. Written out because constructing an Intl.NumberFormat loads ICU's locale data on every cold build (README,
 * «Ytelse»).
 */
function formatDecimal(value: Decimal, decimals: number): string {
  const scaled = shift(value, decimals);
  const magnitude = roundToInteger({ units: scaled.units < 0n ? -scaled.units : scaled.units, scale: scaled.scale });
  const digits = magnitude.toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const fraction = decimals > 0 ? `,${digits.slice(digits.length - decimals)}` : '';
  return `${value.units < 0n && magnitude !== 0n ? '\u2212' : ''}${whole}${fraction}`;
}

/**
 * 353610000 → "353 610 000"; 15335.9 with 1 decimal → "15 335,9". The number is formatted as the decimal it is
 * written as (15.05 with 1 decimal is 15,1), never as its binary approximation.
 */
export function formatNumber(value: number, decimals = 0): string {
  return formatDecimal(decimalOf(value), decimals);
}

export const UNIT_EXPONENT: Record<Unit, number> = { kroner: 0, '1 000 kroner': 3, 'mill. kroner': 6 };

/** Amounts are kept as whole kroner so sums are exact: the amount as written, times the unit, rounded to the krone. */
export function toKroner(value: number, unit: Unit): number {
  return Number(roundToInteger(shift(decimalOf(value), UNIT_EXPONENT[unit])));
}

/** The fewest decimals a table shows for a unit: whole kroner, or millions with one decimal as in the budget propositions. */
export function tableDecimals(unit: Unit): number {
  return unit === 'mill. kroner' ? 1 : 0;
}

/** Whole kroner in the unit, exactly: 17349100000 in mill. kroner → 17349.1. */
function inUnit(kroner: number, unit: Unit) {
  return shift(decimalOf(kroner), -UNIT_EXPONENT[unit]);
}

/**
 * A whole-kroner amount in a table of the given unit, never rounded: with the decimals it was written with, at
 * least the unit's: 17349100000 in mill. kroner → "17 349,1", 6035130000 → "6 035,13", 464000 → "0,464".
 */
export function formatInUnit(kroner: number, unit: Unit, decimals = tableDecimals(unit)): string {
  const value = inUnit(kroner, unit);
  return formatDecimal(value, Math.max(decimals, decimalPlaces(value)));
}

/**
 * An amount in running text. Written in mill. kroner, it is given as written: "0,7 mill. kroner", "6 035,13 mill.
 * kroner", "0,464 mill. kroner". Otherwise amounts from a million up are given in millions, abbreviated as the
 * ministries do ("353,6 mill. kroner" for 353 610 000 kroner), and smaller ones in kroner: "500 000 kroner".
 */
export function formatAmountText(kroner: number, unit?: Unit): string {
  const millions = inUnit(kroner, 'mill. kroner');
  if (unit === 'mill. kroner') return `${formatDecimal(millions, decimalPlaces(millions))} mill. kroner`;
  if (unit === 'kroner' || Math.abs(kroner) < 1_000_000) return `${formatNumber(kroner)} kroner`;
  // Large sums are written to the tenth (353 610 000 → 353,6); smaller ones keep up to two decimals (15,42).
  const maxDecimals = Math.abs(kroner) >= 100_000_000 ? 1 : 2;
  return `${formatDecimal(millions, Math.min(maxDecimals, decimalPlaces(millions)))} mill. kroner`;
}

/** Half of the last digit the unit shows: two amounts closer than this look equal in print. */
export function tolerance(unit: Unit): number {
  return 10 ** (UNIT_EXPONENT[unit] - tableDecimals(unit)) / 2;
}
