import { describe, expect, it, vi } from 'vitest';
import { keepParsedFiles, parseOnce } from '../../src/load/parseCache.js';
import { loadTexts } from '../../src/load/loadFolder.js';

describe('parseOnce (watch keeps parsed files between builds)', () => {
  it('parses every time until keepParsedFiles is called; then once per file and text, handing out copies', () => {
    const parse = vi.fn((text: string) => ({ words: text.split(' ') }));
    const copy = (r: { words: string[] }) => ({ words: [...r.words] });
    parseOnce('a.md', 'to ord', parse, copy);
    parseOnce('a.md', 'to ord', parse, copy);
    expect(parse).toHaveBeenCalledTimes(2);

    keepParsedFiles();
    const first = parseOnce('a.md', 'to ord', parse, copy);
    first.words.push('endret av den som fikk kopien');
    expect(parseOnce('a.md', 'to ord', parse, copy)).toEqual({ words: ['to', 'ord'] });
    expect(parse).toHaveBeenCalledTimes(3);
    // Another text for the file, or another file with the same text: parsed.
    expect(parseOnce('a.md', 'tre ord her', parse, copy)).toEqual({ words: ['tre', 'ord', 'her'] });
    expect(parseOnce('b.md', 'tre ord her', parse, copy).words).toHaveLength(3);
    expect(parse).toHaveBeenCalledTimes(5);
  });

  it('loading a folder again gives the same content, with positions, and data of its own', () => {
    keepParsedFiles();
    const texts: Array<[string, string]> = [
      ['brev.md', '---\naar: 2025\nmottaker:\n  navn: Direktoratet\n---\n# Innledning\n'],
      ['budsjett.yaml', 'kapitler:\n  - kap: 671\n    poster: []\n'],
      ['feil.yaml', 'a: [1, 2\n'],
    ];
    const first = loadTexts('/x', texts);
    (first.files.get('brev.md')!.yaml.data as { aar: number }).aar = 1999;
    const again = loadTexts('/x', texts);
    expect(again.files.get('brev.md')!.yaml.data).toEqual({ aar: 2025, mottaker: { navn: 'Direktoratet' } });
    expect(again.files.get('brev.md')!.yaml.locate(['mottaker', 'navn'])).toEqual({ line: 4, col: 9 });
    expect(again.files.get('brev.md')!.body).toBe('# Innledning\n');
    expect(again.files.get('budsjett.yaml')!.yaml.data).toEqual({ kapitler: [{ kap: 671, poster: [] }] });
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(again.diagnostics).toHaveLength(1);
    expect(again.unreadable).toEqual(new Set(['feil.yaml']));
  });
});
