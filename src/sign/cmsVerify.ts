import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';
import { OID, signedAttributesDer } from './cms.js';

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  [OID.sha256]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

export interface SignerCheck {
  /** The content hashes to the signed messageDigest attribute. */
  digestMatches: boolean;
  /** The signature over the signed attributes verifies with the signer's certificate. */
  signatureValid: boolean;
  /** The signing certificate, and every other certificate the CMS carries (candidates for its chain). */
  signer?: X509Certificate;
  certificates: X509Certificate[];
  signedAttributes: Map<string, pkijs.Attribute>;
  unsignedAttributes: Map<string, pkijs.Attribute>;
  signatureValue: Buffer;
}

const toNode = (certificate: pkijs.Certificate) => new X509Certificate(Buffer.from(certificate.toSchema().toBER()));

/** Reads a CMS SignedData (ContentInfo) from DER; trailing zero padding is ignored. */
export function parseSignedData(der: Uint8Array): pkijs.SignedData {
  const info = pkijs.ContentInfo.fromBER(new Uint8Array(der));
  if (info.contentType !== OID.signedData) throw new Error('ikke SignedData');
  return new pkijs.SignedData({ schema: info.content });
}

/**
 * Checks the first signer of a SignedData against `content` (the signed bytes; for a timestamp token, its own
 * encapsulated TSTInfo): digest, signature and which certificate made it. Only RSA and ECDSA keys are expected.
 */
export function checkSigner(signedData: pkijs.SignedData, content: Uint8Array): SignerCheck {
  const signerInfo = signedData.signerInfos[0];
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signerInfo.sid as pkijs.IssuerAndSerialNumber;
  const own = certificates.find((c) => sid instanceof pkijs.IssuerAndSerialNumber && c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
  const byType = (attrs?: pkijs.SignedAndUnsignedAttributes) => new Map((attrs?.attributes ?? []).map((a) => [a.type, a]));
  const signedAttributes = byType(signerInfo.signedAttrs);
  const hash = HASHES[signerInfo.digestAlgorithm.algorithmId];
  const digest = signedAttributes.get(OID.messageDigest)?.values[0];
  const digestMatches = !!hash && !!digest && Buffer.from(createHash(hash).update(content).digest()).equals(Buffer.from((digest as { getValue(): ArrayBuffer }).getValue()));
  const signer = own ? toNode(own) : undefined;
  const signatureValue = Buffer.from(signerInfo.signature.getValue());
  let signatureValid = false;
  if (signer && hash && signerInfo.signedAttrs) {
    try {
      signatureValid = verifySignature(hash, signedAttributesDer(signerInfo.signedAttrs), signer.publicKey, signatureValue);
    } catch {
      signatureValid = false;
    }
  }
  return { digestMatches, signatureValid, signer, certificates: certificates.map(toNode), signedAttributes, unsignedAttributes: byType(signerInfo.unsignedAttrs), signatureValue };
}

/** Whether signing-certificate-v2 names the certificate that signed (its SHA-256 hash), when the attribute is there. */
export function signingCertificateMatches(attribute: pkijs.Attribute, signer: X509Certificate): boolean {
  try {
    return essCertHash(attribute).equals(createHash('sha256').update(signer.raw).digest());
  } catch {
    return false;
  }
}

/** The certHash of the first ESSCertIDv2 in a signing-certificate-v2 attribute. */
function essCertHash(attribute: pkijs.Attribute): Buffer {
  const [certs] = (attribute.values[0] as { valueBlock: { value: Array<{ valueBlock: { value: unknown[] } }> } }).valueBlock.value;
  const [first] = certs.valueBlock.value as Array<{ valueBlock: { value: Array<{ idBlock: { tagNumber: number }; getValue?(): ArrayBuffer }> } }>;
  // hashAlgorithm is left out when it is the default, SHA-256; another algorithm comes first as a SEQUENCE.
  const fields = first.valueBlock.value;
  if (fields[0].idBlock.tagNumber !== 4) throw new Error('ikke SHA-256');
  return Buffer.from(fields[0].getValue!());
}

export interface TimestampCheck {
  time: Date;
  authority: string;
  /** The token is signed correctly and stamps this signature value. */
  valid: boolean;
  /** The authority's certificate chains to a trust anchor, so its time counts as proof (set by the caller). */
  trusted: boolean;
  signer?: X509Certificate;
  certificates: X509Certificate[];
}

/** Checks an RFC 3161 timestamp token (PAdES B-T) against the signature value it should stamp. */
export function checkTimestamp(attribute: pkijs.Attribute, signatureValue: Buffer): TimestampCheck | undefined {
  try {
    const token = new pkijs.ContentInfo({ schema: attribute.values[0] });
    const signedData = new pkijs.SignedData({ schema: token.content });
    const eContent = new Uint8Array(signedData.encapContentInfo.eContent!.getValue());
    const info = pkijs.TSTInfo.fromBER(eContent);
    const check = checkSigner(signedData, eContent);
    const hash = HASHES[info.messageImprint.hashAlgorithm.algorithmId];
    const imprintMatches = !!hash && createHash(hash).update(signatureValue).digest().equals(Buffer.from(info.messageImprint.hashedMessage.getValue()));
    return {
      time: info.genTime,
      authority: check.signer ? commonName(check.signer) : '(ukjent)',
      valid: imprintMatches && check.digestMatches && check.signatureValid,
      trusted: false,
      signer: check.signer,
      certificates: check.certificates,
    };
  } catch {
    return undefined;
  }
}

export function commonName(certificate: X509Certificate): string {
  return /(?:^|\n)CN=([^\n]+)/.exec(certificate.subject)?.[1] ?? certificate.subject.replace(/\n/g, ', ');
}
