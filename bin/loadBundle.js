// Loads the bundle `npm run build` makes (dist/styringsdok.cjs, see scripts/bundle.mjs) with V8's code cache for it.
// Node 20 compiles every module from source on every start, and for this program that costs more than building a
// letter; the cache, made at build time, holds the compiled code. A cache V8 refuses (another Node version or other
// V8 flags) is ignored and the bundle compiles from source as usual.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/styringsdok.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

/** The bundle's exports, and the compiled script (scripts/bundle.mjs makes the code cache from it). */
export function loadBundle({ useCache = true } = {}) {
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CODE_CACHE);
    } catch {
      // No cache: compile from source.
    }
  }
  const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}
