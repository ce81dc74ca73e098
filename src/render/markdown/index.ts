import { isFootnote, unreachable, type Block, type Cell, type DocumentModel, type Run, type Table } from '../../model/document.js';
import { footnotesIn } from '../../model/footnotes.js';

/**
 * The Markdown writer (`build --format md`): the document model as pandoc Markdown, so what it prints is what
 * the DOCX and PDF show. Headings carry their numbers as text and their ids as attributes; letterhead,
 * signatures and small print are fenced divs; a line break inside a table cell is written `; `
 * (a pipe table has no Markdown line break, and `<br>` would be raw HTML, which the .md output never contains).
 * Footnotes are `[^1]` in the text and `[^1]: …` at the end; a draft's mark is a `::: utkast` div first.
 */
export function renderMarkdown(model: DocumentModel): string {
  const notes = footnotesIn(model.blocks).map((note) => `[^${note.number}]: ${inline(note.content, '\\\n    ')}`);
  const mark = model.furniture.watermark ? [fenced('utkast', [escape(model.furniture.watermark)])] : [];
  return `${[...mark, ...blocks(model.blocks), ...notes].join('\n\n')}\n`;
}

function blocks(list: readonly Block[]): string[] {
  return list.map(block).filter((text) => text !== '');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading': {
      const attrs = [`#${b.id}`, ...(b.number ? [] : ['.unnumbered']), ...(b.inToc ? [] : ['.unlisted'])];
      return `${'#'.repeat(Math.min(b.level, 6))} ${b.number ? `${b.number} ` : ''}${inline(b.content)} {${attrs.join(' ')}}`;
    }
    case 'paragraph':
      return b.content.map((part) => (isFootnote(part) ? `[^${part.number}]` : inline([part]))).join('');
    case 'list':
      return b.items.map((item, k) => {
        const marker = b.ordered ? `${b.start + k}.` : '-';
        const body = blocks(item).join('\n\n');
        return `${marker} ${body.split('\n').map((line, k) => (k === 0 || line === '' ? line : `${' '.repeat(marker.length + 1)}${line}`)).join('\n')}`;
      }).join('\n');
    case 'table':
      return table(b);
    case 'pageBreak':
      return '\\newpage';
    case 'toc':
      return fenced('innholdsfortegnelse', [escape(b.title)]);
    case 'letterhead':
      return fenced('brevhode', [
        escape(b.sender),
        lines(b.recipient),
        table({ type: 'table', columns: b.references.map(() => ({ kind: 'text', align: 'left', width: 1 })), head: [b.references.map((r) => [{ text: r.label }])], body: [b.references.map((r) => (r.value ? [{ text: r.value }] : []))], foot: [] }),
      ]);
    case 'signatures':
      return fenced('signaturer', [...b.greeting.map(escape), ...b.signatories.map(lines)]);
    case 'note':
      return fenced('merknad', blocks(b.children));
    case 'keepTogether':
      return fenced('hold-sammen', blocks(b.children));
    case 'quote':
      return blocks(b.children).join('\n\n').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
    case 'figure':
      // Markdown has no chart and the output no raw HTML: the caption and the alt text stand in for the drawing.
      return fenced('figur', [escape(b.caption), escape(b.alt)]);
    default:
      return unreachable(b);
  }
}

const fenced = (name: string, parts: string[]) => `::: ${name}\n${parts.join('\n\n')}\n:::`;

const lines = (texts: string[]) => texts.map(escape).join('\\\n');

/** A line break inside a table cell: pipe tables have no Markdown line break, and the output never has raw HTML. */
const CELL_BREAK = '; ';

function table(t: Table): string {
  const columns = Math.max(t.columns.length, ...[...t.head, ...t.body, ...t.foot].map((row) => row.length));
  const total = t.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const row = (cells: Cell[]) => `| ${Array.from({ length: columns }, (_, k) => inline(cells[k] ?? [], CELL_BREAK, escapeInCell)).join(' | ')} |`;
  const rule = Array.from({ length: columns }, (_, k) => {
    const col = t.columns[k];
    // pandoc reads relative column widths from the dashes of this line.
    const dashes = '-'.repeat(Math.max(3, Math.round(((col?.width ?? 1) / total) * 72)));
    return col?.align === 'right' ? `${dashes.slice(1)}:` : col?.align === 'center' ? `:${dashes.slice(2)}:` : dashes;
  });
  const head = t.head.length ? t.head.map(row) : [row([])];
  return [...head, `|${rule.join('|')}|`, ...t.body.map(row), ...t.foot.map(row)].join('\n');
}

function inline(runs: readonly Run[], lineBreak = '\\\n', escapeText = escape): string {
  return runs.map((run) => {
    if (run.text === '\n') return lineBreak;
    let text = escapeText(run.text);
    if (run.italic) text = `*${text}*`;
    if (run.bold) text = `**${text}**`;
    return run.href ? `[${text}](${run.href})` : text;
  }).join('');
}

/** Text in a table cell: no line starts there, so only inline markup needs escaping. */
const escapeInCell = (text: string) => text.replace(/[\\`*_[\]{}<>~|]/g, (c) => `\\${c}`);

/** Text as Markdown that reads back as the same text. */
function escape(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>~|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}
