import type { Run } from '../../model/document.js';
import { fontKey, getMeasurer, type FontKey } from '../fonts.js';
import { hyphenationPoints } from './hyphenate.js';
import { bindPercent } from './noBreak.js';

/** A same-styled piece of a laid-out line, positioned relative to the line's start. */
export interface Fragment {
  text: string;
  font: FontKey;
  x: number;
  width: number;
  href?: string;
}

export interface Line {
  fragments: Fragment[];
  width: number;
}

export interface LineOptions {
  size: number;
  /** Forced on every run, e.g. for headings and table headers. */
  bold?: boolean;
  italic?: boolean;
  characterSpacing?: number;
  /** Never break except at hard breaks: amounts, dates and ids in table cells. */
  nowrap?: boolean;
}

interface Piece {
  text: string;
  font: FontKey;
  href?: string;
}

/**
 * A word: pieces with no break opportunity between them (styles may change inside a word, as in "*S*."). A following
 * space is kept at the end of the last piece, in that piece's style: pdfkit measures and shapes text in exactly such
 * "word " tokens, so layout and painting share one cache entry per token and fragment widths add up exactly.
 */
interface Word {
  pieces: Piece[];
  trailingSpace: boolean;
  hardBreakBefore: boolean;
}

function toWords(runs: Run[], options: LineOptions): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  let pendingBreak = false;
  for (const run of runs) {
    const font = fontKey(options.bold || run.bold, options.italic || run.italic);
    const parts = bindPercent(run.text).split('\n');
    parts.forEach((part, partIndex) => {
      if (partIndex > 0) {
        current = undefined;
        pendingBreak = true;
      }
      for (const token of part.split(/([ \t]+)/)) {
        if (token === '') continue;
        if (/^[ \t]+$/.test(token)) {
          if (current && !current.trailingSpace) {
            current.trailingSpace = true;
            current.pieces[current.pieces.length - 1].text += ' ';
          }
          current = undefined;
          continue;
        }
        if (!current) {
          current = { pieces: [], trailingSpace: false, hardBreakBefore: pendingBreak };
          pendingBreak = false;
          words.push(current);
        }
        current.pieces.push({ text: token, font, href: run.href });
      }
    });
  }
  // A trailing hard break (or a run that is only "\n") still ends the line: represent it as an empty word.
  if (pendingBreak) words.push({ pieces: [], trailingSpace: false, hardBreakBefore: true });
  return words;
}

const pieceWidth = (piece: Piece, options: LineOptions): number =>
  getMeasurer().width(piece.text, piece.font, options.size, options.characterSpacing);

const width = (pieces: Piece[], options: LineOptions): number => pieces.reduce((sum, piece) => sum + pieceWidth(piece, options), 0);

/** Trailing space of the last piece, which does not count where a word ends a line. */
function trailingSpaceWidth(pieces: Piece[], options: LineOptions): number {
  const last = pieces[pieces.length - 1];
  return last?.text.endsWith(' ') ? pieceWidth({ text: ' ', font: last.font }, options) : 0;
}

const toChars = (pieces: Piece[]): Piece[] => pieces.flatMap((piece) => Array.from(piece.text, (ch) => ({ ...piece, text: ch })));

/** Below this share of the line left empty, a word that does not fit moves to the next line whole. */
const HYPHENATE_GAP = 0.15;

/**
 * The longest start of a word, up to a hyphenation point and with a visible hyphen, that fits in `room`; the rest of
 * the word (with its trailing space) follows on the next line.
 */
function hyphenateToFit(pieces: Piece[], room: number, options: LineOptions): { head: Piece[]; tail: Piece[] } | undefined {
  const chars = toChars(pieces);
  const text = chars.map((c) => c.text).join('').trimEnd();
  const points = hyphenationPoints(text);
  const offsets: number[] = [];
  let offset = 0;
  for (const c of chars) {
    offsets.push(offset);
    offset += c.text.length;
  }
  // After a hyphen or dash already in the word ("arbeids-og-…"), or at a hyphenation point with a hyphen added.
  const dashes = chars.flatMap((c, i) => (i > 0 && i < chars.length - 1 && /^[-–]$/.test(c.text) ? [offsets[i + 1]] : []));
  const candidates = [...new Set([...points, ...dashes])].sort((a, b) => b - a);
  for (const point of candidates) {
    const at = offsets.indexOf(point);
    if (at <= 0) continue;
    const head = mergePieces(chars.slice(0, at));
    const last = head[head.length - 1];
    if (!/[-–]$/.test(last.text)) last.text += '-';
    if (width(head, options) <= room) return { head, tail: mergePieces(chars.slice(at)) };
  }
  return undefined;
}

