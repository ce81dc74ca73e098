import { X509Certificate } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { parseSignedData } from '../../src/sign/cmsVerify.js';
import { readCrls } from '../../src/sign/revocation.js';
import { PdfFile } from '../../src/sign/pdfFile.js';
import { PdfName, PdfRef, type PdfDict } from '../../src/sign/pdfObjects.js';
import { signPdf } from '../../src/sign/signPdf.js';
import { SignError } from '../../src/sign/SignError.js';
import { verifyPdf } from '../../src/sign/verifyPdf.js';
import { plainPdf } from '../helpers/plainPdf.js';
import { makeTestAuthority, makeTestCertificate, makeTestCrl } from '../helpers/testCertificate.js';

const cert = makeTestCertificate();
const sign = async (pdf: Buffer, extra = {}) => (await signPdf(pdf, { p12: cert.p12, p12File: 'test.p12', passphrase: cert.passphrase, ...extra })).signed;

/** The CMS of the n-th signature (0-based) in file order. */
function cmsOf(pdf: Buffer, n = 0): pkijs.SignedData {
  const [, len1, start2] = [...pdf.toString('latin1').matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)/g)][n].slice(1).map(Number);
  return parseSignedData(Buffer.from(pdf.subarray(len1 + 1, start2 - 1).toString('latin1'), 'hex'));
}

/** A small tagged PDF: a Document element with one paragraph, as the renderer makes them. */
function taggedPdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', compress: false, tagged: true, pdfVersion: '1.7', lang: 'nb-NO' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    const document = doc.struct('Document');
    doc.addStructure(document);
    document.add(doc.struct('P', {}, () => doc.text('Tildelingsbrev')));
    document.end();
    doc.end();
  });
}

