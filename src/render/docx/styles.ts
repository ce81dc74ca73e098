import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import { BODY, COLORS, FURNITURE, HEADINGS, LETTERHEAD, SMALL, SPACING, TABLE, TABLE_TEXT, TOC_TEXT, type TextStyle } from '../../layout/theme.js';
import { twips } from './page.js';

/**
 * Style ids. Everything the renderer formats goes through a named Word style (no direct formatting beyond
 * alignment, indents and keeps), so an organisation can restyle a document by attaching its own template.
 */
export const STYLE = {
  normal: 'Normal',
  tocHeading: 'TOCHeading',
  sender: 'Avsender',
  recipient: 'Mottaker',
  referenceLabel: 'Referanseetikett',
  referenceValue: 'Referanse',
  closing: 'Hilsen',
  signature: 'Signatur',
  note: 'Merknad',
  quote: 'Sitat',
  tableText: 'Tabelltekst',
  tableHeading: 'Tabelloverskrift',
  header: 'Header',
  footer: 'Footer',
  footerColumn: 'Bunntekstkolonne',
  hyperlink: 'Hyperlink',
  table: 'Tabell',
  plainTable: 'TabellUtenRammer',
} as const;

/** Styles for headings that stay out of the table of contents: they look like HeadingN but have body-text outline level. */
export function unlistedHeadingStyle(level: number): string {
  return `OverskriftUtenforInnhold${level}`;
}

/** The names Word shows for the project's own styles, in the document's language (Word names its built-in ones itself). */
const STYLE_NAMES = {
  'nb-NO': {
    unlistedHeading: 'Overskrift {nivå} utenfor innholdsliste', sender: 'Avsender', recipient: 'Mottaker', referenceLabel: 'Referanseetikett',
    referenceValue: 'Referanse', closing: 'Hilsen', signature: 'Signatur', note: 'Merknad', quote: 'Sitat', tableText: 'Tabelltekst',
    tableHeading: 'Tabelloverskrift', footerColumn: 'Bunntekstkolonne', table: 'Tabell', plainTable: 'Tabell uten rammer',
  },
  'nn-NO': {
    unlistedHeading: 'Overskrift {nivå} utanfor innhaldsliste', sender: 'Avsendar', recipient: 'Mottakar', referenceLabel: 'Referanseetikett',
    referenceValue: 'Referanse', closing: 'Helsing', signature: 'Signatur', note: 'Merknad', quote: 'Sitat', tableText: 'Tabelltekst',
    tableHeading: 'Tabelloverskrift', footerColumn: 'Botntekstkolonne', table: 'Tabell', plainTable: 'Tabell utan rammer',
  },
} as const;
type StyleNames = (typeof STYLE_NAMES)['nb-NO'] | (typeof STYLE_NAMES)['nn-NO'];
const namesFor = (language: string): StyleNames => (language === 'nn-NO' ? STYLE_NAMES['nn-NO'] : STYLE_NAMES['nb-NO']);

const FONT = 'Arial';
const BLACK = '000000';

/*
 * Sizes and spacing come from the shared theme (src/layout/theme.ts): the same type sizes, exact line heights equal
 * to the layout's leading and the same space before and after, so that Word and LibreOffice break pages where the
 * shared pagination does and the TOC's page numbers hold in the DOCX too.
 */

/** Indent per TOC level (points), as the PDF's. */
export const TOC_INDENT = 16;

/** Font size in half-points. */
const halfPoints = (points: number): number => Math.round(points * 2);
/** An exact line height (twips) equal to the layout's leading. */
export const exactLine = (style: Pick<TextStyle, 'leading'>) => ({ line: twips(style.leading), lineRule: 'exact' as const });

const heading = (level: number) => {
  const style = HEADINGS[level];
  return {
    run: { font: FONT, size: halfPoints(style.size), bold: true, italics: style.italic ?? false, color: BLACK },
    paragraph: {
      spacing: { before: twips(style.before), after: twips(style.after), ...exactLine(style) },
      keepNext: true, keepLines: true, outlineLevel: level - 1,
    },
  };
};

const paragraphStyle = (id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
  id, name, basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true, ...rest,
});

