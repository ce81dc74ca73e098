import {
  AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType,
  type ParagraphChild,
} from 'docx';
import type { Align, Cell, Table as TableBlock } from '../../model/document.js';
import type { BlockOptions, BodyChild, Renderer } from './context.js';
import { inlineChildren } from './inline.js';
import { SPACING } from '../../layout/theme.js';
import { columnGroups } from '../../layout/columnGroups.js';
import { columnCount, columnWidths } from '../../layout/tableWidths.js';
import { TEXT_WIDTH, proportionalWidths, twips } from './page.js';
import { STYLE } from './styles.js';

/** Fill of header-row cells in data tables. */
const HEADER_FILL = 'E7E6E6';

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** An empty paragraph of an exact height (points): vertical space as the shared layout leaves it. */
export function spacer(points: number): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(twips(points), 20), lineRule: 'exact' }, children: [] });
}

/** One table cell holding one paragraph. */
export function cell(children: ParagraphChild[], width: number, style: string, align: Align = 'left', keepNext?: boolean, fill?: string): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    children: [new Paragraph({ style, alignment: ALIGNMENT[align], keepNext, children })],
  });
}

/** A full-width table with fixed column widths. */
export function layoutTable(rows: TableRow[], widths: number[], style: string, firstRowIsHeader: boolean): Table {
  return new Table({
    rows,
    style,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    tableLook: { firstRow: firstRowIsHeader, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
  });
}

function padded(row: Cell[], columns: number): Cell[] {
  return Array.from({ length: columns }, (_, i) => row[i] ?? []);
}

/** The letterhead's reference block: labels above values, no borders, no header repetition. */
export function renderReferenceTable(r: Renderer, table: TableBlock): Table {
  const columns = columnCount(table);
  const widths = proportionalWidths(Array.from({ length: columns }, (_, i) => table.columns[i]?.width ?? 1), TEXT_WIDTH);
  const row = (cells: Cell[], style: string) =>
    new TableRow({ cantSplit: true, children: padded(cells, columns).map((c, i) => cell(inlineChildren(c, r.anchors), widths[i], style, table.columns[i]?.align)) });
  return layoutTable(
    [...table.head.map((cells) => row(cells, STYLE.referenceLabel)), ...table.body.map((cells) => row(cells, STYLE.referenceValue))],
    widths, STYLE.plainTable, false,
  );
}

/**
 * A data table in the "Tabell" style: header rows repeat on every page (w:tblHeader), no row splits across pages,
 * columns sized from the relative widths, cell text aligned per column.
 */
export function renderTable(r: Renderer, wide: TableBlock, options: BlockOptions): BodyChild[] {
  // A table too wide for the page even at its minimum widths becomes column groups, as in the layout.
  return columnGroups(wide, TEXT_WIDTH / 20).flatMap((table) => renderGroup(r, table, options));
}

function renderGroup(r: Renderer, table: TableBlock, options: BlockOptions): BodyChild[] {
  const columns = columnCount(table);
  // The shared layout's widths (from content, like the PDF's), so Word and LibreOffice never break an amount.
  const widths = proportionalWidths(columnWidths(table, TEXT_WIDTH / 20).widths, TEXT_WIDTH);
  const body = [...table.body, ...table.foot];

  const row = (cells: Cell[], header: boolean, keepNext?: boolean) =>
    new TableRow({
      tableHeader: header || undefined,
      cantSplit: true,
      children: padded(cells, columns).map((c, i) =>
        header
          ? cell(inlineChildren(c, r.anchors), widths[i], STYLE.tableHeading, table.columns[i]?.align, keepNext, HEADER_FILL)
          : cell(inlineChildren(c, r.anchors), widths[i], STYLE.tableText, table.columns[i]?.align, keepNext)),
    });
  const rows = [
    ...table.head.map((cells) => row(cells, true)),
    ...body.map((cells, i) => row(cells, false, options.keepNext || (options.keepLines && i < body.length - 1) || undefined)),
  ];
  if (rows.length === 0) return r.pendingBreak();
  // The empty paragraph keeps following text off the table's bottom border and stops Word merging adjacent tables;
  // its height is the layout's space after a table.
  return [...r.pendingBreak(), layoutTable(rows, widths, STYLE.table, table.head.length > 0), spacer(SPACING.block)];
}
