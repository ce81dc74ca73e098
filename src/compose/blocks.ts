import type { RawBlock } from './rawBlocks.js';

/**
 * Builds one kind of generated block (a budget table, the letterhead, a signature block) from the
 * helper's arguments and the template context it was called in.
 */
export type BlockBuilder = (args: Readonly<Record<string, unknown>>, context: unknown) => RawBlock[];

/** A kind's generated blocks by the name templates use: `{{blokk "budsjettabell" kap=kap}}`. */
export type BlockBuilders = Readonly<Record<string, BlockBuilder>>;

/** Marks where a generated block stands in the template's Markdown; a private-use character no content may hold. */
const MARK = '\uE000';
const MARKER = new RegExp(`^${MARK}(\\d+)${MARK}$`);

/**
 * The blocks placed while one template runs. `{{blokk}}` leaves a marker paragraph in the Markdown,
 * and markdownToBlocks puts the typed blocks in its place: generated structure never passes through
 * Markdown text.
 */
export class PlacedBlocks {
  private readonly placed: RawBlock[][] = [];

  constructor(readonly builders: BlockBuilders) {}

  place(name: string, args: Readonly<Record<string, unknown>>, context: unknown): string {
    const builder = Object.prototype.hasOwnProperty.call(this.builders, name) ? this.builders[name] : undefined;
    if (!builder) throw new UnknownBlock(name, Object.keys(this.builders));
    this.placed.push(builder(args, context));
    return `\n\n${MARK}${this.placed.length - 1}${MARK}\n\n`;
  }

  /** The blocks a paragraph of marker text stands for, or undefined for any other paragraph. */
  take(paragraphText: string): RawBlock[] | undefined {
    const m = MARKER.exec(paragraphText.trim());
    return m ? this.placed[Number(m[1])] : undefined;
  }
}

export class UnknownBlock extends Error {
  constructor(readonly block: string, readonly known: string[]) {
    super(`blokken «${block}» finnes ikke`);
  }
}

/** Strips the marker character from text that reaches a template from the content, so content cannot place blocks. */
export function withoutMarks(text: string): string {
  return text.includes(MARK) ? text.replaceAll(MARK, '') : text;
}