describe('signing a PDF (PAdES)', () => {
  it('makes a PAdES B-B signature: ETSI.CAdES.detached, /M, contentType, messageDigest and signing-certificate-v2 only', async () => {
    const time = new Date('2023-01-20T10:00:00Z');
    const signed = await sign(await plainPdf(), { signingTime: time });
    expect(signed.toString('latin1')).toMatch(/\/SubFilter \/ETSI\.CAdES\.detached/);
    expect(signed.toString('latin1')).toContain("/M (D:20230120100000+00'00')");
    const attrs = cmsOf(signed).signerInfos[0].signedAttrs!.attributes.map((a) => a.type);
    expect(attrs).toEqual(['1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4', '1.2.840.113549.1.9.16.2.47']);
    const [report] = verifyPdf(signed);
    expect(report).toMatchObject({ signer: 'Kari Nordmann', intact: true, signingCertificateV2: true, subFilter: 'ETSI.CAdES.detached', signingTime: time, laterRevisions: [], problems: [] });
  });

  it('notices one flipped byte inside the signed range', async () => {
    const signed = await sign(await plainPdf('Beløp 353 610 000'));
    signed[signed.indexOf('Beløp') >= 0 ? signed.indexOf('Beløp') : 200] ^= 0x01;
    const [report] = verifyPdf(signed);
    expect(report.intact).toBe(false);
    expect(report.problems).toContain('de signerte bytene er endret etter signering');
  });

  it('notices bytes appended after signing', async () => {
    const signed = await sign(await plainPdf());
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj\n<< /Endret true >>\nendobj\nstartxref\n0\n%%EOF\n', 'latin1')]);
    const [report] = verifyPdf(appended);
    expect(report.intact).toBe(true);
    expect(report.laterRevisions).toEqual([{ kind: 'other' }]);
    expect(report.problems).toContain('filen er endret etter signering (noe annet enn nye signaturer og valideringsdata er lagt til)');
  });

  it('adds a second signature as a new revision: the first file is kept byte for byte and both verify', async () => {
    const once = await sign(await plainPdf());
    const other = makeTestCertificate({ name: 'Ola Nordmann' });
    const twice = (await signPdf(once, { p12: other.p12, p12File: 'ola.p12', passphrase: other.passphrase })).signed;
    expect(twice.subarray(0, once.length).equals(once)).toBe(true);
    const text = twice.subarray(once.length).toString('latin1');
    expect(text).toMatch(/\/T \(Signatur2\)/);
    expect(text).toMatch(new RegExp(`/Prev ${/startxref\s+(\d+)\s+%%EOF\s*$/.exec(once.toString('latin1'))![1]}`));
    const reports = verifyPdf(twice);
    expect(reports.map((r) => [r.signer, r.intact, r.problems])).toEqual([['Kari Nordmann', true, []], ['Ola Nordmann', true, []]]);
    expect(reports[0].laterRevisions).toEqual([{ kind: 'signature', index: 2 }]);
    expect(reports[1].laterRevisions).toEqual([]);
  });

  it('puts the widget in the structure tree as a /Form element with an OBJR, and gives the page /Tabs /S', async () => {
    const signed = await sign(await taggedPdf());
    const file = new PdfFile(signed);
    const catalog = file.dict(file.trailer.get('Root') as PdfRef);
    const fields = file.resolve(file.dict(catalog.get('AcroForm') as PdfRef).get('Fields')) as PdfRef[];
    const widget = file.dict(fields[0]);
    expect(widget.get('TU')).toMatchObject({ source: '(Digital signatur: Kari Nordmann)' });
    const page = file.dict(widget.get('P') as PdfRef);
    expect((page.get('Tabs') as PdfName).name).toBe('S');
    expect((file.resolve(page.get('Annots')) as PdfRef[]).map((r) => r.num)).toContain(fields[0].num);
    const root = file.dict(catalog.get('StructTreeRoot') as PdfRef);
    const nums = file.resolve((file.resolve(root.get('ParentTree')) as PdfDict).get('Nums')) as Array<number | PdfRef>;
    const formRef = nums[nums.indexOf(widget.get('StructParent') as number) + 1] as PdfRef;
    const form = file.dict(formRef);
    expect((form.get('S') as PdfName).name).toBe('Form');
    expect(((form.get('K') as PdfDict).get('Obj') as PdfRef).num).toBe(fields[0].num);
    const document = file.dict(form.get('P') as PdfRef);
    expect((document.get('S') as PdfName).name).toBe('Document');
    expect((document.get('K') as PdfRef[]).at(-1)).toEqual(formRef);
    expect(root.get('ParentTreeNextKey')).toBe((widget.get('StructParent') as number) + 1);
  });

  it('trusts a certificate only through a chain to a trust anchor valid at signing time', async () => {
    const ca = makeTestAuthority();
    const anchors = [new X509Certificate(ca.pem)];
    const issued = makeTestCertificate({ issuer: ca });
    const signed = (await signPdf(await plainPdf(), { p12: issued.p12, p12File: 'issued.p12', passphrase: issued.passphrase })).signed;
    expect(verifyPdf(signed, { anchors })[0].trust).toMatchObject({ kind: 'trusted' });
    expect(verifyPdf(signed)[0].trust).toMatchObject({ kind: 'untrusted', reason: 'ingen kjede' });
    expect(verifyPdf(await sign(await plainPdf()), { anchors })[0].trust).toMatchObject({ kind: 'untrusted', reason: 'selvsignert' });
    const expired = makeTestCertificate({ issuer: ca, notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') });
    const late = (await signPdf(await plainPdf(), { p12: expired.p12, p12File: 'old.p12', passphrase: expired.passphrase, allowExpired: true })).signed;
    expect(verifyPdf(late, { anchors })[0]).toMatchObject({ intact: true, certificateValidAtSigning: false, trust: { kind: 'expired' } });
  });

  it('treats a certificate as revoked only by a CRL its issuer signed', async () => {
    const ca = makeTestAuthority();
    const issued = makeTestCertificate({ issuer: ca });
    const signed = (await signPdf(await plainPdf(), { p12: issued.p12, p12File: 'issued.p12', passphrase: issued.passphrase })).signed;
    const dir = mkdtempSync(join(tmpdir(), 'styringsdok-crl-'));
    const write = (name: string, der: Buffer) => (writeFileSync(join(dir, name), der), join(dir, name));
    const revoked = write('revoked.crl', await makeTestCrl(ca, [{ pem: issued.pem, at: new Date(Date.now() - 60_000) }]));
    const other = write('other.crl', await makeTestCrl(makeTestAuthority('Annen CA'), [{ pem: issued.pem, at: new Date(Date.now() - 60_000) }]));
    const empty = write('empty.crl', await makeTestCrl(ca, []));
    const anchors = [new X509Certificate(ca.pem)];
    expect(verifyPdf(signed, { anchors, crls: readCrls([revoked]) })[0].trust).toMatchObject({ kind: 'revoked' });
    expect(verifyPdf(signed, { anchors, crls: readCrls([other, empty]) })[0].trust).toMatchObject({ kind: 'trusted' });
    expect(() => readCrls([join(dir, 'mangler.crl')])).toThrow(/sperrelistefilen .*mangler\.crl finnes ikke/);
  });

  it('refuses a wrong passphrase in Norwegian, without echoing it', async () => {
    const error = await sign(await plainPdf(), { passphrase: 'feil-frase-999' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignError);
    expect((error as SignError).message).toBe('feil passordfrase for sertifikatfilen test.p12');
    expect(JSON.stringify(error) + (error as Error).message + (error as SignError).hint).not.toContain('feil-frase-999');
  });

  it('refuses a damaged certificate file and an expired certificate unless allowed', async () => {
    const damaged = Buffer.from(cert.p12);
    damaged.fill(7, 40, 90);
    await expect(sign(await plainPdf(), { p12: damaged })).rejects.toThrow(/er skadet|feil passordfrase/);
    const expired = makeTestCertificate({ notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') });
    await expect(sign(await plainPdf(), { p12: expired.p12, passphrase: expired.passphrase })).rejects.toThrow('sertifikatet i test.p12 gikk ut 01.01.2021');
    const allowed = await sign(await plainPdf(), { p12: expired.p12, passphrase: expired.passphrase, allowExpired: true });
    expect(verifyPdf(allowed)[0]).toMatchObject({ intact: true, certificateValidAtSigning: false });
  });

  it('refuses a file that is not a PDF, naming what to do', async () => {
    await expect(sign(Buffer.from('ikke en pdf'))).rejects.toThrow(/PDF-filen er ikke en PDF-fil/);
    await expect(sign(Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\n'))).rejects.toThrow(/PDF-filen kunne ikke leses for signering/);
  });
});
