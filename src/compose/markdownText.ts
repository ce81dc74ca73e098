import { withoutMarks } from './blocks.js';

/**
 * Plain text from the content, made safe to place inside composed Markdown: characters that Markdown
 * would read as formatting, links, table cells or HTML are backslash-escaped, and text that would start
 * a heading, list or quote at the start of a line is escaped too.
 */
export function escapeInline(text: string): string {
  return withoutMarks(text)
    .replace(/[\\`*_[\]{}<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    .replace(/\n/g, ' ');
}

/**
 * Moves the ATX headings of a Markdown text so that its top level (`#`) becomes `level`
 * (pandoc's --shift-heading-level-by). Fenced code blocks are left alone.
 */
export function shiftHeadings(markdown: string, level: number): string {
  if (level <= 1) return markdown;
  const prefix = '#'.repeat(level - 1);
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) {
        if (!fence) fence = f[1][0];
        else if (f[1][0] === fence) fence = undefined;
        return line;
      }
      if (!fence && /^ {0,3}#{1,6}(\s|$)/.test(line)) return line.replace(/^( {0,3})(#+)/, (_, sp: string, hashes: string) => sp + (prefix + hashes).slice(0, 6));
      return line;
    })
    .join('\n');
}

const SAFE_DESTINATION = /^\s*<?\s*(https?:|mailto:|#)/i;
const SAFE_AUTOLINK = /^<(https?:\/\/|mailto:)[^\s<>]*>/i;

/**
 * Makes composed Markdown safe for any Markdown reader (ours, pandoc, an editor's preview): raw HTML and
 * autolinks other than http(s)/mailto get their `<` escaped, and links, images and reference definitions
 * whose target is not http(s), mailto or an anchor (#) get their brackets escaped, so they all read as
 * plain text. Code spans and fenced code blocks are left as they are (they are shown as text anyway).
 */
export function neutralizeMarkdown(markdown: string): string {
  const out: string[] = [];
  let segment: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (segment.length) out.push(neutralizeText(segment.join('\n')));
    segment = [];
  };
  for (const line of markdown.split('\n')) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f && (!fence || f[1][0] === fence)) {
      if (!fence) flush();
      fence = fence ? undefined : f[1][0];
      out.push(line);
    } else if (fence) out.push(line);
    else segment.push(line);
  }
  flush();
  return out.join('\n');
}

function neutralizeText(text: string): string {
  // A footnote definition (`[^1]: …`) is not a link reference definition: it has no target.
  const withDefinitions = text.replace(/^( {0,3})\[([^\]\n^][^\]\n]*)\]:(?=[ \t]*\S)/gm, (all, sp: string, label: string, offset: number) =>
    SAFE_DESTINATION.test(text.slice(offset + all.length)) ? all : `${sp}\\[${label}]:`);
  let out = '';
  const s = withDefinitions;
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === '\\') {
      out += s.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      const run = /^`+/.exec(s.slice(i))![0];
      const close = new RegExp(`(?<!\`)${run}(?!\`)`).exec(s.slice(i + run.length));
      const end = close ? i + run.length + close.index + run.length : i + run.length;
      out += s.slice(i, end);
      i = end;
    } else if (c === '<' && !SAFE_AUTOLINK.test(s.slice(i))) {
      out += '\\<';
      i++;
    } else if (c === ']' && s[i + 1] === '(' && !SAFE_DESTINATION.test(s.slice(i + 2))) {
      out += ']\\(';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
