import { isAlias, isCollection, isPair, isScalar, type Document, type Node } from 'yaml';
import { decimalOf, equalDecimals, parseDecimal } from '../format/decimal.js';
import { FORBIDDEN_HINT, FORBIDDEN_MESSAGE, firstForbidden } from './textHygiene.js';

/** Deeper nesting than any content file needs (a budget is about six levels); beyond it YAML is refused, not recursed into. */
export const MAX_YAML_DEPTH = 64;

/** Digits a JavaScript number holds exactly: a number written with more would silently lose some. */
const EXACT_DIGITS = 15;

export interface YamlProblem {
  offset: number;
  message: string;
  hint: string;
}

/**
 * Where the text first nests deeper than MAX_YAML_DEPTH, by indentation (a `- ` counts as a level) or by open
 * brackets; -1 when it does not. The parser recurses into nesting, so such text is refused before it is parsed.
 */
export function nestingTooDeep(text: string): number {
  const indents: number[] = [];
  let flow = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const content = /^[ -]*/.exec(line)![0].length;
    if (content < line.length && line[content] !== '#') {
      while (indents.length > 0 && indents[indents.length - 1] >= content) indents.pop();
      indents.push(content);
      if (indents.length + line.slice(0, content).split('-').length - 1 > MAX_YAML_DEPTH) return offset + content;
    }
    if (!/[[\]{}]/.test(line)) {
      offset += line.length + 1;
      continue;
    }
    for (let i = content; i < line.length; i++) {
      const c = line[i];
      if (c === '[' || c === '{') flow++;
      else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
      if (flow > MAX_YAML_DEPTH) return offset + i;
    }
    offset += line.length + 1;
  }
  return -1;
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * What the parser accepts but the content must not have: unknown tags (`!!js/function`, `!eget`; the parser would
 * keep their text), nesting deeper than MAX_YAML_DEPTH, numbers with more digits than can be kept exactly, and text
 * with control characters or noncharacters (written as escapes in quoted text, like "\u0007").
 * Walks the document without recursion, so even absurd nesting cannot overflow the stack.
 */
export function yamlProblems(doc: Document): YamlProblem[] {
  const problems: YamlProblem[] = [];
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') {
      const tag = /Unresolved tag: (\S+)/.exec(w.message)?.[1] ?? '';
      problems.push({ offset: w.pos[0], message: `ukjent YAML-merkelapp «${tag.replace(/^tag:yaml\.org,2002:/, '!!')}»; merkelapper (tegn som begynner med !) brukes ikke i innholdsfiler`, hint: 'Fjern merkelappen, eller sett hele verdien i anførselstegn hvis utropstegnet hører til teksten.' });
    }
  }
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isPair(node)) {
      stack.push({ node: node.key, depth }, { node: node.value, depth });
    } else if (isCollection(node)) {
      if (depth > MAX_YAML_DEPTH) {
        problems.push({ offset: node.range?.[0] ?? 0, message: `YAML-en er nestet dypere enn ${MAX_YAML_DEPTH} nivåer`, hint: 'Sjekk innrykket: en vanlig innholdsfil har bare noen få nivåer.' });
        continue;
      }
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (isScalar(node) && !isAlias(node)) {
      const problem = scalarProblem(node as Node & { value: unknown; source?: string });
      if (problem) problems.push(problem);
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

function scalarProblem(node: Node & { value: unknown; source?: string }): YamlProblem | undefined {
  const offset = node.range?.[0] ?? 0;
  if (typeof node.value === 'string') {
    const bad = firstForbidden(node.value);
    return bad && { offset, message: FORBIDDEN_MESSAGE(bad.cp), hint: FORBIDDEN_HINT };
  }
  if (typeof node.value !== 'number' || !node.source || !PLAIN_NUMBER.test(node.source)) return undefined;
  const written = parseDecimal(node.source);
  if (!written || !Number.isFinite(node.value) || !equalDecimals(written, decimalOf(node.value))) {
    return {
      offset,
      message: Number.isFinite(node.value)
        ? `tallet ${node.source} har flere sifre enn programmet kan regne nøyaktig med (høyst ${EXACT_DIGITS} sifre)`
        : `tallet ${node.source} er for stort til å regne med`,
      hint: 'Sjekk tallet. Er det et beløp, kan det ha høyst 15 sifre, og det største tillatte er 10 000 000 000 000 kroner.',
    };
  }
  return undefined;
}
