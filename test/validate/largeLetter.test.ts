import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JS shared with scripts/bench.mjs, without type declarations
import { generateLetter } from '../../scripts/lib/generateLetter.mjs';
import { runCli } from '../helpers/corpus.js';

describe('a large generated letter', () => {
  it('with 500 assignments and 200 posts passes check', async () => {
    const dir = generateLetter(join(mkdtempSync(join(tmpdir(), 'styringsdok-stor-')), 'stor'), { assignments: 500, posts: 200 });
    const r = await runCli('check', dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/stor: ingen feil/);
  });
});
