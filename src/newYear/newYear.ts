import { tildelingsbrev } from '../kinds/tildelingsbrev/kind.js';
import { assignmentIdOf, postReference } from '../format/references.js';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { overlapProblem, writeOwned, writeProblem } from '../build/ownedFolder.js';
import { isMap, isSeq, parseDocument, Scalar, YAMLMap, type Document } from 'yaml';
import { formatShortDate } from '../format/dates.js';
import { formatInUnit, toKroner, UNIT_EXPONENT } from '../format/numbers.js';
import { decimalOf, decimalText, shift } from '../format/decimal.js';
import { assignmentFile } from '../kinds/tildelingsbrev/placement.js';
import { findDefaults } from '../kinds/tildelingsbrev/ministryDefaults.js';
import type { Unit } from '../format/units.js';
import { loadFolder } from '../load/loadFolder.js';
import { displayPath } from '../load/paths.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { LetterContent } from '../kinds/tildelingsbrev/content.js';
import { validateLetter } from '../kinds/tildelingsbrev/validate.js';
import type { Deadline } from '../kinds/tildelingsbrev/schema.js';
import { compareIds, findSupplements } from '../kinds/tillegg/findSupplements.js';
import { ledgerAfter, postKey } from '../kinds/tillegg/ledger.js';
import { lastDeadlineYear, rollDate, rollYearsInText, runsInto } from './roll.js';

export interface NewYearOptions {
  /** The letter to start from. */
  from: string;
  /** The folder to create. */
  to: string;
  /** The new letter's year; defaults to the year after the old letter's. */
  year?: number;
  /** Replace `to` when it already holds a letter. */
  force?: boolean;
}

export interface AssignmentLine {
  id: string;
  /** The number it had in the old letter, when a tillegg renumbered it. */
  formerId?: string;
  tittel: string;
  frist: string;
  /** Where it was given, when it came from a tillegg. */
  fromTillegg?: number;
  /** Deadlines of parts that are finished (dropped from the new letter). */
  ferdig?: string;
}

export interface NewYearSummary {
  from: string;
  to: string;
  fromYear: number;
  year: number;
  /** The tillegg to the old letter that were taken into account (their numbers). */
  tillegg: number[];
  carried: AssignmentLine[];
  dropped: AssignmentLine[];
  /** What was moved a year (or more), as sentences. */
  rolled: string[];
  /** What the author must fill in before the letter builds. */
  toFill: string[];
  /** What the author should look over (warnings, not errors). */
  review: string[];
  /**
   * Carried over because their deadline is not a date (free text such as "Løpende" or "Ut 2024", or none):
   * never guessed from the text; the author decides whether they still run.
   */
  assess: AssignmentLine[];
}

export type NewYearResult = { ok: true; summary: NewYearSummary } | { ok: false; diagnostics: Diagnostic[] };

const fail = (file: string, message: string, hint?: string): NewYearResult => ({ ok: false, diagnostics: [{ severity: 'feil', file: displayPath(file), line: 0, col: 0, message, hint }] });

/**
 * Drafts next year's letter from this year's (`styringsdok new-year`): see docs/innholdsformat.md,
 * «Neste års brev». Drafts into a temporary folder, then writes all of it into the target together (see
 * writeOwned): a failure never leaves half a letter, and `force` replaces only the files an earlier run wrote.
 */
export function newYear(options: NewYearOptions): NewYearResult {
  const from = resolve(options.from);
  const to = resolve(options.to);
  if (!existsSync(join(from, tildelingsbrev.mainFile))) return fail(from, `fant ikke ${tildelingsbrev.mainFile}`, 'Oppgi mappen med tildelingsbrevet det skal lages et nytt brev fra.');
  const refused = overlapProblem(to, from) ?? writeProblem(to, options.force ?? false);
  if (refused) return { ok: false, diagnostics: [refused] };
  const checked = validateLetter(loadFolder(from));
  if (!checked.content) return { ok: false, diagnostics: checked.diagnostics };
  const letter = checked.content;
  const fromYear = letter.letter.år;
  const year = options.year ?? fromYear + 1;
  if (year <= fromYear) return fail(from, `det nye året (${year}) må være etter brevets år (${fromYear})`);
  const delta = year - fromYear;

  const supplements = findSupplements(from);
  const ledger = ledgerAfter(letter, supplements);
  const summary: NewYearSummary = {
    from: displayPath(from), to: displayPath(to), fromYear, year,
    tillegg: supplements.map((s) => s.tillegg.nr), carried: [], dropped: [], rolled: [], toFill: [], review: [], assess: [],
  };

  const tmp = mkdtempSync(join(tmpdir(), 'styringsdok-ny-'));
  try {
    copyUnchanged(from, tmp);
    writeLetter(letter, tmp, year, delta, summary);
    writeAssignments(ledger, tmp, fromYear, year, summary);
    writeBudget(letter, supplements.flatMap((s) => s.tillegg.budsjettendringer), tmp, fromYear, year, summary);
    markChapters(letter, tmp, fromYear, year, summary);
    const defaults = findDefaults(from);
    if (defaults && findDefaults(to) !== defaults) summary.review.push(`brev.md henter avsenderens faste opplysninger fra ${displayPath(defaults)}, som ikke ligger over ${displayPath(to)}: kopier den dit, eller skriv opplysningene under «avsender:»`);
    const files = filesUnder(tmp);
    const clash = writeProblem(to, options.force ?? false, files.keys());
    if (clash) return { ok: false, diagnostics: [clash] };
    writeOwned(to, files);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { ok: true, summary };
}

/** Every file under `dir` (name with forward slashes → bytes). */
function filesUnder(dir: string, prefix = ''): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [n, data] of filesUnder(dir, name)) files.set(n, data);
    else if (entry.isFile()) files.set(name, readFileSync(join(dir, name)));
  }
  return files;
}

