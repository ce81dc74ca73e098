import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/model/document.js';
import { renderPdf } from '../../src/render/pdf/index.js';

// Mixed scripts as poppler reads them: the text layer in logical order, the fallback fonts embedded and subset.
const pdf = join(mkdtempSync(join(tmpdir(), 'styringsdok-interop-fallback-')), 'skrifter.pdf');
const model: DocumentModel = {
  meta: { title: 'Skrifter', author: 'Test', language: 'nb-NO', date: '2024-05-02' },
  furniture: { pageNumberFormat: 'Side {side} av {sider}' },
  blocks: [{ type: 'paragraph', content: [{ text: 'Direktøren sa «مرحبا بكم في النرويج» til gjestene (東京都の代表団、ようこそ) og smilte 😀.' }] }],
};

const run = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout;

describe('fallback fonts in poppler', () => {
  beforeAll(async () => writeFileSync(pdf, await renderPdf(model)));

  it('pdftotext gives the Arabic phrase in logical order, the Japanese and the emoji', () => {
    const text = run('pdftotext', pdf, '-');
    expect(text).toContain('مرحبا بكم في');
    expect(text).toContain('東京都の代表団、ようこそ');
    expect(text).toContain('😀');
  });

  it('pdffonts lists the Noto fonts embedded, subset and with a ToUnicode map', () => {
    const rows = run('pdffonts', pdf).split('\n').filter((line) => /Noto/.test(line));
    expect(rows.map((row) => row.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoEmoji-Regular', 'NotoSansArabic-Regular', 'NotoSansJP-Regular']);
    for (const row of rows) expect(row).toMatch(/yes\s+yes\s+yes\s+\d+\s+0\s*$/);
  });
});
