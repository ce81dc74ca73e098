// Module hooks for tsWorkerLoader.mjs: "./x.js" imported from a .ts file resolves to "./x.ts" (the NodeNext
// convention of the sources), and .ts files are stripped of their types: with oxc (rolldown/utils, which
// vitest brings along) when it is there, as it is fast, else with TypeScript's transpileModule.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const strip = await import('rolldown/utils').then(
  ({ transformSync }) => (fileName, source) => {
    const { code, errors } = transformSync(fileName, source, { lang: 'ts' });
    if (errors.length) throw new Error(`${fileName}: ${errors.map((e) => e.message).join('; ')}`);
    return code;
  },
  async () => {
    const { default: ts } = await import('typescript');
    return (fileName, source) => ts.transpileModule(source, { fileName, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  },
);

export async function resolve(specifier, context, next) {
  if (context.parentURL?.endsWith('.ts') && /^\.\.?\//.test(specifier) && specifier.endsWith('.js')) {
    const url = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  return { format: 'module', source: strip(fileName, await readFile(fileName, 'utf8')), shortCircuit: true };
}
