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
  tsa?: string;
  ltv?: boolean;
}

/** A certificate file is a few kilobytes. */
const MAX_P12_BYTES = 1024 * 1024;
/** Reads the certificate and passphrase once, for every file a command signs. */
export async function signingOptions(args: SignArgs) {
  if (!args.p12) throw new SignError('signering trenger --p12 FIL', 'Oppgi sertifikatfilen (.p12/.pfx) med --p12.');
  if (!existsSync(args.p12)) throw new SignError(`sertifikatfilen ${args.p12} finnes ikke`, 'Kontroller stien til .p12-filen i --p12.');
  const p12 = readInput(args.p12, MAX_P12_BYTES);
  const passphrase = await readPassphrase(args.passphraseEnv);
  if (args.ltv && !args.tsa) throw new SignError('--ltv krever --tsa', 'PAdES B-LT bygger på et tidsstempel: oppgi tidsstempeltjenesten med --tsa URL.');
  if (args.tsa !== undefined && !/^https?:\/\/[^\s]+$/.test(args.tsa)) {
    throw new SignError(`--tsa må være en http- eller https-adresse, ikke «${args.tsa}»`, 'Oppgi adressen til tidsstempeltjenesten, for eksempel --tsa http://tsa.example.no/tsr.');
  }
  return { p12, p12File: args.p12, passphrase, allowExpired: args.allowExpired, reason: args.reason, location: args.location, tsa: args.tsa, ltv: args.ltv };
}

/** `styringsdok sign FIL.pdf --p12 FIL [--passphrase-env VAR] [--tsa URL [--ltv]] [--out SIGNERT.pdf]` */
export async function sign(file: string, out: string | undefined, args: SignArgs): Promise<number> {
  if (!existsSync(file)) throw new SignError(`filen ${file} finnes ikke`, 'Kontroller filnavnet.');
  const options = await signingOptions(args);
  const { signed, identity } = await signPdf(readInput(file, MAX_PDF_BYTES), options, file);
  const target = out ?? file.replace(/(\.pdf)?$/i, '-signert.pdf');
  writeAtomic(target, signed);
  process.stdout.write(`✓ ${target} signert av ${identity.name}${options.ltv ? ', med tidsstempel og valideringsdata' : options.tsa ? ', med tidsstempel' : ''} (sertifikatet gjelder til ${formatDate(identity.notAfter)})\n`);
  return 0;
}
