// `npm run build` (after the type check): bundles the program into dist/styringsdok.cjs, with the built-in templates
// compiled ahead, then makes V8's code cache for the bundle (see bin/loadBundle.js) by building the example
// documents once in this process. Node 20 has no compile cache of its own for ES modules, and compiling every module
// on every start cost more than building a letter (README, «Ytelse»).
import { build, transform } from 'esbuild';
import Handlebars from 'handlebars';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { BUNDLE, CODE_CACHE, loadBundle } = await import('../bin/loadBundle.js');

/** A module of the sources that imports nothing, compiled on its own. */
async function importSource(path) {
  const { code } = await transform(readFileSync(join(ROOT, path), 'utf8'), { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** The handlebars options templates compile with, from the one place the program keeps them. */
async function compileOptions() {
  return (await importSource('src/compose/templateOptions.ts')).COMPILE_OPTIONS;
}

/** src/compose/precompiledTemplates.ts with every src/kinds/KIND/templates/NAME.hbs compiled, keyed by its text. */
async function precompiledTemplates() {
  const options = await compileOptions();
  const entries = [];
  for (const kind of readdirSync(join(ROOT, 'src', 'kinds'))) {
    const dir = join(ROOT, 'src', 'kinds', kind, 'templates');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.hbs'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      entries.push(`  [${JSON.stringify(text)}, ${Handlebars.precompile(text, options)}],`);
    }
  }
  return `export const PRECOMPILED = new Map([\n${entries.join('\n')}\n]);\n`;
}

const templatesPlugin = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /src[\\/]compose[\\/]precompiledTemplates\.ts$/ }, async () => ({ contents: await precompiledTemplates(), loader: 'js' }));
  },
};

// pdfkit reads its data files (standard font metrics, the sRGB profile for PDF/A) from `__dirname`, which in the
// bundle would be dist/; point it at the installed package instead.
const pdfkitDataPlugin = {
  name: 'pdfkit-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('__dirname', '__pdfkitDir'),
      loader: 'js',
    }));
  },
};

// tinypool starts its workers from its own entry file, which it finds from its `import.meta.url`: in the bundle that
// would be dist/; point it at the installed package instead.
const tinypoolPlugin = {
  name: 'tinypool-entry',
  setup(b) {
    b.onLoad({ filter: /[\\/]tinypool[\\/]dist[\\/]index\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', '__tinypoolUrl'),
      loader: 'js',
    }));
  },
};

// Modules left out of the bundle. The libraries load them at start, but the program never runs the code that uses
// them: it breaks lines itself (pdfkit's linebreak goes unused), and gray-matter only splits off the front matter
// (src/load/frontMatter.ts), so its YAML engine (js-yaml, which also loads esprima) goes unused, and loading them
// slowed every cold build. In their place is a module that fails loudly when any part of it is used.
const UNUSED = ['linebreak', 'js-yaml'];
const unusedPlugin = {
  name: 'unused-modules',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${UNUSED.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'unused' }));
    b.onLoad({ filter: /.*/, namespace: 'unused' }, (args) => ({
      contents: `const fail = () => { throw new Error(${JSON.stringify(`${args.path} is left out of the bundle (scripts/bundle.mjs), but was used`)}); };
const unused = (target) => new Proxy(target, {
  get: (_, key) => (typeof key === 'symbol' || key === '__esModule' ? undefined : fail),
  apply: fail,
  construct: () => unused({}),
});
module.exports = unused(function () {});`,
      loader: 'js',
    }));
  },
};

// fontkit's shaping data (unicode-properties, unicode-trie, read into tries when fontkit loads) is needed only for the
// fallback fonts (src/core/fallbackFonts.ts): Arimo is drawn unshaped (src/render/pdf/fonts.ts). The bundle holds a
// stand-in that loads the real module from node_modules the first time anything of it is used.
const LAZY = ['unicode-properties', 'unicode-trie'];
const lazyPlugin = {
  name: 'lazy-modules',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${LAZY.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: `let real;
// createRequire, which esbuild leaves alone: a plain require would be bundled again, as this module.
const load = () => (real ??= require('node:module').createRequire(__filename)(${JSON.stringify(args.path)}));
const member = (object, key) => (typeof object[key] === 'function' ? object[key].bind(object) : object[key]);
const deferred = (create) => { let value; return new Proxy({}, { get: (_, key) => member((value ??= create()), key) }); };
module.exports = new Proxy(function () {}, {
  get: (_, key) => (key === '__esModule' ? undefined : load()[key]),
  construct: (_, args) => deferred(() => new (load())(...args)),
});`,
      loader: 'js',
    }));
  },
};