/** Goals, prose chapters, appendices, template overrides and any other file: copied as they are. */
function copyUnchanged(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = relative(from, src).split(/[\\/]/).join('/');
      return !rel.startsWith('oppdrag/') && rel !== 'oppdrag' && rel !== tildelingsbrev.mainFile && !basename(src).startsWith('.');
    },
  });
}

/** Splits a Markdown file into its front matter (as an editable YAML document) and body. */
function splitFrontMatter(text: string): { doc: Document; body: string } {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { doc: parseDocument('{}'), body: text };
  return { doc: parseDocument(m[1]), body: text.slice(m[0].length) };
}

const joinFrontMatter = (doc: Document, body: string) => `---\n${doc.toString({ nullStr: '', lineWidth: 0, flowCollectionPadding: false })}---\n${body}`;

function writeLetter(letter: LetterContent, dir: string, year: number, delta: number, summary: NewYearSummary): void {
  const path = join(letter.dir, tildelingsbrev.mainFile);
  const { doc, body } = splitFrontMatter(readFileSync(path, 'utf8'));
  doc.set('år', year);
  summary.rolled.push(`brev.md: år ${summary.fromYear} → ${year}`);
  if (doc.has('tittel')) {
    doc.set('tittel', rollYearsInText(String(doc.get('tittel')), delta));
    summary.rolled.push('brev.md: årstallene i tittelen');
  }
  clear(doc, 'dato', ' Fyll inn datoen brevet sendes');
  clear(doc, 'vår_ref', ' Fyll inn saksnummeret');
  summary.toFill.push('brev.md: dato (brevet bygges ikke uten) og vår_ref');
  const calendar = doc.get('rapporteringskalender');
  if (isSeq(calendar)) {
    const rows: string[] = [];
    for (const item of calendar.items) {
      if (!isMap(item)) continue;
      for (const key of ['telletidspunkt', 'frist']) if (item.has(key)) item.set(key, rollDate(String(item.get(key)), delta));
      if (item.has('type')) item.set('type', rollYearsInText(String(item.get('type')), delta));
      rows.push(`${item.get('type')} innen ${formatShortDate(parseIso(String(item.get('frist'))))}`);
    }
    summary.rolled.push(`rapporteringskalenderen, ${rows.length} linjer: ${rows.join('; ')}`);
  }
  writeFileSync(join(dir, tildelingsbrev.mainFile), joinFrontMatter(doc, body));
}

const parseIso = (value: string) => (/^\d{4}-/.test(value) ? value : value.split('.').reverse().join('-'));

function clear(doc: Document, key: string, comment: string): void {
  doc.set(key, '');
  const node = doc.get(key, true);
  if (node instanceof Scalar) {
    node.type = Scalar.QUOTE_DOUBLE;
    node.comment = comment;
  }
}

const deadlineSummary = (frist: readonly Deadline[]) => frist.map((d) => `${d.del ? `${d.del}: ` : ''}${d.dato ? formatShortDate(d.dato) : d.tekst}`).join(', ');

