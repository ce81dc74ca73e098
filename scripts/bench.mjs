// npm run bench: the speed of styringsdok next to what users compare it with, on the same machine, in one run
// (issue 7): cold CLI builds of the 2023 example letter, pandoc (Markdown → DOCX) and LibreOffice (DOCX → PDF),
// a batch of generated letters built with one command, a watch-mode rebuild after a one-line change, the
// large generated letter (issue 6), and preview: from a saved one-line change to the new text in the browser (issue 17). Prints a table and where each target stands, and writes output/bench.json
// so results can be compared over time.
//
// Settings (environment): BENCH_RUNS (runs per cold measurement, default 5), BENCH_BATCH (letters in the
// batch, default 100), BENCH_BATCH_RUNS (default 3), BENCH_LARGE_RUNS (default 3), BENCH_WATCH_CHANGES (default 5),
// BENCH_PREVIEW_CHANGES (default 20).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, RSS_HOOK, timeWatch } from './lib/benchTools.mjs';
import { timePreview } from './lib/benchPreview.mjs';
import { generateLetter } from './lib/generateLetter.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const LETTER = join(ROOT, 'content/imdi-2023/tildelingsbrev');
const BIN = join(ROOT, 'bin/styringsdok.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BATCH = Number(process.env.BENCH_BATCH ?? 100);
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const WATCH_CHANGES = Number(process.env.BENCH_WATCH_CHANGES ?? 5);
const PREVIEW_CHANGES = Number(process.env.BENCH_PREVIEW_CHANGES ?? 20);
const BATCH_SIZE = { assignments: 20, posts: 15 };
const LARGE_SIZE = { assignments: 500, posts: 200 };
const work = mkdtempSync(join(tmpdir(), 'styringsdok-bench-'));
const say = (text) => console.log(text);

const cli = (...args) => [process.execPath, ['--import', RSS_HOOK, BIN, ...args]];
const ours = (letter, format, options) => measure(...cli('build', letter, '--out', join(work, `out-${format}`), '--format', format), options);

function ensureTool(bin, pkg) {
  if (spawnSync('which', [bin]).status === 0) return true;
  if (process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
    say(`Installerer ${pkg} med apt-get for sammenligningen …`);
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'ignore' });
    if (spawnSync('which', [bin]).status !== 0) {
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'ignore' });
    }
  }
  const ok = spawnSync('which', [bin]).status === 0;
  if (!ok) say(`HOPPER OVER ${bin} (${pkg}): ikke installert og kunne ikke installeres. Forholdstallene mot ${bin} mangler.`);
  return ok;
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model,
  cores: availableParallelism(),
  runs: RUNS,
  letter: 'content/imdi-2023/tildelingsbrev',
};

// 1. Cold CLI builds of the 2023 letter.
say(`Kald bygging av ${results.letter} (${RUNS} kjøringer etter oppvarming per format) …`);
results.docx = await ours(LETTER, 'docx', { runs: RUNS });
results.pdf = await ours(LETTER, 'pdf', { runs: RUNS });
results.docxPdf = await ours(LETTER, 'docx,pdf', { runs: RUNS });