/** Emergency split of a word wider than a whole line that cannot be hyphenated: after a dash or slash when possible. */
function forceSplit(pieces: Piece[], maxWidth: number, options: LineOptions): { head: Piece[]; tail: Piece[] } {
  const chars = toChars(pieces);
  let end = 1;
  let used = width([chars[0]], options);
  while (end < chars.length) {
    const next = width([chars[end]], options);
    if (used + next > maxWidth) break;
    used += next;
    end++;
  }
  if (end < chars.length) {
    for (let k = end - 1; k > 0; k--) {
      if (/[-/–]/.test(chars[k].text)) {
        end = k + 1;
        break;
      }
    }
  }
  return { head: mergePieces(chars.slice(0, end)), tail: mergePieces(chars.slice(end)) };
}

function mergePieces(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.font === piece.font && last.href === piece.href) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}

function toLine(pieces: Piece[], options: LineOptions): Line {
  const fragments: Fragment[] = [];
  let x = 0;
  for (const piece of pieces) {
    const w = pieceWidth(piece, options);
    const last = fragments[fragments.length - 1];
    if (last && last.font === piece.font && last.href === piece.href) {
      last.text += piece.text;
      last.width += w;
    } else {
      fragments.push({ text: piece.text, font: piece.font, x, width: w, href: piece.href });
    }
    x += w;
  }
  const last = fragments[fragments.length - 1];
  if (last?.text.endsWith(' ')) {
    const trailing = pieceWidth({ text: ' ', font: last.font }, options);
    last.width -= trailing;
    x -= trailing;
  }
  return { fragments, width: x };
}

/**
 * Lines already broken, by the runs (the model's own arrays) and the width and options: keep-with-next and keep-together
 * measure the same paragraphs and table rows again and again. The lines are never changed once made.
 */
const broken = new WeakMap<Run[], Map<number, Map<string, Line[]>>>();

/** Greedy line breaking of inline runs into lines no wider than maxWidth. Always returns at least one line. */
export function breakLines(runs: Run[], maxWidth: number, options: LineOptions): Line[] {
  // Keyed by the width as a number: writing a fractional width out as text, on every call, cost more than the lookup.
  const key = `${options.size}|${options.bold ? 1 : 0}|${options.italic ? 1 : 0}|${options.characterSpacing ?? 0}|${options.nowrap ? 1 : 0}`;
  let byWidth = broken.get(runs);
  if (!byWidth) broken.set(runs, (byWidth = new Map()));
  // Without wrapping the width makes no difference: a table's widths and its cells then share the lines.
  const width = options.nowrap ? Number.POSITIVE_INFINITY : maxWidth;
  let byKey = byWidth.get(width);
  if (!byKey) byWidth.set(width, (byKey = new Map()));
  let lines = byKey.get(key);
  if (!lines) byKey.set(key, (lines = breakRuns(runs, width, options)));
  return lines;
}

function breakRuns(runs: Run[], maxWidth: number, options: LineOptions): Line[] {
  const lines: Line[] = [];
  let pieces: Piece[] = [];
  /** Width of the line so far, including the trailing space of its last word. */
  let used = 0;
  const flush = (hardBreak = false) => {
    // A line ended by a hard break gets a trailing space (invisible, not counted in its width), so that text
    // extraction and screen readers do not run its last word into the next line's first.
    const last = pieces[pieces.length - 1];
    if (hardBreak && last && !last.text.endsWith(' ')) pieces[pieces.length - 1] = { ...last, text: `${last.text} ` };
    lines.push(toLine(pieces, options));
    pieces = [];
    used = 0;
  };
  for (const word of toWords(runs, options)) {
    if (word.hardBreakBefore) flush(true);
    let rest = word.pieces;
    while (rest.length > 0) {
      const restWidth = width(rest, options);
      if (options.nowrap || used + restWidth - trailingSpaceWidth(rest, options) <= maxWidth) {
        pieces.push(...rest);
        used += restWidth;
        break;
      }
      const room = maxWidth - used;
      const split = room >= HYPHENATE_GAP * maxWidth || pieces.length === 0 ? hyphenateToFit(rest, room, options) : undefined;
      if (split) {
        pieces.push(...split.head);
        flush();
        rest = split.tail;
      } else if (pieces.length > 0) {
        flush();
      } else {
        const forced = forceSplit(rest, maxWidth, options);
        pieces.push(...forced.head);
        flush();
        rest = forced.tail;
      }
    }
  }
  if (pieces.length > 0 || lines.length === 0) flush();
  return lines;
}

/** Plain text of runs, e.g. for bookmarks and TOC entries. */
export function plainText(runs: Run[]): string {
  return runs.map((run) => (run.text === '\n' ? ' ' : run.text)).join('').replace(/\s+/g, ' ').trim();
}