const { sender: SENDER, label: REFERENCE_LABEL, value: REFERENCE_VALUE } = LETTERHEAD;

/** Space after (points) of a paragraph in a style (a heading level), for the renderer's spacing of headings. */
export function spaceAfter(style: string | undefined, heading?: string): number {
  const level = heading ? Number(/(\d)$/.exec(heading)?.[1]) : Number(/^(?:Heading|OverskriftUtenforInnhold)(\d)$/.exec(style ?? '')?.[1]);
  if (level >= 1 && level <= 4) return HEADINGS[level].after;
  switch (style) {
    case STYLE.recipient: case STYLE.closing: case STYLE.signature: case STYLE.referenceLabel: case STYLE.referenceValue:
      return 0;
    case STYLE.note:
      return 4;
    case STYLE.tocHeading:
      return HEADINGS[1].after;
    case STYLE.sender:
      return LETTERHEAD.after.sender;
    default:
      return SPACING.paragraph;
  }
}

function paragraphStyles(names: StyleNames): IParagraphStyleOptions[] {
  return [
    paragraphStyle(STYLE.normal, 'Normal', {
      basedOn: undefined,
      run: { font: FONT, size: halfPoints(BODY.size) },
      paragraph: { spacing: { after: twips(SPACING.paragraph), ...exactLine(BODY) } },
    }),
    ...[1, 2, 3, 4].map((level) =>
      paragraphStyle(unlistedHeadingStyle(level), names.unlistedHeading.replace('{nivå}', String(level)), {
        // The heading's real outline level (navigation pane, screen readers); the TOC field (\o without \u) collects
        // only the built-in heading styles, so these stay out of it.
        basedOn: `Heading${level}`,
        paragraph: { outlineLevel: level - 1 },
      }),
    ),
    paragraphStyle(STYLE.tocHeading, 'TOC Heading', {
      run: { size: halfPoints(HEADINGS[1].size), bold: true, color: BLACK },
      paragraph: { spacing: { before: twips(HEADINGS[1].before), after: twips(HEADINGS[1].after), ...exactLine(HEADINGS[1]) }, keepNext: true, outlineLevel: 9 },
    }),
    ...[1, 2, 3].map((level) => paragraphStyle(`TOC${level}`, `toc ${level}`, {
      run: { size: halfPoints(TOC_TEXT.size), bold: level === 1 || undefined },
      paragraph: {
        spacing: { before: level === 1 ? twips(4) : 0, after: 0, ...exactLine(TOC_TEXT) },
        indent: { left: twips(TOC_INDENT * (level - 1)) },
      },
    })),
    paragraphStyle(STYLE.sender, names.sender, {
      run: { size: halfPoints(SENDER.size), allCaps: true, characterSpacing: twips(SENDER.letterSpacing) },
      paragraph: { alignment: 'center', spacing: { after: twips(LETTERHEAD.after.sender), ...exactLine(SENDER) } },
    }),
    paragraphStyle(STYLE.recipient, names.recipient, { paragraph: { spacing: { after: 0 } } }),
    paragraphStyle(STYLE.referenceLabel, names.referenceLabel, {
      run: { size: halfPoints(REFERENCE_LABEL.size), color: '555555' },
      paragraph: { spacing: { before: 0, after: 0, ...exactLine(REFERENCE_LABEL) } },
    }),
    paragraphStyle(STYLE.referenceValue, names.referenceValue, {
      run: { size: halfPoints(REFERENCE_VALUE.size) },
      paragraph: { spacing: { before: 0, after: 0, ...exactLine(REFERENCE_VALUE) } },
    }),
    paragraphStyle(STYLE.closing, names.closing, { paragraph: { spacing: { before: twips(SPACING.paragraph + BODY.leading), after: 0 }, keepNext: true } }),
    paragraphStyle(STYLE.signature, names.signature, { paragraph: { spacing: { after: 0 }, keepNext: true, keepLines: true } }),
    paragraphStyle(STYLE.note, names.note, {
      run: { size: halfPoints(SMALL.size), italics: true },
      paragraph: { spacing: { before: twips(2 * SPACING.paragraph), after: twips(4), ...exactLine(SMALL) } },
    }),
    paragraphStyle(STYLE.quote, names.quote, { run: { italics: true }, paragraph: { indent: { left: 567, right: 567 } } }),
    paragraphStyle(STYLE.tableText, names.tableText, {
      run: { size: halfPoints(TABLE_TEXT.size) },
      paragraph: { spacing: { before: 0, after: 0, ...exactLine(TABLE_TEXT) } },
    }),
    paragraphStyle(STYLE.tableHeading, names.tableHeading, {
      basedOn: STYLE.tableText,
      next: STYLE.tableText,
      run: { bold: true },
      paragraph: { keepNext: true },
    }),
    // As the PDF's: left-aligned, grey, with a thin rule under it.
    paragraphStyle(STYLE.header, 'header', {
      run: { size: halfPoints(FURNITURE.size), color: COLORS.muted.slice(1) },
      paragraph: { alignment: 'left', spacing: { after: 0 }, border: { bottom: { style: 'single', size: 3, space: 4, color: COLORS.rule.slice(1) } } },
    }),
    paragraphStyle(STYLE.footer, 'footer', { run: { size: halfPoints(FURNITURE.size), color: COLORS.muted.slice(1) }, paragraph: { alignment: 'right', spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } } }),
    paragraphStyle(STYLE.footerColumn, names.footerColumn, {
      basedOn: STYLE.footer,
      run: { size: halfPoints(FURNITURE.firstPageFooterSize), color: '000000' },
      paragraph: { alignment: 'left', spacing: { before: 0, after: 0, line: twips(FURNITURE.firstPageFooterLeading), lineRule: 'exact' } },
    }),
  ];
}

