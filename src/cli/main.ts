import { parseArgs } from 'node:util';
import { FORMATS, type Format } from '../build/buildDocument.js';

const HELP = `styringsdok – tildelingsbrev fra Markdown og YAML til DOCX og PDF

Bruk:
  styringsdok build MAPPE… [--out MAPPE] [--format docx,pdf,md]
      Kontrollerer og bygger dokumentene i mappene (standard: --out output --format docx,pdf).
      Et dokument med feil blir ikke skrevet.
  styringsdok check MAPPE…
      Kontrollerer innholdet og viser alle feil og advarsler. Avslutter med kode 1 ved feil.
  styringsdok schema [brev|maal|oppdrag|budsjett|kapittel] [--out MAPPE]
      Skriver JSON Schema for innholdsfilene, til bruk i redigeringsprogram.

En MAPPE er en dokumentmappe (med brev.md) eller en mappe med dokumentmapper under seg.
Innholdsformatet er beskrevet i docs/innholdsformat.md.
`;

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string', default: 'docx,pdf' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`${norwegianArgError((e as Error).message)}\nSe «styringsdok --help».\n`);
    return 1;
  }
  const [command, ...rest] = parsed.positionals;
  const { values } = parsed;
  if (values.help || !command || command === 'help') {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 1;
  }
  try {
    switch (command) {
      case 'build': {
        const formats = values.format!.split(',').map((f) => f.trim()).filter(Boolean);
        const bad = formats.filter((f) => !FORMATS.includes(f as Format));
        if (bad.length || formats.length === 0) {
          process.stderr.write(`ukjent format: ${bad.join(', ') || '(tomt)'}. Velg blant: ${FORMATS.join(', ')}\n`);
          return 1;
        }
        if (rest.length === 0) return usage('build trenger minst én mappe');
        const { build } = await import('./commands/build.js');
        return await build(rest, values.out ?? 'output', formats as Format[]);
      }
      case 'check': {
        if (rest.length === 0) return usage('check trenger minst én mappe');
        const { check } = await import('./commands/check.js');
        return check(rest);
      }
      case 'schema': {
        const { schema } = await import('./commands/schema.js');
        return schema(rest, values.out);
      }
      default:
        return usage(`ukjent kommando «${command}»`);
    }
  } catch (e) {
    process.stderr.write(
      'Intern feil i styringsdok. Dette er en feil i programmet, ikke i innholdet ditt.\n' +
        'Meld gjerne fra til dem som forvalter verktøyet, og legg ved teksten under:\n\n' +
        `${(e as Error).stack ?? String(e)}\n`,
    );
    return 2;
  }
}

function usage(message: string): number {
  process.stderr.write(`${message}\nSe «styringsdok --help».\n`);
  return 1;
}

function norwegianArgError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `ukjent valg ${unknown[1]}`;
  const missing = /Option '([^']+)[^']*' argument missing/.exec(message);
  if (missing) return `valget ${missing[1]} trenger en verdi`;
  return `ugyldige argumenter: ${message}`;
}
