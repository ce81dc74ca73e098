import { describe, expect, it } from 'vitest';
import { signPdf } from '../../src/sign/signPdf.js';
import { SignError } from '../../src/sign/SignError.js';
import { verifyPdf } from '../../src/sign/verifyPdf.js';
import { plainPdf } from '../helpers/plainPdf.js';
import { makeTestCertificate } from '../helpers/testCertificate.js';

const cert = makeTestCertificate();
const sign = async (pdf: Buffer, extra = {}) => (await signPdf(pdf, { p12: cert.p12, p12File: 'test.p12', passphrase: cert.passphrase, ...extra })).signed;

describe('signing a PDF', () => {
  it('gives a signature that verifies, with signer and time', async () => {
    const time = new Date('2023-01-20T10:00:00Z');
    const signed = await sign(await plainPdf(), { signingTime: time });
    const [report] = verifyPdf(signed);
    expect(report).toMatchObject({ signer: 'Kari Nordmann', intact: true, changedAfterSigning: false, certificateValidAtSigning: false, signingTime: time });
    const [now] = verifyPdf(await sign(await plainPdf()));
    expect(now.certificateValidAtSigning).toBe(true);
    expect(now.problems).toEqual([]);
  });

  it('notices one flipped byte inside the signed range', async () => {
    const signed = await sign(await plainPdf('Beløp 353 610 000'));
    const at = signed.indexOf('Beløp') >= 0 ? signed.indexOf('Beløp') : 200;
    signed[at] ^= 0x01;
    const [report] = verifyPdf(signed);
    expect(report.intact).toBe(false);
    expect(report.problems).toContain('de signerte bytene er endret etter signering');
  });

  it('notices an incremental update appended after signing', async () => {
    const signed = await sign(await plainPdf());
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj\n<< /Endret true >>\nendobj\n%%EOF\n', 'latin1')]);
    const [report] = verifyPdf(appended);
    expect(report.intact).toBe(true);
    expect(report.changedAfterSigning).toBe(true);
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
});
