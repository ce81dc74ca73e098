import type { Run } from '../../model/document.js';
import type { RawBlock } from '../../compose/rawBlocks.js';
import { italic, plain } from '../../compose/cells.js';
import { fill, type Language } from '../../compose/texts.js';
import type { Goal } from './schema.js';
import { prose } from './goalBlocks.js';
import { texts } from './texts.js';

type Styringsparameter = Goal['styringsparametere'][number];

const paragraph = (content: Run[]): RawBlock => ({ type: 'paragraph', content });

/** A labelled line: "Resultatkrav: …" with the label in italics. */
const labelled = (label: string, text: string): RawBlock => paragraph([...italic(`${label}:`), ...plain(` ${text}`)]);

/** A result requirement with its target value and year: "Minst 80 prosent (målverdi 80 %, 2024)". */
function requirement(r: Styringsparameter['krav'][number], language: Language): string {
  const t = texts(language).tildelingsbrev;
  const details = [...(r.målverdi ? [fill(t.målverdi, { verdi: r.målverdi })] : []), ...(r.år ? [String(r.år)] : [])];
  return details.length ? `${r.tekst} (${details.join(', ')})` : r.tekst;
}

/**
 * A styringsparameter as an item of its own: an unnumbered heading "number: title", its text, its result
 * requirements, its reporting, then what `assignments` places under it (its assignment tables).
 */
export function styringsparameterSection(sp: Styringsparameter, number: string, level: number, language: Language, assignments: RawBlock[]): RawBlock[] {
  const t = texts(language).tildelingsbrev;
  return [
    { type: 'heading', level, content: plain(`${number}: ${sp.tekst}`), numbered: false, inToc: false, appendix: false },
    ...(sp.beskrivelse ? prose(sp.beskrivelse, level + 1) : []),
    ...(sp.resultatkrav ? [labelled(t.resultatkrav, sp.resultatkrav)] : []),
    ...(sp.krav.length === 1 ? [labelled(t.resultatkrav, requirement(sp.krav[0], language))] : []),
    ...(sp.krav.length > 1 ? [paragraph(italic(`${t.resultatkrav}:`)), { type: 'list' as const, ordered: false, start: 1, items: sp.krav.map((r) => [paragraph(plain(requirement(r, language)))]) }] : []),
    ...(sp.rapportering ? [labelled(t.rapportering, sp.rapportering)] : []),
    ...assignments,
  ];
}

/** Whether a goal's styringsparametere need sections of their own rather than the short list. */
export const needsSections = (goal: Goal, hasAssignments: (sp: Styringsparameter) => boolean): boolean =>
  goal.styringsparametere.some((sp) => sp.beskrivelse || sp.krav.length > 0 || hasAssignments(sp));

/** The goal's own reporting text, after its styringsparametere. */
export const goalReporting = (goal: Goal, language: Language): RawBlock[] =>
  (goal.rapportering ? [labelled(texts(language).tildelingsbrev.rapportering, goal.rapportering)] : []);
