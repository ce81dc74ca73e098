import type { IParagraphStyleOptions, IStylesOptions } from 'docx';

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

const FONT = 'Arial';
const BLACK = '000000';

const heading = (level: number, size: number, before: number, after: number, italics = false) => ({
  run: { font: FONT, size, bold: true, italics, color: BLACK },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
});

const paragraphStyle = (id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
  id, name, basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true, ...rest,
});

function paragraphStyles(): IParagraphStyleOptions[] {
  return [
    paragraphStyle(STYLE.normal, 'Normal', { basedOn: undefined, run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 264 } } }),
    ...[1, 2, 3, 4].map((level) =>
      paragraphStyle(unlistedHeadingStyle(level), `Overskrift ${level} utenfor innholdsliste`, {
        basedOn: `Heading${level}`,
        paragraph: { outlineLevel: 9 },
      }),
    ),
    paragraphStyle(STYLE.tocHeading, 'TOC Heading', {
      run: { size: 28, bold: true, color: BLACK },
      paragraph: { spacing: { before: 240, after: 160 }, keepNext: true, outlineLevel: 9 },
    }),
    paragraphStyle(STYLE.sender, 'Avsender', {
      run: { size: 24, allCaps: true, characterSpacing: 10 },
      paragraph: { spacing: { after: 600 } },
    }),
    paragraphStyle(STYLE.recipient, 'Mottaker', { paragraph: { spacing: { after: 0 } } }),
    paragraphStyle(STYLE.referenceLabel, 'Referanseetikett', { run: { size: 16 }, paragraph: { spacing: { before: 0, after: 0 } } }),
    paragraphStyle(STYLE.referenceValue, 'Referanse', { run: { size: 20 }, paragraph: { spacing: { before: 0, after: 0 } } }),
    paragraphStyle(STYLE.closing, 'Hilsen', { paragraph: { spacing: { before: 360, after: 0 }, keepNext: true } }),
    paragraphStyle(STYLE.signature, 'Signatur', { paragraph: { spacing: { after: 0 }, keepNext: true, keepLines: true } }),
    paragraphStyle(STYLE.note, 'Merknad', { run: { size: 18, italics: true }, paragraph: { spacing: { before: 240, after: 120 } } }),
    paragraphStyle(STYLE.quote, 'Sitat', { run: { italics: true }, paragraph: { indent: { left: 567, right: 567 } } }),
    paragraphStyle(STYLE.tableText, 'Tabelltekst', { run: { size: 20 }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } }),
    paragraphStyle(STYLE.tableHeading, 'Tabelloverskrift', {
      basedOn: STYLE.tableText,
      next: STYLE.tableText,
      run: { bold: true },
      paragraph: { keepNext: true },
    }),
    paragraphStyle(STYLE.header, 'header', { run: { size: 18 }, paragraph: { alignment: 'right', spacing: { after: 0 } } }),
    paragraphStyle(STYLE.footer, 'footer', { run: { size: 18 }, paragraph: { alignment: 'right', spacing: { before: 120, after: 0 } } }),
    paragraphStyle(STYLE.footerColumn, 'Bunntekstkolonne', { basedOn: STYLE.footer, run: { size: 16 }, paragraph: { alignment: 'left', spacing: { before: 0, after: 0, line: 240 } } }),
  ];
}

const border = (side: string, value: string) => `<w:${side} w:val="${value}" w:sz="4" w:space="0" w:color="808080"/>`;
const borders = (value: string) =>
  `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => border(s, value)).join('')}</w:tblBorders>`;
const cellMargins = (vertical: number, horizontal: number) =>
  `<w:tblCellMar><w:top w:w="${vertical}" w:type="dxa"/><w:left w:w="${horizontal}" w:type="dxa"/>` +
  `<w:bottom w:w="${vertical}" w:type="dxa"/><w:right w:w="${horizontal}" w:type="dxa"/></w:tblCellMar>`;

/**
 * Table styles as a styles.xml document for docx's `externalStyles`: docx has no options for table styles, and
 * `externalStyles` is the route that keeps its default styles (Heading1…, TOC1…, Hyperlink) alongside.
 * "Tabell" is the data table (thin grey grid); "TabellUtenRammer" is for layout tables (letterhead references,
 * signatures, first-page footer). No conditional (first-row) formatting: docx's page-number estimator cannot lay it
 * out exactly, so header rows get their look from the "Tabelloverskrift" paragraph style and a cell shading instead.
 */
export function tableStylesXml(): string {
  const table =
    `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}"><w:name w:val="Tabell"/><w:basedOn w:val="TableNormal"/>` +
    `<w:uiPriority w:val="59"/><w:qFormat/><w:tblPr>${borders('single')}${cellMargins(57, 85)}</w:tblPr></w:style>`;
  const plain =
    `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.plainTable}"><w:name w:val="Tabell uten rammer"/><w:basedOn w:val="TableNormal"/>` +
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
        run: { font: FONT, size: 22, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 264 } },
      },
      heading1: heading(1, 28, 360, 120),
      heading2: heading(2, 24, 280, 100),
      heading3: heading(3, 22, 240, 80),
      heading4: heading(4, 22, 200, 60, true),
      listParagraph: { paragraph: { spacing: { after: 60 }, contextualSpacing: true } },
    },
    paragraphStyles: paragraphStyles(),
  };
}
