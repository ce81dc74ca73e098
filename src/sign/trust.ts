import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type * as pkijs from 'pkijs';
import { revokedAt } from './revocation.js';
import { SignError } from './SignError.js';

export type TrustStatus =
  | { kind: 'trusted'; anchor: X509Certificate }
  | { kind: 'untrusted'; reason: 'selvsignert' | 'ingen kjede' }
  | { kind: 'expired'; certificate: X509Certificate }
  | { kind: 'revoked'; certificate: X509Certificate; at: Date };

/** Reads the certificates of one or more PEM files (a single CA, or a trust list as a PEM bundle). */
export function readTrustAnchors(files: string[]): X509Certificate[] {
  return files.flatMap((file) => {
    if (!existsSync(file)) throw new SignError(`tillitsfilen ${file} finnes ikke`, 'Oppgi en PEM-fil med rotsertifikatene du stoler på, med --trust.');
    const pems = readFileSync(file, 'latin1').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (pems.length === 0) throw new SignError(`tillitsfilen ${file} inneholder ingen sertifikater`, 'Bruk en PEM-fil med ett eller flere «BEGIN CERTIFICATE»-blokker.');
    return pems.map((pem) => {
      try {
        return new X509Certificate(pem);
      } catch {
        throw new SignError(`tillitsfilen ${file} har et sertifikat som ikke kan leses`, 'Eksporter rotsertifikatet på nytt i PEM-format.');
      }
    });
  });
}

const isIssuer = (child: X509Certificate, issuer: X509Certificate) => child.checkIssued(issuer) && child.verify(issuer.publicKey);
const validAt = (c: X509Certificate, at: Date) => at >= new Date(c.validFrom) && at <= new Date(c.validTo);

export interface TrustOptions {
  anchors: X509Certificate[];
  crls?: pkijs.CertificateRevocationList[];
  /** When the signature was made: every certificate on the chain must have been valid then. */
  signedAt: Date;
  /**
   * Revocations before this time count: the timestamp's time when there is one; otherwise now, since a revocation
   * after the time the signer claims proves nothing when nothing proves the claim.
   */
  revocationAt: Date;
}

/**
 * Builds a chain from the signer through the certificates the signature carries to one of the trust anchors, and
 * checks that every certificate on it was valid when it signed and not revoked according to the given CRLs.
 */
export function checkTrust(signer: X509Certificate, carried: X509Certificate[], { anchors, crls = [], signedAt, revocationAt }: TrustOptions): TrustStatus {
  const chain: X509Certificate[] = [signer];
  let anchor: X509Certificate | undefined;
  for (let current = signer; chain.length <= 10; ) {
    anchor = anchors.find((a) => a.fingerprint256 === current.fingerprint256 || isIssuer(current, a));
    if (anchor) break;
    const next = carried.find((c) => !chain.some((x) => x.fingerprint256 === c.fingerprint256) && isIssuer(current, c));
    if (!next) break;
    chain.push(next);
    current = next;
  }
  if (!anchor) return { kind: 'untrusted', reason: chain.length === 1 && signer.subject === signer.issuer && signer.verify(signer.publicKey) ? 'selvsignert' : 'ingen kjede' };
  const issuers = [...chain.slice(1), anchor];
  for (const [i, certificate] of chain.entries()) {
    if (certificate.fingerprint256 === anchor.fingerprint256) break;
    const at = revokedAt(certificate, issuers[i], crls);
    if (at && at <= revocationAt) return { kind: 'revoked', certificate, at };
  }
  const expired = [...chain, anchor].find((c) => !validAt(c, signedAt));
  return expired ? { kind: 'expired', certificate: expired } : { kind: 'trusted', anchor };
}
