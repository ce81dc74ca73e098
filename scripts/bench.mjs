// npm run bench: cold CLI build times of the example letter next to pandoc (Markdown → DOCX) on the same
// machine. Prints a table and writes output/bench.json so results can be compared over time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const LETTER = join(ROOT, 'content/imdi-2023/tildelingsbrev');
const BIN = join(ROOT, 'bin/styringsdok.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'styringsdok-bench-'));

// Reports the child's peak memory on exit; loaded with --import so the CLI itself is unchanged.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS+'\\n'))`;

function timeOnce(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const rss = /maxrss=(\d+)/.exec(r.stderr ?? '');
  return { seconds, peakMiB: rss ? Number(rss[1]) / 1024 : undefined };
}

function measure(cmd, args) {
  timeOnce(cmd, args); // warm-up: file cache, not the process
  const runs = Array.from({ length: RUNS }, () => timeOnce(cmd, args));
  const sorted = runs.map((r) => r.seconds).sort((a, b) => a - b);
  const peaks = runs.map((r) => r.peakMiB).filter((x) => x !== undefined);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], peakMiB: peaks.length ? Math.max(...peaks) : undefined };
}

const ours = (format) => measure(process.execPath, ['--import', RSS_HOOK, BIN, 'build', LETTER, '--out', join(work, format), '--format', format]);

function ensureTool(bin, pkg) {
  if (spawnSync('which', [bin]).status === 0) return true;
  if (process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
    console.log(`Installerer ${pkg} med apt-get for sammenligningen …`);
    spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'ignore' });
    if (spawnSync('which', [bin]).status !== 0) {
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
      spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'ignore' });
    }
  }
  const ok = spawnSync('which', [bin]).status === 0;
  if (!ok) console.log(`Hopper over ${bin}: ikke installert og kunne ikke installeres.`);
  return ok;
}

const results = { date: new Date().toISOString(), node: process.version, runs: RUNS, letter: 'content/imdi-2023/tildelingsbrev' };
results.docx = ours('docx');
results.pdf = ours('pdf');
results.docxPdf = ours('docx,pdf');

spawnSync(process.execPath, [BIN, 'build', LETTER, '--out', join(work, 'md'), '--format', 'md'], { stdio: 'inherit' });
const markdown = join(work, 'md', 'tildelingsbrev.md');
if (ensureTool('pandoc', 'pandoc')) {
  results.pandocDocx = measure('pandoc', [markdown, '-f', 'markdown', '-o', join(work, 'pandoc.docx')]);
  results.pandocVersion = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
}

const fmt = (s) => (s === undefined ? '–' : `${s.toFixed(3)} s`);
const mib = (m) => (m === undefined ? '–' : `${m.toFixed(0)} MiB`);
console.log(`\nKald bygging av ${results.letter} (median av ${RUNS} etter oppvarming), Node ${process.version}`);
for (const [label, r] of [['styringsdok DOCX', results.docx], ['styringsdok PDF', results.pdf], ['styringsdok DOCX + PDF', results.docxPdf], ['pandoc Markdown → DOCX', results.pandocDocx]]) {
  if (r) console.log(`  ${label.padEnd(26)} ${fmt(r.median).padStart(9)}   topp ${mib(r.peakMiB)}`);
}
if (results.pandocDocx) {
  results.ratioDocxToPandoc = results.docx.median / results.pandocDocx.median;
  console.log(`  Forhold DOCX / pandoc: ${results.ratioDocxToPandoc.toFixed(2)}`);
}
results.targetDocxPdfSeconds = 0.75;
console.log(`  Mål: DOCX + PDF ≤ 0,75 s – ${results.docxPdf.median <= 0.75 ? 'nådd' : 'ikke nådd'}`);

mkdirSync(join(ROOT, 'output'), { recursive: true });
writeFileSync(join(ROOT, 'output/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Resultatene er lagret i output/bench.json');
