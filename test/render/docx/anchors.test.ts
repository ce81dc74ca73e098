import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/document.js';
import { AnchorNames } from '../../../src/render/docx/anchors.js';

const heading = (id: string): Block => ({ type: 'heading', level: 2, id, content: [{ text: id }], inToc: true });

describe('AnchorNames', () => {
  it('maps slugs to valid, unique Word bookmark names', () => {
    const long = 'a'.repeat(50);
    const names = new AnchorNames([
      heading('kap-671'),
      { type: 'keepTogether', children: [heading('kap_671'), heading('3-1-mål')] },
      heading(long),
      heading(`${long}-b`),
    ]);
    expect(names.get('kap-671')).toBe('kap_671');
    expect(names.get('kap_671')).toBe('kap_671_2');
    expect(names.get('3-1-mål')).toMatch(/^h_3_1_ma/);
    expect(names.get(long)).toBe('a'.repeat(40));
    expect(names.get(`${long}-b`)).toBe(`${'a'.repeat(38)}_2`);
    for (const id of ['kap-671', 'kap_671', '3-1-mål', long, `${long}-b`]) expect(names.get(id)).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
    expect(names.get('ukjent')).toBeUndefined();
  });
});
