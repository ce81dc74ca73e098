/** The six parts of an annual report, fixed by Bestemmelser om økonomistyring i staten (see ../shared/domain.md). */
export const PART_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;

const NAMES = {
  nb: ['Leders beretning', 'Introduksjon til virksomheten og hovedtall', 'Årets aktiviteter og resultater', 'Styring og kontroll i virksomheten', 'Vurdering av framtidsutsikter', 'Årsregnskap'],
  nn: ['Leiarens fråsegn', 'Introduksjon til verksemda og hovudtal', 'Aktivitetar og resultat i {år}', 'Styring og kontroll i verksemda', 'Vurdering av framtidsutsikter', 'Årsrekneskap'],
} as const;

/** The exact names of parts I–VI in the report's language; nynorsk part III names the year. */
export function partNames(language: 'nb' | 'nn', year: number): string[] {
  return NAMES[language].map((n) => n.replace('{år}', String(year)));
}

/** Folder names draft-report gives the parts (the number prefix sets the order). */
export const PART_FOLDERS = ['1-leders-beretning', '2-introduksjon-og-hovedtall', '3-aktiviteter-og-resultater', '4-styring-og-kontroll', '5-framtidsutsikter', '6-arsregnskap'];

/** The marker for a place the author must fill in: `[[fyll inn: what]]`. `check` lists every one. */
export const PLACEHOLDER = /\[\[\s*fyll inn\b[^\]]*\]\]/i;
export const placeholder = (what?: string) => (what ? `[[fyll inn: ${what}]]` : '[[fyll inn]]');
export const isPlaceholder = (value: unknown): value is string => typeof value === 'string' && PLACEHOLDER.test(value);

/** How many `[[fyll inn …]]` markers the texts hold (a draft's summary says how many places are left to fill in). */
export function countPlaceholders(texts: Iterable<string>): number {
  let count = 0;
  for (const text of texts) count += text.match(new RegExp(PLACEHOLDER.source, 'gi'))?.length ?? 0;
  return count;
}
