import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderAndWrite } from '../../src/build/buildDocument.js';
import { checkDocument, composeChecked } from '../../src/documents.js';
import { runCli } from '../helpers/corpus.js';
import { copyFixture, SMALL_LETTER } from '../helpers/fixtures.js';

// The PDF renderer fails in the middle of every build in this file.
vi.mock('../../src/render/pdf/index.js', () => ({
  renderPdf: vi.fn(async () => {
    throw new Error('injisert feil midt i byggingen');
  }),
}));

function seededOutput(): { out: string; before: Record<string, string> } {
  const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-atomic-')), 'output');
  mkdirSync(out);
  writeFileSync(join(out, 'dok.md'), 'forrige md\n');
  writeFileSync(join(out, 'dok.pdf'), '%PDF-forrige\n');
  return { out, before: Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])) };
}
const contents = (out: string) => Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));

describe('atomic outputs', () => {
  it('a renderer failing mid-build leaves the previous outputs untouched and no temporary files', async () => {
    const { composed } = composeChecked(await checkDocument(SMALL_LETTER));
    const { out, before } = seededOutput();
    // md is rendered first and succeeds; pdf fails after it: nothing may be written.
    await expect(renderAndWrite(composed!, join(out, 'dok'), ['md', 'pdf'])).rejects.toThrow('injisert feil');
    expect(contents(out)).toEqual(before);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
  });

  it('through the CLI: the failure is reported as an internal error (exit 2), outputs untouched', async () => {
    const { out, before } = seededOutput();
    const r = await runCli('build', copyFixture(), '--out', out, '--format', 'md,pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Intern feil i styringsdok/);
    expect(contents(out)).toEqual(before);
  });

  it('a write that fails (the target is a folder) leaves no temporary file behind', async () => {
    const { composed } = composeChecked(await checkDocument(SMALL_LETTER));
    const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-atomic-')), 'output');
    mkdirSync(join(out, 'dok.md'), { recursive: true });
    await expect(renderAndWrite(composed!, join(out, 'dok'), ['md'])).rejects.toThrow();
    expect(readdirSync(out)).toEqual(['dok.md']);
    expect(existsSync(join(out, 'dok.md'))).toBe(true);
  });
});
