import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, isInside } from '../load/paths.js';
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
      if (limits.running.length >= MAX_TEMPLATE_DEPTH) throw new LocatedTemplateError(recursionDiagnostic(limits.running, source));
      limits.running.push(source);
      try {
        return limits.spend(compiled(context, options));
      } catch (e) {
        throw located(source, e);
      } finally {
        limits.running.pop();
      }
    }) as Handlebars.Template);
  }
  if (diagnostics.length > 0) throw new ContentError(diagnostics);
  const limits = new RenderLimits();
  registerHelpers(hb, limits);
  const templates: Templates = {
    render(name, context, tekst = {}, blocks = new PlacedBlocks({})) {
      const partial = hb.partials[name] as Handlebars.TemplateDelegate | undefined;
      if (!partial) throw new ContentError([{ severity: 'feil', file: displayPath(dir), line: 0, col: 0, message: `malen «${name}» finnes ikke`, hint: `Legg til ${name}.hbs.` }]);
      limits.reset();
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

/** A template the user wrote (in the document folder's maler/), as opposed to a built-in one. */
const isOwn = (source: TemplateSource) => !isInside(KINDS_ROOT, source.path);

function located(source: TemplateSource, e: unknown): unknown {
  if (e instanceof UnknownBlock) return new LocatedTemplateError(templateDiagnostic(source, e, 'feil i malen', new RegExp(`\\{\\{~?\\s*blokk\\s+["']${escapeRegExp(e.block)}["']`)));
  if (e instanceof LocatedTemplateError || e instanceof MissingContent || e instanceof MissingValue) return e;
  if (e instanceof OutputTooLarge || (e instanceof RangeError && /string length/.test(e.message))) {
    return new LocatedTemplateError({
      severity: 'feil', file: displayPath(source.path), line: 0, col: 0,
      message: `malen lager mer enn ${MAX_TEMPLATE_OUTPUT_MB} MB tekst eller går gjennom løkkene mer enn ${MAX_TEMPLATE_STEPS.toLocaleString('nb-NO')} ganger; byggingen er stoppet`,
      hint: 'Sjekk malen for løkker ({{#each}}) inne i hverandre. Et vanlig dokument er under 1 MB.',
    });
  }
  if (e instanceof HelperMisuse) {
    const at = findInText(source.text, e.pattern);
    return new LocatedTemplateError({ severity: 'feil', file: displayPath(source.path), line: at?.line ?? 0, col: at?.col ?? 0, message: `feil i malen: ${e.message}`, hint: e.hint });
  }
  // Handlebars' own runtime fails with a TypeError on many misuses ({{lookup}}, {{> (tekst)}}, {{x.length.y}}): in a
  // template the user wrote, that is the template's error; in a built-in one, it is the program's.
  const fromHandlebars = e instanceof Error && e.name === 'Error' && ('lineNumber' in e || / - \d+:\d+$/.test(e.message) || /could not be found/.test(e.message));
  if (!fromHandlebars && !(e instanceof Error && isOwn(source))) return e;
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
  const oneArgument = /^#(\w+) requires exactly one argument/.exec(err.message);
  const missingHelper = /^Missing helper: "([^"]+)"/.exec(err.message);
  const parseError = /^Parse error|Expecting|got 'EOF'/.test(err.message);
  const message = missingField
    ? `${what}: malen bruker «${missingField[1]}», som ikke finnes i innholdet`
    : missingPartial
      ? `${what}: delmalen «${missingPartial[1]}» finnes ikke`
      : oneArgument
        ? `${what}: {{#${oneArgument[1]}}} skal ha nøyaktig én verdi`
        : missingHelper
          ? `${what}: hjelperen «${missingHelper[1]}» finnes ikke`
          : parseError
            ? `${what}: ${parseErrorText(err.message)}`
            : `${what}: Handlebars kunne ikke bruke malen slik den er skrevet (detalj: ${err.message.split('\n')[0]})`;
  const hint = missingField
    ? 'Rett navnet i malen, eller legg feltet til i innholdet. Se docs/maler.md for feltene malen kan bruke.'
    : missingPartial
      ? `Legg til ${missingPartial[1]}.hbs i dokumentmappens maler/, eller rett navnet.`
      : oneArgument
        ? `Skriv for eksempel {{#${oneArgument[1]} felt}}…{{/${oneArgument[1]}}}.`
        : parseError
          ? 'Sjekk at hver {{#…}} har en tilhørende {{/…}} og at klammeparentesene er parvise.'
          : 'Sjekk at hjelperne og feltene malen bruker finnes og får verdiene de trenger. Se «Maler» i docs/innholdsformat.md.';
  return { severity: 'feil', file: displayPath(source.path), line, col: line ? col : 0, message, hint };
}

/** How deep partials may include partials; the built-in templates go four deep. Deeper is a ring of includes. */
export const MAX_TEMPLATE_DEPTH = 32;
/** Text the templates may produce for one document (counted at every loop turn and every partial). */
export const MAX_TEMPLATE_OUTPUT_MB = 50;
/** Loop turns and partials one document's render may take; the large generated letter (500 assignments) takes about 5 000. */
export const MAX_TEMPLATE_STEPS = 1_000_000;

class OutputTooLarge extends Error {}

/**
 * Stops a render that would not end or would fill the memory: partials that include themselves (directly or
 * through others) and loops in loops producing far more text, or taking far more turns, than any document does.
 */
class RenderLimits {
  /** The partials being rendered, outermost first. */
  running: TemplateSource[] = [];
  private steps = 0;
  private chars = 0;

  reset(): void {
    this.running = [];
    this.steps = 0;
    this.chars = 0;
  }

