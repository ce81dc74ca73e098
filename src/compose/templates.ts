import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../load/paths.js';
import { PACKAGE_ROOT } from '../packageRoot.js';
import { readText } from '../load/readText.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { ContentError } from '../core/diagnostics.js';
import { shiftHeadings } from './markdownText.js';
import { closest } from '../validate/suggest.js';
import { fill, MissingValue } from './texts.js';
import { COMPILE_OPTIONS } from './templateOptions.js';
import { PlacedBlocks, UnknownBlock, withoutMarks } from './blocks.js';
import { PRECOMPILED } from './precompiledTemplates.js';

/** The document kinds' folders; each kind's built-in templates are in its `templates/`. */
export const KINDS_ROOT = join(PACKAGE_ROOT, 'src', 'kinds');

/** The built-in templates of a kind, by its folder name. */
export const templatesOf = (kind: string): string => join(KINDS_ROOT, kind, 'templates');

/** Content the template asked for that the document folder does not have (e.g. a required chapter). */
export class MissingContent extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

interface TemplateSource {
  name: string;
  path: string;
  text: string;
}

export interface Templates {
  /**
   * Renders the template `name` ("dokument") with the view model; `tekst` (the fixed texts in the document's
   * language, see texts.ts) is `@tekst` in every template; `{{blokk "navn" …}}` places a block built by
   * `blocks`. Throws ContentError on template problems.
   */
  render(name: string, context: object, tekst?: Record<string, string>, blocks?: PlacedBlocks): string;
}

/**
 * Loads a kind's templates, with the document folder's overrides (maler/NAME.hbs) replacing built-in ones.
 * `shared` names other kinds whose built-in templates are available too (a tillegg uses the
 * tildelingsbrev's letterhead and signatures); the kind's own templates of the same name win.
 */
