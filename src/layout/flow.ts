import type { DrawOp } from './ops.js';
import type { Line } from './text/lineBreak.js';
import { ARTIFACT, documentNode, structChild, type StructNode, type StructType } from './structure.js';

export interface PageArea {
  top: number;
  bottom: number;
}

/** The room at the page foot for the footnotes of the lines placed on the page (FootnoteArea in footnotes.ts). */
export interface FootnoteRoom {
  reserved(pageIndex: number): number;
  numbersIn(line: Line): number[];
  extra(pageIndex: number, numbers: readonly number[]): number;
  add(pageIndex: number, numbers: readonly number[], parent: StructNode): void;
}

/** Vertical cursor over a sequence of pages: decides page breaks and collects each page's drawing operations. */
export class Flow {
  readonly pages: DrawOp[][] = [[]];
  y: number;
  /** Structure node that pushed operations belong to (see structure.ts). */
  node: StructNode = documentNode();
  /** The room each page keeps at its foot for footnotes (see footnotes.ts); a measuring flow keeps none. */
  footnotes?: FootnoteRoom;
  private lastOp: DrawOp | undefined;

  /** area(pageIndex) gives the body area of a page; a measuring flow uses one endless page. */
  constructor(private readonly area: (pageIndex: number) => PageArea) {
    this.y = area(0).top;
  }

  /** A flow that never breaks, for measuring the height of content. */
  static measuring(): Flow {
    return new Flow(() => ({ top: 0, bottom: Number.POSITIVE_INFINITY }));
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  get top(): number {
    return this.area(this.pageIndex).top;
  }

  get bottom(): number {
    return this.area(this.pageIndex).bottom - (this.footnotes?.reserved(this.pageIndex) ?? 0);
  }

  /** Height of an empty page's body area (the most any unbreakable piece can get). */
  get fullPageHeight(): number {
    const next = this.area(this.pageIndex + 1);
    return next.bottom - next.top;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom + 0.01;
  }

  /** Starts a new page unless `height` fits here or we are already at the top of a page. Returns true on a break. */
  ensure(height: number): boolean {
    if (this.fits(height) || this.atTop()) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = this.top;
  }

  /** Vertical space between blocks; swallowed at the top of a page. */
  space(height: number): void {
    if (!this.atTop()) this.y = Math.min(this.y + height, this.bottom);
  }

  push(op: DrawOp): void {
    op.node ??= this.node;
    this.pages[this.pageIndex].push(op);
    this.lastOp = op;
  }

  /** Runs `draw` with `node` as the structure node of everything it pushes. */
  within<T>(node: StructNode, draw: () => T): T {
    const outer = this.node;
    this.node = node;
    try {
      return draw();
    } finally {
      this.node = outer;
    }
  }

  /** Runs `draw` inside a new structure element of `type`, a child of the current node. */
  tag<T>(type: StructType, draw: () => T): T {
    return this.within(structChild(type, this.node), draw);
  }

  /** Runs `draw` with everything it pushes marked as an artifact. */
  artifact<T>(draw: () => T): T {
    return this.within(ARTIFACT, draw);
  }

  /**
   * The Link element for a linked piece of text: the one just used when the previous operation was a link to the same
   * target in the same parent (a link broken over lines or styles stays one element), a new one otherwise.
   */
  linkNode(href: string): StructNode {
    const last = this.lastOp;
    if (last?.kind === 'link' && last.href === href && last.node?.type === 'Link' && last.node.parent === this.node) return last.node;
    return structChild('Link', this.node);
  }
}