const border = (side: string, value: string) => `<w:${side} w:val="${value}" w:sz="4" w:space="0" w:color="808080"/>`;
const borders = (value: string) =>
  `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => border(s, value)).join('')}</w:tblBorders>`;
/** Cell margins; the bottom one less the border's width, which Word and LibreOffice add to a row's height and the PDF does not. */
const cellMargins = (top: number, horizontal: number, bottom = top) =>
  `<w:tblCellMar><w:top w:w="${top}" w:type="dxa"/><w:left w:w="${horizontal}" w:type="dxa"/>` +
  `<w:bottom w:w="${bottom}" w:type="dxa"/><w:right w:w="${horizontal}" w:type="dxa"/></w:tblCellMar>`;

/**
 * Table styles as a styles.xml document for docx's `externalStyles`: docx has no options for table styles, and
 * `externalStyles` is the route that keeps its default styles (Heading1…, TOC1…, Hyperlink) alongside.
 * "Tabell" is the data table (thin grey grid); "TabellUtenRammer" is for layout tables (letterhead references,
 * signatures, first-page footer). No conditional (first-row) formatting: docx's page-number estimator cannot lay it
 * out exactly, so header rows get their look from the "Tabelloverskrift" paragraph style and a cell shading instead.
 */
export function tableStylesXml(language: string): string {
  const names = namesFor(language);
  const table =
    `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}"><w:name w:val="${names.table}"/><w:basedOn w:val="TableNormal"/>` +
    `<w:uiPriority w:val="59"/><w:qFormat/><w:tblPr>${borders('single')}${cellMargins(twips(TABLE.padY), twips(TABLE.padX), twips(TABLE.padY - TABLE.ruleWidth))}</w:tblPr></w:style>`;
  const plain =
    `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.plainTable}"><w:name w:val="${names.plainTable}"/><w:basedOn w:val="TableNormal"/>` +
    `<w:uiPriority w:val="59"/><w:tblPr>${borders('nil')}${cellMargins(0, 0)}</w:tblPr></w:style>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">' +
    table + plain + '</w:styles>'
  );
}

export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: halfPoints(BODY.size), language: { value: language } },
        paragraph: { spacing: { after: twips(SPACING.paragraph), ...exactLine(BODY) } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: heading(4),
      listParagraph: { paragraph: { spacing: { after: twips(SPACING.tightParagraph) }, contextualSpacing: false } },
    },
    paragraphStyles: paragraphStyles(namesFor(language)),
  };
}
