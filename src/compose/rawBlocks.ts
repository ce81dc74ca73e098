import type { Block, Container, Run } from '../model/document.js';

/**
 * A heading before numbering: level, text, and the attributes given as a trailing `{-}`, `{.unlisted}`,
 * `{.appendix}`, `{.punktum}` (number printed "4.1.") and `{nr=3.1.2}` (a number fixed by the author).
 */
export interface RawHeading {
  type: 'heading';
  level: number;
  /** Anchor given as `{#id}`; otherwise one is made from the text. */
  id?: string;
  content: Run[];
  numbered: boolean;
  inToc: boolean;
  appendix: boolean;
  trailingDot?: boolean;
  fixedNumber?: string;
}

export type RawBlock = Exclude<Block, { type: 'heading' } | Container | { type: 'list' }> | RawHeading
  | { [K in Container['type']]: { type: K; children: RawBlock[] } }[Container['type']]
  | { type: 'list'; ordered: boolean; start: number; items: RawBlock[][] };
