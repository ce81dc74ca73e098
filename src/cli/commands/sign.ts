import { existsSync } from 'node:fs';
import { writeAtomic } from '../../build/writeAtomic.js';
import { MAX_PDF_BYTES, readInput } from '../../load/readInput.js';
import { formatDate } from '../../sign/certificate.js';
import { signPdf } from '../../sign/signPdf.js';
import { SignError } from '../../sign/SignError.js';
import { readPassphrase } from '../passphrase.js';

export interface SignArgs {
  p12?: string;
  passphraseEnv?: string;
  allowExpired?: boolean;
  reason?: string;
  location?: string;
}

/** A certificate file is a few kilobytes. */
const MAX_P12_BYTES = 1024 * 1024;
/** Reads the certificate and passphrase once, for every file a command signs. */
export async function signingOptions(args: SignArgs) {
  if (!args.p12) throw new SignError('signering trenger --p12 FIL', 'Oppgi sertifikatfilen (.p12/.pfx) med --p12.');
  if (!existsSync(args.p12)) throw new SignError(`sertifikatfilen ${args.p12} finnes ikke`);
  const p12File = args.p12;
  const p12 = readInput(p12File, MAX_P12_BYTES);
  const passphrase = await readPassphrase(args.passphraseEnv);
  return { p12, p12File, passphrase, allowExpired: args.allowExpired, reason: args.reason, location: args.location };
}

/** `styringsdok sign FIL.pdf --p12 FIL [--passphrase-env VAR] [--out SIGNERT.pdf]` */
export async function sign(file: string, out: string | undefined, args: SignArgs): Promise<number> {
  if (!existsSync(file)) throw new SignError(`filen ${file} finnes ikke`);
  const options = await signingOptions(args);
  const { signed, identity } = await signPdf(readInput(file, MAX_PDF_BYTES), options);
  const target = out ?? file.replace(/(\.pdf)?$/i, '-signert.pdf');
  writeAtomic(target, signed);
  process.stdout.write(`✓ ${target} signert av ${identity.name} (sertifikatet gjelder til ${formatDate(identity.notAfter)})\n`);
  return 0;
}