function writeAssignments(ledger: ReturnType<typeof ledgerAfter>, dir: string, fromYear: number, year: number, summary: NewYearSummary): void {
  mkdirSync(join(dir, 'oppdrag'), { recursive: true });
  const all = [...ledger.assignments.values()].sort((a, b) => compareIds(a.id, b.id));
  for (const a of all) {
    const line: AssignmentLine = {
      id: a.id,
      ...(a.originalId !== a.id ? { formerId: a.originalId } : {}),
      tittel: a.entry.assignment.tittel,
      frist: deadlineSummary(a.frist),
      ...(a.tilleggNr ? { fromTillegg: a.tilleggNr } : {}),
    };
    const readable = a.frist.length > 0 && a.frist.every((d) => d.dato);
    if (!readable) summary.assess.push(line);
    else if (!runsInto(a.frist, year)) {
      summary.dropped.push(line);
      continue;
    }
    // Parts whose deadline has passed are finished: the new letter lists only what still runs, and drops
    // the funding that belonged to the finished parts.
    const remaining = readable ? a.frist.filter((d) => runsInto([d], year)) : a.frist;
    const finished = readable ? a.frist.filter((d) => !runsInto([d], year)) : [];
    if (finished.length) {
      line.frist = deadlineSummary(remaining);
      line.ferdig = deadlineSummary(finished);
    }
    summary.carried.push(line);
    const { doc, body } = splitFrontMatter(readFileSync(join(a.dir, a.entry.file.name), 'utf8'));
    if (a.id !== a.originalId) doc.set('id', a.id);
    if (a.frist !== a.entry.assignment.frist || finished.length) doc.set('frist', deadlineNode(doc, remaining));
    const finishedParts = new Set(finished.map((d) => d.del).filter((d) => d && !remaining.some((r) => r.del === d)));
    const funding = doc.get('finansiering');
    if (finishedParts.size && isSeq(funding)) {
      funding.items = funding.items.filter((f) => !(isMap(f) && finishedParts.has(String(f.get('del')))));
      if (funding.items.length === 0) doc.delete('finansiering');
    }
    if (!doc.has('gitt_i')) {
      if (a.tilleggNr) doc.set('gitt_i', `Tillegg nr. ${a.tilleggNr} til tildelingsbrev ${fromYear}`);
      else if (Number(a.originalId.slice(0, 4)) === fromYear) doc.set('gitt_i', `Tildelingsbrev ${fromYear}`);
    }
    writeFileSync(join(dir, assignmentFile(a.id)), joinFrontMatter(doc, body));
  }
}

/** A deadline as the author would write it: a bare date, or a list of `{ del, dato }` lines. */
function deadlineNode(doc: Document, frist: readonly Deadline[]) {
  const text = (d: Deadline) => (d.dato ? formatShortDate(d.dato) : d.tekst!);
  if (frist.length === 1 && !frist[0].del) return text(frist[0]);
  const node = doc.createNode(frist.map((d) => ({ ...(d.del ? { del: d.del } : {}), ...(d.dato ? { dato: text(d) } : { tekst: d.tekst }) })));
  for (const item of node.items) if (isMap(item)) item.flow = true;
  return node;
}

/** Every post kept, its amount emptied for the author, last year's amount (after tillegg) beside it. */
function writeBudget(letter: LetterContent, changes: Array<{ kap: number; post: number; endring: number; enhet: Unit }>, dir: string, fromYear: number, year: number, summary: NewYearSummary): void {
  const file = join(letter.dir, 'budsjett.yaml');
  if (!existsSync(file) || !letter.budget) return;
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const deltas = new Map<string, number>();
  for (const c of changes) deltas.set(postKey(c.kap, c.post), (deltas.get(postKey(c.kap, c.post)) ?? 0) + toKroner(c.endring, c.enhet));
  doc.delete('innledning');
  doc.commentBefore = [
    ` Budsjett for ${year}, laget av «styringsdok new-year» fra brevet for ${fromYear}.`,
    ` Fyll inn «bevilget» for hver post. «i_fjor» er bevilgningen i ${fromYear} etter tillegg; den skrives ikke ut.`,
    ` Innledning, merknader, tekster, bindinger og tabeller fra ${fromYear} er tatt bort: skriv dem for ${year}.`,
  ].join('\n');
  const missing: string[] = [];
  const chapters = doc.get('kapitler');
  if (!isSeq(chapters)) return;
  chapters.items.forEach((chapterNode, ci) => {
    const chapter = letter.budget!.budget.kapitler[ci];
    if (!isMap(chapterNode) || !chapter) return;
    chapterNode.delete('sum');
    chapterNode.delete('merknad');
    const posts = chapterNode.get('poster');
    if (!isSeq(posts)) return;
    posts.items.forEach((postNode, pi) => {
      const post = chapter.poster[pi];
      if (!(postNode instanceof YAMLMap) || !post) return;
      for (const key of ['disponert', 'udisponert', 'tekst', 'bindinger', 'etter', 'tabeller', 'i_fjor']) postNode.delete(key);
      const kroner = toKroner(post.bevilget, chapter.enhet) + (deltas.get(postKey(chapter.kap, post.post)) ?? 0);
      const lastYear = Number(decimalText(shift(decimalOf(kroner), -UNIT_EXPONENT[chapter.enhet])));
      postNode.set('bevilget', null);
      const amount = postNode.get('bevilget', true);
      if (amount instanceof Scalar) amount.comment = ` fyll inn for ${year} (i ${chapter.enhet})`;
      const at = postNode.items.findIndex((p) => String((p.key as Scalar).value) === 'bevilget');
      postNode.items.splice(at + 1, 0, doc.createPair('i_fjor', lastYear));
      postNode.flow = false;
      missing.push(`${postReference(chapter.kap, post.post)} (i fjor ${formatInUnit(kroner, chapter.enhet)} ${chapter.enhet})`);
    });
  });
  summary.toFill.push(`budsjett.yaml: beløp for ${missing.length} poster – ${missing.join(', ')}`);
  summary.review.push(`budsjett.yaml: innledning, merknader, bindinger og tabeller fra ${fromYear} er tatt bort`);
  writeFileSync(join(dir, 'budsjett.yaml'), doc.toString({ nullStr: '', lineWidth: 0, flowCollectionPadding: false }));
}

