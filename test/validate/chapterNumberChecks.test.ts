import { describe, expect, it } from 'vitest';
import { checkChapterNumbers } from '../../src/validate/chapterNumberChecks.js';
import { resolveChapterReferences } from '../../src/compose/chapterReferences.js';
import type { Block } from '../../src/model/document.js';

const heading = (number: string | undefined, text: string, id: string): Block => ({ type: 'heading', level: 2, number, id, content: [{ text }], inToc: true });
const paragraph = (...content: Array<{ text: string; href?: string }>): Block => ({ type: 'paragraph', content });

const blocks: Block[] = [
  heading('3.1', 'Resultatkrav', 'resultatkrav'),
  heading('3.3', 'Raskt og treffsikkert bosettingsarbeid', 'bosetting'),
  heading(undefined, 'Kontaktpersoner', 'kontakt'),
  paragraph({ text: 'Se kap. 3.3 Raskt og treffsikkert bosettingsarbeid, kap. 3.1 Rapportering og punkt 4.2. Jf. punkt 2.4.17 i Gul bok.' }),
];

describe('chapter numbers written in the text', () => {
  it('warns for a number no heading has and for a title that is not the heading\'s, never for a reference into another document', () => {
    const messages = checkChapterNumbers(blocks, 'brev').map((d) => d.message);
    expect(messages).toEqual([
      'teksten viser til «kap. 3.1 Rapportering», men overskrift 3.1 er «Resultatkrav», ikke «Rapportering»',
      'teksten viser til «punkt 4.2», men ingen overskrift har nummeret 4.2',
    ]);
  });

  it('prints a link [#](#id) as the heading\'s current number, or its title when it has none', () => {
    const [, , , p] = resolveChapterReferences([...blocks.slice(0, 3), paragraph({ text: 'Se kap. ' }, { text: '#', href: '#bosetting' }, { text: ' og ' }, { text: '#', href: '#kontakt' })]);
    expect(p.type === 'paragraph' && p.content.map((r) => ('text' in r ? r.text : '')).join('')).toBe('Se kap. 3.3 og Kontaktpersoner');
  });
});
