import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JS shared with scripts/bench.mjs, without type declarations
import { generateLetter } from '../../scripts/lib/generateLetter.mjs';
import { runCli as run } from '../helpers/cli.js';
import { edit } from '../helpers/fixtures.js';
import { makeTestCertificate } from '../helpers/testCertificate.js';


/** A folder holding `names.length` small generated letters, one folder each. */
function letters(...names: string[]): string {
  const root = join(mkdtempSync(join(tmpdir(), 'styringsdok-batch-')), 'brev');
  for (const name of names) generateLetter(join(root, name), { assignments: 3, posts: 2, goals: 2 });
  return root;
}
const tempOut = () => join(mkdtempSync(join(tmpdir(), 'styringsdok-out-')), 'output');
const parallel = availableParallelism() > 1;

describe('styringsdok build with several documents', () => {
  it('builds the others when one has an error, lists each in the summary and exits 1', async () => {
    const root = letters('a', 'b', 'c', 'd');
    edit(join(root, 'b'), 'oppdrag/2024-02.md', 'mål: 2', 'mål: 9');
    const out = tempOut();
    const r = await run('build', root, '--out', out, '--format', 'md,docx');
    expect(r.code).toBe(1);
    for (const name of ['a', 'c', 'd']) {
      expect(readFileSync(join(out, `${name}.md`), 'utf8')).toContain('Oppdrag nummer 3');
      expect(readFileSync(join(out, `${name}.docx`)).subarray(0, 2).toString()).toBe('PK');
    }
    expect(existsSync(join(out, 'b.md')) || existsSync(join(out, 'b.docx'))).toBe(false);
    // The error is reported with its place, like a single build does.
    expect(r.stderr).toMatch(/b\/oppdrag\/2024-02\.md:\d+:\d+: feil \(mål\)/);
    expect(r.stdout).toMatch(/✗ \S*brev\/b: 1 feil, 0 advarsler – ingenting skrevet/);
    // The summary table: a header, then each document in order with its result, time and outputs.
    const table = r.stdout.slice(r.stdout.indexOf('Dokument'));
    expect(table).toMatch(/^Dokument\s+Resultat\s+Tid\s+Utdata/);
    const rows = table.split('\n').filter((l) => /brev\/[abcd]\s/.test(l));
    expect(rows.map((l) => /brev\/([abcd])/.exec(l)![1])).toEqual(['a', 'b', 'c', 'd']);
    expect(rows[0]).toMatch(/brev\/a\s+ok\s+\d+,\d\d s\s+\S*a\.md, \S*a\.docx$/);
    expect(rows[1]).toMatch(/brev\/b\s+1 feil, 0 advarsler\s+\d+,\d\d s\s+–$/);
    expect(r.stdout).toMatch(/3 av 4 dokumenter bygget på \d+,\d\d s \([\d,]+ per sekund, .*\); 1 med feil\./);
    if (parallel) expect(r.stdout).toMatch(/\d arbeidstråder/);
  });

  it('builds PDF on the workers and takes several folders on the command line', async () => {
    const root = letters('x', 'y');
    const out = tempOut();
    const r = await run('build', join(root, 'x'), join(root, 'y'), '--out', out, '--format', 'pdf');
    expect(r.code).toBe(0);
    for (const name of ['x', 'y']) expect(readFileSync(join(out, `${name}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.stdout).toMatch(/2 av 2 dokumenter bygget/);
    expect(r.stderr).not.toMatch(/Intern feil/);
  });

  it('passes the signing identity to the workers: every PDF is signed', async () => {
    const cert = makeTestCertificate();
    const root = letters('s1', 's2');
    const p12 = join(root, '..', 'test.p12');
    writeFileSync(p12, cert.p12);
    process.env.STYRINGSDOK_BATCH_PASS = cert.passphrase;
    const out = tempOut();
    const r = await run('build', root, '--out', out, '--format', 'pdf', '--sign', '--p12', p12, '--passphrase-env', 'STYRINGSDOK_BATCH_PASS');
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(cert.passphrase);
    // The self-signed test certificate is its own trust anchor.
    writeFileSync(join(root, '..', 'test.pem'), cert.pem);
    for (const name of ['s1', 's2']) {
      const verified = await run('verify', join(out, `${name}.pdf`), '--trust', join(root, '..', 'test.pem'));
      expect(verified.stdout).toMatch(/✓ Signatur 1: Kari Nordmann/);
    }
  });

  it('says a wrong passphrase once instead of failing every document', async () => {
    const cert = makeTestCertificate();
    const root = letters('w1', 'w2');
    const p12 = join(root, '..', 'test.p12');
    writeFileSync(p12, cert.p12);
    process.env.STYRINGSDOK_BATCH_WRONG = 'galt-passord-42';
    const out = tempOut();
    const r = await run('build', root, '--out', out, '--format', 'pdf', '--sign', '--p12', p12, '--passphrase-env', 'STYRINGSDOK_BATCH_WRONG');
    expect(r.code).toBe(1);
    expect(r.stderr.match(/feil: feil passordfrase/g)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('--json gives one JSON object with every document in order, and no table', async () => {
    const root = letters('j1', 'j2', 'j3');
    edit(join(root, 'j3'), 'budsjett.yaml', 'bevilget: 1000', 'bevilget: tusen');
    const r = await run('build', root, '--out', tempOut(), '--format', 'md', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.dokumenter.map((d: { mappe: string; ok: boolean }) => [d.mappe.split('/').at(-1), d.ok])).toEqual([['j1', true], ['j2', true], ['j3', false]]);
    expect(json.dokumenter[0].skrevet).toHaveLength(1);
    expect(json.dokumenter[2].diagnostikk[0]).toMatchObject({ severity: 'feil', field: expect.stringContaining('bevilget') });
  });

  it('reports a folder without documents in the summary and still builds the rest', async () => {
    const root = letters('m1', 'm2');
    const missing = join(root, '..', 'finnes-ikke');
    const out = tempOut();
    const r = await run('build', root, missing, '--out', out, '--format', 'md');
    expect(r.code).toBe(1);
    expect(existsSync(join(out, 'm1.md')) && existsSync(join(out, 'm2.md'))).toBe(true);
    expect(r.stderr).toMatch(/finnes-ikke: feil: mappen finnes ikke/);
    expect(r.stdout).toMatch(/finnes-ikke\s+mappen finnes ikke\s+–\s+–/);
  });
});