// 2. pandoc and LibreOffice on the same composed Markdown.
spawnSync(process.execPath, [BIN, 'build', LETTER, '--out', join(work, 'md'), '--format', 'md'], { stdio: 'ignore' });
const markdown = join(work, 'md', 'tildelingsbrev.md');
const pandocDocx = join(work, 'pandoc.docx');
if (ensureTool('pandoc', 'pandoc')) {
  say('pandoc Markdown → DOCX …');
  results.pandocVersion = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
  results.pandocDocx = await measure('pandoc', [markdown, '-f', 'markdown', '-o', pandocDocx], { runs: RUNS });
  if (ensureTool('soffice', 'libreoffice-writer-nogui')) {
    say('LibreOffice DOCX → PDF …');
    results.libreofficeVersion = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
    // Its own profile, so a LibreOffice the user has open does not take the conversion over; created in the warm-up.
    const profile = `file://${join(work, 'lo-profile')}`;
    results.libreofficePdf = await measure('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), pandocDocx], { runs: RUNS });
  }
}

// 3. A batch of generated letters, one command (parallel on all cores).
say(`Satsvis bygging: ${BATCH} genererte brev (${BATCH_SIZE.assignments} oppdrag, ${BATCH_SIZE.posts} poster hvert), ${BATCH_RUNS} kjøring(er) …`);
const batchDir = join(work, 'batch');
for (let i = 1; i <= BATCH; i++) generateLetter(join(batchDir, `brev-${String(i).padStart(3, '0')}`), BATCH_SIZE);
const batch = await measure(...cli('build', batchDir, '--out', join(work, 'batch-out'), '--format', 'docx,pdf'), { runs: BATCH_RUNS, warmUp: false });
const written = readdirSync(join(work, 'batch-out')).length;
if (written !== 2 * BATCH) throw new Error(`satsvis bygging skrev ${written} filer, ventet ${2 * BATCH}`);
results.batch = { letters: BATCH, ...BATCH_SIZE, formats: 'docx,pdf', ...batch, lettersPerSecond: BATCH / batch.median };

// 4. Watch mode: a rebuild of the 2023 letter after a one-line change.
say(`Overvåking: ${WATCH_CHANGES} endringer av én linje i en kopi av brevet …`);
const watched = join(work, 'watch', 'tildelingsbrev');
cpSync(LETTER, watched, { recursive: true });
results.watch = {
  formats: 'docx,pdf',
  ...(await timeWatch([BIN, 'watch', watched, '--out', join(work, 'watch-out'), '--format', 'docx,pdf'], join(watched, 'kapitler', 'innledning.md'), { changes: WATCH_CHANGES })),
};

// 5. The large generated letter (issue 6).
say(`Stort brev: ${LARGE_SIZE.assignments} oppdrag, ${LARGE_SIZE.posts} poster, ${LARGE_RUNS} kjøring(er) …`);
const large = generateLetter(join(work, 'stort'), LARGE_SIZE);
results.large = { ...LARGE_SIZE, formats: 'docx,pdf', ...(await ours(large, 'docx,pdf', { runs: LARGE_RUNS, warmUp: false })) };

// 6. Preview: a saved one-line change until the open page shows it (in headless Chromium when installed).
say(`Forhåndsvisning: ${PREVIEW_CHANGES} endringer av én linje i en kopi av brevet …`);
const previewed = join(work, 'preview', 'tildelingsbrev');
cpSync(LETTER, previewed, { recursive: true });
results.preview = await timePreview(
  [BIN, 'preview', previewed, '--out', join(work, 'preview-out'), '--port', '0'],
  join(previewed, 'kapitler', 'innledning.md'), 'tildelingsbrev.html', { changes: PREVIEW_CHANGES },
);

// Report.
const fmt = (s) => (s === undefined ? '–' : `${s.toFixed(3)} s`);
const mib = (m) => (m === undefined ? '–' : `${m.toFixed(0)} MiB`);
const num = (x, d = 2) => x.toFixed(d).replace('.', ',');
say(`\nNode ${process.version}, ${results.cores} kjerner (${results.cpu}); median av ${RUNS} kalde kjøringer etter oppvarming`);
const rows = [
  ['styringsdok DOCX', results.docx],
  ['styringsdok PDF', results.pdf],
  ['styringsdok DOCX + PDF', results.docxPdf],
  [`pandoc Markdown → DOCX`, results.pandocDocx],
  ['LibreOffice DOCX → PDF', results.libreofficePdf],
  [`Satsvis ${BATCH} brev (DOCX + PDF)`, results.batch],
  [`Stort brev ${LARGE_SIZE.assignments}/${LARGE_SIZE.posts} (DOCX + PDF)`, results.large],
];
for (const [label, r] of rows) if (r) say(`  ${label.padEnd(34)} ${fmt(r.median).padStart(9)}   topp ${mib(r.peakMiB)}`);
say(`  ${'Satsvis: brev per sekund'.padEnd(34)} ${num(results.batch.lettersPerSecond, 1).padStart(9)}`);
say(`  ${'Overvåking: ny bygging etter endring'.padEnd(34)} ${fmt(results.watch.median).padStart(9)}   (selve byggingen ${fmt(results.watch.medianBuildSeconds)}; første bygging ${fmt(results.watch.firstBuildSeconds)})`);
const measuredIn = results.preview.measuredIn === 'chromium' ? 'til siden i Chromium viser den' : 'til ny HTML serveres (uten Chromium)';
say(`  ${'Forhåndsvisning: endring synlig'.padEnd(34)} ${fmt(results.preview.median).padStart(9)}   (median av ${results.preview.changes}, ${measuredIn}; tregeste ${fmt(results.preview.max)})`);

const targets = [];
const target = (name, value, limit, unit, atLeast = false) => {
  const met = value === undefined ? undefined : atLeast ? value >= limit : value <= limit;
  targets.push({ name, value, limit, atLeast, met });
  const shown = value === undefined ? 'ikke målt' : `${num(value)}${unit}`;
  say(`  ${name.padEnd(52)} ${shown.padStart(12)}  mål ${atLeast ? '≥' : '≤'} ${num(limit)}${unit}  ${met === undefined ? '– (hoppet over)' : met ? 'NÅDD' : 'IKKE NÅDD'}`);
};
if (results.pandocDocx) results.ratioDocxToPandoc = results.docx.median / results.pandocDocx.median;
if (results.pandocDocx && results.libreofficePdf) results.ratioDocxPdfToPandocLibreoffice = results.docxPdf.median / (results.pandocDocx.median + results.libreofficePdf.median);
say('\nMålene i issue 7 og 17:');
target('DOCX, kald: styringsdok / pandoc', results.ratioDocxToPandoc, 1.0, '');
target('DOCX + PDF, kald: styringsdok / (pandoc + LibreOffice)', results.ratioDocxPdfToPandocLibreoffice, 0.4, '');
target(`Satsvis: brev per sekund på ${results.cores} kjerner`, results.batch.lettersPerSecond, 10, ' brev/s', true);
target('Satsvis: toppminne', results.batch.peakMiB, 300, ' MiB');
target('Overvåking: ny bygging etter én endret linje', results.watch.median, 0.2, ' s');
target('Forhåndsvisning: lagret endring til oppdatert side', results.preview.median, 0.1, ' s');
target('Eldre mål: DOCX + PDF, kald', results.docxPdf.median, 0.75, ' s');
results.targets = targets;
if (results.cores !== 2) say(`  (Målet for satsvis bygging gjelder 2 kjerner; denne maskinen har ${results.cores}.)`);

mkdirSync(join(ROOT, 'output'), { recursive: true });
writeFileSync(join(ROOT, 'output/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
say('Resultatene er lagret i output/bench.json');