// pdfkit loads crypto-js, which slows every cold build (README, «Ytelse»), for one MD5: the file identifier of every
// PDF. Its encryption, the only other use, is never asked for. The bundle holds node:crypto's MD5 in crypto-js's form
// (a WordArray) and loads the real module from node_modules should anything else of it be used.
const cryptoJsPlugin = {
  name: 'crypto-js-md5',
  setup(b) {
    b.onResolve({ filter: /^crypto-js$/ }, (args) => ({ path: args.path, namespace: 'crypto-js-md5' }));
    b.onLoad({ filter: /.*/, namespace: 'crypto-js-md5' }, () => ({
      contents: `let real;
const load = () => (real ??= require('node:module').createRequire(__filename)('crypto-js'));
const MD5 = (input) => {
  if (typeof input !== 'string') return load().MD5(input);
  const digest = require('node:crypto').createHash('md5').update(input, 'utf8').digest();
  return { words: [0, 4, 8, 12].map((i) => digest.readInt32BE(i)), sigBytes: 16 };
};
module.exports = new Proxy({}, { get: (_, key) => (key === 'MD5' ? MD5 : key === '__esModule' ? undefined : load()[key]) });`,
      loader: 'js',
    }));
  },
};

rmSync(CODE_CACHE, { force: true });
// The Norwegian hyphenation patterns as compact text (src/layout/text/hyphenationPatterns.ts), which loads far faster
// than the package's JavaScript or its trie as JSON (README, «Ytelse»; src/layout/text/hyphenate.ts reads this file
// when it runs from the bundle).
mkdirSync(join(ROOT, 'dist'), { recursive: true });
const { compactPatterns } = await importSource('src/layout/text/hyphenationPatterns.ts');
writeFileSync(join(ROOT, 'dist', 'hyphen-nb.txt'), compactPatterns(createRequire(import.meta.url)('hyphen/patterns/nb')));
await build({
  entryPoints: [join(ROOT, 'src/cli/bundleEntry.ts')],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // The sources' `import.meta.url` (src/packageRoot.ts, the font lookup) is the bundle's own file.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: {
    js: [
      'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;',
      'const __pdfkitDir = require("node:path").dirname(require.resolve("pdfkit"));',
      'const __tinypoolUrl = require("node:url").pathToFileURL(require.resolve("tinypool")).href;',
    ].join('\n'),
  },
  plugins: [templatesPlugin, pdfkitDataPlugin, tinypoolPlugin, unusedPlugin, lazyPlugin, cryptoJsPlugin],
  // Loaded only for documents with charts or by import-regnskap: kept out of the bundle every build parses.
  external: ['vega', 'vega-lite', '@resvg/resvg-js', 'svg-to-pdfkit', 'exceljs'],
  // Half the size, and every thread holds the bundle's text (README, «Ytelse»). Names stay, so an internal error's
  // stack trace still names its functions.
  minifyWhitespace: true,
  minifySyntax: true,
});
// esbuild leaves non-ASCII letters in regular expressions (/[æøå]/). Escaped, the bundle is ASCII, which
// bin/loadBundle.js reads as Latin-1, much faster than it decodes UTF-8 (README, «Ytelse»). A \u escape of each UTF-16
// unit means the same character in a string, a regular expression (with or without the u flag) and an identifier;
// only after a backslash would it not, and then the build stops.
const bundled = readFileSync(BUNDLE, 'utf8');
if (/\\[^\x00-\x7f]/.test(bundled)) throw new Error('The bundle has a backslash before a non-ASCII character, which escaping would change: see scripts/bundle.mjs.');
writeFileSync(BUNDLE, bundled.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`));

// The example documents, content/GROUP/DOCUMENT (a folder there that holds no document only gives an error).
const content = join(ROOT, 'content');
const documents = existsSync(content)
  ? readdirSync(content, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((group) =>
    readdirSync(join(content, group.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((doc) => join(content, group.name, doc.name)))
  : [];

// One document at a time, so the code runs in this thread (a batch would run it in worker threads) and its
// compiled functions go into the cache. What the builds print is not for the reader of `npm run build`.
const { exports: app, script } = loadBundle({ useCache: false });
const out = mkdtempSync(join(tmpdir(), 'styringsdok-bundle-'));
const write = { out: process.stdout.write, err: process.stderr.write };
process.stdout.write = process.stderr.write = () => true;
let failed;
try {
  for (const dir of documents) {
    const code = await app.main(['build', dir, '--out', out, '--format', 'docx,pdf,md,html']);
    if (code > 1) failed ??= dir;
  }
} finally {
  Object.assign(process.stdout, { write: write.out });
  Object.assign(process.stderr, { write: write.err });
  rmSync(out, { recursive: true, force: true });
}
if (failed) {
  console.error(`The bundle failed building ${failed}: run it with \`node bin/styringsdok.js build ${failed}\` to see why.`);
  process.exit(1);
}
writeFileSync(CODE_CACHE, script.createCachedData());
