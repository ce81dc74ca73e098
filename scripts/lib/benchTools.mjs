// Helpers for scripts/bench.mjs: run a command and measure its wall time and the peak memory of its whole
// process tree, and time a watch-mode rebuild.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

/**
 * Reports the CLI's peak memory on exit; loaded with --import so the CLI itself is unchanged. Worker threads
 * live in the same process, so this maxRSS covers them too.
 */
export const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS+'\\n'))`;

/** The process and all its descendants (soffice starts soffice.bin; a future build could start child processes). */
function tree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pids[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim().split(/\s+/)) if (child) pids.push(Number(child));
      } catch {}
    }
  }
  return pids;
}

/** Resident memory of the process tree in KiB (sum of VmRSS), or 0 when it has already gone. */
function treeRssKiB(pid) {
  let sum = 0;
  for (const p of tree(pid)) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) sum += Number(m[1]);
    } catch {}
  }
  return sum;
}

/**
 * Runs a command to its end. Returns wall seconds and peak memory in MiB: the larger of the tree's sampled
 * RSS (every 20 ms, all descendants) and the maxRSS the process reports through RSS_HOOK, if loaded.
 */
export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let sampledKiB = 0;
    const sampler = setInterval(() => (sampledKiB = Math.max(sampledKiB, treeRssKiB(child.pid))), 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const reported = /maxrss=(\d+)/.exec(stderr);
      const peakKiB = Math.max(sampledKiB, reported ? Number(reported[1]) : 0);
      if (code !== 0 && !options.allowFailure) return reject(new Error(`${cmd} ${args.join(' ')} avsluttet med kode ${code}:\n${stderr.slice(-2000)}`));
      resolve({ seconds, peakMiB: peakKiB ? peakKiB / 1024 : undefined, code, stdout, stderr });
    });
  });
}

/** Median of `runs` runs (after one warm-up run unless warmUp is false): wall seconds and the highest peak. */
export async function measure(cmd, args, { runs = 5, warmUp = true } = {}) {
  if (warmUp) await run(cmd, args); // file cache, not the process
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await run(cmd, args));
  const sorted = results.map((r) => r.seconds).sort((a, b) => a - b);
  const peaks = results.map((r) => r.peakMiB).filter((x) => x !== undefined);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], runs, peakMiB: peaks.length ? Math.max(...peaks) : undefined };
}

/**
 * Starts `styringsdok watch`, waits for the first build, then `changes` times changes one line of `file`
 * and measures the time until the rebuilt document's ✓/✗ line appears (what a user waits for). Also keeps
 * the build time the line itself reports, which leaves out the debounce and the file-system notification.
 */
export async function timeWatch(nodeArgs, file, { changes = 5, timeoutMs = 300_000 } = {}) {
  const child = spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  let stderr = '';
  const waiting = [];
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => {
    buffer += d;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      for (const w of [...waiting]) if (w.test(line)) (waiting.splice(waiting.indexOf(w), 1), w.resolve({ line, at: process.hrtime.bigint() }));
    }
  });
  const exited = new Promise((resolve) => child.on('close', resolve));
  const next = (pattern) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`watch: ventet forgjeves på ${pattern}\n${stderr.slice(-2000)}`)), timeoutMs);
    waiting.push({ test: (l) => pattern.test(l), resolve: (v) => (clearTimeout(timer), resolve(v)) });
  });
  try {
    const firstBuild = process.hrtime.bigint();
    const ready = await next(/^Overvåker /);
    const firstSeconds = Number(ready.at - firstBuild) / 1e9;
    const original = readFileSync(file, 'utf8');
    const rebuilds = [];
    for (let i = 1; i <= changes; i++) {
      await new Promise((r) => setTimeout(r, 300));
      const done = next(/^[✓✗] /);
      const start = process.hrtime.bigint();
      writeFileSync(file, `${original.trimEnd()}\nEn endret linje nummer ${i}.\n`);
      const { line, at } = await done;
      const reported = /\((\d+),(\d+) s\)$/.exec(line);
      rebuilds.push({ seconds: Number(at - start) / 1e9, buildSeconds: reported ? Number(`${reported[1]}.${reported[2]}`) : undefined, ok: line.startsWith('✓') });
    }
    writeFileSync(file, original);
    const sorted = [...rebuilds].sort((a, b) => a.seconds - b.seconds);
    const builds = rebuilds.map((r) => r.buildSeconds).filter((x) => x !== undefined).sort((a, b) => a - b);
    return {
      firstBuildSeconds: firstSeconds,
      median: sorted[Math.floor(sorted.length / 2)].seconds,
      min: sorted[0].seconds,
      medianBuildSeconds: builds.length ? builds[Math.floor(builds.length / 2)] : undefined,
      changes,
      allOk: rebuilds.every((r) => r.ok),
    };
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}