export function loadTemplates(kind: string, overrides: ReadonlyMap<string, string>, shared: readonly string[] = []): Templates {
  const sources = new Map<string, TemplateSource>();
  const diagnostics: Diagnostic[] = [];
  const dir = templatesOf(kind);
  for (const from of [...shared, kind]) for (const source of builtInSources(templatesOf(from))) sources.set(source.name, source);
  const builtIn = new Set(sources.keys());
  for (const [name, path] of overrides) {
    const text = readText(path);
    if (!text.ok) diagnostics.push(text.diagnostic);
    else sources.set(name, { name, path, text: text.text });
  }
  // An override that replaces no built-in template and that no template includes would be silently ignored.
  for (const [name, path] of overrides) {
    if (builtIn.has(name)) continue;
    const used = [...sources.values()].some((src) => new RegExp(`\\{\\{~?#?>\\s*${escapeRegExp(name)}(?![\\w-])`).test(src.text));
    if (used) continue;
    const guess = closest(name, [...builtIn]);
    diagnostics.push({
      severity: 'feil', file: displayPath(path), line: 1, col: 1,
      message: `malen «${name}» erstatter ingen standardmal og brukes ikke av noen mal${guess ? ` – mente du «${guess}»?` : ''}`,
      hint: guess ? `Gi filen navnet ${guess}.hbs.` : `Standardmalene heter: ${[...builtIn].sort().join(', ')}.`,
    });
  }
  const key = [...sources.values()].map((src) => `${src.name}\0${src.path}\0${src.text}`).join('\u0001');
  const cached = diagnostics.length === 0 ? COMPILED.get(key) : undefined;
  if (cached) return cached;
  const hb = Handlebars.create();
  for (const source of sources.values()) {
    const precompiled = PRECOMPILED.get(source.text);
    try {
      if (!precompiled && !PARSED.has(source.text)) hb.parse(source.text);
      PARSED.add(source.text);
    } catch (e) {
      diagnostics.push(templateDiagnostic(source, e, 'malen har en syntaksfeil'));
      continue;
    }
    const compiled = precompiled ? hb.template(precompiled) : hb.compile(source.text, COMPILE_OPTIONS);
    hb.registerPartial(source.name, ((context: unknown, options: Handlebars.RuntimeOptions) => {
      try {
        return compiled(context, options);
      } catch (e) {
        throw located(source, e);
      }
    }) as Handlebars.Template);
  }
  if (diagnostics.length > 0) throw new ContentError(diagnostics);
  registerHelpers(hb);
  const templates: Templates = {
    render(name, context, tekst = {}, blocks = new PlacedBlocks({})) {
      const partial = hb.partials[name] as Handlebars.TemplateDelegate | undefined;
      if (!partial) throw new ContentError([{ severity: 'feil', file: displayPath(dir), line: 0, col: 0, message: `malen «${name}» finnes ikke`, hint: `Legg til ${name}.hbs.` }]);
      try {
        return partial(context, { data: { tekst, blokker: blocks }, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      } catch (e) {
        if (e instanceof LocatedTemplateError) throw new ContentError([e.diagnostic]);
        if (e instanceof UnknownBlock) throw new ContentError([{ severity: 'feil', file: displayPath(dir), line: 0, col: 0, message: `feil i malen: ${e.message}`, hint: `Blokkene som finnes: ${e.known.join(', ')}.` }]);
        if (e instanceof MissingContent) throw new ContentError([{ severity: 'feil', file: displayPath(dir), line: 0, col: 0, message: e.message, hint: e.hint }]);
        if (e instanceof MissingValue) throw new ContentError([{ severity: 'feil', file: displayPath(dir), line: 0, col: 0, message: `feil i malen: ${e.message}`, hint: `Gi verdien i malen: {{fyll … ${e.placeholder}=…}}.` }]);
        throw e;
      }
    },
  };
  if (COMPILED.size >= MAX_COMPILED) COMPILED.delete(COMPILED.keys().next().value!);
  COMPILED.set(key, templates);
  return templates;
}

/**
 * Compiled template sets by their exact sources: Handlebars compiles lazily and per environment, so
 * reusing the environment saves that work for every further document with the same templates.
 */
const COMPILED = new Map<string, Templates>();
const MAX_COMPILED = 32;

/** The built-in templates of each kind, read once per process (until forgetBuiltInTemplates). */
const BUILT_IN = new Map<string, TemplateSource[]>();
/** Forgets the built-in templates read so far, so the next build reads them again (`watch`, when they change on disk). */
export function forgetBuiltInTemplates(): void {
  BUILT_IN.clear();
}

/** Template texts already known to parse: checking them again on every build is wasted work. */
const PARSED = new Set<string>();

function builtInSources(dir: string): TemplateSource[] {
  let list = BUILT_IN.get(dir);
  if (!list) {
    list = readdirSync(dir).filter((e) => e.endsWith('.hbs')).map((entry) => {
      const path = join(dir, entry);
      return { name: entry.slice(0, -4), path, text: readFileSync(path, 'utf8') };
    });
    BUILT_IN.set(dir, list);
  }
  return list;
}

class LocatedTemplateError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

function located(source: TemplateSource, e: unknown): unknown {
  if (e instanceof UnknownBlock) return new LocatedTemplateError(templateDiagnostic(source, e, 'feil i malen', new RegExp(`\\{\\{~?\\s*blokk\\s+["']${escapeRegExp(e.block)}["']`)));
  if (e instanceof LocatedTemplateError || e instanceof MissingContent || e instanceof MissingValue) return e;
  if (!(e instanceof Error) || e.name !== 'Error' || !('lineNumber' in e || / - \d+:\d+$/.test(e.message) || /could not be found/.test(e.message))) return e;
  return new LocatedTemplateError(templateDiagnostic(source, e, 'feil i malen'));
}

function templateDiagnostic(source: TemplateSource, e: unknown, what: string, at?: RegExp): Diagnostic {
  const err = e as Error & { lineNumber?: number; column?: number };
  const fromMessage = /(?:on line |- )(\d+)(?::(\d+))?/.exec(err.message);
  let line = err.lineNumber ?? (fromMessage ? Number(fromMessage[1]) : 0);
  let col = (err.column ?? (fromMessage?.[2] ? Number(fromMessage[2]) : 0)) + 1;
  const missingField = /^"([^"]+)" not defined in/.exec(err.message);
  const missingPartial = /The partial (\S+) could not be found/.exec(err.message);
  if (missingPartial) {
    // Handlebars does not say where the partial was asked for; find the {{> name}} in the template.
    const at = findInText(source.text, new RegExp(`\\{\\{~?#?>\\s*${escapeRegExp(missingPartial[1])}(?![\\w-])`));
    if (at) [line, col] = [at.line, at.col];
  }
  const found = at && findInText(source.text, at);
  if (found) [line, col] = [found.line, found.col];
  const unclosed = /got 'EOF'/.test(err.message) ? unclosedBlock(source.text) : undefined;
  if (unclosed) {
    return {
      severity: 'feil', file: displayPath(source.path), line: unclosed.line, col: unclosed.col,
      message: `${what}: blokken «{{#${unclosed.name}}}» blir aldri avsluttet`,
      hint: `Sett inn {{/${unclosed.name}}} der blokken skal slutte.`,
    };
  }
  const unknownBlock = e instanceof UnknownBlock ? e : undefined;
  if (unknownBlock) {
    return { severity: 'feil', file: displayPath(source.path), line, col: line ? col : 0, message: `${what}: ${unknownBlock.message}`, hint: `Blokkene som finnes: ${unknownBlock.known.join(', ')}.` };
  }
  const message = missingField
    ? `${what}: malen bruker «${missingField[1]}», som ikke finnes i innholdet`
    : missingPartial
      ? `${what}: delmalen «${missingPartial[1]}» finnes ikke`
      : `${what}: ${parseErrorText(err.message)}`;
  const hint = missingField
    ? 'Rett navnet i malen, eller legg feltet til i innholdet. Se docs/maler.md for feltene malen kan bruke.'
    : missingPartial
      ? `Legg til ${missingPartial[1]}.hbs i dokumentmappens maler/, eller rett navnet.`
      : 'Sjekk at hver {{#…}} har en tilhørende {{/…}} og at klammeparentesene er parvise.';
  return { severity: 'feil', file: displayPath(source.path), line, col: line ? col : 0, message, hint };
}

