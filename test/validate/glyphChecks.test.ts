import { describe, expect, it } from 'vitest';
import { checkMarkdown } from '../../src/validate/markdownChecks.js';

const place = { file: 'content/x/brev.md', path: '/abs/brev.md', dir: '/abs', line: 5 };

describe('characters no font has', () => {
  it('are warned about with file, line and column; Arabic, Japanese and emoji are not', () => {
    const diagnostics = checkMarkdown('Første linje med مرحبا og 東京 😀\nAndre linje: 😀 \u{10fffd} her.', place);
    expect(diagnostics).toEqual([expect.objectContaining({
      severity: 'advarsel', file: 'content/x/brev.md', line: 6, col: 16,
      message: 'tegnet U+10FFFD finnes ikke i noen av skriftene og vises som en tom boks i PDF-en',
    })]);
  });

  it('finds nothing in Norwegian text', () => {
    expect(checkMarkdown('Kap.\u00a0671, post\u00a021 – «integrering» – 71\u00a0% og æøå ÆØÅ €.', place)).toEqual([]);
  });
});
