import { isNew } from '../tildelingsbrev/placement.js';
import { headingText } from '../../compose/headingText.js';
import type { LetterContent } from '../tildelingsbrev/content.js';

export interface LetterGoal {
  nr: number;
  tittel: string;
  styringsparametere: Array<{ nr: string; tekst: string; resultatkrav?: string }>;
}

export interface LetterAssignment {
  id: string;
  tittel: string;
  /** Absent for an assignment that belongs to a chapter or stands alone. */
  mål?: number;
  /** Given in the letter's year (new) or earlier (continuing). */
  ny: boolean;
}

/** The goals, steering parameters (numbered as the letter numbers them) and assignments a report must answer. */
export function letterItems(c: LetterContent): { år: number; goals: LetterGoal[]; assignments: LetterAssignment[] } {
  let running = 0;
  const goals = c.goals.map(({ goal }) => ({
    nr: goal.nr,
    tittel: goal.tittel,
    styringsparametere: goal.styringsparametere.map((sp, i) => ({
      nr: spNumber(sp.id, c.letter.styringsparameternummerering === 'løpende' ? `SP ${++running}` : `${goal.nr}.${i + 1}`),
      tekst: sp.tekst,
      resultatkrav: sp.resultatkrav,
    })),
  }));
  // An assignment under a styringsparameter answers that parameter's goal.
  const goalOfSp = new Map(c.goals.flatMap(({ goal }) => goal.styringsparametere.flatMap((sp) => (sp.id ? [[sp.id, goal.nr] as const] : []))));
  const assignments = c.assignments.map(({ assignment: a }) => ({
    id: a.id, tittel: a.tittel, mål: a.mål ?? (a.styringsparameter ? goalOfSp.get(a.styringsparameter) : undefined), ny: isNew(a, c.letter.år),
  }));
  return { år: c.letter.år, goals, assignments };
}

/** The letter's reporting demands for part IV: sections of its chapters that ask for something in the annual report. */
export function reportingDemands(c: LetterContent): Array<{ tittel: string; kapittel: string; tekst: string }> {
  const out: Array<{ tittel: string; kapittel: string; tekst: string }> = [];
  for (const [key, chapter] of c.chapters) {
    if (key === 'internkontroll' || key.startsWith('rapportering') || key === 'styringsdialog') continue;
    for (const section of sections(chapter.text)) {
      const all = key === 'fellesforinger';
      if (all || /årsrapport/i.test(section.tekst)) out.push({ tittel: section.tittel ?? chapter.title, kapittel: chapter.title, tekst: section.tekst });
    }
  }
  return out;
}

/** Splits Markdown at its top-level `#` headings; text before the first heading is a section without a title. */
function sections(markdown: string): Array<{ tittel?: string; tekst: string }> {
  const out: Array<{ tittel?: string; tekst: string }> = [];
  let current: { tittel?: string; lines: string[] } = { lines: [] };
  for (const line of markdown.split('\n')) {
    const h = /^#\s+(.*?)\s*$/.exec(line);
    if (h) {
      if (current.tittel || current.lines.join('').trim()) out.push({ tittel: current.tittel, tekst: current.lines.join('\n').trim() });
      current = { tittel: headingText(h[1]), lines: [] };
    } else current.lines.push(line);
  }
  if (current.tittel || current.lines.join('').trim()) out.push({ tittel: current.tittel, tekst: current.lines.join('\n').trim() });
  return out;
}

/** A styringsparameter's own id ("1.2"), or its running or per-goal number. */
const spNumber = (id: string | undefined, counted: string) => id ?? counted;
