import { postNumber, postReference } from '../format/references.js';
import { formatAmountText, formatNumber, toKroner } from '../format/numbers.js';
import type { LetterContent } from '../kinds/tildelingsbrev/content.js';
import type { Deadline } from '../kinds/tildelingsbrev/schema.js';
import { deadlineText } from '../kinds/tildelingsbrev/goalBlocks.js';

export type ChangeKind = 'ny' | 'fjernet' | 'endret';

/** A field that changed: its Norwegian name and both values as shown to the reader. */
export interface FieldChange {
  felt: string;
  fra: string;
  til: string;
}

export interface GoalChange { nr: number; kind: ChangeKind; tittel: string; felt: FieldChange[] }
export interface ParameterChange { mål: number; kind: ChangeKind; tekst: string; felt: FieldChange[] }
export interface AssignmentChange { id: string; kind: ChangeKind; tittel: string; felt: FieldChange[] }
export interface PostChange {
  kap: number;
  post: number;
  kind: ChangeKind;
  navn: string;
  /** Appropriations in whole kroner (absent for a post that is new or removed). */
  fra?: number;
  til?: number;
  felt: FieldChange[];
}

/** What changed between two letters, section by section. Only changes are listed. */
export interface LetterDiff {
  fra: { år: number; dir: string };
  til: { år: number; dir: string };
  mål: GoalChange[];
  styringsparametere: ParameterChange[];
  oppdrag: AssignmentChange[];
  budsjett: PostChange[];
}

const deadlines = (frist: readonly Deadline[]) => frist.map(deadlineText).join(', ');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function fields(pairs: Array<[string, string, string]>): FieldChange[] {
  return pairs.filter(([, a, b]) => a !== b).map(([felt, fra, til]) => ({ felt, fra, til }));
}

/**
 * Compares two letters: goals (by number), steering parameters (per goal, by text, then by order),
 * assignments (by id) and budget posts (by kap./post). Where an assignment was given (`gitt_i`) and
 * prose chapters are not compared.
 */
