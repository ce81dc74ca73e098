import { describe, expect, it } from 'vitest';
import { getMeasurer } from '../../../../src/layout/fonts.js';
import { breakLines, type Line } from '../../../../src/layout/text/lineBreak.js';

const text = (line: Line) => line.fragments.map((f) => f.text).join('').trimEnd();

describe('breakLines', () => {
  it('fills lines greedily without exceeding the width, keeping every word', () => {
    const words = 'Departementet understreker at tildelingsbrevet ikke er uttømmende med hensyn til hvilke oppgaver direktoratet skal utføre.';
    const lines = breakLines([{ text: words }], 150, { size: 11 });
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(150);
    // A hyphenated word is joined again by dropping the hyphen at the line end.
    expect(lines.map(text).join(' ').replace(/- /g, '').replace(/\s+/g, ' ').trim()).toBe(words);
    // Greedy: the next line's first word would not have fitted on the previous line (unless it was hyphenated).
    const m = getMeasurer();
    for (let i = 1; i < lines.length; i++) {
      if (text(lines[i - 1]).endsWith('-')) continue;
      const firstWord = text(lines[i]).split(' ')[0];
      expect(lines[i - 1].width + m.width(` ${firstWord}`, 'regular', 11)).toBeGreaterThan(150);
    }
  });

  it('breaks at "\\n" runs and keeps styles apart without adding spaces inside words', () => {
    const lines = breakLines([{ text: 'Innst. 15 ' }, { text: 'S', bold: true }, { text: '.' }, { text: '\n' }, { text: 'Neste linje' }], 400, { size: 11 });
    expect(lines.map(text)).toEqual(['Innst. 15 S.', 'Neste linje']);
    expect(lines[0].fragments.map((f) => f.font)).toEqual(['regular', 'bold', 'regular']);
    expect(lines[0].fragments[1].x).toBeGreaterThan(lines[0].fragments[0].x);
  });

  it('does not break at no-break spaces and splits over-long words, preferring hyphens', () => {
    expect(breakLines([{ text: 'Sum 17\u00a0349,1' }], 45, { size: 11 }).map(text)).toEqual(['Sum', '17\u00a0349,1']);
    const parts = breakLines([{ text: 'arbeids-og-inkluderingsdepartementet' }], 60, { size: 11 });
    expect(parts.length).toBeGreaterThan(1);
    expect(text(parts[0])).toMatch(/^arbeids-(og-)?$/);
    for (const line of parts) expect(line.width).toBeLessThanOrEqual(60);
  });

  it('hyphenates Norwegian words at syllables with a visible hyphen, and never breaks a nowrap cell', () => {
    const lines = breakLines([{ text: 'mottaksbeboere i introduksjonsprogrammet' }], 60, { size: 9.5 });
    for (const line of lines.slice(0, -1)) expect(text(line)).toMatch(/\p{L}-$|^\S+$/u);
    expect(lines.map(text).join(' ').replace(/- /g, '')).toBe('mottaksbeboere i introduksjonsprogrammet');
    expect(lines.map(text)).toEqual(['mottaksbebo-', 'ere i introduk-', 'sjonspro-', 'grammet']);
    expect(breakLines([{ text: '13\u00a0055\u00a0394\u00a0258' }], 20, { size: 9.5, nowrap: true }).map(text)).toEqual(['13\u00a0055\u00a0394\u00a0258']);
  });

  it('keeps link targets on their fragments', () => {
    const [line] = breakLines([{ text: 'Se ' }, { text: 'regjeringen.no', href: 'https://www.regjeringen.no' }], 400, { size: 11 });
    expect(line.fragments.find((f) => f.href)?.text).toBe('regjeringen.no');
  });
});