function registerHelpers(hb: typeof Handlebars): void {
  /** {{#kapittel "navn"}}…{{else}}…{{/kapittel}}: the block with the chapter as context, when the folder has it. */
  hb.registerHelper('kapittel', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
    const chapters = (options.data.root as { kapitler: Record<string, unknown> }).kapitler;
    const chapter = Object.prototype.hasOwnProperty.call(chapters, key) ? chapters[key] : undefined;
    if (chapter) return options.fn(chapter);
    if (options.hash.påkrevd) throw new MissingContent(`kapitlet «${key}» mangler`, `Legg til kapitler/${key}.md med «tittel:» i forsiden og teksten under.`);
    return options.inverse(this);
  });
  /** {{md tekst nivå=2}}: Markdown from the content, with its `#` headings moved down to the given level. */
  hb.registerHelper('md', (text: string, options: Handlebars.HelperOptions) => shiftHeadings(withoutMarks(text ?? ''), Number(options.hash.nivå ?? 1)));
  /** {{blokk "budsjettabell" kap=kap}}: a generated block (a table, the letterhead, …) placed here as typed model nodes. */
  hb.registerHelper('blokk', function (this: unknown, name: string, options: Handlebars.HelperOptions) {
    return (options.data.blokker as PlacedBlocks).place(String(name), options.hash as Record<string, unknown>, this);
  });
  /** {{fyll @tekst.bevilget beløp=bevilget}}: a fixed text with its {placeholders} filled in. */
  hb.registerHelper('fyll', (text: string, options: Handlebars.HelperOptions) => fill(String(text ?? ''), options.hash as Record<string, string | number>));
}

/** Handlebars' parse errors: "Parse error on line 3:\n…{{#if x}…\n---^\nExpecting …" → the excerpt and caret. */
function parseErrorText(message: string): string {
  const [first, excerpt, caret] = message.split('\n');
  return excerpt && caret ? `uventet tegn her:\n      ${excerpt}\n      ${caret}` : first;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findInText(text: string, pattern: RegExp): { line: number; col: number } | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

/** The innermost {{#block}} that has no {{/block}}, for "unexpected end of template" errors. */
function unclosedBlock(text: string): { name: string; line: number; col: number } | undefined {
  const stack: Array<{ name: string; index: number }> = [];
  for (const m of text.matchAll(/\{\{~?\s*([#/^])\s*>?\s*([^\s}~]+)/g)) {
    if (m[1] === '#' || m[1] === '^') stack.push({ name: m[2], index: m.index });
    else {
      const open = stack.map((b) => b.name).lastIndexOf(m[2]);
      if (open >= 0) stack.length = open;
    }
  }
  const last = stack.at(-1);
  if (!last) return undefined;
  const before = text.slice(0, last.index).split('\n');
  return { name: last.name, line: before.length, col: before[before.length - 1].length + 1 };
}
