import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { plainPdf } from '../helpers/plainPdf.js';
import { makeTestCertificate } from '../helpers/testCertificate.js';

/** What a user sees in the terminal: standard out and standard error together. */
async function run(...args: string[]) {
  const { code, stdout, stderr } = await runCli(...args);
  return { code, out: stdout + stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'styringsdok-sign-'));
const cert = makeTestCertificate();
const p12 = join(dir, 'test.p12');
const pdf = join(dir, 'brev.pdf');
beforeAll(async () => {
  writeFileSync(p12, cert.p12);
  writeFileSync(pdf, await plainPdf());
  process.env.STYRINGSDOK_TEST_PASS = cert.passphrase;
  process.env.STYRINGSDOK_WRONG_PASS = 'galt-passord-42';
});

describe('styringsdok sign and verify', () => {
  it('signs, and verify confirms signer and integrity', async () => {
    const out = join(dir, 'signert.pdf');
    const signed = await run('sign', pdf, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--out', out);
    expect(signed.code).toBe(0);
    expect(signed.out).toMatch(/signert av Kari Nordmann/);
    expect(signed.out).not.toContain(cert.passphrase);
    const verified = await run('verify', out);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/✓ Signatur 1: Kari Nordmann, signert/);
    expect(verified.out).toMatch(/Signerte data: uendret/);

    const damaged = Buffer.from(readFileSync(out));
    damaged[100] ^= 1;
    writeFileSync(join(dir, 'skadet.pdf'), damaged);
    const bad = await run('verify', join(dir, 'skadet.pdf'));
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/Signerte data: ENDRET/);
  });

  it('refuses a wrong passphrase: exit 1, Norwegian message, no file, passphrase nowhere', async () => {
    const out = join(dir, 'aldri.pdf');
    const r = await run('sign', pdf, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_WRONG_PASS', '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/feil: feil passordfrase for sertifikatfilen/);
    expect(r.out).not.toContain('galt-passord-42');
    expect(existsSync(out)).toBe(false);
  });

  it('says what to do when the variable or the file is missing', async () => {
    expect((await run('sign', pdf, '--p12', p12, '--passphrase-env', 'FINNES_IKKE_123')).out).toMatch(/miljøvariabelen FINNES_IKKE_123 finnes ikke/);
    expect((await run('sign', pdf, '--p12', join(dir, 'mangler.p12'), '--passphrase-env', 'STYRINGSDOK_TEST_PASS')).out).toMatch(/sertifikatfilen .*mangler\.p12 finnes ikke/);
    expect((await run('verify', pdf)).out).toMatch(/ingen signatur/);
  });
});
