// Loads the bundle `npm run build` makes (dist/styringsdok.cjs, see scripts/bundle.mjs) with V8's code cache for it.
// Node 20 compiles every module from source on every start, and for this program that costs more than building a
// letter; the cache, made at build time, holds the compiled code. A cache V8 refuses (another Node version or other
// V8 flags) is ignored and the bundle compiles from source as usual.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/styringsdok.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

// V8 hands a function to its optimizing compiler once it has run for this much bytecode; four times the default
// (67 584 in Node 20). A build is over in a second or two, and on two cores the compiler's work on code that runs
// only a few times more took time from the build itself (README, «Ytelse»). Set before the bundle is compiled, in every
// thread and in the build that makes the code cache, since V8 accepts a cache only under the flags it was made with.
const INTERRUPT_BUDGET = 4 * 67_584;

/** The bundle's exports, and the compiled script (scripts/bundle.mjs makes the code cache from it). */
export function loadBundle({ useCache = true } = {}) {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  // The bundle is ASCII (scripts/bundle.mjs), and Latin-1 is its fastest reading; UTF-8 is the fallback.
  const bytes = readFileSync(BUNDLE);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
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
