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

  it('a passphrase given by mistake as --passphrase-env is never shown', async () => {
    const r = await run('sign', pdf, '--p12', p12, '--passphrase-env', 'Sommer 2024!');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/--passphrase-env skal være navnet på en miljøvariabel/);
    expect(r.out).not.toMatch(/Sommer/);
  });

  it('file mistakes around signing are Norwegian user errors (exit 1), never internal ones', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['sign', join(dir, 'notat.txt'), '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--out', join(dir, 'x.pdf')], /feil: filen er ikke en PDF-fil/],
      [['sign', pdf, '--p12', dir, '--passphrase-env', 'STYRINGSDOK_TEST_PASS'], /styringsdok-sign-\w+: kan ikke lese den: det er en mappe, ikke en fil/],
      [['sign', pdf, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--out', join(pdf, 'signert.pdf')], /brev\.pdf: kan ikke opprette den: (en del av stien er en fil|det står en fil med dette navnet)/],
      [['sign', pdf, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--out', '/proc/signert.pdf'], /\/proc er et spesielt filsystem/],
      [['sign', '/dev/zero', '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS'], /\/dev\/zero: kan ikke lese den: det er ikke en vanlig fil/],
      [['sign', pdf, '--p12', '/dev/zero', '--passphrase-env', 'STYRINGSDOK_TEST_PASS'], /\/dev\/zero: kan ikke lese den: det er ikke en vanlig fil/],
      [['verify', '/dev/zero'], /\/dev\/zero: kan ikke lese den: det er ikke en vanlig fil/],
    ];
    writeFileSync(join(dir, 'notat.txt'), 'ikke en PDF');
    for (const [args, message] of cases) {
      const r = await run(...args);
      expect(r.code, r.out).toBe(1);
      expect(r.out).toMatch(message);
      expect(r.out).not.toMatch(/Intern feil|^\s+at /m);
    }
  });
});
