import type { FontKey } from './fonts.js';

/** Drawing operations produced by layout and painted by paint.ts; coordinates in points from the page's top left. */

export interface TextOp {
  kind: 'text';
  x: number;
  /** Baseline. */
  baseline: number;
  text: string;
  font: FontKey;
  size: number;
  color: string;
  characterSpacing?: number;
  underline?: boolean;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}

export interface RuleOp {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
}

/** A clickable area; href is an external URL or "#id" for a heading. */
export interface LinkOp {
  kind: 'link';
  x: number;
  y: number;
  w: number;
  h: number;
  href: string;
}

/** Named destination of a heading, at the top of the heading. */
export interface DestOp {
  kind: 'dest';
  name: string;
  x: number;
  y: number;
}

/** A TOC entry's dot leader and page number: only known once every heading has a page, so resolved at paint time. */
export interface TocPageOp {
  kind: 'tocPage';
  headingId: string;
  /** Where the leader may start (end of the entry's last line). */
  leaderStart: number;
  /** Right edge of the page number. */
  right: number;
  baseline: number;
  font: FontKey;
  size: number;
  color: string;
}

export type DrawOp = TextOp | RectOp | RuleOp | LinkOp | DestOp | TocPageOp;
