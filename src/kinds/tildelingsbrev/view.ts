import type { LetterContent } from './content.js';
import { escapeInline as e } from '../../compose/markdownText.js';
import { budgetView } from './budgetView.js';
import { furnitureView } from './furnitureView.js';
import { fill } from '../../compose/texts.js';
import { texts } from './texts.js';
import { structureView } from './structure.js';
import { isNew, listedAt } from './placement.js';

export const letterTitle = (c: LetterContent) => c.letter.tittel
  ?? fill(texts(c.letter.språk).tildelingsbrev.tittel, { mottaker: c.letter.mottaker.navn, år: c.letter.år });

/**
 * Everything the tildelingsbrev templates can use. Every field is present (null when empty) so that
 * strict templates can tell a misspelt field from an empty one. Plain text is escaped for Markdown;
 * fields holding the author's Markdown (tekst, innledning, merknad, etter) are not.
 */
export function letterView(c: LetterContent) {
  const { letter } = c;
  const assignments = c.assignments.map(({ assignment: a }) => ({
    id: a.id,
    tittel: e(a.tittel),
    mål: a.mål ?? null,
    ny: isNew(a, letter.år),
  }));
  // The goal an assignment answers: its own, or its styringsparameter's.
  const goalOfSp = new Map(c.goals.flatMap(({ goal }) => goal.styringsparametere.flatMap((sp) => (sp.id ? [[sp.id, goal.nr] as const] : []))));
  const goalOf = (a: (typeof c.assignments)[number]['assignment']) => a.mål ?? (a.styringsparameter ? goalOfSp.get(a.styringsparameter) : undefined);
  const fresh = c.assignments.filter(({ assignment: a }) => isNew(a, letter.år));
  const inView = (list: typeof fresh) => list.map(({ assignment: a }) => assignments.find((x) => x.id === a.id)!);
  const listed = (g: number, ny: boolean) => c.assignments.filter(({ assignment: a }) => listedAt(a, { mål: g }) && isNew(a, letter.år) === ny)
    .map(({ assignment: a }) => assignments.find((x) => x.id === a.id)!);
  const goals = c.goals.map(({ goal, text }) => ({
    nr: goal.nr,
    tittel: e(goal.tittel),
    tekst: text.trim(),
    nye_oppdrag: listed(goal.nr, true),
    tidligere_oppdrag: listed(goal.nr, false),
    /** New assignments that answer the goal, wherever in the letter they are listed: the assignment appendix's order. */
    vedleggsoppdrag: inView(fresh.filter(({ assignment: a }) => goalOf(a) === goal.nr)),
  }));
  return {
    år: letter.år,
    tittel: e(letterTitle(c)),
    ...furnitureView(letter, letter),
    vedlegg: letter.vedlegg.map((v, i) => ({
      nr: i + 1,
      tittel: e(v.tittel),
      tekst: v.fil ? (c.appendices.get(v.fil.replace(/^\.\//, ''))?.text.trim() ?? '') : null,
      oppdrag: v.innhold === 'oppdrag',
    })),
    innholdsfortegnelse: letter.innholdsfortegnelse,
    struktur: structureView(c),
    oppdragsvedlegg: letter.vedlegg.some((v) => v.innhold === 'oppdrag'),
    rapporteringskalender: letter.rapporteringskalender.map((r) => ({ type: e(r.type) })),
    kapitler: Object.fromEntries([...c.chapters].map(([key, ch]) => [key, { tittel: e(ch.title), tekst: ch.text.trim() }])),
    mål: goals,
    oppdrag: assignments,
    /** New assignments that answer no goal (a chapter's, or standing alone), after the goals in the appendix. */
    andre_nye_oppdrag: inView(fresh.filter(({ assignment: a }) => goalOf(a) === undefined)),
    budsjett: c.budget ? budgetView(c.budget.budget) : null,
  };
}
