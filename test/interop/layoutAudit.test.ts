import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../src/documents.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { CONTENT } from '../helpers/examples.js';
import { auditPdf, EXAMPLES, sourceText, wordsOf } from '../helpers/layoutAudit.js';

const out = mkdtempSync(join(tmpdir(), 'styringsdok-interop-audit-'));


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
