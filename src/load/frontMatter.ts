import matter from 'gray-matter';
import type { Diagnostic } from '../core/diagnostics.js';
import { parseYaml, type YamlSource } from './yamlSource.js';

export interface MarkdownSource {
  /** Front matter; an empty mapping when the file has none. */
  front: YamlSource;
  body: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
}

const refuseCode = (): never => {
  throw new ExecutableFrontMatter();
};
class ExecutableFrontMatter extends Error {}

/**
 * Splits a Markdown file into YAML front matter (with positions) and body. Front matter in any other
 * language than YAML is refused: gray-matter would run `---js` front matter as code.
 */
export function parseMarkdownFile(text: string, file: string): { source?: MarkdownSource; diagnostics: Diagnostic[] } {
  if (/^---[^\n]*\n/.test(text) && !/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return {
      diagnostics: [{
        severity: 'feil', file, line: 1, col: 1,
        message: 'forsiden som begynner her, blir aldri avsluttet med en linje «---»',
        hint: 'Sett en linje som bare inneholder «---» etter forsidens siste felt, før teksten.',
      }],
    };
  }
  let yamlText = '';
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      language: 'yaml',
      engines: {
        yaml: (s: string) => {
          yamlText = s;
          return {};
        },
        javascript: refuseCode,
        coffee: refuseCode,
        json: refuseCode,
      },
    });
  } catch (e) {
    const executable = e instanceof ExecutableFrontMatter;
    return {
      diagnostics: [{
        severity: 'feil', file, line: 1, col: 1,
        message: executable
          ? 'forsiden er merket som kode (for eksempel «---js»); bare YAML er tillatt, og forsiden kjøres aldri'
          : `forsiden har et ukjent format (${firstLine(text)}); bare YAML er tillatt`,
        hint: 'Begynn filen med en linje som bare inneholder «---».',
      }],
    };
  }
  const bodyOffset = text.length - parsed.content.length;
  const bodyLine = countLines(text.slice(0, bodyOffset)) + 1;
  // gray-matter's matter text starts right after the opening `---` (and its language tag), so YAML line 1 is file line 1.
  const { source, diagnostics } = parseYaml(yamlText, file, 0);
  if (!source) return { diagnostics };
  return { source: { front: source, body: parsed.content, bodyLine }, diagnostics };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

function firstLine(text: string): string {
  return `«${text.split('\n', 1)[0].slice(0, 40)}»`;
}
