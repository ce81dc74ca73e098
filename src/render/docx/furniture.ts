import { BorderStyle, Footer, Header, PageNumber, Paragraph, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PageFurniture } from '../../model/document.js';
import { pageArea } from '../../layout/layoutDocument.js';
import { COLORS, FURNITURE, PAGE as PDF_PAGE } from '../../layout/theme.js';
import { PAGE, TEXT_WIDTH, proportionalWidths, twips } from './page.js';
import { STYLE } from './styles.js';
import { layoutTable, spacer } from './tables.js';
import { watermarkParagraphs } from './watermark.js';

type PageField = (typeof PageNumber)[keyof typeof PageNumber];

/** "Side {side} av {sider}" as text with PAGE and NUMPAGES fields in place of the placeholders. */
export function pageNumberRun(format: string): TextRun {
  const children: Array<string | PageField> = format
    .split(/(\{side\}|\{sider\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{side}' ? PageNumber.CURRENT : part === '{sider}' ? PageNumber.TOTAL_PAGES : part));
  return new TextRun({ children });
}

/** Height of the page number line (exact, so the first page's footer has a known height). */
const PAGE_NUMBER_LINE = 10;

function pageNumberParagraph(format: string, before = 0): Paragraph {
  return new Paragraph({ style: STYLE.footer, spacing: { before, line: twips(PAGE_NUMBER_LINE), lineRule: 'exact' }, children: [pageNumberRun(format)] });
}

/**
 * Space above the page number on page 1, below the sender's columns: makes the footer reach up to where the layout's
 * first page ends its body text, so Word and LibreOffice end page 1's text where the shared pagination does.
 */
function firstPageGap(furniture: PageFurniture, lines: number): number {
  const bodyBottom = pageArea({ furniture } as Parameters<typeof pageArea>[0])(0).bottom;
  const footerHeight = PDF_PAGE.height - bodyBottom - PAGE.footer / 20;
  return Math.max(0, twips(footerHeight - FURNITURE.firstPageFooterGap - PAGE_NUMBER_LINE - lines * FURNITURE.firstPageFooterLeading));
}

/** The sender's addresses: one borderless column per entry, the first line of each column bold as its label. */
function addressColumns(columns: string[][]): ReturnType<typeof layoutTable> {
  const widths = proportionalWidths(columns.map(() => 1), TEXT_WIDTH);
  // The rule above the columns is a top border on every cell (LibreOffice draws cell borders, as Word does).
  const rule = { style: BorderStyle.SINGLE, size: 3, color: COLORS.rule.slice(1) };
  const cells = columns.map((lines, i) => new TableCell({
    width: { size: widths[i], type: WidthType.DXA },
    borders: { top: rule },
    children: (lines.length ? lines : ['']).map((line, j) =>
      new Paragraph({ style: STYLE.footerColumn, children: [new TextRun({ text: line, bold: j === 0 || undefined })] })),
  }));
  return layoutTable([new TableRow({ cantSplit: true, children: cells })], widths, STYLE.plainTable, false);
}

export interface SectionFurniture {
  titlePage: boolean;
  headers: { default?: Header; first?: Header };
  footers: { default: Footer; first?: Footer };
}

/**
 * Running header (pages after the first), page number footer on every page, and on page 1 the sender's address
 * columns above the page number (section titlePage, so page 1 has its own header and footer).
 */
export function sectionFurniture(furniture: PageFurniture): SectionFurniture {
  const pageFooter = () => pageNumberParagraph(furniture.pageNumberFormat);
  const columns = furniture.firstPageFooter?.filter((c) => c.length > 0) ?? [];
  const mark = () => watermarkParagraphs(furniture.watermark);
  return {
    titlePage: true,
    headers: {
      default: furniture.header || furniture.watermark ? new Header({ children: [...mark(), new Paragraph({ style: STYLE.header, text: furniture.header })] }) : undefined,
      // Page 1 has no running header, so no rule either.
      first: new Header({ children: [...mark(), new Paragraph({ style: STYLE.header, border: { bottom: { style: BorderStyle.NIL, size: 0, color: 'auto', space: 0 } } })] }),
    },
    footers: {
      default: new Footer({ children: [pageFooter()] }),
      first: new Footer({
        children: columns.length
          // The layout's gap between the body text and the rule above the columns, inside the footer.
          ? [spacer(FURNITURE.firstPageFooterGap), addressColumns(columns), pageNumberParagraph(furniture.pageNumberFormat, firstPageGap(furniture, Math.max(...columns.map((c) => c.length))))]
          : [pageFooter()],
      }),
    },
  };
}
