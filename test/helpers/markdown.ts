import type { Block } from '../../src/model/document.js';
import { renderMarkdown } from '../../src/render/markdown/index.js';

/** What `build --format md` writes for a composed document. */
export const markdownOf = (composed: { model: Parameters<typeof renderMarkdown>[0] }): string => renderMarkdown(composed.model);

/** The blocks without the signature blocks (the årsrapport's publication version). */
export function withoutSignatures(blocks: Block[]): Block[] {
  return blocks.filter((b) => b.type !== 'signatures').map((b) => ('children' in b ? { ...b, children: withoutSignatures(b.children) } : b));
}

/** Every block, with the children of containers and list items after their parent. */
export const flatBlocks = (blocks: Block[]): Block[] => blocks.flatMap((b) => ('children' in b ? flatBlocks(b.children) : b.type === 'list' ? [b, ...b.items.flatMap(flatBlocks)] : [b]));
