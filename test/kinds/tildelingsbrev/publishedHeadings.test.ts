import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import type { Block } from '../../../src/model/document.js';
import { LETTER_2023 } from '../../helpers/examples.js';

const PUBLISHED = '/work/shared/seeds/tildelingsbrev-2023-AID-IMDi.txt';

/** The published letter's numbered headings, up to its first appendix (the instruks numbers its own from 1). */
function publishedHeadings(): string[] {
  const lines = readFileSync(PUBLISHED, 'utf8').split('\n');
  const end = lines.findIndex((l) => /^Vedlegg nr\. 1 /.test(l.trim()));
  return lines.slice(0, end < 0 ? undefined : end)
    .map((l) => l.trim())
    .filter((l) => /^\d{1,2}(\.\d{1,2})*\.? \p{Lu}/u.test(l) && !/^\d{4} /.test(l));
}

describe('the 2023 example against the published letter', () => {
  it('has the published letter\'s numbered headings, numbers written as the ministry wrote them', async () => {
    const { composed, diagnostics } = composeChecked(await checkDocument(LETTER_2023));
    if (!composed) throw new Error(diagnostics.map((d) => d.message).join('\n'));
    const blocks = composed.model.blocks;
    const appendix = blocks.findIndex((b) => b.type === 'heading' && b.level === 1 && /^Vedlegg/.test(b.content.map((r) => r.text).join('')));
    const headings = blocks.slice(0, appendix)
      .filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.number !== undefined)
      .map((b) => `${b.number} ${b.content.map((r) => r.text).join('')}`);
    const published = publishedHeadings();
    expect(published).toContain('8.1 Års- og halvårsrapportering');
    expect(published).toContain('9.1. Budsjettrammen');
    expect(headings).toEqual(published);
  });
});
