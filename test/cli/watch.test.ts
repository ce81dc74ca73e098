import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watch } from '../../src/cli/commands/watch.js';
import { main } from '../../src/cli/main.js';
import { copyFixture, edit } from '../helpers/fixtures.js';

afterEach(() => vi.restoreAllMocks());

/** Captures what watch prints while it runs. */
function capture() {
  const seen = { stdout: '', stderr: '' };
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((seen.stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((seen.stderr += String(s)), true));
  return seen;
}

async function waitFor(what: string, condition: () => boolean, ms = 45_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('styringsdok watch', () => {
  it('builds once, rebuilds after a change, shows errors without stopping, and stops on abort', async () => {
    const dir = copyFixture();
    const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-watch-')), 'output');
    const md = join(out, 'dok.md');
    const seen = capture();
    const stop = new AbortController();
    const running = watch(dir, out, ['md'], { signal: stop.signal });

    await waitFor('the first build', () => seen.stdout.includes('Overvåker'));
    expect(readFileSync(md, 'utf8')).toMatch(/^# 4 Tildeling av midler \{#4-tildeling-av-midler\}$/m);
    expect(count(seen.stdout, /✓ /)).toBe(1);

    // A one-line change in a chapter: the output follows, and the rebuild says what changed and how long it took.
    edit(dir, 'kapitler/innledning.md', /\n(?=[^\n]*$)/, '\nEn ny setning fra overvåkingstesten.\n');
    await waitFor('the rebuild', () => readFileSync(md, 'utf8').includes('En ny setning fra overvåkingstesten.'));
    await waitFor('the rebuilt message', () => count(seen.stdout, /✓ /) === 2);
    expect(seen.stdout).toMatch(/endret: \S*kapitler\/innledning\.md/);
    expect(seen.stdout).toMatch(/✓ \S*dok → \S*dok\.md \(\d+,\d\d s\)/);

    // An error: reported with its place, nothing written, and watching goes on.
    edit(dir, 'maal/2.md', 'nr: 2', 'nr: to');
    await waitFor('the error', () => seen.stdout.includes('ingenting skrevet'));
    expect(seen.stderr).toMatch(/maal\/2\.md:2:\d+: feil \(nr\)/);
    expect(readFileSync(md, 'utf8')).toContain('En ny setning fra overvåkingstesten.');

    // Fixing it builds again.
    edit(dir, 'maal/2.md', 'nr: to', 'nr: 2');
    await waitFor('the fix', () => count(seen.stdout, /✓ /) === 3);

    stop.abort();
    expect(await running).toBe(0);
    expect(seen.stdout).toMatch(/Overvåkingen er avsluttet\./);
  });

  it('builds a document that appears while watching, and ignores its own output folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'styringsdok-watch-'));
    const out = join(root, 'output'); // inside the watched folder on purpose
    const seen = capture();
    const stop = new AbortController();
    const running = watch(root, out, ['md'], { signal: stop.signal });
    await waitFor('watching', () => seen.stdout.includes('Overvåker'));
    expect(seen.stderr).toMatch(/fant ingen dokumenter/);

    const letter = copyFixture();
    const target = join(root, 'nytt');
    const { cpSync } = await import('node:fs');
    cpSync(letter, target, { recursive: true });
    await waitFor('the new document', () => existsSync(join(out, 'nytt.md')) && count(seen.stdout, /✓ /) >= 1);
    // Writing the output must not trigger another round: wait a little and count the builds.
    await new Promise((r) => setTimeout(r, 400));
    const builds = count(seen.stdout, /✓ /);
    writeFileSync(join(out, 'annet.md'), 'ikke innhold');
    await new Promise((r) => setTimeout(r, 400));
    expect(count(seen.stdout, /✓ /)).toBe(builds);

    stop.abort();
    expect(await running).toBe(0);
  });

  it('needs exactly one folder and an existing one', async () => {
    const seen = capture();
    expect(await main(['watch'])).toBe(1);
    expect(await main(['watch', join(tmpdir(), 'finnes-ikke-123')])).toBe(1);
    vi.restoreAllMocks();
    expect(seen.stderr).toMatch(/watch trenger én mappe/);
    expect(seen.stderr).toMatch(/finnes-ikke-123: feil: mappen finnes ikke/);
  });
});
