import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../src/documents.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { CONTENT } from '../helpers/examples.js';
import { auditPdf, wordsOf } from '../helpers/layoutAudit.js';

const EXAMPLES = ['imdi-2020/arsrapport', 'imdi-2023/tildelingsbrev', 'imdi-2023/tillegg-1', 'imdi-2023/arsrapport', 'imdi-2024/tildelingsbrev'];
const out = mkdtempSync(join(tmpdir(), 'styringsdok-interop-audit-'));

const sourceText = (dir: string): string =>
  readdirSync(dir).map((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceText(path);
    return /\.(md|ya?ml)$/.test(name) ? readFileSync(path, 'utf8') : '';
  }).join('\n');

/** The layout audit (test/layout/audit.test.ts) on the DOCX as LibreOffice lays it out. */
describe('layout audit of the DOCX through LibreOffice', () => {
  for (const example of EXAMPLES) {
    it(`${example}: no split amounts, no unhyphenated breaks, no overlaps`, async () => {
      const { composed } = composeChecked(await checkDocument(join(CONTENT, example)));
      const name = example.replace('/', '-');
      writeFileSync(join(out, `${name}.docx`), await renderDocx(composed!.model));
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, join(out, `${name}.docx`)], { stdio: 'ignore', timeout: 170_000 });
      const faults = await auditPdf(readFileSync(join(out, `${name}.pdf`)), wordsOf(sourceText(join(CONTENT, example))), false);
      expect(faults).toEqual([]);
    });
  }
});
