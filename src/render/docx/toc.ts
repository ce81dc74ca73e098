import {
  FileChild, ImportedXmlComponent, InternalHyperlink, LeaderType, PageReference, Paragraph, Tab, TabStopType, TextRun,
  type ParagraphChild,
} from 'docx';
import type { Block, Heading, TocBlock } from '../../model/document.js';
import type { BodyChild, Renderer } from './context.js';
import { TOC_LEVELS } from './headings.js';
import { TEXT_WIDTH, twips } from './page.js';
import { STYLE, TOC_INDENT } from './styles.js';
import { HEADINGS, SPACING, TOC_TEXT } from '../../layout/theme.js';
import { getMeasurer } from '../../layout/fonts.js';
import { spacer } from './tables.js';

/** The headings the table of contents lists, in document order. */
export function listedHeadings(blocks: readonly Block[]): Heading[] {
  return blocks.flatMap((block): Heading[] => {
    if (block.type === 'heading') return block.inToc && block.level <= TOC_LEVELS ? [block] : [];
    if ('children' in block) return listedHeadings(block.children);
    if (block.type === 'list') return block.items.flatMap(listedHeadings);
    return [];
  });
}

const fieldChar = (type: 'begin' | 'separate' | 'end') => ImportedXmlComponent.fromXmlString(`<w:fldChar w:fldCharType="${type}"/>`);
const instruction = (text: string) => ImportedXmlComponent.fromXmlString(`<w:instrText xml:space="preserve">${text}</w:instrText>`);

/** A TOC field inside Word's "Table of Contents" content control, as Word writes its own. */
class TocField extends FileChild {
  constructor(entries: Paragraph[]) {
    super('w:sdt');
    this.root.push(ImportedXmlComponent.fromXmlString(
      '<w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'));
    const content = new ImportedXmlComponent('w:sdtContent');
    for (const entry of entries) content.push(entry);
    this.root.push(content);
  }
}

/**
 * A real TOC field (\o "1-3" \h: Heading1–Heading3, hyperlinked) whose result is already filled in: one entry per
 * listed heading, linked to the heading's bookmark, with a PAGEREF field for the page that docx's page-number
 * estimator fills in and writes clean. Headings left out of the TOC use the unlisted heading styles, so Word's own
 * "Update table" gives the same entries.
 *
 * Entries are built here rather than by docx's TableOfContents, which works out each heading's list number with an
 * extra full read of the document that plain-text numbers don't need.
 */
export function renderToc(r: Renderer, toc: TocBlock): BodyChild[] {
  const headings = listedHeadings(r.document).filter((h) => r.anchors.get(h.id) !== undefined);
  const title = r.paragraph({ style: STYLE.tocHeading, spacing: { before: twips(HEADINGS[1].before + r.lastAfter) }, text: toc.title });
  if (headings.length === 0) return [title];
  const entries = headings.map((heading, i) => {
    const anchor = r.anchors.get(heading.id)!;
    const title = heading.content.map((run) => run.text).join('').replace(/\s+/g, ' ');
    const level = Math.min(Math.max(heading.level, 1), TOC_LEVELS);
    // As in the PDF, a wrapped entry hangs past its number: number, tab, title.
    const hang = heading.number ? twips(getMeasurer().width(`${heading.number}  `, level === 1 ? 'bold' : 'regular', TOC_TEXT.size)) : 0;
    const left = twips(TOC_INDENT * (level - 1)) + hang;
    const text = heading.number ? [new TextRun(heading.number), new TextRun({ children: [new Tab()] }), new TextRun(title)] : [new TextRun(title)];
    const children: ParagraphChild[] = [
      new InternalHyperlink({ anchor, children: [...text, new TextRun({ children: [new Tab()] }), new PageReference(anchor, { hyperlink: true })] }),
    ];
    if (i === 0) children.unshift(new TextRun({ children: [fieldChar('begin'), instruction(`TOC \\o "1-${TOC_LEVELS}" \\h`), fieldChar('separate')] }));
    if (i === headings.length - 1) children.push(new TextRun({ children: [fieldChar('end')] }));
    return new Paragraph({
      style: `TOC${level}`,
      ...(hang ? { indent: { left, hanging: hang } } : {}),
      tabStops: [...(hang ? [{ type: TabStopType.LEFT, position: left }] : []), { type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
      children,
    });
  });
  return [title, new TocField(entries), spacer(2 * SPACING.block)];
}
