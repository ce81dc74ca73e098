import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputBases } from '../../src/build/buildDocument.js';

describe('where outputs go', () => {
  it('names a document asked for directly after its folder, and found ones by their path below the folder asked for', () => {
    expect(outputBases([{ root: 'content/imdi-2023/tildelingsbrev', dir: 'content/imdi-2023/tildelingsbrev' }], 'output')).toEqual([join('output', 'tildelingsbrev')]);
    expect(outputBases([
      { root: 'content', dir: 'content/imdi-2023/tildelingsbrev' },
      { root: 'content', dir: 'content/imdi-2024/tildelingsbrev' },
    ], 'output')).toEqual([join('output', 'imdi-2023', 'tildelingsbrev'), join('output', 'imdi-2024', 'tildelingsbrev')]);
  });

  it('keeps two documents with the same folder name apart instead of letting one overwrite the other', () => {
    expect(outputBases([
      { root: 'content/imdi-2020/arsrapport', dir: 'content/imdi-2020/arsrapport' },
      { root: 'content/imdi-2023/arsrapport', dir: 'content/imdi-2023/arsrapport' },
    ], 'out')).toEqual([join('out', 'imdi-2020', 'arsrapport'), join('out', 'imdi-2023', 'arsrapport')]);
  });
});
