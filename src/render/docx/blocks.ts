import { Paragraph, type IParagraphOptions } from 'docx';
import { isFootnote, unreachable, type Block, type Run } from '../../model/document.js';
import { AnchorNames } from './anchors.js';
import { endsPart, isTableTitle, PART_END_LINES } from '../../layout/blocks/keep.js';
import { breakLines } from '../../layout/text/lineBreak.js';
import { BODY } from '../../layout/theme.js';
import { TEXT_WIDTH } from './page.js';
import type { BlockOptions, BodyChild, Renderer } from './context.js';
import { renderHeading } from './headings.js';
import { inlineChildren } from './inline.js';
import { renderLetterhead } from './letterhead.js';
import { renderList } from './lists.js';
import { ListNumbering } from './numbering.js';
import { renderSignatures } from './signatures.js';
import { STYLE, spaceAfter } from './styles.js';
import { renderTable } from './tables.js';
import { renderToc } from './toc.js';
import { renderFigure } from './figures.js';

/** Renders the body's blocks to docx paragraphs and tables. One instance per document. */
export class BodyRenderer implements Renderer {
  readonly anchors: AnchorNames;
  readonly numbering = new ListNumbering();
  private breakPending = false;
  /**
   * Space after (points) of the last body paragraph. Word and LibreOffice put the larger of one paragraph's space
   * after and the next one's space before between them, where the layout adds the two: a heading's space
   * before is raised by it so the gap is the layout's.
   */
  lastAfter = 0;

  constructor(readonly document: readonly Block[]) {
    this.anchors = new AnchorNames(document);
  }

  /** The whole body; a page break at the very end (nothing to carry it) is dropped. */
  body(blocks: readonly Block[]): BodyChild[] {
    const out = this.blocks(blocks);
    this.breakPending = false;
    return out;
  }

  /**
   * Every body paragraph has widow/orphan control, as the layout; the first one on a new page after a page break
   * drops its space before, as the layout does at the top of a page (Word keeps it after a hard break).
   */
  paragraph(options: IParagraphOptions): Paragraph {
    const pageBreakBefore = this.breakPending || options.pageBreakBefore;
    this.breakPending = false;
    this.lastAfter = options.spacing?.after !== undefined ? options.spacing.after / 20 : spaceAfter(options.style, options.heading);
    return new Paragraph({
      ...options,
      widowControl: true,
      pageBreakBefore: pageBreakBefore || undefined,
      ...(pageBreakBefore ? { spacing: { ...options.spacing, before: 0 } } : {}),
    });
  }

  pendingBreak(): Paragraph[] {
    if (!this.breakPending) return [];
    this.breakPending = false;
    return [new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 } })];
  }

  blocks(blocks: readonly Block[], options: BlockOptions = {}): BodyChild[] {
    return blocks.flatMap((block, i) => {
      // The layout's keep rules: a table title stays with its table, the text before a signature block with it.
      const keep = block.type === 'paragraph' && (isTableTitle(blocks, i) || blocks[i + 1]?.type === 'signatures');
      // The last paragraph of a part that the layout will not split (too few lines to leave six on the last page).
      const whole = block.type === 'paragraph' && endsPart(blocks, i) &&
        breakLines(block.content.filter((inline): inline is Run => !isFootnote(inline)), TEXT_WIDTH / 20, { size: BODY.size }).length < PART_END_LINES + 2;
      const out = this.block(block, keep ? { ...options, keepNext: true, keepLines: true } : whole ? { ...options, keepLines: true } : options);
      // These end with a spacer paragraph (no space after) or a table.
      if (block.type === 'table' || block.type === 'toc' || block.type === 'letterhead') this.lastAfter = 0;
      return out;
    });
  }

  private block(block: Block, options: BlockOptions): BodyChild[] {
    switch (block.type) {
      case 'heading':
        return [renderHeading(this, block)];
      case 'paragraph':
        return [this.paragraph({
          style: options.style,
          keepNext: options.keepNext || undefined,
          keepLines: options.keepLines || undefined,
          children: inlineChildren(block.content, this.anchors),
        })];
      case 'list':
        return renderList(this, block, options);
      case 'table':
        return renderTable(this, block, options);
      case 'pageBreak':
        this.breakPending = true;
        return [];
      case 'toc':
        return renderToc(this, block);
      case 'letterhead':
        return renderLetterhead(this, block, options);
      case 'signatures':
        return renderSignatures(this, block, options);
      case 'note':
        return this.blocks(block.children, { ...options, style: STYLE.note });
      case 'quote':
        // Word's Quote style; the PDF sets a quotation as ordinary text.
        return this.blocks(block.children, { ...options, style: STYLE.quote });
      case 'keepTogether':
        return this.keptTogether(block.children, options);
      case 'figure':
        return renderFigure(this, block, options);
      default:
        return unreachable(block);
    }
  }

  /** Every block keeps with the next except the last, which only keeps its own lines together. */
  private keptTogether(children: readonly Block[], options: BlockOptions): BodyChild[] {
    return children.flatMap((block, i) =>
      this.block(block, { ...options, keepNext: i < children.length - 1 || options.keepNext, keepLines: true }));
  }
}
