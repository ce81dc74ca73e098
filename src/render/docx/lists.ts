import type { ListBlock } from '../../model/document.js';
import type { BlockOptions, BodyChild, Renderer } from './context.js';
import { inlineChildren } from './inline.js';
import { ListNumbering } from './numbering.js';
import { SPACING } from '../../layout/theme.js';
import { twips } from './page.js';

/**
 * A list as numbered paragraphs. The first paragraph of an item carries the bullet/number; further paragraphs of
 * the item are indented to the item text; nested lists go one level deeper.
 */
export function renderList(r: Renderer, list: ListBlock, options: BlockOptions, level = 0): BodyChild[] {
  const ref = list.ordered ? r.numbering.ordered(list.start) : r.numbering.bullet();
  const out: BodyChild[] = [];
  list.items.forEach((item, itemIndex) => {
    const lastItem = itemIndex === list.items.length - 1;
    item.forEach((block, blockIndex) => {
      const last = lastItem && blockIndex === item.length - 1;
      const keepNext = options.keepNext || (options.keepLines && !last) ? true : undefined;
      if (block.type === 'list') {
        out.push(...renderList(r, block, options, level + 1));
      } else if (block.type === 'paragraph') {
        // As the layout: tight spacing inside lists, a paragraph's spacing after the last item of an outer list.
        const after = last && level === 0 ? SPACING.paragraph : SPACING.tightParagraph;
        out.push(r.paragraph({
          style: options.style,
          spacing: { after: twips(after) },
          keepNext,
          keepLines: options.keepLines,
          ...(blockIndex === 0
            ? { numbering: { reference: ref.reference, level, instance: ref.instance } }
            : { indent: { left: ListNumbering.textIndent(level) } }),
          children: inlineChildren(block.content, r.anchors),
        }));
      } else {
        out.push(...r.blocks([block], options));
      }
    });
  });
  return out;
}
