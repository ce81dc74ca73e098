import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/corpus.js';
import { copyFixture } from '../helpers/fixtures.js';

// Handlebars' runtime fails with a TypeError on these; in a template the user wrote, that is the template's error.
describe('a template the user wrote that Handlebars cannot run is an error in that template, never an internal one', () => {
  it.each([
    ['{{lookup}}'],
    ['{{> (tittel)}}'],
    ['{{tittel.length.foo}}'],
    ['{{helperMissing}}'],
    ['{{#each (md)}}{{/each}}'],
  ])('%s', async (line) => {
    const dir = copyFixture();
    mkdirSync(join(dir, 'maler'));
    writeFileSync(join(dir, 'maler', 'fritekst.hbs'), `# {{tittel}}\n\n${line}\n`);
    const r = await runCli('build', dir, '--out', join(dir, '..', 'output'), '--format', 'md');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/maler\/fritekst\.hbs(:\d+:\d+)?: feil: feil i malen: /);
    expect(r.stderr).not.toMatch(/Intern feil|^\s+at /m);
  });
});