/** Fellesføringer are marked for review; prose that names the old year is pointed out. */
function markChapters(letter: LetterContent, dir: string, fromYear: number, year: number, summary: NewYearSummary): void {
  for (const [key, chapter] of letter.chapters) {
    const name = chapter.file.name;
    if (key === 'fellesforinger' || /fellesf(ø|o)ring/i.test(chapter.title)) {
      const { doc, body } = splitFrontMatter(readFileSync(join(letter.dir, name), 'utf8'));
      doc.set('til_gjennomgang', `fellesføringene for ${year} må sjekkes mot regjeringens fellesføringer for ${year}`);
      writeFileSync(join(dir, name), joinFrontMatter(doc, body));
      summary.review.push(`${name}: fellesføringene er beholdt og merket til gjennomgang («til_gjennomgang»)`);
    }
  }
  for (const [name, file] of [...letter.chapters.values()].map((c) => [c.file.name, c.text] as const).concat([...letter.appendices].map(([n, a]) => [n, a.text] as const))) {
    const count = file.match(new RegExp(`\\b${fromYear}\\b`, 'g'))?.length ?? 0;
    if (count) summary.review.push(`${name} nevner ${fromYear} ${count === 1 ? 'én gang' : `${count} ganger`}`);
  }
}

/** The summary printed after `new-year`, in Norwegian. */
export function formatSummary(s: NewYearSummary): string {
  const lines: string[] = [];
  const item = (a: AssignmentLine) => `    ${a.id}  ${a.frist} – ${a.tittel}${a.formerId ? ` (tidligere ${a.formerId})` : ''}${a.fromTillegg ? ` (fra tillegg nr. ${a.fromTillegg})` : ''}${a.ferdig ? ` [ferdig og tatt ut: ${a.ferdig}]` : ''}`;
  lines.push(`Tildelingsbrev for ${s.year} laget i ${s.to} fra ${s.from} (${s.fromYear}).`);
  if (s.tillegg.length) lines.push(`Tillegg til brevet for ${s.fromYear} som er tatt med: nr. ${s.tillegg.join(', ')}.`);
  lines.push('', `Videreført som gitt tidligere, fortsatt løpende (${s.carried.length} oppdrag):`, ...s.carried.map(item));
  lines.push('', `Tatt ut, siste frist før ${s.year} (${s.dropped.length} oppdrag):`, ...s.dropped.map(item));
  if (s.assess.length) lines.push('', `Må vurderes: fristen er ikke en dato, oppdraget er videreført (${s.assess.length} oppdrag):`, ...s.assess.map((a) => item({ ...a, frist: a.frist || 'ingen frist' })));
  lines.push('', 'Flyttet ett år:' .replace('ett år', s.year - s.fromYear === 1 ? 'ett år' : `${s.year - s.fromYear} år`), ...s.rolled.map((r) => `    ${r}`));
  lines.push('', 'Må fylles inn før brevet kan bygges:', ...s.toFill.map((r) => `    ${r}`));
  lines.push('', 'Bør gås gjennom:', ...s.review.map((r) => `    ${r}`));
  lines.push('', `Nye oppdrag for ${s.year} nummereres fra ${assignmentIdOf(s.year, 1)}. Kjør «styringsdok check ${s.to}» for å se hva som mangler.`);
  return `${lines.join('\n')}\n`;
}

export { lastDeadlineYear };
