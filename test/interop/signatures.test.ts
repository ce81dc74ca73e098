import { execFile, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTestAuthority, makeTestCertificate, makeTestCrl, type TestCertificate } from '../helpers/testCertificate.js';

// Signatures as a receiver checks them: poppler's pdfsig (with an NSS database that trusts the test CA) beside
// `styringsdok verify --trust`, openssl for the CMS structure, and a local RFC 3161 timestamp authority.
const LETTER = join(import.meta.dirname, '../../content/imdi-2023/tildelingsbrev');
const dir = mkdtempSync(join(tmpdir(), 'styringsdok-interop-sign-'));
const nss = join(dir, 'nss');
const caPem = join(dir, 'ca.pem');
const pdf = join(dir, 'tildelingsbrev.pdf');
const PASS_VAR = 'STYRINGSDOK_INTEROP_SIGN_PASS';
let tsa: Server;
let tsaUrl: string;
/** The test CA's current CRL, published by the same local server at its distribution point. */
let caCrl: Buffer = Buffer.alloc(0);
let crlUrl: string;

function tool(cmd: string, ...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const { code, stdout, stderr } = await runCli(...args);
  return { code, out: stdout + stderr };
}

const pdfsig = (file: string) => tool('pdfsig', '-nssdir', `sql:${nss}`, file).out;

/** The "Signature #n" blocks of pdfsig's report. */
const pdfsigBlocks = (file: string) => pdfsig(file).split(/^Signature #\d+:$/m).slice(1);

async function signWith(cert: TestCertificate, input: string, output: string, ...extra: string[]): Promise<string> {
  const p12 = join(dir, `${output}.p12`);
  writeFileSync(p12, cert.p12);
  process.env[PASS_VAR] = cert.passphrase;
  const target = join(dir, output);
  const r = await cli('sign', input, '--p12', p12, '--passphrase-env', PASS_VAR, '--out', target, ...extra);
  expect(r.code, r.out).toBe(0);
  return target;
}

/** The signature's CMS as openssl prints it. */
function cmsPrint(file: string, n = 0): string {
  const bytes = readFileSync(file);
  const [, len1, start2] = [...bytes.toString('latin1').matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)/g)][n].slice(1).map(Number);
  const der = join(dir, 'cms.der');
  writeFileSync(der, Buffer.from(bytes.subarray(len1 + 1, start2 - 1).toString('latin1'), 'hex'));
  const r = tool('openssl', 'cms', '-cmsout', '-print', '-inform', 'DER', '-in', der);
  expect(r.status, r.out).toBe(0);
  return r.out;
}

/**
 * A timestamp authority on 127.0.0.1 (`openssl ts -reply` with a key and certificate made for this run), which also
 * serves the test CA's CRL.
 */
async function startTsa(): Promise<void> {
  const key = join(dir, 'tsa.key');
  const crt = join(dir, 'tsa.crt');
  const made = tool('openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '2', '-subj', '/CN=Test-TSA/O=Testdepartementet/C=NO',
    '-addext', 'extendedKeyUsage=critical,timeStamping', '-addext', 'keyUsage=critical,digitalSignature');
  expect(made.status, made.out).toBe(0);
  writeFileSync(join(dir, 'tsaserial'), '01\n');
  const config = join(dir, 'tsa.cnf');
  writeFileSync(config, [
    '[ tsa ]', 'default_tsa = local', '[ local ]', `serial = ${join(dir, 'tsaserial')}`, `signer_cert = ${crt}`, `certs = ${crt}`,
    `signer_key = ${key}`, 'signer_digest = sha256', 'default_policy = 1.2.3.4.1', 'digests = sha256', 'accuracy = secs:1',
    'ess_cert_id_alg = sha256', '',
  ].join('\n'));
  let n = 0;
  tsa = createServer((req, res) => {
    if (req.method === 'GET') {
      res.end(caCrl);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const query = join(dir, `q${++n}.tsq`);
      const reply = join(dir, `r${n}.tsr`);
      writeFileSync(query, Buffer.concat(chunks));
      await promisify(execFile)('openssl', ['ts', '-reply', '-config', config, '-queryfile', query, '-out', reply]);
      res.setHeader('Content-Type', 'application/timestamp-reply');
      res.end(readFileSync(reply));
    });
  });
  await new Promise<void>((resolve) => tsa.listen(0, '127.0.0.1', resolve));
  const address = tsa.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  tsaUrl = `${origin}/tsr`;
  crlUrl = `${origin}/ca.crl`;
}

const ca = makeTestAuthority();
let valid: string;

beforeAll(async () => {
  expect((await cli('build', LETTER, '--out', dir, '--format', 'pdf')).code).toBe(0);
  writeFileSync(caPem, ca.pem);
  // An NSS database that trusts the test CA for signing, so pdfsig judges trust as verify --trust does.
  mkdirSync(nss);
  expect(tool('certutil', '-N', '-d', `sql:${nss}`, '--empty-password').status).toBe(0);
  const added = tool('certutil', '-A', '-d', `sql:${nss}`, '-n', 'Test-CA', '-t', 'CT,C,C', '-a', '-i', caPem);
  expect(added.status, added.out).toBe(0);
  await startTsa();
  caCrl = await makeTestCrl(ca, []);
  valid = await signWith(makeTestCertificate({ issuer: ca }), pdf, 'gyldig.pdf', '--tsa', tsaUrl);
});

