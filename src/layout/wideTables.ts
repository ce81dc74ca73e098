import type { Diagnostic } from '../core/diagnostics.js';
import type { Block, DocumentModel, Table } from '../model/document.js';
import { columnGroups } from './columnGroups.js';
import { TEXT_WIDTH } from './theme.js';

const plain = (cells: Array<Array<{ text: string }>>) => cells.map((cell) => cell.map((run) => run.text).join('')).join(', ');

/** What the author knows a table by: its title (a bold paragraph just before it), else its column headings. */
function nameOf(table: Table, before: Block | undefined): string {
  if (before?.type === 'paragraph' && before.content.length > 0 && before.content.every((run) => 'text' in run && run.bold)) {
    return plain([before.content as Array<{ text: string }>]);
  }
  const head = table.head[0] ? plain(table.head[0]) : '';
  return head.length > 60 ? `${head.slice(0, 57)}…` : head;
}

/** Warnings for tables too wide for the page even at their minimum column widths: they are set as column groups. */
export function wideTableWarnings(model: DocumentModel, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (value: unknown, before?: Block): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, i > 0 ? value[i - 1] : undefined));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const block = value as Block;
    if (block.type === 'table') {
      const groups = columnGroups(block, TEXT_WIDTH).length;
      if (groups > 1) {
        out.push({
          severity: 'advarsel', file, line: 0, col: 0,
          message: `tabellen «${nameOf(block, before)}» kan ikke settes i sidens bredde og deles i ${groups} kolonnegrupper som hver gjentar første kolonne`,
          hint: 'Del tabellen i flere tabeller, eller slå sammen eller fjern kolonner.',
        });
      }
      return;
    }
    for (const child of Object.values(value)) if (Array.isArray(child)) visit(child);
  };
  visit(model.blocks);
  return out;
}
