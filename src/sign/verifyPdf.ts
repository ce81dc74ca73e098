import { X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';
import { checkSigner, checkTimestamp, commonName, parseSignedData, signingCertificateMatches, type TimestampCheck } from './cmsVerify.js';
import { OID } from './cms.js';
import { readDss } from './dss.js';
import { PdfFile } from './pdfFile.js';
import { isDict, PdfName, PdfParser, PdfString, type PdfDict } from './pdfObjects.js';
import { hasRevocationData } from './revocation.js';
import { addsOnlyValidationData } from './revisions.js';
import { checkTrust, type TrustOptions, type TrustStatus } from './trust.js';

/** What a signature is checked against: the trust anchors and any revocation lists. */
export type TrustInput = Pick<TrustOptions, 'anchors' | 'crls'>;

/**
 * What came after a signature's revision: each later revision is another signature, validation material (a document
 * security store) or some other change.
 */
export type LaterRevision = { kind: 'signature'; index: number } | { kind: 'validation' } | { kind: 'other' };

export interface SignatureReport {
  /** 1-based, in file order. */
  index: number;
  signer: string;
  subFilter?: string;
  /** /M in the signature dictionary (PAdES), else the CMS signingTime attribute: what the signer claims. */
  signingTime?: Date;
  timestamp?: TimestampCheck;
  /** The signed bytes hash to the digest in the signature, and the signature over it verifies with the certificate. */
  intact: boolean;
  /** The signed attributes include signing-certificate-v2 naming the certificate that signed. */
  signingCertificateV2: boolean;
  /** The document security store holds the signer's certificate and a CRL from its issuer (PAdES B-LT). */
  validationData: boolean;
  certificateValidFrom?: Date;
  certificateValidTo?: Date;
  /** The signing certificate was valid at the signing time (the timestamp's, when there is a valid one). */
  certificateValidAtSigning?: boolean;
  trust?: TrustStatus;
  laterRevisions: LaterRevision[];
  problems: string[];
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
/** The end of every revision: its startxref and %%EOF. */
const REVISION_END = /startxref\s+\d+\s+%%EOF/g;

/**
 * Checks every signature in a PDF against its own revision (its ByteRange): integrity, the CMS signature, the
 * timestamp, trust in the certificate at signing time, and what each later revision is.
 */
export function verifyPdf(pdf: Buffer, trust: TrustInput = { anchors: [] }): SignatureReport[] {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(BYTE_RANGE)].map((m) => ({ at: m.index, range: m.slice(1, 5).map(Number) as Range }));
  const revisionEnds = [...text.matchAll(REVISION_END)].map((m) => m.index + m[0].length);
  const signedEnds = ranges.map(({ range: [, , start2, len2] }) => trimEnd(pdf, start2 + len2));
  const revisions = revisionEnds.map((end, r): LaterRevision => {
    const other = signedEnds.indexOf(end);
    if (other >= 0) return { kind: 'signature', index: other + 1 };
    return r > 0 && addsOnlyValidationData(pdf, revisionEnds[r - 1], end) ? { kind: 'validation' } : { kind: 'other' };
  });
  const dss = validationMaterial(pdf);
  return ranges.map(({ at, range }, i) => {
    const report = verifyOne(pdf, range, signatureDictionary(text, at), trust, dss);
    report.index = i + 1;
    report.laterRevisions = revisions.filter((_, r) => revisionEnds[r] > signedEnds[i]);
    if (report.laterRevisions.some((r) => r.kind === 'other') || trimEnd(pdf, pdf.length) > Math.max(signedEnds[i], ...revisionEnds)) {
      report.problems.push('filen er endret etter signering (noe annet enn nye signaturer og valideringsdata er lagt til)');
      if (!report.laterRevisions.some((r) => r.kind === 'other')) report.laterRevisions.push({ kind: 'other' });
    }
    return report;
  });
}

type Range = [number, number, number, number];

/** The certificates and CRLs in the newest revision's document security store; none when it cannot be read. */
function validationMaterial(pdf: Buffer): { certs: X509Certificate[]; crls: pkijs.CertificateRevocationList[] } {
  try {
    const { certs, crls } = readDss(new PdfFile(pdf));
    return { certs: certs.map((der) => new X509Certificate(der)), crls: crls.map((der) => pkijs.CertificateRevocationList.fromBER(new Uint8Array(der))) };
  } catch {
    return { certs: [], crls: [] };
  }
}

function verifyOne(pdf: Buffer, [start, len1, start2, len2]: Range, dict: PdfDict | undefined, trust: TrustInput, dss: ReturnType<typeof validationMaterial>): SignatureReport {
  const report: SignatureReport = {
    index: 0, signer: '(ukjent)', intact: false, signingCertificateV2: false, validationData: false, laterRevisions: [], problems: [],
    subFilter: nameOf(dict?.get('SubFilter')), signingTime: pdfDate(dict?.get('M')),
  };
  if (start !== 0 || start2 + len2 > pdf.length || start + len1 > start2) {
    report.problems.push('signaturens ByteRange peker utenfor filen');
    return report;
  }
  let check;
  try {
    check = checkSigner(parseSignedData(Buffer.from(pdf.subarray(len1 + 1, start2 - 1).toString('latin1'), 'hex')), Buffer.concat([pdf.subarray(start, start + len1), pdf.subarray(start2, start2 + len2)]));
  } catch {
    report.problems.push('signaturen kan ikke leses (skadet CMS-data)');
    return report;
  }
  const { signer } = check;
  if (!check.digestMatches) report.problems.push('de signerte bytene er endret etter signering');
  if (!check.signatureValid) report.problems.push('signaturen stemmer ikke med sertifikatet');
  report.intact = check.digestMatches && check.signatureValid;
  if (!signer) return report;

  report.signer = commonName(signer);
  report.certificateValidFrom = new Date(signer.validFrom);
  report.certificateValidTo = new Date(signer.validTo);
  const essAttribute = check.signedAttributes.get(OID.signingCertificateV2);
  report.signingCertificateV2 = !!essAttribute && signingCertificateMatches(essAttribute, signer);
  if (essAttribute && !report.signingCertificateV2) {
    report.intact = false;
    report.problems.push('signing-certificate-v2 peker på et annet sertifikat enn det som signerte');
  }
  const legacyTime = check.signedAttributes.get(OID.signingTime)?.values[0] as { toDate?(): Date } | undefined;
  report.signingTime ??= legacyTime?.toDate?.();
  const token = check.unsignedAttributes.get(OID.timeStampToken);
  if (token) {
    const stamp = checkTimestamp(token, check.signatureValue) ?? { time: new Date(NaN), authority: '(ukjent)', valid: false, trusted: false, certificates: [] };
    if (!stamp.valid) report.problems.push('tidsstempelet er ugyldig eller gjelder ikke denne signaturen');
    const crls = [...(trust.crls ?? []), ...dss.crls];
    stamp.trusted = stamp.valid && !!stamp.signer
      && checkTrust(stamp.signer, [...stamp.certificates, ...dss.certs], { anchors: trust.anchors, crls, signedAt: stamp.time, revocationAt: new Date() }).kind === 'trusted';
    report.timestamp = stamp;
  }
  // A timestamp from a trusted authority proves when the signature existed; without one, the signer's own claim is
  // all there is (and anyone can make a timestamp authority that says what they like).
  const proven = report.timestamp?.trusted ? report.timestamp.time : undefined;
  const at = proven ?? report.signingTime ?? new Date();
  report.certificateValidAtSigning = at >= report.certificateValidFrom && at <= report.certificateValidTo;
  const certificates = [...check.certificates, ...dss.certs];
  report.validationData = dss.certs.some((c) => c.fingerprint256 === signer.fingerprint256) && hasRevocationData(signer, certificates, dss.crls);
  report.trust = checkTrust(signer, certificates, { ...trust, crls: [...(trust.crls ?? []), ...dss.crls], signedAt: at, revocationAt: proven ?? new Date() });
  return report;
}

/** The signature dictionary around a /ByteRange: from its object's "obj" to the dictionary's end. */
function signatureDictionary(text: string, byteRangeAt: number): PdfDict | undefined {
  const objAt = text.lastIndexOf(' obj', byteRangeAt);
  const dictAt = objAt < 0 ? -1 : text.indexOf('<<', objAt);
  if (dictAt < 0 || dictAt > byteRangeAt) return undefined;
  try {
    const value = new PdfParser(text, dictAt).value();
    return isDict(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const nameOf = (value: unknown) => (value instanceof PdfName ? value.name : undefined);

/** (D:YYYYMMDDHHmmSS+HH'mm') as a Date. */
function pdfDate(value: unknown): Date | undefined {
  if (!(value instanceof PdfString)) return undefined;
  const m = /D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value.source);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone = 'Z'] = m;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** File position without trailing end-of-line characters, which writers may put after %%EOF. */
function trimEnd(pdf: Buffer, end: number): number {
  while (end > 0 && (pdf[end - 1] === 0x0a || pdf[end - 1] === 0x0d || pdf[end - 1] === 0x20)) end--;
  return end;
}
