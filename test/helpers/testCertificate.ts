import { generateKeyPairSync, webcrypto } from 'node:crypto';
import forge from 'node-forge';
import * as pkijs from 'pkijs';

export interface TestCertificate {
  p12: Buffer;
  passphrase: string;
  /** The certificate alone, as a trust list would hold it. */
  pem: string;
}

export interface TestAuthority {
  pem: string;
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
}

let serial = 1;

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    key: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

function certificate(publicKey: forge.pki.PublicKey, name: string, notBefore: Date, notAfter: Date) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  cert.setSubject([{ name: 'commonName', value: name }, { name: 'organizationName', value: 'Testdepartementet' }, { name: 'countryName', value: 'NO' }]);
  return cert;
}

const DAY = 86_400_000;

/** A root CA for trust tests, made during the test so no key is ever committed. */
export function makeTestAuthority(name = 'Test-CA'): TestAuthority {
  const { key, publicKey } = keyPair();
  const cert = certificate(publicKey, name, new Date(Date.now() - 3650 * DAY), new Date(Date.now() + 3650 * DAY));
  cert.setIssuer(cert.subject.attributes);
  cert.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }, { name: 'subjectKeyIdentifier' }]);
  cert.sign(key, forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(cert), cert, key };
}

/**
 * Makes a signing certificate as PKCS#12, self-signed or issued by `issuer` (naming `crlUrl` as its CRL distribution
 * point), so no key is ever committed.
 */
export function makeTestCertificate(options: { name?: string; notBefore?: Date; notAfter?: Date; passphrase?: string; issuer?: TestAuthority; crlUrl?: string } = {}): TestCertificate {
  const { key, publicKey } = keyPair();
  const now = Date.now();
  const cert = certificate(publicKey, options.name ?? 'Kari Nordmann', options.notBefore ?? new Date(now - DAY), options.notAfter ?? new Date(now + 365 * DAY));
  const { issuer } = options;
  cert.setIssuer((issuer?.cert ?? cert).subject.attributes);
  cert.setExtensions([
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    ...(issuer ? [{ name: 'authorityKeyIdentifier', keyIdentifier: issuer.cert.generateSubjectKeyIdentifier().getBytes() }] : []),
    ...(options.crlUrl ? [{ name: 'cRLDistributionPoints', altNames: [{ type: 6, value: options.crlUrl }] }] : []),
  ]);
  cert.sign(issuer?.key ?? key, forge.md.sha256.create());
  const passphrase = options.passphrase ?? 'hemmelig-test-123';
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, issuer ? [cert, issuer.cert] : [cert], passphrase, { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), passphrase, pem: forge.pki.certificateToPem(cert) };
}

/** A CRL from `issuer` (DER) that lists the given certificates as revoked at the given times. */
export async function makeTestCrl(issuer: TestAuthority, revoked: Array<{ pem: string; at: Date }>): Promise<Buffer> {
  const caCert = pkijs.Certificate.fromBER(pemToDer(issuer.pem));
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: caCert.subject,
    thisUpdate: new pkijs.Time({ type: 0, value: new Date(Date.now() - DAY) }),
    nextUpdate: new pkijs.Time({ type: 0, value: new Date(Date.now() + 30 * DAY) }),
    revokedCertificates: revoked.map(({ pem, at }) => new pkijs.RevokedCertificate({
      userCertificate: pkijs.Certificate.fromBER(pemToDer(pem)).serialNumber,
      revocationDate: new pkijs.Time({ type: 0, value: at }),
    })),
  });
  const pkcs8 = forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(issuer.key))).getBytes();
  const key = await webcrypto.subtle.importKey('pkcs8', Buffer.from(pkcs8, 'binary'), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  await crl.sign(key, 'SHA-256');
  return Buffer.from(crl.toSchema(true).toBER());
}

const pemToDer = (pem: string) => new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
