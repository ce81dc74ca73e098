import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { plainPdf } from '../helpers/plainPdf.js';
import { makeTestAuthority, makeTestCertificate } from '../helpers/testCertificate.js';

/** What a user sees in the terminal: standard out and standard error together. */
async function run(...args: string[]) {
  const { code, stdout, stderr } = await runCli(...args);
  return { code, out: stdout + stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'styringsdok-sign-'));
const ca = makeTestAuthority();
const cert = makeTestCertificate({ issuer: ca });
const p12 = join(dir, 'test.p12');
const caPem = join(dir, 'ca.pem');
const pdf = join(dir, 'brev.pdf');
beforeAll(async () => {
  writeFileSync(p12, cert.p12);
  writeFileSync(caPem, ca.pem);
  writeFileSync(pdf, await plainPdf());
  process.env.STYRINGSDOK_TEST_PASS = cert.passphrase;
  process.env.STYRINGSDOK_WRONG_PASS = 'galt-passord-42';
});

describe('styringsdok sign and verify', () => {
  it('signs; verify exits 0 when trusted, 2 when not, 1 when changed', async () => {
    const out = join(dir, 'signert.pdf');
    const signed = await run('sign', pdf, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--out', out);
    expect(signed.code).toBe(0);
    expect(signed.out).toMatch(/signert av Kari Nordmann/);
    expect(signed.out).not.toContain(cert.passphrase);

    const trusted = await run('verify', out, '--trust', caPem);
    expect(trusted.code, trusted.out).toBe(0);
    expect(trusted.out).toMatch(/✓ Signatur 1: Kari Nordmann, signert/);
    expect(trusted.out).toMatch(/Signerte data: uendret/);
    expect(trusted.out).toMatch(/Type: PAdES B-B/);
    expect(trusted.out).toMatch(/Tillit: klarert – sertifikatet kjedes til «Test-CA» i tillitslisten/);
    expect(trusted.out).toMatch(/Resultat: alle signaturene er gyldige/);

    const untrusted = await run('verify', out);
    expect(untrusted.code).toBe(2);
    expect(untrusted.out).toMatch(/⚠ Signatur 1/);
    expect(untrusted.out).toMatch(/Tillit: IKKE klarert – ingen tillitsliste er oppgitt \(oppgi rotsertifikatet med --trust CA\.pem\)/);
    const otherCa = join(dir, 'annen-ca.pem');
    writeFileSync(otherCa, makeTestAuthority('Annen CA').pem);
    const wrongAnchor = await run('verify', out, '--trust', otherCa);
    expect(wrongAnchor.code).toBe(2);
    expect(wrongAnchor.out).toMatch(/fant ingen kjede fra sertifikatet til et sertifikat i tillitslisten/);
    // A trust list with several anchors, and --trust repeated.
    writeFileSync(join(dir, 'liste.pem'), makeTestAuthority('Tredje CA').pem + ca.pem);
    expect((await run('verify', out, '--trust', otherCa, '--trust', join(dir, 'liste.pem'))).code).toBe(0);

    const damaged = Buffer.from(readFileSync(out));
    damaged[100] ^= 1;
    writeFileSync(join(dir, 'skadet.pdf'), damaged);
    const bad = await run('verify', join(dir, 'skadet.pdf'), '--trust', caPem);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/Signerte data: ENDRET/);
    expect(bad.out).toMatch(/Resultat: UGYLDIG/);
  });

  it('signs twice: verify reports the second signature after the first, and exits 0', async () => {
    const once = join(dir, 'en.pdf');
    const twice = join(dir, 'to.pdf');
    expect((await run('sign', pdf, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--out', once)).code).toBe(0);
    expect((await run('sign', once, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--out', twice)).code).toBe(0);
    const r = await run('verify', twice, '--trust', caPem);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/✓ Signatur 1: [^\n]*\n(  [^\n]*\n)*  Lagt til etter signering: signatur 2\n/);
    expect(r.out).toMatch(/✓ Signatur 2: [^\n]*\n(  [^\n]*\n)*  Lagt til etter signering: nei\n/);
  });

  it('names the trust file and what to do when it is missing or holds no certificate', async () => {
    const missing = await run('verify', pdf, '--trust', join(dir, 'finnes-ikke.pem'));
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/feil: tillitsfilen .*finnes-ikke\.pem finnes ikke\n    → Oppgi en PEM-fil/);
    writeFileSync(join(dir, 'tom.pem'), 'ingenting her');
    expect((await run('verify', pdf, '--trust', join(dir, 'tom.pem'))).out).toMatch(/tillitsfilen .*tom\.pem inneholder ingen sertifikater/);
    expect((await run('sign', pdf, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--tsa', 'ikke-en-adresse')).out).toMatch(/--tsa må være en http- eller https-adresse/);
    expect((await run('sign', pdf, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--ltv')).out).toMatch(/feil: --ltv krever --tsa\n    → PAdES B-LT bygger på et tidsstempel/);
  });

  it('a timestamp authority that does not answer: exit 1, what to do, and no file', async () => {
    const out = join(dir, 'uten-stempel.pdf');
    const r = await run('sign', pdf, '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--tsa', 'http://127.0.0.1:9/tsr', '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/feil: tidsstempeltjenesten http:\/\/127\.0\.0\.1:9\/tsr svarte ikke \(.+\)\n    → Kontroller adressen i --tsa/);
    expect(existsSync(out)).toBe(false);
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
    writeFileSync(join(dir, 'tekst.pdf'), 'ikke en pdf');
    const notPdf = await run('sign', join(dir, 'tekst.pdf'), '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS');
    expect(notPdf.code).toBe(1);
    expect(notPdf.out).toMatch(/feil: .*tekst\.pdf er ikke en PDF-fil \(den begynner ikke med «%PDF-»\)\n    → Oppgi PDF-filen/);
    writeFileSync(join(dir, 'kuttet.pdf'), '%PDF-1.7\n1 0 obj\n<< >>\n');
    const cut = await run('sign', join(dir, 'kuttet.pdf'), '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS');
    expect(cut.code).toBe(1);
    expect(cut.out).toMatch(/feil: .*kuttet\.pdf kunne ikke leses for signering \(fant ikke slutten av filen \(startxref\/%%EOF\)\)\n    → Bygg PDF-en på nytt/);
  });

  it('a passphrase given by mistake as --passphrase-env is never shown', async () => {
    const r = await run('sign', pdf, '--p12', p12, '--passphrase-env', 'Sommer 2024!');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/--passphrase-env skal være navnet på en miljøvariabel/);
    expect(r.out).not.toMatch(/Sommer/);
  });

  it('file mistakes around signing are Norwegian user errors (exit 1), never internal ones', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['sign', join(dir, 'notat.txt'), '--p12', p12, '--passphrase-env', 'STYRINGSDOK_TEST_PASS', '--out', join(dir, 'x.pdf')], /feil: .*notat\.txt er ikke en PDF-fil/],
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
