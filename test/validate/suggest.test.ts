import { describe, expect, it } from 'vitest';
import { closest } from '../../src/validate/suggest.js';

describe('closest', () => {
  const keys = ['mottaker', 'frist', 'bevilget', 'tittel'];

  it('suggests the known word a misspelling is nearest, ignoring case', () => {
    expect(closest('motaker', keys)).toBe('mottaker');
    expect(closest('FRISTT', keys)).toBe('frist');
    expect(closest('bevilgt', keys)).toBe('bevilget');
  });

  it('suggests nothing for a word too far from every known one', () => {
    expect(closest('budsjett', keys)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });

  it('counts æ, ø and å as one letter each', () => {
    expect(closest('mal', ['mål', 'oppdrag'])).toBe('mål');
  });
});
