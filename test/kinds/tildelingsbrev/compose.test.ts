import { flatBlocks, markdownOf } from '../../helpers/markdown.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../../src/kinds/tildelingsbrev/compose.js';
import { loadFolder } from '../../../src/load/loadFolder.js';
import type { Block, Heading, Run, Table } from '../../../src/model/document.js';
import { validateLetter } from '../../../src/kinds/tildelingsbrev/validate.js';
import { copyFixture, edit, SMALL_LETTER } from '../../helpers/fixtures.js';

const compose = (dir: string) => {
  const { content, diagnostics } = validateLetter(loadFolder(dir));
  if (!content) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return composeLetter(content);
};
const text = (runs: Run[]) => runs.map((r) => r.text).join('');
const flat = flatBlocks;
const tables = (blocks: Block[]) => flat(blocks).filter((b): b is Table => b.type === 'table');
const rowText = (t: Table) => t.body.map((r) => r.map(text));
const footText = (t: Table) => t.foot.map((r) => r.map(text));

describe('composing a tildelingsbrev', () => {
  it('puts the chapters in the template order with computed numbers', () => {
    const { model } = compose(SMALL_LETTER);
    const chapters = flat(model.blocks).filter((b): b is Heading => b.type === 'heading' && b.level === 1);
    expect(chapters.map((h) => `${h.number ?? '-'} ${text(h.content)}`)).toEqual([
      '- Tildelingsbrev til Testdirektoratet for 2024', '1 Innledning', '2 Mål, styringsparametere og oppdrag',
      '3 Rapportering og styringsinformasjon', '4 Tildeling av midler', '- Vedlegg nr. 1 Instruks', '- Vedlegg nr. 2 Oppdrag',
    ]);
    expect(model.meta).toMatchObject({ title: 'Tildelingsbrev til Testdirektoratet for 2024', language: 'nb-NO', date: '2024-01-15' });
    expect(model.blocks[0]).toMatchObject({ type: 'letterhead' });
  });

  it('lists new and earlier assignments under their goal, with deadlines per part', () => {
    const { model } = compose(SMALL_LETTER);
    const [newOnes, earlier] = tables(model.blocks).filter((t) => text(t.head[0][0]) === 'Nr.');
    expect(rowText(newOnes)).toEqual([['2024-01', 'Utrede en ny ordning', 'Del 1: 01.06.2024\nDel 2: 31.03.2025']]);
    expect(rowText(earlier)).toEqual([['2023-05', 'Følgeevaluering av forsøket', 'Ut 2025']]);
  });

  it('computes the budget sum from the posts, so a changed amount changes the sum', () => {
    const sumRow = (dir: string) => {
      const budget = tables(compose(dir).model.blocks).find((t) => text(t.head[0][0]) === 'Post')!;
      expect(rowText(budget).map((r) => r[0])).not.toContain('Sum');
      expect(budget.foot).toHaveLength(1);
      return footText(budget)[0];
    };
    expect(sumRow(SMALL_LETTER)).toEqual(['Sum', '', '1\u00a0075,7']);
    const budget = tables(compose(SMALL_LETTER).model.blocks).find((t) => text(t.head[0][0]) === 'Post')!;
    expect(budget.columns.map((c) => c.align)).toEqual(['left', 'left', 'right']);
    const dir = copyFixture();
    edit(dir, 'budsjett.yaml', 'bevilget: 60.5', 'bevilget: 61.75');
    edit(dir, 'budsjett.yaml', '    sum: 1075.7\n', '');
    expect(sumRow(dir)).toEqual(['Sum', '', '1\u00a0076,95']);
  });

  it('shows grant tables in kroner with a computed sum', () => {
    const grants = tables(compose(SMALL_LETTER).model.blocks).find((t) => text(t.head[0][0]) === 'Organisasjon')!;
    expect(grants.columns.map((c) => c.align)).toEqual(['left', 'right']);
    expect(rowText(grants)).toEqual([
      ['Organisasjon A', '600\u00a0000\u00a0000'], ['Organisasjon B', '400\u00a0000\u00a0000'],
    ]);
    expect(footText(grants)).toEqual([['Sum', '1\u00a0000\u00a0000\u00a0000']]);
  });

  it('lets a document folder override a template', () => {
    const dir = copyFixture();
    mkdirSync(`${dir}/maler`, { recursive: true });
    writeFileSync(`${dir}/maler/avslutning.hbs`, 'Hilsen fra egen mal\n');
    const markdown = markdownOf(compose(dir));
    expect(markdown).toContain('Hilsen fra egen mal');
    expect(markdown).not.toContain('Med hilsen');
  });
});