afterAll(() => tsa?.close());

describe('pdfsig and verify agree', () => {
  it('valid, trusted, timestamped: pdfsig says valid and trusted, verify exits 0 with PAdES B-T', async () => {
    const [block] = pdfsigBlocks(valid);
    expect(block).toContain('Signature Type: ETSI.CAdES.detached');
    expect(block).toContain('Signature Validation: Signature is Valid.');
    expect(block).toContain('Certificate Validation: Certificate is Trusted.');
    expect(block).toMatch(/^\s*- Total document signed$/m);
    const v = await cli('verify', valid, '--trust', caPem);
    expect(v.code, v.out).toBe(0);
    expect(v.out).toMatch(/Type: PAdES B-T/);
    expect(v.out).toMatch(/Tidsstempel: .* fra Test-TSA \(utstederen er ikke klarert, så tidspunktet er ikke bevist; oppgi rotsertifikatet med --trust\)\n/);
    const withTsa = await cli('verify', valid, '--trust', caPem, '--trust', join(dir, 'tsa.crt'));
    expect(withTsa.code, withTsa.out).toBe(0);
    expect(withTsa.out).toMatch(/Tidsstempel: \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d UTC fra Test-TSA\n/);
  });

  it('PAdES B-LT: pdfsig finds the signature valid with the DSS revision after it, verify exits 0 and reads the store', async () => {
    const ltv = await signWith(makeTestCertificate({ issuer: ca, crlUrl }), pdf, 'ltv.pdf', '--tsa', tsaUrl, '--ltv');
    const [block] = pdfsigBlocks(ltv);
    expect(block).toContain('Signature Validation: Signature is Valid.');
    expect(block).toContain('Certificate Validation: Certificate is Trusted.');
    expect(block).toMatch(/^\s*- Not total document signed$/m);
    const v = await cli('verify', ltv, '--trust', caPem);
    expect(v.code, v.out).toBe(0);
    expect(v.out).toMatch(/Type: PAdES B-LT/);
    expect(v.out).toMatch(/Lagt til etter signering: valideringsdata \(DSS\)\n/);
    const check = tool('qpdf', '--check', ltv);
    expect(check.status, check.out).toBe(0);
    expect(check.out).not.toMatch(/WARNING/i);
  });

  it('the CMS holds signing-certificate-v2 and the TSA token; the token stamps the signature value', () => {
    const cms = cmsPrint(valid);
    expect(cms).toMatch(/object: id-smime-aa-signingCertificateV2 \(1\.2\.840\.113549\.1\.9\.16\.2\.47\)/);
    expect(cms).toMatch(/object: id-smime-aa-timeStampToken \(1\.2\.840\.113549\.1\.9\.16\.2\.14\)/);
    expect(cms).not.toMatch(/object: signingTime/);
    expect(cms).toContain('Test-TSA');
  });

  it('a byte flipped inside the signed range: pdfsig finds it invalid, verify exits 1', async () => {
    const bytes = Buffer.from(readFileSync(valid));
    const at = bytes.indexOf('<rdf:li xml:lang="x-default">Tildelingsbrev', 0, 'latin1') + '<rdf:li xml:lang="x-default">'.length;
    expect(at).toBeGreaterThan(100);
    bytes[at] ^= 0x20;
    const damaged = join(dir, 'skadet.pdf');
    writeFileSync(damaged, bytes);
    const out = pdfsig(damaged);
    expect(out).not.toContain('Signature is Valid');
    expect(out).toMatch(/Signature is Invalid|Digest Mismatch/);
    const v = await cli('verify', damaged, '--trust', caPem);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/Signerte data: ENDRET/);
  });

  it('an incremental update appended after signing: pdfsig says not the whole document, verify exits 1', async () => {
    const bytes = readFileSync(valid);
    const text = bytes.toString('latin1');
    const size = Number([...text.matchAll(/\/Size (\d+)/g)].at(-1)![1]);
    const root = [...text.matchAll(/\/Root (\d+ \d+ R)/g)].at(-1)![1];
    const prev = Number([...text.matchAll(/startxref\s+(\d+)/g)].at(-1)![1]);
    const object = `${size} 0 obj\n<< /Endret (etter signering) >>\nendobj\n`;
    const update = `${object}xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(bytes.length).padStart(10, '0')} 00000 n \n`
      + `trailer\n<< /Size ${size + 1} /Root ${root} /Prev ${prev} >>\nstartxref\n${bytes.length + object.length}\n%%EOF\n`;
    const updated = join(dir, 'endret.pdf');
    writeFileSync(updated, Buffer.concat([bytes, Buffer.from(update, 'latin1')]));
    expect(tool('qpdf', '--check', updated).status).toBe(0);
    const [block] = pdfsigBlocks(updated);
    expect(block).toContain('Signature is Valid');
    expect(block).toMatch(/^\s*- Not total document signed$/m);
    const v = await cli('verify', updated, '--trust', caPem);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/Lagt til etter signering: JA – andre endringer enn signaturer/);
  });

  it('two signatures: pdfsig finds both valid, the first not covering the second; verify exits 0', async () => {
    const twice = await signWith(makeTestCertificate({ issuer: ca, name: 'Ola Nordmann' }), valid, 'to-signaturer.pdf');
    const blocks = pdfsigBlocks(twice);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(block).toContain('Signature is Valid');
    expect(blocks[0]).toMatch(/^\s*- Not total document signed$/m);
    expect(blocks[1]).toMatch(/^\s*- Total document signed$/m);
    expect(blocks[1]).toContain('Common Name: Ola Nordmann');
    const v = await cli('verify', twice, '--trust', caPem);
    expect(v.code, v.out).toBe(0);
    expect(v.out).toMatch(/Lagt til etter signering: signatur 2\n/);
    expect(tool('qpdf', '--check', twice).out).not.toMatch(/WARNING/i);
  });

  it('a self-signed certificate: pdfsig says the issuer is not trusted, verify exits 2', async () => {
    const selfSigned = await signWith(makeTestCertificate(), pdf, 'selvsignert.pdf');
    const [block] = pdfsigBlocks(selfSigned);
    expect(block).toContain('Signature is Valid');
    expect(block).toMatch(/Certificate issuer isn't Trusted|Certificate issuer is unknown/);
    const v = await cli('verify', selfSigned, '--trust', caPem);
    expect(v.code).toBe(2);
    expect(v.out).toMatch(/Tillit: IKKE klarert – sertifikatet er selvsignert og står ikke i tillitslisten/);
  });

  it('a certificate that had expired when it signed: pdfsig says expired, verify exits 2', async () => {
    const expired = makeTestCertificate({ issuer: ca, notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') });
    const late = await signWith(expired, pdf, 'utlopt.pdf', '--allow-expired');
    const [block] = pdfsigBlocks(late);
    expect(block).toContain('Signature is Valid');
    expect(block).toContain('Certificate has Expired');
    const v = await cli('verify', late, '--trust', caPem);
    expect(v.code).toBe(2);
    expect(v.out).toMatch(/UTLØPT eller ennå ikke gyldig da dokumentet ble signert/);
  });

  it('a revoked certificate: pdfsig (the CRL imported into NSS) says revoked, verify --crl exits 2', async () => {
    const cert = makeTestCertificate({ issuer: ca, name: 'Per Tilbaketrukket' });
    const signed = await signWith(cert, pdf, 'tilbaketrukket.pdf');
    const crl = join(dir, 'ca.crl');
    writeFileSync(crl, await makeTestCrl(ca, [{ pem: cert.pem, at: new Date(Date.now() - 60_000) }]));
    const imported = tool('crlutil', '-I', '-d', `sql:${nss}`, '-i', crl);
    expect(imported.status, imported.out).toBe(0);
    const [block] = pdfsigBlocks(signed);
    expect(block).toContain('Signature is Valid');
    expect(block).toContain('Certificate has been Revoked');
    const v = await cli('verify', signed, '--trust', caPem, '--crl', crl);
    expect(v.code).toBe(2);
    expect(v.out).toMatch(/Tillit: IKKE gyldig – «Per Tilbaketrukket» ble trukket tilbake/);
  });
});

describe('the signed letter stays PDF/A-2a and PDF/UA-1', () => {
  it('the widget is a /Form element in the structure tree, the XMP names PDF/A-2a and PDF/UA-1, qpdf finds it sound', () => {
    expect(tool('pdfinfo', valid).out).toMatch(/^Tagged:\s+yes$/m);
    expect(tool('pdfinfo', '-struct', valid).out).toMatch(/^\s+Form\b/m);
    const meta = tool('pdfinfo', '-meta', valid).out;
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(meta).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(meta).toMatch(/<pdfaSchema:namespaceURI>http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/<\/pdfaSchema:namespaceURI>/);
    const check = tool('qpdf', '--check', valid);
    expect(check.status, check.out).toBe(0);
    expect(check.out).not.toMatch(/WARNING/i);
  });

  it('the signature field has a description (/TU) and its page follows the structure for tab order', () => {
    const json = JSON.parse(tool('qpdf', '--json', '--json-key=acroform', valid).out) as { acroform: { fields: Array<{ alternativename: string; fieldtype: string; pageposfrom1: number }> } };
    expect(json.acroform.fields).toMatchObject([{ fieldtype: '/Sig', alternativename: 'Digital signatur: Kari Nordmann', pageposfrom1: 1 }]);
    const pages = JSON.parse(tool('qpdf', '--json', '--json-key=pages', valid).out) as { pages: Array<{ object: string }> };
    const first = tool('qpdf', `--show-object=${pages.pages[0].object.split(' ')[0]}`, valid).out;
    expect(first).toMatch(/\/Tabs \/S/);
  });
});
