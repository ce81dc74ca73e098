import { verify, type X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as pkijs from 'pkijs';
import { SignError } from './SignError.js';

const SIGNATURE_HASHES: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

/** Reads certificate revocation lists, DER or PEM (one file may hold several). */
export function readCrls(files: string[]): pkijs.CertificateRevocationList[] {
  return files.flatMap((file) => {
    if (!existsSync(file)) throw new SignError(`sperrelistefilen ${file} finnes ikke`, 'Oppgi en CRL-fil (DER eller PEM) fra utstederen med --crl.');
    const bytes = readFileSync(file);
    const pems = bytes.toString('latin1').match(/-----BEGIN X509 CRL-----[\s\S]+?-----END X509 CRL-----/g);
    const ders = pems ? pems.map((pem) => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64')) : [bytes];
    return ders.map((der) => {
      try {
        return pkijs.CertificateRevocationList.fromBER(new Uint8Array(der));
      } catch {
        throw new SignError(`sperrelistefilen ${file} er ikke en CRL som kan leses`, 'Last ned sperrelisten (CRL) på nytt fra utstederen.');
      }
    });
  });
}

/**
 * When `certificate` was revoked, according to a CRL that `issuer` signed; undefined when no such CRL lists it.
 * A CRL counts only when its signature verifies with the issuer's key, so a list from anyone else is ignored.
 */
export function revokedAt(certificate: X509Certificate, issuer: X509Certificate, crls: pkijs.CertificateRevocationList[]): Date | undefined {
  const serial = certificate.serialNumber.replace(/^0+/, '').toUpperCase();
  for (const crl of crls) {
    if (!crlSignedBy(crl, issuer)) continue;
    const entry = crl.revokedCertificates?.find((r) => Buffer.from(r.userCertificate.valueBlock.valueHexView).toString('hex').replace(/^0+/, '').toUpperCase() === serial);
    if (entry) return entry.revocationDate.value;
  }
  return undefined;
}

/** Whether `issuer`'s key signed the CRL. */
export function crlSignedBy(crl: pkijs.CertificateRevocationList, issuer: X509Certificate): boolean {
  const hash = SIGNATURE_HASHES[crl.signatureAlgorithm.algorithmId];
  try {
    return !!hash && verify(hash, crl.tbsView, issuer.publicKey, Buffer.from(crl.signatureValue.valueBlock.valueHexView));
  } catch {
    return false;
  }
}

/** Whether `crls` hold a list from the certificate's issuer (found among `certs`), or it is a root and needs none. */
export function hasRevocationData(certificate: X509Certificate, certs: X509Certificate[], crls: pkijs.CertificateRevocationList[]): boolean {
  if (certificate.subject === certificate.issuer && certificate.verify(certificate.publicKey)) return true;
  const issuer = certs.find((c) => certificate.checkIssued(c) && certificate.verify(c.publicKey));
  return !!issuer && crls.some((crl) => crlSignedBy(crl, issuer));
}
