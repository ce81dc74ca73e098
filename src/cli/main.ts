import { parseArgs } from 'node:util';
import { FORMATS, type Format } from '../build/types.js';

import { SignError } from '../sign/SignError.js';
import { asFileSystemError } from '../load/fileSystemError.js';
import { ContentError, formatDiagnostic } from '../core/diagnostics.js';

const HELP = `styringsdok – tildelingsbrev, tillegg og årsrapport fra Markdown og YAML til DOCX og PDF

Bruk:
  styringsdok build MAPPE… [--out MAPPE] [--format docx,pdf,md,html] [--utkast] [--json]
      Kontrollerer og bygger dokumentene i mappene (standard: --out output --format docx,pdf).
      html gir én selvstendig, universelt utformet HTML-fil per dokument, til publisering på nett.
      Et dokument med feil blir ikke skrevet. Med --utkast skrives det likevel, som utkast: UTKAST på
      hver side, feil og advarsler listet på en siste side, og filnavn som slutter på -utkast. Flere dokumenter bygges samtidig på alle prosessorkjernene,
      med fremdrift underveis og en oversikt til slutt; en feil i ett dokument stopper ikke de andre
      (avslutter med kode 1 hvis noe feilet).
  styringsdok watch MAPPE [--out MAPPE] [--format docx,pdf,md,html]
      Bygger dokumentene og bygger dem på nytt når innholdet eller malene endres, og viser hva som ble
      bygget og hvor lang tid det tok. Feil vises uten at overvåkingen stopper. Ctrl-C avslutter.
  styringsdok preview MAPPE [--out MAPPE] [--port N]
      Viser dokumentene i nettleseren på http://127.0.0.1:N/ (standard port 4173): en oversikt og hvert
      dokument som HTML, med feil og advarsler (fil:linje) øverst og lenker til PDF og DOCX. Siden viser
      endringer straks en fil lagres; PDF og DOCX bygges på nytt i bakgrunnen. Ctrl-C avslutter.
  styringsdok check MAPPE… [--json]
      Kontrollerer innholdet og viser alle feil og advarsler. Avslutter med kode 1 ved feil.
      --json (også for build) skriver resultatet som JSON på standard ut, for CI og redigeringsprogram.
  styringsdok schema [NAVN…] [--out MAPPE]
      Skriver JSON Schema for innholdsfilene, til bruk i redigeringsprogram.
  styringsdok sign FIL.pdf --p12 FIL [--passphrase-env NAVN] [--tsa URL [--ltv]] [--out SIGNERT.pdf]
      Signerer en PDF digitalt etter PAdES (B-B, SHA-256). Med --tsa URL får signaturen et tidsstempel
      fra en RFC 3161-tidsstempeltjeneste (PAdES B-T); --ltv legger i tillegg sertifikatkjeden og
      sperrelistene (CRL) inn i dokumentet, så signaturen kan kontrolleres senere (PAdES B-LT).
      En PDF som alt er signert, får en signatur til i en ny revisjon; de tidligere blir stående urørt.
      Med build: --sign --p12 FIL [--passphrase-env NAVN] [--tsa URL [--ltv]].
      Passordfrasen leses fra miljøvariabelen NAVN, ellers spørres det etter den.
      --allow-expired tillater et utløpt sertifikat; --reason og --location settes i signaturen.
  styringsdok new-year MAPPE --out NY-MAPPE [--year ÅR] [--force]
      Lager utkast til neste års tildelingsbrev: år og rapporteringskalender flyttes, løpende
      oppdrag videreføres (også fra tillegg), avsluttede tas ut, beløpene står tomme til utfylling.
      Skriver en oppsummering. Skriver aldri over noe uten --force, og --force erstatter bare
      filene new-year selv skrev der sist; andre filer i mappen blir stående.
  styringsdok diff GAMMEL NY [--format md]
      Viser hva som er endret mellom to tildelingsbrev: mål, styringsparametere, oppdrag og
      budsjett per post (beløp og prosent). --format md gir Markdown.
  styringsdok verify FIL.pdf [--trust CA.pem]… [--crl FIL.crl]…
      Kontrollerer hver signatur mot sin egen revisjon: hvem, når, tidsstempel, om innholdet er endret,
      og hva som er lagt til etterpå (en ny signatur, valideringsdata eller andre endringer). --trust
      oppgir rotsertifikater du stoler på (PEM, gjerne flere i én fil; valget kan gjentas), også for
      tidsstempeltjenesten; --crl oppgir sperrelister (CRL).
      Avslutter med kode 0 når alt er gyldig og klarert, 1 når en signatur er skadet eller dokumentet er
      endret, og 2 når dokumentet er uendret, men sertifikatet ikke er klarert, var utløpt da det ble
      signert, eller er trukket tilbake.
  styringsdok draft-report BREVMAPPE --out MAPPE [--force] [--forrige RAPPORTMAPPE]
      Lager et utkast til årsrapport som svarer på tildelingsbrevet: de seks delene, et kapittel per
      mål, alle styringsparametere og oppdrag, rapporteringskravene og skjelettet til årsregnskapet.
      Steder som må fylles inn, er merket [[fyll inn: …]]; «check» viser dem. Skriver ikke over en
      mappe som finnes, uten --force (som bare erstatter filene utkastet selv skrev der sist).
      --forrige henter fjorårets resultater fra en tidligere rapport.
  styringsdok draft-report --halvår BREVMAPPE --out MAPPE [--force]
      Lager et utkast til halvårsrapport: status for alle mål og styringsparametere, oppdragene med
      frist i første halvår (også fra tillegg) og budsjettet per post med tildelingen etter tilleggene.
  styringsdok import-regnskap FIL.xlsx|FIL.csv --out RAPPORTMAPPE/regnskap.yaml
      Leser bevilgningsrapporteringen, artskontorapporteringen og notene fra et regneark med oppsettet
      i docs/arsrapport.md og skriver regnskap.yaml, kontrollert som om den var skrevet for hånd. En celle
      som ikke kan leses, gir en feil med ark og celle (Bevilgning!I7). Skriver aldri over en fil som
      import-regnskap ikke selv har skrevet, eller som er endret for hånd etterpå.

En MAPPE er en dokumentmappe (med brev.md, tillegg.md, rapport.md eller halvarsrapport.md) eller en mappe med
dokumentmapper under seg. Innholdsformatet er beskrevet i docs/innholdsformat.md, docs/arsrapport.md og docs/halvarsrapport.md.
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
        year: { type: 'string' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        utkast: { type: 'boolean', default: false },
        sign: { type: 'boolean' },
        p12: { type: 'string' },
        'passphrase-env': { type: 'string' },
        'allow-expired': { type: 'boolean' },
        reason: { type: 'string' },
        location: { type: 'string' },
        forrige: { type: 'string' },
        'halvår': { type: 'boolean', default: false },
        tsa: { type: 'string' },
        ltv: { type: 'boolean' },
        trust: { type: 'string', multiple: true },
        crl: { type: 'string', multiple: true },
        port: { type: 'string' },
      },
    });
  } catch (e) {
    process.stderr.write(`${norwegianArgError((e as Error).message)}\nSe «styringsdok --help».\n`);
    return 1;
  }
  const [command, ...rest] = parsed.positionals;
  const { values } = parsed;
  const signArgs = { p12: values.p12, passphraseEnv: values['passphrase-env'], allowExpired: values['allow-expired'], reason: values.reason, location: values.location, tsa: values.tsa, ltv: values.ltv };
  if (values.help || !command || command === 'help') {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 1;
  }
  try {
    switch (command) {
      case 'watch':
      case 'build': {
        const formats = values.format!.split(',').map((f) => f.trim()).filter(Boolean);
        const bad = formats.filter((f) => !FORMATS.includes(f as Format));
        if (bad.length || formats.length === 0) {
          process.stderr.write(`ukjent format: ${bad.join(', ') || '(tomt)'}. Velg blant: ${FORMATS.join(', ')}\n`);
          return 1;
        }
        if (command === 'watch') {
          if (rest.length !== 1) return usage('watch trenger én mappe');
          const { watch } = await import('./commands/watch.js');
          const stop = new AbortController();
          const onSignal = () => stop.abort();
          process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
          try {
            return await watch(rest[0], values.out ?? 'output', formats as Format[], { signal: stop.signal });
          } finally {
            process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
          }
        }
        if (rest.length === 0) return usage('build trenger minst én mappe');
        const { build } = await import('./commands/build.js');
        if (values.sign && !formats.includes('pdf')) return usage('--sign krever at pdf er blant formatene');
        if (values.sign && values.utkast) return usage('--sign kan ikke brukes med --utkast: et utkast signeres ikke');
        let signing;
        if (values.sign) {
          const { signingOptions } = await import('./commands/sign.js');
          signing = await signingOptions(signArgs);
        }
        return await build(rest, values.out ?? 'output', formats as Format[], signing, values.json, values.utkast);
      }
      case 'preview': {
        if (rest.length !== 1) return usage('preview trenger én mappe');
        const port = values.port === undefined ? undefined : Number(values.port);
        if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) return usage(`--port må være et portnummer (0–65535), ikke «${values.port}»`);
        const { preview } = await import('./commands/preview.js');
        const stop = new AbortController();
        const onSignal = () => stop.abort();
        process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
        try {
          return await preview(rest[0], values.out ?? 'output', { port, signal: stop.signal });
        } finally {
          process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        }
      }
      case 'new-year': {
        if (rest.length !== 1) return usage('new-year trenger én mappe med et tildelingsbrev');
        if (!values.out) return usage('new-year trenger --out MAPPE for det nye brevet');
        const year = values.year === undefined ? undefined : Number(values.year);
        if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) return usage(`--year må være et årstall, ikke «${values.year}»`);
        const { newYearCommand } = await import('./commands/newYear.js');
        return newYearCommand(rest[0], values.out, year, values.force ?? false);
      }
      case 'diff': {
        if (rest.length !== 2) return usage('diff trenger to mapper: det gamle og det nye brevet');
        const format = argv.some((a) => a === '--format' || a.startsWith('--format=')) ? values.format : 'tekst';
        if (format !== 'md' && format !== 'tekst') return usage(`diff kan skrive tekst (standard) eller --format md, ikke «${format}»`);
        const { diff } = await import('./commands/diff.js');
        return diff(rest[0], rest[1], format);
      }
      case 'check': {
        if (rest.length === 0) return usage('check trenger minst én mappe');
        const { check } = await import('./commands/check.js');
        return check(rest, values.json);
      }
      case 'schema': {
        const { schema } = await import('./commands/schema.js');
        return schema(rest, values.out);
      }
      case 'sign': {
        if (rest.length !== 1) return usage('sign trenger én PDF-fil');
        const { sign } = await import('./commands/sign.js');
        return await sign(rest[0], values.out, signArgs);
      }
      case 'draft-report': {
        if (rest.length !== 1) return usage('draft-report trenger én mappe med et tildelingsbrev');
        if (!values.out) return usage('draft-report trenger --out MAPPE for utkastet');
        if (values['halvår']) {
          const { draftHalfYearCommand } = await import('./commands/draftHalfYear.js');
          return draftHalfYearCommand(rest[0], values.out, values.force ?? false);
        }
        const { draftReportCommand } = await import('./commands/draftReport.js');
        return draftReportCommand(rest[0], values.out, values.force ?? false, values.forrige);
      }
      case 'import-regnskap': {
        if (rest.length !== 1) return usage('import-regnskap trenger ett regneark (.xlsx eller .csv)');
        if (!values.out) return usage('import-regnskap trenger --out RAPPORTMAPPE/regnskap.yaml');
        const { importAccountsCommand } = await import('./commands/importAccounts.js');
        return importAccountsCommand(rest[0], values.out);
      }
      case 'verify': {
        if (rest.length !== 1) return usage('verify trenger én PDF-fil');
        const { verify } = await import('./commands/verify.js');
        return verify(rest[0], values.trust, values.crl);
      }
      default:
        return usage(`ukjent kommando «${command}»`);
    }
  } catch (e) {
    if (e instanceof SignError) {
      process.stderr.write(`feil: ${e.message}\n${e.hint ? `    → ${e.hint}\n` : ''}`);
      return 1;
    }
    if (e instanceof ContentError) {
      for (const d of e.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      return 1;
    }
    const fsError = asFileSystemError(e);
    if (fsError) {
      process.stderr.write(`feil: ${fsError.message}\n    → ${fsError.hint}\n`);
      return 1;
    }
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
