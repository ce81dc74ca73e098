import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstForbidden } from '../../src/load/textHygiene.js';
import { nestingTooDeep } from '../../src/load/yamlChecks.js';
import { readText } from '../../src/load/readText.js';
import { parseYaml } from '../../src/load/yamlSource.js';

function read(bytes: Buffer | string) {
  const path = join(mkdtempSync(join(tmpdir(), 'styringsdok-tekst-')), 'fil.md');
  writeFileSync(path, bytes);
  const r = readText(path);
  if (r.ok) throw new Error('expected a problem');
  return r.diagnostic;
}

describe('text hygiene when reading content', () => {
  it.each([
    ['U+FFFE', 'tittel: Mål\n\nLinje med \uFFFE inni\n', 3, 11],
    ['U+FFFF', 'a\uFFFF', 1, 2],
    ['U+FDD0', 'tittel: \uFDD0', 1, 9],
    ['U+1FFFE', 'æøå \u{1FFFE}', 1, 5],
    ['U+000B', 'Limt inn fra Word:\nførste\u000Bandre\n', 2, 7],
    ['U+001B', '\u001B[31m', 1, 1],
    ['U+0085', 'x\u0085', 1, 2],
  ])('refuses %s at its line and column', (name, text, line, col) => {
    const d = read(text);
    expect(d.message).toContain(name);
    expect(d.message).toMatch(/usynlig tegn som ikke er tillatt/);
    expect([d.line, d.col]).toEqual([line, col]);
  });

  it('keeps tabs, line breaks and CRLF', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'styringsdok-tekst-')), 'fil.md');
    writeFileSync(path, 'a\tb\r\nc\n');
    expect(readText(path)).toEqual({ ok: true, text: 'a\tb\nc\n' });
  });

  it.each([
    ['Latin-1 ø', Buffer.concat([Buffer.from('tittel: Mål\nSt'), Buffer.from([0xf8]), Buffer.from('rre\n')]), 2, 3, '0xF8'],
    ['an encoded UTF-16 surrogate', Buffer.concat([Buffer.from('linje én\nto: '), Buffer.from([0xed, 0xa0, 0x80])]), 2, 5, '0xED 0xA0'],
    ['an overlong encoding', Buffer.concat([Buffer.from('æ\n\nabc'), Buffer.from([0xe0, 0x80, 0xaf])]), 3, 4, '0xE0 0x80'],
    ['a code point above U+10FFFF', Buffer.concat([Buffer.from('å'), Buffer.from([0xf4, 0x90, 0x80, 0x80])]), 1, 2, '0xF4 0x90'],
    ['a cut-off sequence at the end', Buffer.concat([Buffer.from('ok\nslutt'), Buffer.from([0xc3])]), 2, 6, '0xC3'],
  ])('reports invalid UTF-8 (%s) at its real line, column and bytes', (_, bytes, line, col, shown) => {
    const d = read(bytes);
    expect(d.message).toMatch(/ikke lagret som UTF-8/);
    expect(d.message).toContain(shown);
    expect([d.line, d.col]).toEqual([line, col]);
  });
});

