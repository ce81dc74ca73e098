import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../core/diagnostics.js';
import { MAX_YAML_DEPTH, nestingTooDeep, yamlProblems } from './yamlChecks.js';
import { positionInText } from './textHygiene.js';

export interface Position {
  line: number;
  col: number;
}

/** Parsed YAML that can tell where any value (or the key that should hold it) stands in its file. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of the nearest existing ancestor; `key` asks for the key's position. */
  locate(path: readonly PropertyKey[], key?: boolean): Position;
}

type Range = [number, number, number] | undefined;

/**
 * Parses YAML text that starts `lineOffset` lines into `file` (front matter starts after the `---` line).
 * YAML 1.2 core schema: dates stay strings, `yes`/`no` stay strings; duplicate keys are errors.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, col };
  };
  const deep = nestingTooDeep(text);
  if (deep >= 0) {
    const { line, col } = positionInText(text, deep);
    return { diagnostics: [{ severity: 'feil', file, line: line + lineOffset, col, message: `YAML-en er nestet dypere enn ${MAX_YAML_DEPTH} nivåer`, hint: 'Sjekk innrykket: en vanlig innholdsfil har bare noen få nivåer.' }] };
  }
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const opener = unclosedOpener(text, e.code, e.message, e.pos[0]);
    const d: Diagnostic = {
      severity: 'feil',
      file,
      ...at(opener ? opener.offset : e.pos[0]),
      message: `YAML-syntaksfeil: ${opener ? opener.message : yamlErrorText(e.code, e.message)}`
        + (e.code === 'MULTILINE_IMPLICIT_KEY' || e.code === 'BLOCK_AS_IMPLICIT_KEY' ? `; sjekk innrykket på linjen under (linje ${at(e.pos[0]).line + 1})` : ''),
      hint: opener?.hint ?? 'Sjekk innrykk (mellomrom, ikke tabulator), kolon etter hver nøkkel og at tekst med kolon eller # står i anførselstegn.',
    };
    // The parser can report one mistake several times at the same place; the user needs it once.
    const key = `${d.line}:${d.col}`;
    if (!seen.has(key)) diagnostics.push(d);
    seen.add(key);
  }
  for (const p of yamlProblems(doc)) diagnostics.push({ severity: 'feil', file, ...at(p.offset), message: p.message, hint: p.hint });
  if (diagnostics.length > 0) return { diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    // An alias without its anchor (*navn before &navn), or too many aliases: the parser throws while converting.
    const alias = /alias.*?: (\S+)$/i.exec((e as Error).message);
    const offset = alias ? text.indexOf(`*${alias[1]}`) : firstAlias(doc);
    return { diagnostics: [{
      severity: 'feil', file, ...at(Math.max(0, offset)),
      message: alias ? `YAML-syntaksfeil: «*${alias[1]}» viser til et anker (&${alias[1]}) som ikke finnes før den` : 'YAML-syntaksfeil: for mange alias (*navn); hvert alias gjentar innholdet det viser til, og her ville teksten blitt uendelig stor',
      hint: 'Et «*» først i en verdi betyr et YAML-alias. Skriv innholdet ut i stedet for å bruke alias, eller sett verdien i anførselstegn hvis den skal leses som tekst.',
    }] };
  }
  const source: YamlSource = {
    file,
    data,
    locate: (path, key) => at(locateOffset(doc, path, key)),
  };
  return { source, diagnostics };
}

/** Offset of the first alias (*navn) in the document, for an alias bomb, which the parser reports without a place. */
function firstAlias(doc: Document): number {
  let offset = -1;
  visit(doc, { Alias: (_, node) => {
    offset = node.range?.[0] ?? -1;
    return visit.BREAK;
  } });
  return offset;
}

function locateOffset(doc: Document, path: readonly PropertyKey[], wantKey = false): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let best: Range = node?.range ?? undefined;
  for (let i = 0; i < path.length && node; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      const keyRange = (pair.key as Node).range ?? undefined;
      const value = pair.value as Node | null;
      if (last && (wantKey || !value)) return keyRange ? keyRange[0] : best?.[0] ?? 0;
      best = value?.range ?? keyRange;
      node = value;
    } else if (isSeq(node)) {
      const item = node.items[Number(step)] as Node | undefined;
      if (!item) break;
      best = item.range ?? best;
      node = item;
    } else break;
  }
  return best?.[0] ?? 0;
}

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'samme nøkkel står to ganger',
  BAD_INDENT: 'feil innrykk',
  TAB_AS_INDENT: 'tabulator brukt som innrykk',
  MISSING_CHAR: 'et tegn mangler (for eksempel et avsluttende anførselstegn eller en hakeparentes)',
  MULTILINE_IMPLICIT_KEY: 'en nøkkel kan ikke gå over flere linjer (mangler det et kolon eller et mellomrom etter kolon?)',
  BLOCK_AS_IMPLICIT_KEY: 'en nøkkel kan ikke gå over flere linjer',
  UNEXPECTED_TOKEN: 'uventet tegn',
  BAD_SCALAR_START: 'verdien kan ikke begynne med dette tegnet (sett teksten i anførselstegn)',
  ALIAS_PROPS: 'ugyldig alias',
  BAD_ALIAS: 'ugyldig alias',
  BAD_DIRECTIVE: 'ugyldig direktiv',
  BAD_DQ_ESCAPE: 'ugyldig escape-sekvens i tekst med doble anførselstegn',
  MULTIPLE_DOCS: 'flere YAML-dokumenter i én fil (fjern ekstra «---»-linjer)',
  UNEXPECTED_FLOW_END: 'avsluttende parentes uten åpning',
  IMPOSSIBLE: 'ugyldig YAML',
};

/**
 * For an unclosed quote or bracket the parser reports where it gave up (often lines later); the author
 * needs the place where the quote or bracket was opened.
 */
function unclosedOpener(text: string, code: string, message: string, pos: number): { offset: number; message: string; hint: string } | undefined {
  const quote = /Missing closing (["'])quote/.exec(message);
  if (code === 'MISSING_CHAR' && quote) {
    const offset = text.lastIndexOf(quote[1], Math.max(0, pos - 1));
    if (offset >= 0) {
      return {
        offset,
        message: `anførselstegnet ${quote[1]} her blir aldri lukket`,
        hint: `Sett et ${quote[1]} til slutt i teksten på samme linje, eller fjern anførselstegnet.`,
      };
    }
  }
  if (/^Flow (sequence|mapping)/.test(message) || (code === 'MISSING_CHAR' && /flow|[\]}]/i.test(message))) {
    let depth = 0;
    for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
      const c = text[i];
      if (c === ']' || c === '}') depth++;
      else if (c === '[' || c === '{') {
        if (depth === 0) {
          const close = c === '[' ? ']' : '}';
          return { offset: i, message: `«${c}» her blir aldri lukket med «${close}»`, hint: `Avslutt listen med «${close}» på samme linje, for eksempel [a, b].` };
        }
        depth--;
      }
    }
  }
  return undefined;
}

function yamlErrorText(code: string, message: string): string {
  return YAML_ERRORS[code] ?? `ugyldig YAML (${message.split('\n')[0]})`;
}
