import { describe, expect, it } from 'vitest';
import type { DocumentModel, Table } from '../../../src/model/document.js';
import { renderMarkdown } from '../../../src/render/markdown/index.js';

const model = (table: Table): DocumentModel => ({ meta: { title: 'T', language: 'nb-NO' }, furniture: {}, blocks: [table] } as unknown as DocumentModel);

describe('the Markdown writer', () => {
  it('writes a line break in a table cell as "; ", never as raw HTML, and total rows after the body', () => {
    const md = renderMarkdown(model({
      type: 'table',
      columns: [{ kind: 'id', align: 'left', width: 1 }, { kind: 'date', align: 'left', width: 2 }],
      head: [[[{ text: 'Nr.' }], [{ text: 'Frist' }]]],
      body: [[[{ text: '2024-01' }], [{ text: 'Del 1: 01.06.2024' }, { text: '\n' }, { text: 'Del 2: 31.03.2025' }]]],
      foot: [[[{ text: 'Sum', bold: true }], [{ text: '<b>|' }]]],
    }));
    expect(md).not.toMatch(/<br|<b>/);
    expect(md.trim().split('\n')).toEqual([
      '| Nr. | Frist |',
      expect.stringMatching(/^\|-+\|-+\|$/),
      '| 2024-01 | Del 1: 01.06.2024; Del 2: 31.03.2025 |',
      '| **Sum** | \\<b\\>\\| |',
    ]);
  });
});
