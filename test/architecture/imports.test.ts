import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/**
 * The pipeline's stages, earliest first. A module may import from its own stage and earlier ones, never from a
 * later one. The first stage holds the shared types and pure helpers that import nothing from the pipeline.
 */
export const STAGES: ReadonlyArray<{ stage: string; paths: readonly string[] }> = [
  { stage: 'shared', paths: ['core/', 'model/', 'format/', 'packageRoot.ts'] },
  { stage: 'load', paths: ['load/'] },
  { stage: 'validate', paths: ['validate/'] },
  { stage: 'compose', paths: ['compose/'] },
  { stage: 'kinds', paths: ['kinds/'] },
  { stage: 'layout', paths: ['layout/'] },
  { stage: 'writers', paths: ['render/'] },
  { stage: 'sign', paths: ['sign/'] },
  { stage: 'documents', paths: ['documents.ts'] },
  { stage: 'build', paths: ['build/'] },
  { stage: 'commands', paths: ['newYear/', 'draftReport/', 'diff/', 'importAccounts/'] },
  { stage: 'cli', paths: ['cli/'] },
];

/** Mutual recursion that is by design: block layout in the PDF writer lays out containers of blocks. */
const ALLOWED_CYCLE = /^layout\/blocks\//;

export function stageOf(module: string): number {
  const index = STAGES.findIndex((s) => s.paths.some((p) => (p.endsWith('/') ? module.startsWith(p) : module === p)));
  if (index < 0) throw new Error(`${module} hører ikke til noe steg i STAGES`);
  return index;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [relative(SRC, join(dir, e.name))] : []);
}

/** The project modules a module imports (static and dynamic imports, type-only ones included). */
export function importsOf(module: string, text = readFileSync(join(SRC, module), 'utf8')): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(SRC, resolve(SRC, dirname(module), name)).replace(/\.js$/, '.ts'));
}

export function backwardImports(graph: ReadonlyMap<string, string[]>): string[] {
  return [...graph].flatMap(([from, targets]) => targets
    .filter((to) => stageOf(to) > stageOf(from))
    .map((to) => `${from} (${STAGES[stageOf(from)].stage}) importerer ${to} (${STAGES[stageOf(to)].stage})`));
}

/** Every import cycle, as the list of modules around it (each cycle once). */
export function cycles(graph: ReadonlyMap<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (m: string) => {
    state.set(m, 'open');
    path.push(m);
    for (const next of graph.get(m) ?? []) {
      if (state.get(next) === 'open') found.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(m, 'done');
  };
  for (const m of graph.keys()) if (!state.has(m)) visit(m);
  return found;
}

const graph = new Map(sourceFiles(SRC).map((m) => [m, importsOf(m)]));

describe('the import graph of src/', () => {
  it('puts every module in a stage', () => {
    for (const m of graph.keys()) expect(() => stageOf(m), m).not.toThrow();
  });

  it('never imports from a later stage', () => {
    expect(backwardImports(graph)).toEqual([]);
  });

  it('has no import cycles, except the PDF block layout recursion', () => {
    expect(cycles(graph).filter((cycle) => !cycle.every((m) => ALLOWED_CYCLE.test(m))).map((c) => c.join(' → '))).toEqual([]);
  });

  it('catches a planted backward import and a planted cycle', () => {
    const planted = new Map(graph);
    planted.set('model/document.ts', [...(graph.get('model/document.ts') ?? []), ...importsOf('model/document.ts', "import { renderPdf } from '../render/pdf/index.js';")]);
    expect(backwardImports(planted)).toContain('model/document.ts (shared) importerer render/pdf/index.ts (writers)');
    planted.set('format/dates.ts', ['format/numbers.ts']);
    planted.set('format/numbers.ts', ['format/dates.ts']);
    expect(cycles(planted).some((c) => c.includes('format/dates.ts') && c.includes('format/numbers.ts'))).toBe(true);
  });
});
