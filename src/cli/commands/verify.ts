import { existsSync } from 'node:fs';
import { MAX_PDF_BYTES, readInput } from '../../load/readInput.js';
import { formatDate } from '../../sign/certificate.js';
import { SignError } from '../../sign/SignError.js';
import { verifyPdf } from '../../sign/verifyPdf.js';

const time = (d: Date) => `${formatDate(d)} kl. ${d.toISOString().slice(11, 16)} UTC`;

/** `styringsdok verify FIL.pdf`: exit 0 only when every signature is intact and nothing was added after the last. */
export function verify(file: string): number {
  if (!existsSync(file)) throw new SignError(`filen ${file} finnes ikke`);
  const reports = verifyPdf(readInput(file, MAX_PDF_BYTES));
  if (reports.length === 0) {
    process.stdout.write(`✗ ${file}: ingen signatur\n`);
    return 1;
  }
  let ok = true;
  reports.forEach((r, i) => {
    const good = r.intact && !r.changedAfterSigning;
    ok &&= good;
    process.stdout.write(`${good ? '✓' : '✗'} Signatur ${i + 1}: ${r.signer}${r.signingTime ? `, signert ${time(r.signingTime)}` : ''}\n`);
    process.stdout.write(`  Signerte data: ${r.intact ? 'uendret' : 'ENDRET'}\n`);
    process.stdout.write(`  Lagt til etter signering: ${r.changedAfterSigning ? 'JA' : 'nei'}\n`);
    process.stdout.write(`  Sertifikatet gjelder ${formatDate(r.certificateValidFrom)}–${formatDate(r.certificateValidTo)}${r.certificateValidAtSigning ? '' : ' (ikke gyldig da det ble signert)'}\n`);
    for (const p of r.problems) process.stdout.write(`  ! ${p}\n`);
  });
  return ok ? 0 : 1;
}
