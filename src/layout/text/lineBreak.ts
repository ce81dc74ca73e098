import type { Run } from '../../model/document.js';
import { fontKey, getMeasurer, type FontKey } from '../fonts.js';

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
    const parts = run.text.split('\n');
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

/** Width of a word's trailing space, which does not count where the word ends a line. */
const spaceWidth = (word: Word, options: LineOptions): number =>
  word.trailingSpace ? pieceWidth({ text: ' ', font: word.pieces[word.pieces.length - 1].font }, options) : 0;

/** Splits a word wider than a whole line: after a hyphen or slash when possible, otherwise between characters. */
function splitLongWord(pieces: Piece[], maxWidth: number, options: LineOptions): Piece[][] {
  const chars: Piece[] = pieces.flatMap((piece) => Array.from(piece.text, (ch) => ({ ...piece, text: ch })));
  const result: Piece[][] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    let used = width([chars[start]], options);
    while (end < chars.length) {
      const next = width([chars[end]], options);
      if (used + next > maxWidth) break;
      used += next;
      end++;
    }
    if (end < chars.length) {
      for (let k = end - 1; k > start; k--) {
        if (/[-/–]/.test(chars[k].text)) {
          end = k + 1;
          break;
        }
      }
    }
    result.push(mergePieces(chars.slice(start, end)));
    start = end;
  }
  return result;
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
const broken = new WeakMap<Run[], Map<string, Line[]>>();

/** Greedy line breaking of inline runs into lines no wider than maxWidth. Always returns at least one line. */
export function breakLines(runs: Run[], maxWidth: number, options: LineOptions): Line[] {
  const key = `${maxWidth}|${options.size}|${options.bold ? 1 : 0}|${options.italic ? 1 : 0}|${options.characterSpacing ?? 0}`;
  let byKey = broken.get(runs);
  const cached = byKey?.get(key);
  if (cached) return cached;
  const lines = breakRuns(runs, maxWidth, options);
  if (!byKey) broken.set(runs, (byKey = new Map()));
  byKey.set(key, lines);
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
    if (word.pieces.length === 0) continue;
    const fullWidth = width(word.pieces, options);
    const visibleWidth = fullWidth - spaceWidth(word, options);
    if (pieces.length > 0 && used + visibleWidth > maxWidth) flush();
    if (visibleWidth <= maxWidth || pieces.length > 0) {
      pieces.push(...word.pieces);
      used += fullWidth;
      continue;
    }
    const parts = splitLongWord(word.pieces, maxWidth, options);
    parts.slice(0, -1).forEach((part) => lines.push(toLine(part, options)));
    pieces = [...parts[parts.length - 1]];
    used = width(pieces, options);
  }
  if (pieces.length > 0 || lines.length === 0) flush();
  return lines;
}

/** Plain text of runs, e.g. for bookmarks and TOC entries. */
export function plainText(runs: Run[]): string {
  return runs.map((run) => (run.text === '\n' ? ' ' : run.text)).join('').replace(/\s+/g, ' ').trim();
}