export function diffLetters(a: LetterContent, b: LetterContent): LetterDiff {
  const diff: LetterDiff = { fra: { år: a.letter.år, dir: a.dir }, til: { år: b.letter.år, dir: b.dir }, mål: [], styringsparametere: [], oppdrag: [], budsjett: [] };

  const goalsA = new Map(a.goals.map((g) => [g.goal.nr, g]));
  const goalsB = new Map(b.goals.map((g) => [g.goal.nr, g]));
  for (const nr of [...new Set([...goalsA.keys(), ...goalsB.keys()])].sort((x, y) => x - y)) {
    const ga = goalsA.get(nr);
    const gb = goalsB.get(nr);
    if (!ga) diff.mål.push({ nr, kind: 'ny', tittel: gb!.goal.tittel, felt: [] });
    else if (!gb) diff.mål.push({ nr, kind: 'fjernet', tittel: ga.goal.tittel, felt: [] });
    else {
      const felt = fields([
        ['tittel', ga.goal.tittel, gb.goal.tittel],
        ['tekst', norm(ga.text) === norm(gb.text) ? '' : 'teksten', norm(ga.text) === norm(gb.text) ? '' : 'teksten er endret'],
      ]);
      if (felt.length) diff.mål.push({ nr, kind: 'endret', tittel: gb.goal.tittel, felt });
      diff.styringsparametere.push(...diffParameters(nr, ga.goal.styringsparametere, gb.goal.styringsparametere));
    }
  }

  const asA = new Map(a.assignments.map((x) => [x.assignment.id, x]));
  const asB = new Map(b.assignments.map((x) => [x.assignment.id, x]));
  const ids = [...new Set([...asA.keys(), ...asB.keys()])].sort((x, y) => x.localeCompare(y, 'nb', { numeric: true }));
  const funding = (x: NonNullable<ReturnType<typeof asA.get>>) => x.assignment.finansiering
    .map((f) => `${f.del ? `${f.del}: ` : ''}${formatAmountText(toKroner(f.beløp, f.enhet), f.enhet)} over ${postReference(f.kap, f.post)}`).join('; ') || 'ingen';
  for (const id of ids) {
    const xa = asA.get(id);
    const xb = asB.get(id);
    if (!xa) diff.oppdrag.push({ id, kind: 'ny', tittel: xb!.assignment.tittel, felt: [{ felt: 'frist', fra: '', til: deadlines(xb!.assignment.frist) }] });
    else if (!xb) diff.oppdrag.push({ id, kind: 'fjernet', tittel: xa.assignment.tittel, felt: [{ felt: 'frist', fra: deadlines(xa.assignment.frist), til: '' }] });
    else {
      const sameText = norm(xa.text) === norm(xb.text);
      const felt = fields([
        ['tittel', xa.assignment.tittel, xb.assignment.tittel],
        ['mål', String(xa.assignment.mål), String(xb.assignment.mål)],
        ['frist', deadlines(xa.assignment.frist), deadlines(xb.assignment.frist)],
        ['finansiering', funding(xa), funding(xb)],
        ['beskrivelse', sameText ? '' : 'teksten', sameText ? '' : 'teksten er endret'],
      ]);
      if (felt.length) diff.oppdrag.push({ id, kind: 'endret', tittel: xb.assignment.tittel, felt });
    }
  }

  type P = { navn: string; bevilget: number; disponert: number };
  const posts = (l: LetterContent) => new Map<string, P & { kap: number; post: number }>((l.budget?.budget.kapitler ?? []).flatMap((c) => c.poster.map((p) => {
    const bevilget = toKroner(p.bevilget, c.enhet);
    return [`${c.kap}|${p.post}`, { kap: c.kap, post: p.post, navn: [p.navn, ...p.stikkord].join(', '), bevilget, disponert: p.disponert === undefined ? bevilget : toKroner(p.disponert, c.enhet) }] as const;
  })));
  const pa = posts(a);
  const pb = posts(b);
  const keys = [...new Set([...pa.keys(), ...pb.keys()])].sort((x, y) => {
    const [k1, p1] = x.split('|').map(Number);
    const [k2, p2] = y.split('|').map(Number);
    return k1 - k2 || p1 - p2;
  });
  for (const key of keys) {
    const x = pa.get(key);
    const y = pb.get(key);
    const [kap, post] = key.split('|').map(Number);
    if (!x) diff.budsjett.push({ kap, post, kind: 'ny', navn: y!.navn, til: y!.bevilget, felt: [] });
    else if (!y) diff.budsjett.push({ kap, post, kind: 'fjernet', navn: x.navn, fra: x.bevilget, felt: [] });
    else {
      // What is put at the agency's disposal is shown only where a letter puts less than the whole appropriation there.
      const partly = x.disponert !== x.bevilget || y.disponert !== y.bevilget;
      const felt = fields([
        ['navn', x.navn, y.navn],
        ['til disposisjon', partly ? amount(x.disponert) : '', partly ? amount(y.disponert) : ''],
      ]);
      if (x.bevilget !== y.bevilget || felt.length) diff.budsjett.push({ kap, post, kind: 'endret', navn: y.navn, fra: x.bevilget, til: y.bevilget, felt });
    }
  }
  return diff;
}

const amount = (kroner: number) => `${formatNumber(kroner)} kroner`;

function diffParameters(goal: number, a: Array<{ tekst: string; resultatkrav?: string; rapportering?: string }>, b: typeof a): ParameterChange[] {
  const out: ParameterChange[] = [];
  const restA = a.filter((sp) => !b.some((o) => o.tekst === sp.tekst));
  const restB = b.filter((sp) => !a.some((o) => o.tekst === sp.tekst));
  const compare = (x: (typeof a)[number], y: (typeof a)[number]) => fields([
    ['tekst', x.tekst, y.tekst],
    ['resultatkrav', x.resultatkrav ?? '', y.resultatkrav ?? ''],
    ['rapportering', x.rapportering ?? '', y.rapportering ?? ''],
  ]);
  for (const x of a) {
    const y = b.find((o) => o.tekst === x.tekst);
    if (!y) continue;
    const felt = compare(x, y);
    if (felt.length) out.push({ mål: goal, kind: 'endret', tekst: y.tekst, felt });
  }
  // Parameters whose text changed are paired in order; what is left over was added or removed.
  const paired = Math.min(restA.length, restB.length);
  for (let i = 0; i < paired; i++) out.push({ mål: goal, kind: 'endret', tekst: restB[i].tekst, felt: compare(restA[i], restB[i]) });
  for (const x of restA.slice(paired)) out.push({ mål: goal, kind: 'fjernet', tekst: x.tekst, felt: [] });
  for (const y of restB.slice(paired)) out.push({ mål: goal, kind: 'ny', tekst: y.tekst, felt: [] });
  return out;
}

/** "+12,5 %", "−3,0 %"; empty when there is nothing to compare with. */
export function percentChange(from: number, to: number): string {
  if (from === 0) return '';
  const p = ((to - from) / from) * 100;
  return `${p > 0 ? '+' : ''}${formatNumber(p, 1)} %`;
}

