import { createHash, sign as rsaSign, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();
const algorithm = (algorithmId: string) => new pkijs.AlgorithmIdentifier({ algorithmId, algorithmParams: new asn1js.Null() });
const attribute = (type: string, value: asn1js.AsnType) => new pkijs.Attribute({ type, values: [value] });

/** Turns the DER of a SignerInfo's [0] IMPLICIT attributes into the SET OF that is signed (RFC 5652, 5.4). */
export function signedAttributesDer(attributes: pkijs.SignedAndUnsignedAttributes): Buffer {
  const der = Buffer.from(attributes.encodedValue.byteLength ? attributes.encodedValue : attributes.toSchema().toBER());
  der[0] = 0x31;
  return der;
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signature to the certificate by its SHA-256 hash and its issuer and
 * serial number, so a certificate with the same key cannot be swapped in.
 */
function signingCertificateV2(certDer: Buffer, certificate: pkijs.Certificate): asn1js.Sequence {
  const issuerSerial = new pkijs.IssuerSerial({
    issuer: new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })] }),
    serialNumber: certificate.serialNumber,
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: sha256(certDer) }), issuerSerial.toSchema()] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

export interface CmsInput {
  /** SHA-256 of the bytes the signature covers (the PDF's ByteRange). */
  digest: Buffer;
  /** Signing certificate first, then the rest of its chain (DER). */
  chain: Buffer[];
  key: KeyObject;
  /** Gets an RFC 3161 timestamp token over the signature value, for PAdES B-T. */
  timestamp?: (signatureValue: Buffer) => Promise<pkijs.ContentInfo>;
}

/**
 * A CAdES detached signature as PAdES baseline B-B asks for it: signed attributes contentType, messageDigest and
 * signing-certificate-v2 (the signing time is the signature dictionary's /M), SHA-256 with RSA. With a timestamp
 * source it becomes B-T: the token is an unsigned attribute over the signature value.
 */
export async function buildCms({ digest, chain, key, timestamp }: CmsInput): Promise<Buffer> {
  const certificates = chain.map((der) => pkijs.Certificate.fromBER(new Uint8Array(der)));
  const [signer] = certificates;
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
      attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: digest })),
      attribute(OID.signingCertificateV2, signingCertificateV2(chain[0], signer)),
    ],
  });
  const signatureValue = rsaSign('sha256', signedAttributesDer(signedAttrs), key);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
    digestAlgorithm: algorithm(OID.sha256),
    signedAttrs,
    signatureAlgorithm: algorithm(OID.rsaEncryption),
    signature: new asn1js.OctetString({ valueHex: signatureValue }),
  });
  if (timestamp) {
    const token = await timestamp(signatureValue);
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [attribute(OID.timeStampToken, token.toSchema())] });
  }
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [algorithm(OID.sha256)],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates,
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER());
}
