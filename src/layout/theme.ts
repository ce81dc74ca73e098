/** Page geometry, type sizes and colours of the PDF: one place to tune the look. */

const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginTop: 25 * MM,
  marginBottom: 25 * MM,
  marginLeft: 25 * MM,
  marginRight: 22 * MM,
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

export const FURNITURE = {
  /** Baseline of the running header on pages after the first. */
  headerBaseline: 14 * MM,
  /** Baseline of the "Side X av Y" line. */
  footerBaseline: PAGE.height - 12 * MM,
  size: 8.5,
  firstPageFooterSize: 7.5,
  firstPageFooterLeading: 9.5,
  /** Space kept between body text and the first-page footer. */
  firstPageFooterGap: 14,
} as const;

export interface TextStyle {
  size: number;
  leading: number;
  color: string;
}

export const BODY: TextStyle = { size: 11, leading: 14.5, color: '#000000' };
export const SMALL: TextStyle = { size: 9, leading: 11.5, color: '#333333' };
export const TABLE_TEXT: TextStyle = { size: 9.5, leading: 12.5, color: '#000000' };
export const TOC_TEXT: TextStyle = { size: 10.5, leading: 14, color: '#000000' };

export const HEADINGS: Record<number, TextStyle & { before: number; after: number; italic?: boolean }> = {
  1: { size: 15, leading: 19, color: '#000000', before: 20, after: 8 },
  2: { size: 13, leading: 17, color: '#000000', before: 14, after: 6 },
  3: { size: 11.5, leading: 15, color: '#000000', before: 12, after: 4 },
  4: { size: 11, leading: 14.5, color: '#000000', before: 10, after: 3, italic: true },
};

export const SPACING = {
  paragraph: 7,
  tightParagraph: 3,
  listIndent: 18,
  block: 9,
} as const;

export const TABLE = {
  padX: 4,
  padY: 3.5,
  headerFill: '#e8ecf0',
  rule: '#a6a6a6',
  ruleWidth: 0.5,
  headerRule: '#6e6e6e',
  headerRuleWidth: 0.8,
} as const;

export const COLORS = {
  link: '#1f4e8c',
  muted: '#555555',
  rule: '#a6a6a6',
} as const;

/** The letterhead: the sender's name in spaced capitals, then the recipient, then the reference fields. */
export const LETTERHEAD = {
  sender: { size: 12, leading: 16, color: '#000000', letterSpacing: 1.2 },
  label: { size: 8, leading: 10.5, color: COLORS.muted },
  value: { size: 10.5, leading: 13.5, color: '#000000' },
  /** Space after the sender line, the recipient block and the reference block. */
  after: { sender: 40, recipient: 26, references: 30 },
} as const;
