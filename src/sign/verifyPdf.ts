import { createHash } from 'node:crypto';
import forge from 'node-forge';

export interface SignatureReport {
  signer: string;
  signingTime?: Date;
  certificateValidFrom: Date;
  certificateValidTo: Date;
  /** The signed bytes hash to the digest in the signature, and the signature over it verifies with the certificate. */
  intact: boolean;
  /** Bytes were added to the file after this signature (an incremental update). */
  changedAfterSigning: boolean;
  /** The certificate was valid at the signing time. */
  certificateValidAtSigning: boolean;
  problems: string[];
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** Checks every signature in a PDF on its own: integrity of the signed bytes, the CMS signature and what came after. */
export function verifyPdf(pdf: Buffer): SignatureReport[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(BYTE_RANGE)].map((m) => verifyOne(pdf, m.slice(1, 5).map(Number) as [number, number, number, number]));
}

function verifyOne(pdf: Buffer, [start, len1, start2, len2]: [number, number, number, number]): SignatureReport {
  const problems: string[] = [];
  if (start !== 0 || start2 + len2 > pdf.length || start + len1 > start2) {
    return broken('signaturens ByteRange peker utenfor filen');
  }
  // The CMS data is padded with zeros to the placeholder's size; the DER parser reads the length it declares and
  // stops there. Stripping the zeros instead would also cut a signature that happens to end in a zero byte.
  const hex = pdf.subarray(len1 + 1, start2 - 1).toString('latin1');
  let message: forge.pkcs7.PkcsSignedData & { rawCapture?: Record<string, unknown> };
  try {
    const asn1 = forge.asn1.fromDer(forge.util.hexToBytes(hex), { parseAllBytes: false } as unknown as boolean);
    message = forge.pkcs7.messageFromAsn1(asn1) as typeof message;
  } catch {
    return broken('signaturen kan ikke leses (skadet CMS-data)');
  }
  const certificate = message.certificates[0];
  const raw = message.rawCapture as { authenticatedAttributes?: forge.asn1.Asn1[]; signature?: string; serial?: string };
  const signerCert = message.certificates.find((c) => raw.serial === undefined || forge.util.hexToBytes(c.serialNumber) === raw.serial) ?? certificate;
  const signedBytes = Buffer.concat([pdf.subarray(start, start + len1), pdf.subarray(start2, start2 + len2)]);
  const digest = createHash('sha256').update(signedBytes).digest().toString('latin1');

  let messageDigest: string | undefined;
  let signingTime: Date | undefined;
  for (const attr of raw.authenticatedAttributes ?? []) {
    const [oid, values] = attr.value as forge.asn1.Asn1[];
    const type = forge.asn1.derToOid(oid.value as string);
    const value = (values.value as forge.asn1.Asn1[])[0];
    if (type === forge.pki.oids.messageDigest) messageDigest = value.value as string;
    if (type === forge.pki.oids.signingTime) signingTime = value.type === forge.asn1.Type.UTCTIME ? forge.asn1.utcTimeToDate(value.value as string) : forge.asn1.generalizedTimeToDate(value.value as string);
  }
  if (messageDigest !== digest) problems.push('de signerte bytene er endret etter signering');

  let signatureOk = false;
  if (signerCert && raw.authenticatedAttributes && raw.signature) {
    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, raw.authenticatedAttributes);
    const attrDigest = forge.md.sha256.create().update(forge.asn1.toDer(set).getBytes());
    try {
      signatureOk = (signerCert.publicKey as forge.pki.rsa.PublicKey).verify(attrDigest.digest().bytes(), raw.signature);
    } catch {
      signatureOk = false;
    }
  }
  if (!signatureOk) problems.push('signaturen stemmer ikke med sertifikatet');

  const changedAfterSigning = start2 + len2 < trimmedLength(pdf);
  if (changedAfterSigning) problems.push('filen er endret etter signering (noe er lagt til etter den signerte delen)');
  const at = signingTime ?? new Date();
  const { notBefore, notAfter } = signerCert.validity;
  const certificateValidAtSigning = at >= notBefore && at <= notAfter;
  if (!certificateValidAtSigning) problems.push('sertifikatet var ikke gyldig da dokumentet ble signert');

  return {
    signer: (signerCert.subject.getField('CN')?.value as string | undefined) ?? '(ukjent)',
    signingTime, certificateValidFrom: notBefore, certificateValidTo: notAfter,
    intact: messageDigest === digest && signatureOk, changedAfterSigning, certificateValidAtSigning, problems,
  };

  function broken(problem: string): SignatureReport {
    return { signer: '(ukjent)', certificateValidFrom: new Date(0), certificateValidTo: new Date(0), intact: false, changedAfterSigning: false, certificateValidAtSigning: false, problems: [problem] };
  }
}

/** File length without trailing whitespace, which writers may add after %%EOF. */
function trimmedLength(pdf: Buffer): number {
  let end = pdf.length;
  while (end > 0 && (pdf[end - 1] === 0x0a || pdf[end - 1] === 0x0d || pdf[end - 1] === 0x20)) end--;
  return end;
}