  /** Counts one loop turn or partial and the text it produced. */
  spend(text: string): string {
    this.chars += text.length;
    if (++this.steps > MAX_TEMPLATE_STEPS || this.chars > MAX_TEMPLATE_OUTPUT_MB * 1024 * 1024) throw new OutputTooLarge();
    return text;
  }
}

/** The include that went too deep, in the template that made it, with the ring of templates that led there. */
function recursionDiagnostic(running: readonly TemplateSource[], entered: TemplateSource): Diagnostic {
  const caller = running.at(-1) ?? entered;
  const ring = running.slice(running.map((t) => t.name).lastIndexOf(entered.name)).map((t) => t.name);
  const at = findInText(caller.text, new RegExp(`\\{\\{~?#?>\\s*${escapeRegExp(entered.name)}(?![\\w-])`));
  return {
    severity: 'feil', file: displayPath(caller.path), line: at?.line ?? 0, col: at?.col ?? 0,
    message: ring.length <= 1
      ? `malen «${entered.name}» tar med seg selv ({{> ${entered.name}}}), og ville aldri blitt ferdig`
      : `malene tar med hverandre i ring (${[...ring, entered.name].map((n) => `«${n}»`).join(' → ')}), og ville aldri blitt ferdig`,
    hint: `Fjern {{> ${entered.name}}} her, eller en annen av innlemmingene i ringen.`,
  };
}

/** Thrown by a helper used wrongly in a template; located at the template that used it. */
class HelperMisuse extends Error {
  constructor(message: string, readonly hint: string, readonly pattern: RegExp) {
    super(message);
  }
}

function headingLevel(value: unknown): number {
  const level = Number(value ?? 1);
  if (!Number.isInteger(level) || level < 1 || level > 6) {
    throw new HelperMisuse(`nivå=${JSON.stringify(value)} i {{md …}} er ikke et overskriftsnivå`, 'Skriv nivået som et tall fra 1 til 6, for eksempel {{md tekst nivå=3}}.', /nivå\s*=/);
  }
  return level;
}

/**
 * A helper that takes exactly one value (and options): called with another number of values, it says so in
 * Norwegian instead of failing inside (Handlebars passes the options where the value should be).
 */
function oneValue(name: string, usage: string, helper: (this: unknown, value: unknown, options: Handlebars.HelperOptions) => unknown): Handlebars.HelperDelegate {
  return function (this: unknown, ...args: unknown[]) {
    const options = args.pop() as Handlebars.HelperOptions | undefined;
    if (args.length !== 1 || !options?.hash) {
      throw new HelperMisuse(`{{${name}}} skal ha nøyaktig én verdi, men har ${args.length}`, `Skriv for eksempel ${usage}.`, new RegExp(`\\{\\{~?[#^]?\\s*${name.replace(/^#/, '')}(?![\\w-])`));
    }
    return helper.call(this, args[0], options);
  };
}

function registerHelpers(hb: typeof Handlebars, limits: RenderLimits): void {
  const each = hb.helpers.each as Handlebars.HelperDelegate;
  /** The built-in #each, with every turn of the loop counted against the output limit. */
  hb.registerHelper('each', oneValue('#each', '{{#each oppdrag}}…{{/each}}', function (context, options) {
    const fn = options.fn;
    return each.call(this, context, { ...options, fn: Object.assign((c: unknown, o?: Handlebars.RuntimeOptions) => limits.spend(fn(c, o)), fn) });
  }));
  /** {{#kapittel "navn"}}…{{else}}…{{/kapittel}}: the block with the chapter as context, when the folder has it. */
  hb.registerHelper('kapittel', oneValue('#kapittel', '{{#kapittel "innledning"}}{{> fritekst}}{{/kapittel}}', function (key, options) {
    const chapters = (options.data.root as { kapitler: Record<string, unknown> }).kapitler;
    const chapter = typeof key === 'string' && Object.prototype.hasOwnProperty.call(chapters, key) ? chapters[key] : undefined;
    if (chapter) return options.fn(chapter);
    if (options.hash.påkrevd) throw new MissingContent(`kapitlet «${String(key)}» mangler`, `Legg til kapitler/${String(key)}.md med «tittel:» i forsiden og teksten under.`);
    return options.inverse(this);
  }));
  /** {{md tekst nivå=2}}: Markdown from the content, with its `#` headings moved down to the given level. */
  hb.registerHelper('md', oneValue('md', '{{md tekst nivå=2}}', (text, options) => shiftHeadings(withoutMarks(String(text ?? '')), headingLevel(options.hash.nivå))));
  /** {{#nivå 2}}…{{/nivå}}: the block's Markdown with every `#` heading moved down so that `#` is the given level. */
  hb.registerHelper('nivå', oneValue('#nivå', '{{#nivå 2}}…{{/nivå}}', function (this: unknown, level, options) {
    return shiftHeadings(options.fn(this), headingLevel(level));
  }));
  /** {{blokk "budsjettabell" kap=kap}}: a generated block (a table, the letterhead, …) placed here as typed model nodes. */
  hb.registerHelper('blokk', oneValue('blokk', '{{blokk "budsjettabell" kap=kap}}', function (this: unknown, name, options) {
    return (options.data.blokker as PlacedBlocks).place(String(name), options.hash as Record<string, unknown>, this);
  }));
  /** {{fyll @tekst.bevilget beløp=bevilget}}: a fixed text with its {placeholders} filled in. */
  hb.registerHelper('fyll', oneValue('fyll', '{{fyll @tekst.bevilget beløp=bevilget}}', (text, options) => fill(String(text ?? ''), options.hash as Record<string, string | number>)));
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
