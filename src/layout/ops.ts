import type { FontKey } from './fonts.js';
import type { StructNode } from './structure.js';

/** Drawing operations produced by layout and painted by paint.ts; coordinates in points from the page's top left. */

/**
 * Every operation pushed onto a flow gets the structure node it belongs to (Flow.push). Operations without one (the
 * page furniture) are painted as pagination artifacts; rules and backgrounds are always layout artifacts.
 */
interface Tagged {
  node?: StructNode;
}

export interface TextOp extends Tagged {
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

export interface RectOp extends Tagged {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}

export interface RuleOp extends Tagged {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
}

/** A clickable area; href is an external URL or "#id" for a heading. */
export interface LinkOp extends Tagged {
  kind: 'link';
  x: number;
  y: number;
  w: number;
  h: number;
  href: string;
  /** The linked text: the annotation's alternate description. */
  label?: string;
}

/** Named destination of a heading, at the top of the heading. */
export interface DestOp extends Tagged {
  kind: 'dest';
  name: string;
  x: number;
  y: number;
}

/** A TOC entry's dot leader and page number: only known once every heading has a page, so resolved at paint time. */
export interface TocPageOp extends Tagged {
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

/** Draws nothing: makes sure the node's structure element exists at this point of the reading order (an empty table cell). */
export interface NodeOp extends Tagged {
  kind: 'node';
}

/** Text drawn across the page, turned `angle` degrees about its centre (the UTKAST mark of a draft). */
export interface WatermarkOp extends Tagged {
  kind: 'watermark';
  text: string;
  centreX: number;
  centreY: number;
  angle: number;
  font: FontKey;
  size: number;
  color: string;
  characterSpacing: number;
}


/** A vector drawing (a chart) scaled into the box. */
export interface SvgOp extends Tagged {
  kind: 'svg';
  x: number;
  y: number;
  w: number;
  h: number;
  svg: string;
}

export type DrawOp = TextOp | RectOp | RuleOp | LinkOp | DestOp | TocPageOp | NodeOp | WatermarkOp | SvgOp;
