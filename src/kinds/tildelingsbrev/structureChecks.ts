import type { Diagnostic } from '../../core/diagnostics.js';
import { at } from '../../validate/located.js';
import type { LetterContent } from './content.js';
import { standardStructure } from './structure.js';

/** Chapters the generated chapters print themselves: «andre-oppgaver» closes the goals chapter. */
const PLACED_BY_TEMPLATES = ['andre-oppgaver'];

/**
 * Every chapter file the letter's structure names must be in kapitler/ (without a structure, innledning.md
 * must); with a structure, a chapter file it does not name is a warning: it would silently be left out.
 */
export function checkStructure(c: LetterContent): Diagnostic[] {
  const explicit = c.letter.kapitler;
  const entries = explicit ?? standardStructure(c);
  const known = [...c.chapters.keys()].sort().join(', ') || '(ingen)';
  const named = new Set([...entries.map((x) => x.kapittel), ...PLACED_BY_TEMPLATES]);
  const unused = explicit ? [...c.chapters].filter(([key]) => !named.has(key)).map(([key, ch]): Diagnostic => ({
    severity: 'advarsel', file: ch.file.file, line: 1, col: 1, message: `kapitlet «${key}» står ikke i «kapitler:» i brev.md og kommer ikke med i brevet`,
    hint: `Legg til «- kapittel: ${key}» der det skal stå i «kapitler:», eller fjern filen.`,
  })) : [];
  return [...unused, ...entries.flatMap((x, i): Diagnostic[] => {
    if (!x.kapittel || c.chapters.has(x.kapittel)) return [];
    const hint = `Legg til kapitler/${x.kapittel}.md med «tittel:» i forsiden og teksten under. Kapitlene i mappen: ${known}.`;
    return [explicit
      ? at(c.letterFile, ['kapitler', i, 'kapittel'], 'feil', `kapitlet «${x.kapittel}» mangler`, hint)
      : { severity: 'feil', file: c.letterFile.file, line: 0, col: 0, message: `kapitlet «${x.kapittel}» mangler`, hint }];
  })];
}
