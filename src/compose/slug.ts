const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', é: 'e', ü: 'u', ö: 'o', ä: 'a' };

/** "Mål 1: Flere innvandrere" → "mal-1-flere-innvandrere". */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[æøåéüöä]/g, (c) => FOLD[c])
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-$/, '');
  return slug || 'seksjon';
}

/** Hands out unique slugs: a second "innledning" becomes "innledning-2". */
export function slugger(): (text: string) => string {
  const used = new Map<string, number>();
  return (text) => {
    const base = slugify(text);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
