import { isFootnote, type Inline, type Run } from '../model/document.js';
import type { DrawOp } from './ops.js';
import { ARTIFACT, structChild, type StructNode } from './structure.js';
import { breakLines, type Line } from './text/lineBreak.js';
import { drawLine } from './text/drawLine.js';
import { Flow } from './flow.js';
import { COLORS, SMALL } from './theme.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Space between the body and the rule above the notes, and between the rule and the first note. */
const GAP_ABOVE = 10;
const GAP_BELOW = 4;
const RULE_WIDTH = 120;

const anchor = (number: number) => `fotnote-${number}`;

/**
 * A paragraph's content as runs for line breaking: a footnote reference becomes its number in superscript digits,
 * linked to the note at the page foot (the link makes it a Link element, the reference, in the structure).
 */
export function referenceRuns(content: readonly Inline[]): Run[] {
  // The same array each time for the same content: line breaking caches its lines by the runs array, and keep rules
  // measure a paragraph before it is placed.
  let runs = referenced.get(content);
  if (!runs) {
    runs = content.some(isFootnote)
      ? content.map((part) => (isFootnote(part) ? { text: [...String(part.number)].map((d) => SUPERSCRIPT[Number(d)]).join(''), href: `#${anchor(part.number)}` } : part))
      : (content as Run[]);
    referenced.set(content, runs);
  }
  return runs;
}

const referenced = new WeakMap<readonly Inline[], Run[]>();

interface Placed {
  number: number;
  /** The structure element the reference is in; the Note element becomes its child. */
  parent: StructNode;
}

/**
 * The notes at the foot of each page. A line that holds references is placed only where the page has room for it and
 * for its notes (Flow.bottom rises by what is reserved here), so a note always stands on its reference's page.
 */
export class FootnoteArea {
  private readonly onPage = new Map<number, Placed[]>();
  private readonly lineCache = new Map<number, Line[]>();

  constructor(private readonly notes: ReadonlyMap<number, Run[]>, private readonly x: number, private readonly width: number) {}

  /** The footnote numbers referred to in a laid-out line. */
  numbersIn(line: Line): number[] {
    return line.fragments.flatMap((f) => {
      const match = f.href && /^#fotnote-(\d+)$/.exec(f.href);
      return match && this.notes.has(Number(match[1])) ? [Number(match[1])] : [];
    });
  }

  /** Height the page's footnote area takes now. */
  reserved(pageIndex: number): number {
    const placed = this.onPage.get(pageIndex);
    return placed ? GAP_ABOVE + GAP_BELOW + placed.reduce((sum, p) => sum + this.height(p.number), 0) : 0;
  }

  /** How much the page's footnote area grows with these notes. */
  extra(pageIndex: number, numbers: readonly number[]): number {
    if (numbers.length === 0) return 0;
    const notes = numbers.reduce((sum, n) => sum + this.height(n), 0);
    return this.onPage.has(pageIndex) ? notes : GAP_ABOVE + GAP_BELOW + notes;
  }

  add(pageIndex: number, numbers: readonly number[], parent: StructNode): void {
    if (numbers.length === 0) return;
    this.onPage.set(pageIndex, [...(this.onPage.get(pageIndex) ?? []), ...numbers.map((number) => ({ number, parent }))]);
  }

  /** Draws each page's notes at its foot, above `bottom(pageIndex)`: a short rule, then the notes, each a Note element. */
  draw(pages: DrawOp[][], bottom: (pageIndex: number) => number): void {
    for (const [pageIndex, placed] of this.onPage) {
      const top = bottom(pageIndex) - this.reserved(pageIndex);
      const flow = Flow.measuring();
      flow.artifact(() => flow.push({ kind: 'rule', x1: this.x, x2: this.x + RULE_WIDTH, y1: top + GAP_ABOVE / 2, y2: top + GAP_ABOVE / 2, width: 0.5, color: COLORS.rule }));
      let y = top + GAP_ABOVE + GAP_BELOW;
      for (const { number, parent } of placed) {
        flow.push({ kind: 'dest', name: anchor(number), x: this.x, y, node: parent });
        const note = structChild('Note', parent);
        flow.within(note === ARTIFACT ? note : { ...note, id: anchor(number) }, () => {
          for (const line of this.lines(number)) {
            drawLine(flow, line, SMALL, { x: this.x, width: this.width, top: y });
            y += SMALL.leading;
          }
        });
      }
      pages[pageIndex]?.push(...flow.pages[0]);
    }
  }

  private height(number: number): number {
    return this.lines(number).length * SMALL.leading;
  }

  private lines(number: number): Line[] {
    let lines = this.lineCache.get(number);
    if (!lines) {
      lines = breakLines([{ text: `${number} ` }, ...(this.notes.get(number) ?? [])], this.width, { size: SMALL.size });
      this.lineCache.set(number, lines);
    }
    return lines;
  }
}
