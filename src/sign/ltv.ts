import { X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';
import { OID } from './cms.js';
import { commonName, parseSignedData } from './cmsVerify.js';
import type { ValidationMaterial } from './dss.js';
import { crlSignedBy, revokedAt } from './revocation.js';
import { SignError } from './SignError.js';

const HINT = 'Legg hele sertifikatkjeden i .p12-filen og kontroller nettverket, eller signer uten --ltv.';
const CRL_DISTRIBUTION_POINTS = '2.5.29.31';

const isIssuer = (child: X509Certificate, issuer: X509Certificate) => child.checkIssued(issuer) && child.verify(issuer.publicKey);
const selfIssued = (c: X509Certificate) => c.subject === c.issuer && c.verify(c.publicKey);

/**
 * What a receiver needs to validate the signature years from now (PAdES B-LT): every certificate in the signature
 * and its timestamp token, and for each one that is not a root, the current CRL from its distribution point, checked
 * against its issuer. Refuses when the signer's certificate is on it.
 */
export async function collectValidationMaterial(cms: Buffer): Promise<ValidationMaterial> {
  const signedData = parseSignedData(cms);
  const tokens = signedData.signerInfos[0].unsignedAttrs?.attributes.filter((a) => a.type === OID.timeStampToken) ?? [];
  const all = [signedData, ...tokens.map((t) => new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: t.values[0] }).content }))]
    .flatMap((sd) => sd.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  // The signing certificate comes first (buildCms puts it there): it is the one checked against its CRL.
  const certs = all.map((c) => ({ pkijs: c, node: new X509Certificate(Buffer.from(c.toSchema().toBER())) }))
    .filter((c, i, list) => list.findIndex((o) => o.node.fingerprint256 === c.node.fingerprint256) === i);
  const crls: Buffer[] = [];
  for (const { pkijs: cert, node } of certs) {
    if (selfIssued(node)) continue;
    const issuer = certs.find((c) => isIssuer(node, c.node))?.node;
    if (!issuer) throw new SignError(`fant ikke utstederen av sertifikatet «${commonName(node)}» i signaturen`, HINT);
    const urls = distributionPoints(cert);
    if (urls.length === 0) throw new SignError(`sertifikatet «${commonName(node)}» oppgir ingen sperreliste (CRL)`, HINT);
    const crl = await fetchCrl(urls[0], node);
    if (!crlSignedBy(crl.parsed, issuer)) throw new SignError(`sperrelisten fra ${urls[0]} er ikke signert av utstederen av «${commonName(node)}»`, HINT);
    if (node.fingerprint256 === certs[0].node.fingerprint256 && revokedAt(node, issuer, [crl.parsed])) {
      throw new SignError(`sertifikatet «${commonName(node)}» er trukket tilbake ifølge ${urls[0]}`, 'Signer med et gyldig sertifikat.');
    }
    crls.push(crl.der);
  }
  return { certs: certs.map((c) => Buffer.from(c.node.raw)), crls };
}

/** The http(s) URLs in a certificate's CRL distribution points extension. */
function distributionPoints(certificate: pkijs.Certificate): string[] {
  const extension = certificate.extensions?.find((e) => e.extnID === CRL_DISTRIBUTION_POINTS);
  const points = (extension?.parsedValue as pkijs.CRLDistributionPoints | undefined)?.distributionPoints ?? [];
  return points.flatMap((p) => (Array.isArray(p.distributionPoint) ? p.distributionPoint : []))
    .filter((n) => n.type === 6 && /^https?:\/\//.test(String(n.value)))
    .map((n) => String(n.value));
}

async function fetchCrl(url: string, certificate: X509Certificate): Promise<{ der: Buffer; parsed: pkijs.CertificateRevocationList }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const der = Buffer.from(await response.arrayBuffer());
    return { der, parsed: pkijs.CertificateRevocationList.fromBER(new Uint8Array(der)) };
  } catch (e) {
    throw new SignError(`kunne ikke hente sperrelisten for «${commonName(certificate)}» fra ${url} (${(e as Error).message})`, HINT);
  }
}
