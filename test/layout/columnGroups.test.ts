import { describe, expect, it } from 'vitest';
import { columnGroups } from '../../src/layout/columnGroups.js';
import { columnWidths } from '../../src/layout/tableWidths.js';
import { TEXT_WIDTH } from '../../src/layout/theme.js';
import { wideTableWarnings } from '../../src/layout/wideTables.js';
import type { DocumentModel, Table } from '../../src/model/document.js';

const t = (text: string) => [{ text }];

function table(count: number): Table {
  return {
    type: 'table',
    columns: Array.from({ length: count }, (_, c) => ({ kind: c === 0 ? 'text' as const : 'amount' as const, align: 'left' as const, width: 1 })),
    head: [[t('Tiltak'), ...Array.from({ length: count - 1 }, (_, c) => t(`K${c + 1}`))]],
    body: [[t('Introduksjonsprogram'), ...Array.from({ length: count - 1 }, (_, c) => t(`12\u00a0345\u00a0${String(c).padStart(3, '0')}`))]],
    foot: [],
  };
}

describe('column groups of a table too wide for the page', () => {
  it('leaves a table that fits whole', () => {
    const narrow = table(5);
    expect(columnGroups(narrow, TEXT_WIDTH)).toEqual([narrow]);
  });

  it('splits 30 columns into groups that fit, each starting with the label column, every column once', () => {
    const groups = columnGroups(table(30), TEXT_WIDTH);
    expect(groups.length).toBeGreaterThan(2);
    for (const group of groups) {
      expect(columnWidths(group, TEXT_WIDTH).fits).toBe(true);
      expect(group.head[0][0]).toEqual(t('Tiltak'));
      expect(group.body[0][0]).toEqual(t('Introduksjonsprogram'));
    }
    const headings = groups.flatMap((group) => group.head[0].slice(1).map((cell) => cell[0].text));
    expect(headings).toEqual(Array.from({ length: 29 }, (_, c) => `K${c + 1}`));
  });

  it('is a build warning naming the table by its title', () => {
    const model: DocumentModel = {
      meta: { title: 'T', author: 'A', language: 'nb-NO', date: '2024-01-01' },
      furniture: { pageNumberFormat: 'Side {side} av {sider}' },
      blocks: [{ type: 'paragraph', content: [{ text: 'Tabell 3 Tilskudd per år', bold: true }] }, table(30), table(5)],
    };
    const groups = columnGroups(table(30), TEXT_WIDTH).length;
    expect(wideTableWarnings(model, 'content/x')).toEqual([{
      severity: 'advarsel', file: 'content/x', line: 0, col: 0,
      message: `tabellen «Tabell 3 Tilskudd per år» kan ikke settes i sidens bredde og deles i ${groups} kolonnegrupper som hver gjentar første kolonne`,
      hint: 'Del tabellen i flere tabeller, eller slå sammen eller fjern kolonner.',
    }]);
  });
});
