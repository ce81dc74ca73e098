import { existsSync } from 'node:fs';
import { MAX_PDF_BYTES, readInput } from '../../load/readInput.js';
import { formatDate } from '../../sign/certificate.js';
import { commonName } from '../../sign/cmsVerify.js';
import { SignError } from '../../sign/SignError.js';
import { readCrls } from '../../sign/revocation.js';
import { readTrustAnchors } from '../../sign/trust.js';
import { verifyPdf, type SignatureReport } from '../../sign/verifyPdf.js';

const time = (d: Date) => `${formatDate(d)} kl. ${d.toISOString().slice(11, 16)} UTC`;

/** Exit codes: every signature valid and trusted; something broken or changed; intact but not to be trusted. */
const VALID = 0;
const BROKEN = 1;
const UNTRUSTED = 2;

/**
 * `styringsdok verify FIL.pdf [--trust CA.pem]… [--crl FIL.crl]…`: checks each signature against its own revision, and
 * says whether the document is intact, changed after signing, or intact but signed with a certificate that cannot be
 * trusted (unknown issuer, expired or revoked).
 */
export function verify(file: string, trustFiles: string[] = [], crlFiles: string[] = []): number {
  if (!existsSync(file)) throw new SignError(`filen ${file} finnes ikke`, 'Kontroller filnavnet.');
  const anchors = readTrustAnchors(trustFiles);
  const reports = verifyPdf(readInput(file, MAX_PDF_BYTES), { anchors, crls: readCrls(crlFiles) });
  if (reports.length === 0) {
    process.stdout.write(`✗ ${file}: ingen signatur\n`);
    return BROKEN;
  }
  const codes = reports.map((r) => {
    const code = outcome(r);
    process.stdout.write(`${['✓', '✗', '⚠'][code]} Signatur ${r.index}: ${r.signer}${r.signingTime ? `, signert ${time(r.signingTime)}` : ''}\n`);
    process.stdout.write(`  Signerte data: ${r.intact ? 'uendret' : 'ENDRET'}\n`);
    process.stdout.write(`  Type: ${kind(r)}\n`);
    if (r.timestamp) process.stdout.write(`  Tidsstempel: ${stamp(r.timestamp)}\n`);
    if (r.certificateValidFrom && r.certificateValidTo) {
      const note = r.certificateValidAtSigning === false ? ' – UTLØPT eller ennå ikke gyldig da dokumentet ble signert' : '';
      process.stdout.write(`  Sertifikatet gjelder ${formatDate(r.certificateValidFrom)}–${formatDate(r.certificateValidTo)}${note}\n`);
    }
    if (r.trust) process.stdout.write(`  Tillit: ${trust(r, anchors.length > 0)}\n`);
    process.stdout.write(`  Lagt til etter signering: ${later(r)}\n`);
    for (const p of r.problems) process.stdout.write(`  ! ${p}\n`);
    return code;
  });
  const code = codes.includes(BROKEN) ? BROKEN : codes.includes(UNTRUSTED) ? UNTRUSTED : VALID;
  process.stdout.write(`${SUMMARY[code]}\n`);
  return code;
}

const SUMMARY = [
  'Resultat: alle signaturene er gyldige, dokumentet er ikke endret, og sertifikatene er klarert.',
  'Resultat: UGYLDIG – en signatur er skadet, eller dokumentet er endret etter signering.',
  'Resultat: dokumentet er ikke endret, men signaturen kan ikke stoles på: sertifikatet er ikke klarert, var utløpt da det ble signert, eller er trukket tilbake.',
];

function outcome(r: SignatureReport): number {
  if (!r.intact || r.problems.length > 0 || r.trust === undefined) return BROKEN;
  if (r.trust.kind !== 'trusted' || r.certificateValidAtSigning === false) return UNTRUSTED;
  return VALID;
}

function stamp(t: NonNullable<SignatureReport['timestamp']>): string {
  if (!t.valid) return 'UGYLDIG';
  const note = t.trusted ? '' : ' (utstederen er ikke klarert, så tidspunktet er ikke bevist; oppgi rotsertifikatet med --trust)';
  return `${time(t.time)} fra ${t.authority}${note}`;
}

function kind(r: SignatureReport): string {
  if (r.subFilter !== 'ETSI.CAdES.detached') return `${r.subFilter ?? 'ukjent'} (ikke PAdES)`;
  const level = r.timestamp?.valid ? (r.validationData ? 'B-LT' : 'B-T') : 'B-B';
  return r.signingCertificateV2 ? `PAdES ${level}` : `${r.subFilter} uten signing-certificate-v2 (ikke PAdES)`;
}

function trust(r: SignatureReport, haveAnchors: boolean): string {
  const t = r.trust!;
  if (t.kind === 'trusted') return `klarert – sertifikatet kjedes til «${commonName(t.anchor)}» i tillitslisten`;
  if (t.kind === 'revoked') return `IKKE gyldig – «${commonName(t.certificate)}» ble trukket tilbake ${time(t.at)}, før signaturen kan bevises å være laget`;
  if (t.kind === 'expired') return `IKKE gyldig – «${commonName(t.certificate)}» i kjeden var utløpt eller ennå ikke gyldig da dokumentet ble signert`;
  if (!haveAnchors) return 'IKKE klarert – ingen tillitsliste er oppgitt (oppgi rotsertifikatet med --trust CA.pem)';
  return t.reason === 'selvsignert'
    ? 'IKKE klarert – sertifikatet er selvsignert og står ikke i tillitslisten'
    : 'IKKE klarert – fant ingen kjede fra sertifikatet til et sertifikat i tillitslisten';
}

function later(r: SignatureReport): string {
  if (r.laterRevisions.length === 0) return 'nei';
  return r.laterRevisions
    .map((l) => (l.kind === 'signature' ? `signatur ${l.index}` : l.kind === 'validation' ? 'valideringsdata (DSS)' : 'JA – andre endringer enn signaturer'))
    .join(', ');
}
