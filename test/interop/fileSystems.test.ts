import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, snapshot } from '../helpers/corpus.js';
import { copyFixture } from '../helpers/fixtures.js';

// Real file systems instead of injected faults: root ignores permissions, but not a read-only mount or a full disk.
const mounted: string[] = [];
function mountTmpfs(options: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'styringsdok-mnt-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  if (r.status !== 0) return undefined;
  mounted.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of mounted) spawnSync('umount', [dir]);
});

const canMount = process.getuid?.() === 0 && (() => {
  const probe = mountTmpfs('size=64k');
  return probe !== undefined;
})();

describe.skipIf(!canMount)('building onto real file systems that refuse', () => {
  it('a read-only mount: exit 1, «skrivebeskyttet», nothing changed', async () => {
    const rw = mountTmpfs('size=1m')!;
    mkdirSync(join(rw, 'output'));
    writeFileSync(join(rw, 'output', 'dok.pdf'), '%PDF-forrige\n');
    spawnSync('mount', ['-o', 'remount,ro', rw]);
    const before = snapshot(join(rw, 'output'));
    const r = await runCli('build', copyFixture(), '--out', join(rw, 'output'), '--format', 'docx,pdf');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/kan ikke skrive til den: filsystemet er skrivebeskyttet/);
    expect(r.stderr).not.toMatch(/Intern feil/);
    expect(snapshot(join(rw, 'output'))).toEqual(before);
  });

  it('a disk that fills up while the outputs are written: exit 1, «disken er full», the old outputs and no temporaries', async () => {
    const small = mountTmpfs('size=48k')!;
    writeFileSync(join(small, 'dok.docx'), 'forrige docx');
    writeFileSync(join(small, 'dok.pdf'), '%PDF-forrige\n');
    const before = snapshot(small);
    const r = await runCli('build', copyFixture(), '--out', small, '--format', 'docx,pdf');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/kan ikke skrive til den: disken er full/);
    expect(snapshot(small)).toEqual(before);
    expect(readdirSync(small).sort()).toEqual(['dok.docx', 'dok.pdf']);
    expect(readFileSync(join(small, 'dok.pdf'), 'utf8')).toBe('%PDF-forrige\n');
  });
});