describe('YAML the parser accepts but content must not have', () => {
  const problems = (text: string) => {
    const r = parseYaml(text, 'fil.yaml');
    expect(r.source).toBeUndefined();
    return r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
  };

  it('an unknown tag is an error, not a title', () => {
    expect(problems('tittel: !!js/function "function () { return 1 }"\nb: !eget x\n')).toEqual([
      '1:9 ukjent YAML-merkelapp «!!js/function»; merkelapper (tegn som begynner med !) brukes ikke i innholdsfiler',
      '2:4 ukjent YAML-merkelapp «!eget»; merkelapper (tegn som begynner med !) brukes ikke i innholdsfiler',
    ]);
  });

  it('standard tags still work', () => {
    expect(parseYaml('a: !!str 2024\nb: !!int "7"\n', 'f').source?.data).toEqual({ a: '2024', b: 7 });
  });

  it('block nesting 3 000 deep is an error, not a crash', () => {
    let text = '';
    for (let i = 0; i < 3000; i++) text += `${' '.repeat(i)}a:\n`;
    text += `${' '.repeat(3000)}b: 1\n`;
    expect(problems(text)).toEqual(['65:65 YAML-en er nestet dypere enn 64 nivåer']);
  });

  it('flow nesting 100 000 deep is an error, not a crash', () => {
    expect(problems(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)).toEqual(['1:68 YAML-en er nestet dypere enn 64 nivåer']);
    expect(problems(`${Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}- `).join('\n')}x\n`)[0]).toMatch(/^65:\d+ YAML-en er nestet/);
    expect(parseYaml('a: [1, [2, {b: [3]}]]\n', 'f').diagnostics).toEqual([]);
  });

  it('an alias bomb is reported where the aliases start', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    const [first] = problems(bomb);
    expect(first).toMatch(/^2:8 YAML-syntaksfeil: for mange alias/);
  });

  it('a number with more digits than can be kept exactly is an error that shows every digit', () => {
    expect(problems('bevilget: 12345678901234567.89\n')).toEqual(['1:11 tallet 12345678901234567.89 har flere sifre enn programmet kan regne nøyaktig med (høyst 15 sifre)']);
    expect(problems('a: 9007199254740993\n')[0]).toMatch(/9007199254740993/);
    expect(problems('a: 1e400\n')).toEqual(['1:4 tallet 1e400 er for stort til å regne med']);
    expect(parseYaml('a: 6035.13\nb: 999999999999999\nc: 1e6\nd: 0.1\n', 'f').source?.data).toEqual({ a: 6035.13, b: 999999999999999, c: 1e6, d: 0.1 });
  });

  it('control characters and noncharacters written as escapes are errors too', () => {
    expect(problems('tittel: "Mål \\uFFFE"\n')).toEqual(['1:9 teksten inneholder et usynlig tegn som ikke er tillatt (U+FFFE, et ikke-tegn i Unicode)']);
    expect(problems('tittel: "a\\x07b"\n')[0]).toMatch(/U\+0007, et styretegn/);
    expect(problems('tittel: "a\\uD800b"\n')[0]).toMatch(/U\+D800, en halv UTF-16-kode/);
    expect(problems('tittel: "a\\0"\n')[0]).toMatch(/U\+0000, et styretegn/);
  });
});

describe('symbolic links in a document folder', () => {
  it('reads a link inside the folder, refuses one out of it, and leaves a linked image alone', async () => {
    const { loadFolder } = await import('../../src/load/loadFolder.js');
    const { copyFixture } = await import('../helpers/fixtures.js');
    const { symlinkSync } = await import('node:fs');
    const dir = copyFixture();
    symlinkSync(join(dir, 'kapitler', 'innledning.md'), join(dir, 'kapitler', 'kopi.md'));
    const outside = mkdtempSync(join(tmpdir(), 'styringsdok-utenfor-'));
    writeFileSync(join(outside, 'logo.png'), 'png');
    writeFileSync(join(outside, 'x.md'), '---\ntittel: X\n---\n');
    symlinkSync(join(outside, 'logo.png'), join(dir, 'logo.png'));
    symlinkSync(outside, join(dir, 'delt'));
    const folder = loadFolder(dir);
    expect(folder.files.has('kapitler/kopi.md')).toBe(true);
    expect(folder.files.has('delt/x.md')).toBe(false);
    expect(folder.diagnostics.map((d) => `${d.file.split('/').at(-1)}: ${d.message.replace(/til .*;/, 'til …;')}`)).toEqual([
      'delt: snarveien (symbolsk lenke) peker utenfor dokumentmappen, til …; den leses ikke',
    ]);
  });
});

describe('limits on what is read', () => {
  it('stops reading a folder whose content files hold more than 50 MB of text together', async () => {
    const { loadFolder } = await import('../../src/load/loadFolder.js');
    const { copyFixture } = await import('../helpers/fixtures.js');
    const dir = copyFixture();
    const chunk = `---\ntittel: Stor\n---\n${'Lang tekst som gjentas. '.repeat(200_000)}\n`; // about 4,6 MB
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'kapitler', `stor-${String(i).padStart(2, '0')}.md`), chunk);
    const folder = loadFolder(dir);
    expect(folder.diagnostics.map((d) => d.message)).toEqual(['innholdsfilene i mappen er til sammen på mer enn 50 MB tekst; resten leses ikke']);
  });

  it('never looks for documents in /proc, /sys or /dev', async () => {
    const { runCli } = await import('../helpers/corpus.js');
    for (const root of ['/proc', '/sys/kernel', '/dev']) {
      const r = await runCli('check', root);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/er et spesielt filsystem for operativsystemet, ikke en mappe med dokumenter/);
    }
  });

  it('finds the same forbidden character as a walk over the code points (property)', () => {
    const forbidden = (cp: number) => cp !== 0x09 && cp !== 0x0a
      && (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe);
    const walk = (text: string) => {
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i)!;
        if (forbidden(cp)) return { index: i, cp };
        if (cp > 0xffff) i++;
      }
      return undefined;
    };
    const units = ['a', 'æ', ' ', '\t', '\n', '\r', '\0', '\x1f', '\x7f', '\x85', '\x9f', '\xa0', '\ud800', '\udbff', '\udc00', '\udfff',
      '\ud83d\ude00', '\ufdcf', '\ufdd0', '\ufdef', '\ufdf0', '\ufffd', '\ufffe', '\uffff', '\u{1fffe}', '\u{1ffff}', '\u{10fffe}', '\u{10ffff}', '\u{20000}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(firstForbidden(text)).toEqual(walk(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('counts flow nesting over lines that only close brackets', () => {
    const text = `a: ${'[\n'.repeat(30)}${']\n'.repeat(30)}b: ${'['.repeat(40)}${']'.repeat(40)}\n`;
    expect(nestingTooDeep(text)).toBe(-1);
    expect(nestingTooDeep(`a: ${'[\n'.repeat(70)}`)).toBeGreaterThan(0);
  });
});
