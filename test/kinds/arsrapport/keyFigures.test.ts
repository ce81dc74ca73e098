import { describe, expect, it } from 'vitest';
import { keyFigureTables } from '../../../src/kinds/arsrapport/tables.js';
import { keyFiguresSchema } from '../../../src/kinds/arsrapport/schema.js';
import { texts } from '../../../src/kinds/arsrapport/texts.js';

const cellText = (cell: Array<{ text?: string }>) => cell.map((r) => r.text ?? '').join('').replace(/\u00a0/g, ' ');

describe('key figure tables', () => {
  it('print every figure with the decimals it is written with: 0, 1, 2 and 3', () => {
    const figures = keyFiguresSchema.parse({
      år: [2020, 2021, 2022, 2023],
      tabeller: [{ tittel: 'Tall', rader: [{ tekst: 'Andel', verdier: [12, 12.5, 12.25, 1234.125] }] }],
    });
    const [table] = keyFigureTables(figures, texts('nb'));
    expect(table.table.body[0].slice(1).map(cellText)).toEqual(['12', '12,5', '12,25', '1 234,125']);
  });
});
