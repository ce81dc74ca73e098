import { read } from 'read';
import { SignError } from '../sign/SignError.js';

/** Environment variable names as people write them: capitals, digits and underscores. */
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/**
 * The certificate's passphrase: from the environment variable the user named, or typed at a prompt
 * without echo. Never from the command line (it would land in shell history and process lists).
 */
export async function readPassphrase(envName: string | undefined): Promise<string> {
  if (envName) {
    // A value that is not a variable name may be the passphrase itself, typed by mistake: it must not be shown.
    if (!ENV_NAME.test(envName)) throw new SignError('--passphrase-env skal være navnet på en miljøvariabel (som STYRINGSDOK_PASSORD), ikke selve passordfrasen; verdien vises ikke her', 'Legg passordfrasen i en miljøvariabel og oppgi navnet, f.eks. «read -s STYRINGSDOK_PASSORD; export STYRINGSDOK_PASSORD» og --passphrase-env STYRINGSDOK_PASSORD.');
    const value = process.env[envName];
    if (value === undefined) throw new SignError(`miljøvariabelen ${envName} finnes ikke`, `Sett den før du kjører kommandoen, f.eks. «read -s ${envName}; export ${envName}».`);
    return value;
  }
  if (!process.stdin.isTTY) {
    throw new SignError('fant ingen passordfrase', 'Oppgi --passphrase-env NAVN på en miljøvariabel som holder passordfrasen, eller kjør kommandoen i en terminal.');
  }
  return promptHidden('Passordfrase for sertifikatet: ');
}

/** Reads one line from `input` without echoing it; Ctrl-C gives up. */
export async function promptHidden(question: string, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Promise<string> {
  try {
    return await read({ prompt: question, silent: true, input, output });
  } catch {
    throw new SignError('avbrutt');
  } finally {
    // The hidden line's Enter is not echoed either; what is printed next starts on a line of its own.
    output.write('\n');
  }
}
