import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JS shared with scripts/bench.mjs, without type declarations
import { generateLetter } from '../../scripts/lib/generateLetter.mjs';
import { buildInWorkers } from '../../src/build/workerPool.js';

describe('buildInWorkers', () => {
  it('builds a document in the main thread when its worker runs out of heap, and reports it as built', async () => {
    const root = mkdtempSync(join(tmpdir(), 'styringsdok-pool-'));
    const jobs = ['a', 'b'].map((name) => ({ dir: generateLetter(join(root, name), { assignments: 3, posts: 2, goals: 2 }) as string, base: join(root, 'out', name) }));
    const done: number[] = [];
    // A heap far too small for any document: every worker dies of it.
    const outcomes = await buildInWorkers(jobs, { formats: ['md'] }, 2, (index) => done.push(index), { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
    expect(outcomes.map((o) => [o.ok, o.failure])).toEqual([[true, undefined], [true, undefined]]);
    expect(done.sort()).toEqual([0, 1]);
    for (const job of jobs) expect(readFileSync(`${job.base}.md`, 'utf8')).toContain('Oppdrag nummer 3');
  });

  it('builds a document that outgrows a running worker in the main thread, and the rest in a fresh worker', async () => {
    const root = mkdtempSync(join(tmpdir(), 'styringsdok-pool-'));
    const large = { dir: generateLetter(join(root, 'stort'), { assignments: 500, posts: 200, goals: 5 }) as string, base: join(root, 'out', 'stort') };
    const small = { dir: generateLetter(join(root, 'lite'), { assignments: 3, posts: 2, goals: 2 }) as string, base: join(root, 'out', 'lite') };
    // Room to start and to build the small letter, not the large one.
    const outcomes = await buildInWorkers([large, small], { formats: ['md', 'docx'] }, 1, () => {}, { maxOldGenerationSizeMb: 40, maxYoungGenerationSizeMb: 4 });
    expect(outcomes.map((o) => [o.ok, o.failure])).toEqual([[true, undefined], [true, undefined]]);
    expect(readFileSync(`${large.base}.md`, 'utf8')).toContain('Oppdrag nummer 500');
    expect(readFileSync(`${small.base}.docx`).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);
});
