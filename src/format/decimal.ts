/**
 * Exact decimal arithmetic for amounts: a value is an integer number of units (`units / 10^scale`), kept as a
 * BigInt, so that parsing, summing and rescaling never go through binary floating point.
 */
export interface Decimal {
  units: bigint;
  scale: number;
}

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

/** "12345678901234567.89", "-0.5", "1e6", "1.5E-3" → a Decimal; undefined when the text is not a decimal number. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === '' && !m[3])) return undefined;
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  const exp = Number(exponent);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return undefined;
  let units = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - exp;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return normalize({ units: sign === '-' ? -units : units, scale });
}

/** The exact decimal a JavaScript number stands for when written out (its shortest round-trip form: 0.1 → 0.1). */
export function decimalOf(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return parseDecimal(String(value))!;
}

/** Trailing zeros removed, so equal values have equal representations. */
function normalize({ units, scale }: Decimal): Decimal {
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}

function rescale(d: Decimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

export function addDecimals(...values: Decimal[]): Decimal {
  const scale = Math.max(0, ...values.map((v) => v.scale));
  return normalize({ units: values.reduce((sum, v) => sum + rescale(v, scale), 0n), scale });
}

export function equalDecimals(a: Decimal, b: Decimal): boolean {
  const [x, y] = [normalize(a), normalize(b)];
  return x.units === y.units && x.scale === y.scale;
}

/** The value times 10^exponent: 353.61 shifted by 6 is 353610000, 353610000 shifted by -6 is 353.61. */
export function shift(d: Decimal, exponent: number): Decimal {
  return exponent >= 0 ? normalize({ units: d.units * 10n ** BigInt(Math.max(0, exponent - d.scale)), scale: Math.max(0, d.scale - exponent) }) : normalize({ units: d.units, scale: d.scale - exponent });
}

/** The nearest integer; halves go up (as Math.round does): 2.5 → 3, −2.5 → −2. */
export function roundToInteger({ units, scale }: Decimal): bigint {
  if (scale === 0) return units;
  const unit = 10n ** BigInt(scale);
  const floor = units >= 0n ? units / unit : -((-units + unit - 1n) / unit);
  return 2n * (units - floor * unit) >= unit ? floor + 1n : floor;
}

/** Plain decimal notation, never an exponent: "-12345678901234567.89". */
export function decimalText({ units, scale }: Decimal): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** How many decimals a value has when written without trailing zeros: 15.42 → 2, 7 → 0. */
export function decimalPlaces(d: Decimal): number {
  return normalize(d).scale;
}

/** The exact sum of numbers (each taken as the decimal it is written as), as the number nearest to it. */
export function sumExact(values: Iterable<number>): number {
  return Number(decimalText(addDecimals(...[...values].map(decimalOf))));
}
