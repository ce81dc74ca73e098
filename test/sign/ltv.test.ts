import { X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDss, readDss } from '../../src/sign/dss.js';
import { appendRevision, PdfFile } from '../../src/sign/pdfFile.js';
import { name, PdfName, PdfRef, serialize } from '../../src/sign/pdfObjects.js';
import { signPdf } from '../../src/sign/signPdf.js';
import { verifyPdf } from '../../src/sign/verifyPdf.js';
import { plainPdf } from '../helpers/plainPdf.js';
import { makeTestAuthority, makeTestCertificate, makeTestCrl, type TestCertificate } from '../helpers/testCertificate.js';

// The CA publishes its CRL on a local HTTP server, as a real CA does at the certificate's distribution point.
const ca = makeTestAuthority();
const crls = new Map<string, Buffer>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const crl = crls.get(req.url ?? '');
    res.statusCode = crl ? 200 : 404;
    res.end(crl);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => server.close());

const sign = async (cert: TestCertificate, pdf: Buffer) => (await signPdf(pdf, { p12: cert.p12, p12File: 'test.p12', passphrase: cert.passphrase, ltv: true })).signed;

describe('validation material (PAdES B-LT)', () => {
  it('stores the chain and the issuer\'s CRL in a DSS revision after the signature; verify reads it and sees no change', async () => {
    const cert = makeTestCertificate({ issuer: ca, crlUrl: `${base}/ca.crl` });
    const crl = await makeTestCrl(ca, []);
    crls.set('/ca.crl', crl);
    const signed = await sign(cert, await plainPdf());
    const file = new PdfFile(signed);
    const dss = readDss(file);
    expect(dss.crls).toEqual([crl]);
    expect(dss.certs.map((der) => new X509Certificate(der).subject)).toEqual([new X509Certificate(cert.pem).subject, new X509Certificate(ca.pem).subject]);
    const catalog = file.dict(file.trailer.get('Root') as PdfRef);
    expect(((catalog.get('Extensions') as Map<string, Map<string, unknown>>).get('ESIC')!.get('BaseVersion') as PdfName).name).toBe('1.7');
    const [report] = verifyPdf(signed, { anchors: [new X509Certificate(ca.pem)] });
    expect(report).toMatchObject({ intact: true, validationData: true, laterRevisions: [{ kind: 'validation' }], problems: [], trust: { kind: 'trusted' } });
  });

  it('a second signature after the store: both valid, the first followed by the store and the second signature', async () => {
    const cert = makeTestCertificate({ issuer: ca, crlUrl: `${base}/ca.crl` });
    crls.set('/ca.crl', await makeTestCrl(ca, []));
    const twice = await sign(cert, await sign(cert, await plainPdf()));
    const reports = verifyPdf(twice, { anchors: [new X509Certificate(ca.pem)] });
    expect(reports.map((r) => r.problems)).toEqual([[], []]);
    expect(reports[0].laterRevisions).toEqual([{ kind: 'validation' }, { kind: 'signature', index: 2 }, { kind: 'validation' }]);
    expect(readDss(new PdfFile(twice)).crls).toHaveLength(1);
  });

  it('a revision that changes more than the store is a change, not validation material', async () => {
    const cert = makeTestCertificate({ issuer: ca });
    const signed = (await signPdf(await plainPdf(), { p12: cert.p12, p12File: 'test.p12', passphrase: cert.passphrase })).signed;
    const crl = await makeTestCrl(ca, []);
    expect(verifyPdf(addDss(signed, { certs: [], crls: [crl] }))[0].laterRevisions).toEqual([{ kind: 'validation' }]);
    const file = new PdfFile(signed);
    const rootRef = file.trailer.get('Root') as PdfRef;
    const catalog = file.dict(rootRef);
    catalog.set('DSS', new Map([['CRLs', []]]));
    catalog.set('OpenAction', [new PdfRef(3), name('Fit')]);
    const more = appendRevision(file, new Map([[rootRef.num, serialize(catalog)]]), file.size).bytes;
    expect(verifyPdf(more)[0].laterRevisions).toEqual([{ kind: 'other' }]);
    expect(verifyPdf(more)[0].problems).toContain('filen er endret etter signering (noe annet enn nye signaturer og valideringsdata er lagt til)');
    const pageRef = file.dict(file.dict(rootRef).get('Pages') as PdfRef).get('Kids') as PdfRef[];
    const rewritten = appendRevision(file, new Map([[pageRef[0].num, serialize(file.dict(pageRef[0]))]]), file.size).bytes;
    expect(verifyPdf(rewritten)[0].laterRevisions).toEqual([{ kind: 'other' }]);
    const unreferenced = appendRevision(file, new Map([[file.size, '<< /Endret true >>']]), file.size + 1).bytes;
    expect(verifyPdf(unreferenced)[0].laterRevisions).toEqual([{ kind: 'other' }]);
  });

  it('refuses a certificate without a CRL distribution point, and one the CRL has revoked', async () => {
    const noPoint = makeTestCertificate({ issuer: ca });
    await expect(sign(noPoint, await plainPdf())).rejects.toThrow('sertifikatet «Kari Nordmann» oppgir ingen sperreliste (CRL)');
    const revoked = makeTestCertificate({ issuer: ca, crlUrl: `${base}/revoked.crl` });
    crls.set('/revoked.crl', await makeTestCrl(ca, [{ pem: revoked.pem, at: new Date(Date.now() - 60_000) }]));
    await expect(sign(revoked, await plainPdf())).rejects.toThrow(/sertifikatet «Kari Nordmann» er trukket tilbake ifølge http/);
    const missing = makeTestCertificate({ issuer: ca, crlUrl: `${base}/finnes-ikke.crl` });
    await expect(sign(missing, await plainPdf())).rejects.toThrow(/kunne ikke hente sperrelisten for «Kari Nordmann» fra .*finnes-ikke\.crl \(HTTP 404\)/);
  });
});
