import { createPrivateKey, type KeyObject } from 'node:crypto';
import { formatShortDate } from '../format/dates.js';
import forge from 'node-forge';
import { SignError } from './SignError.js';

export interface SigningIdentity {
  /** The certificate holder's common name. */
  name: string;
  notBefore: Date;
  notAfter: Date;
  /** The signing certificate (DER), then the other certificates in the file (its chain). */
  chain: Buffer[];
  key: KeyObject;
}

/**
 * Opens a PKCS#12 file and finds the certificate that belongs to its private key, so every problem
 * (wrong passphrase, damaged file, no key, expired) is reported before anything is signed.
 */
export function openP12(p12: Uint8Array, passphrase: string, file: string, options: { allowExpired?: boolean; now?: Date } = {}): SigningIdentity {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')));
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (e) {
    const message = (e as Error).message ?? '';
    if (/mac could not be verified|invalid password|decrypt/i.test(message)) {
      throw new SignError(`feil passordfrase for sertifikatfilen ${file}`, 'Kontroller passordfrasen i miljøvariabelen, eller skriv den inn på nytt.');
    }
    throw new SignError(`sertifikatfilen ${file} er skadet eller ikke en PKCS#12-fil (.p12/.pfx)`, 'Eksporter sertifikatet med privat nøkkel på nytt som .p12.');
  }
  const keyBag = parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0]
    ?? parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag]?.[0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new SignError(`sertifikatfilen ${file} inneholder ingen privat nøkkel`, 'Eksporter sertifikatet sammen med den private nøkkelen.');
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).map((b) => b.cert).filter((c): c is forge.pki.Certificate => !!c);
  const certificate = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) && pub.e?.equals(key.e);
  });
  if (!certificate) throw new SignError(`sertifikatfilen ${file} har ikke et sertifikat som hører til den private nøkkelen`, 'Eksporter sertifikatet og nøkkelen sammen på nytt.');
  const now = options.now ?? new Date();
  const { notBefore, notAfter } = certificate.validity;
  if (!options.allowExpired && now > notAfter) {
    throw new SignError(`sertifikatet i ${file} gikk ut ${formatDate(notAfter)}`, 'Bruk et gyldig sertifikat, eller legg til --allow-expired hvis du med vilje signerer med et utløpt sertifikat.');
  }
  if (!options.allowExpired && now < notBefore) {
    throw new SignError(`sertifikatet i ${file} er ikke gyldig før ${formatDate(notBefore)}`, 'Kontroller maskinens klokke, eller bruk et annet sertifikat.');
  }
  const cn = certificate.subject.getField('CN')?.value as string | undefined;
  const der = (c: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary');
  return {
    name: cn ?? certificate.subject.attributes.map((a) => String(a.value)).join(', '), notBefore, notAfter,
    chain: [certificate, ...certs.filter((c) => c !== certificate)].map(der),
    key: createPrivateKey(forge.pki.privateKeyToPem(key)),
  };
}

/** "01.01.2021" (UTC) for a certificate's validity dates. */
export function formatDate(d: Date): string {
  return formatShortDate(d.toISOString().slice(0, 10));
}
