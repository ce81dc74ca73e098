import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface TestCertificate {
  p12: Buffer;
  passphrase: string;
}

/** Makes a self-signed signing certificate as PKCS#12, so no key is ever committed. */
export function makeTestCertificate(options: { name?: string; notBefore?: Date; notAfter?: Date; passphrase?: string } = {}): TestCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '01';
  const now = Date.now();
  cert.validity.notBefore = options.notBefore ?? new Date(now - 86_400_000);
  cert.validity.notAfter = options.notAfter ?? new Date(now + 365 * 86_400_000);
  const subject = [{ name: 'commonName', value: options.name ?? 'Kari Nordmann' }, { name: 'organizationName', value: 'Testdepartementet' }, { name: 'countryName', value: 'NO' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(key, forge.md.sha256.create());
  const passphrase = options.passphrase ?? 'hemmelig-test-123';
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), passphrase };
}
