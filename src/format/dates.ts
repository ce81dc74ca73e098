function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses "2023-01-20" or "20.01.2023" to ISO "2023-01-20"; undefined when not a real date. */
export function parseDate(value: string): string | undefined {
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? iso(y, mo, d) : undefined;
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? iso(y, mo, d) : undefined;
  }
  return undefined;
}

/** True when the text looks like an attempt at a date (so a failure to parse is a mistake, not free text). */
export function looksLikeDate(value: string): boolean {
  return /^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4})\s*$/.test(value);
}

// Bokmål; nynorsk has the same month names, so dates need no language. Written out rather than with
// Intl.DateTimeFormat, whose construction loads ICU's calendar data on every cold build (README, «Ytelse»).
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "2023-01-20" → "20. januar 2023" (letters). */
export function formatLongDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** "2023-01-20" → "20.01.2023" (tables). */
export function formatShortDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