const signed = (n: number) => `${n > 0 ? '+' : ''}${formatNumber(n)}`;
const KIND: Record<ChangeKind, string> = { ny: 'ny', fjernet: 'fjernet', endret: 'endret' };

export function countChanges(d: LetterDiff): number {
  return d.mål.length + d.styringsparametere.length + d.oppdrag.length + d.budsjett.length;
}

/** The diff for the terminal: one line per change, indented details. */
export function formatDiffText(d: LetterDiff): string {
  const out: string[] = [`Endringer fra tildelingsbrevet for ${d.fra.år} til tildelingsbrevet for ${d.til.år}: ${countChanges(d)}`];
  const detail = (f: FieldChange) => (f.fra && f.til ? `      ${f.felt}: ${f.fra} → ${f.til}` : `      ${f.felt}: ${f.til || f.fra}`);
  const section = (title: string, lines: string[]) => {
    out.push('', `${title}:`, ...(lines.length ? lines : ['  (ingen endringer)']));
  };
  section('Mål', d.mål.flatMap((g) => [`  ${KIND[g.kind]}: mål ${g.nr} ${g.tittel}`, ...g.felt.map(detail)]));
  section('Styringsparametere', d.styringsparametere.flatMap((p) => [`  ${KIND[p.kind]} (mål ${p.mål}): ${p.tekst}`, ...p.felt.map(detail)]));
  section('Oppdrag', d.oppdrag.flatMap((a) => [`  ${KIND[a.kind]}: ${a.id} ${a.tittel}`, ...a.felt.map(detail)]));
  section('Budsjett (bevilget per post, kroner)', d.budsjett.flatMap((p) => [
    `  ${KIND[p.kind]}: ${postReference(p.kap, p.post)} ${p.navn}: ${budgetLine(p)}`,
    ...p.felt.map(detail),
  ]));
  return `${out.join('\n')}\n`;
}

function budgetLine(p: PostChange): string {
  if (p.fra === undefined) return `${formatNumber(p.til!)} (ny post)`;
  if (p.til === undefined) return `${formatNumber(p.fra)} (posten er tatt ut)`;
  if (p.fra === p.til) return `${formatNumber(p.til)} (uendret beløp)`;
  const pct = percentChange(p.fra, p.til);
  return `${formatNumber(p.fra)} → ${formatNumber(p.til)} (${signed(p.til - p.fra)}${pct ? `, ${pct}` : ''})`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The diff as Markdown: a section per area, tables for the budget. */
export function formatDiffMarkdown(d: LetterDiff): string {
  const out: string[] = [`# Endringer fra tildelingsbrevet for ${d.fra.år} til ${d.til.år}`, '', `${countChanges(d)} endringer.`];
  const details = (felt: FieldChange[]) => felt.map((f) => (f.fra && f.til ? `${f.felt}: ${f.fra} → ${f.til}` : `${f.felt}: ${f.til || f.fra}`)).join('; ');
  const table = (title: string, head: string[], rows: string[][]) => {
    out.push('', `## ${title}`, '');
    if (!rows.length) return void out.push('Ingen endringer.');
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`));
  };
  table('Mål', ['Endring', 'Mål', 'Detaljer'], d.mål.map((g) => [KIND[g.kind], `${g.nr} ${g.tittel}`, details(g.felt)]));
  table('Styringsparametere', ['Endring', 'Mål', 'Styringsparameter', 'Detaljer'], d.styringsparametere.map((p) => [KIND[p.kind], String(p.mål), p.tekst, details(p.felt)]));
  table('Oppdrag', ['Endring', 'Nr.', 'Oppdrag', 'Detaljer'], d.oppdrag.map((a) => [KIND[a.kind], a.id, a.tittel, details(a.felt)]));
  table('Budsjett', ['Endring', 'Kap./post', 'Post', `${d.fra.år} (kr)`, `${d.til.år} (kr)`, 'Endring (kr)', 'Prosent'], d.budsjett.map((p) => [
    KIND[p.kind], `${p.kap}/${postNumber(p.post)}`, p.navn + (p.felt.length ? ` (${details(p.felt)})` : ''),
    p.fra === undefined ? '' : formatNumber(p.fra), p.til === undefined ? '' : formatNumber(p.til),
    p.fra !== undefined && p.til !== undefined ? signed(p.til - p.fra) : '', p.fra !== undefined && p.til !== undefined ? percentChange(p.fra, p.til) : '',
  ]));
  return `${out.join('\n')}\n`;
}
