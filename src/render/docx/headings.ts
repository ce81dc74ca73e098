import { Bookmark, HeadingLevel, Tab, TextRun, type Paragraph, type ParagraphChild } from 'docx';
import type { Heading } from '../../model/document.js';
import type { Renderer } from './context.js';
import { inlineChildren } from './inline.js';
import { unlistedHeadingStyle } from './styles.js';
import { HEADINGS } from '../../layout/theme.js';
import { twips } from './page.js';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
/** Hanging indent per level, wide enough for "9.9.9" so wrapped heading text lines up after the number. */
const NUMBER_WIDTH = [567, 709, 851, 851];

/** Levels the TOC field lists (its \o switch); listed headings deeper than this keep HeadingN anyway. */
export const TOC_LEVELS = 3;

export function renderHeading(r: Renderer, heading: Heading): Paragraph {
  const index = Math.min(Math.max(heading.level, 1), LEVELS.length) - 1;
  const listed = heading.inToc || heading.level > TOC_LEVELS;
  const content: ParagraphChild[] = [];
  if (heading.number) content.push(new TextRun({ text: heading.number }), new TextRun({ children: [new Tab()] }));
  content.push(...inlineChildren(heading.content, r.anchors));
  const anchor = r.anchors.get(heading.id);
  const width = NUMBER_WIDTH[index];
  // The PDF adds the previous block's space after to the heading's space before; Word takes the larger of the two.
  const before = twips(HEADINGS[index + 1].before + r.lastAfter);
  return r.paragraph({
    spacing: { before },
    ...(listed ? { heading: LEVELS[index] } : { style: unlistedHeadingStyle(index + 1) }),
    ...(heading.number ? { indent: { left: width, hanging: width }, tabStops: [{ type: 'left', position: width }] } : {}),
    children: anchor ? [new Bookmark({ id: anchor, children: content })] : content,
  });
}
