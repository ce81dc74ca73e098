/**
 * Plain text from the content, made safe to place inside composed Markdown: characters that Markdown
 * would read as formatting, links, table cells or HTML are backslash-escaped, and text that would start
 * a heading, list or quote at the start of a line is escaped too.
 */
export function escapeInline(text: string): string {
  return text
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
