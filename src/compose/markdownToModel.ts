import MarkdownIt, { type PluginWithParams } from 'markdown-it';
import container from 'markdown-it-container';
import footnote from 'markdown-it-footnote';
import type Token from 'markdown-it/lib/token.mjs';
import { isFootnote, type Align, type Cell, type Container, type Inline, type Run, type TableColumn } from '../model/document.js';
import type { RawBlock, RawHeading } from './rawBlocks.js';
import type { PlacedBlocks } from './blocks.js';

const CONTAINER_NAME = /^[\p{Ll}][\p{Ll}\d-]*$/u;
const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * The markdown-it instance: CommonMark + tables + `::: name` containers + footnotes (`[^1]` with `[^1]: …`, and
 * `^[…]`); raw HTML is shown as text, never passed on.
 */
function createParser(): MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  md.use(container as unknown as PluginWithParams, 'div', { validate: (params: string) => CONTAINER_NAME.test(params.trim()) });
  md.use(footnote as unknown as PluginWithParams);
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  return md;
}

const parser = createParser();

/**
 * The `::: name` containers prose may use, and what each becomes; any other name is an error the
 * Markdown checks report, and here its content is kept as ordinary blocks.
 */
const CONTAINERS: Readonly<Record<string, Container['type']>> = { merknad: 'note', 'hold-sammen': 'keepTogether' };

/**
 * Parses composed Markdown into blocks of the document model (headings not yet numbered). A paragraph
 * that marks a generated block (see blocks.ts) is replaced by that block's nodes.
 */
export function markdownToBlocks(markdown: string, placed?: PlacedBlocks, tocTitle = ''): RawBlock[] {
  const tokens = parser.parse(markdown, {});
  const lines = markdown.split('\n');
  const notes = footnoteTexts(tokens);
  let i = 0;

  function blocksUntil(closeType?: string): RawBlock[] {
    const out: RawBlock[] = [];
    while (i < tokens.length) {
      const t = tokens[i];
      if (closeType && t.type === closeType) {
        i++;
        return out;
      }
      const block = readBlock();
      if (Array.isArray(block)) out.push(...block);
      else if (block) out.push(block);
    }
    return out;
  }

  function readBlock(): RawBlock | RawBlock[] | undefined {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        i += 3;
        return heading(Number(t.tag.slice(1)), inline);
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        i += 3;
        if (inline.content.trim() === '\\newpage') return { type: 'pageBreak' };
        const generated = placed?.take(inline.content);
        if (generated) return generated;
        return { type: 'paragraph', content: inlines(inline.children ?? [], notes) };
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        const start = Number(t.attrGet('start') ?? 1);
        i++;
        const items: RawBlock[][] = [];
        while (tokens[i].type === 'list_item_open') {
          i++;
          items.push(blocksUntil('list_item_close'));
        }
        i++;
        return { type: 'list', ordered, start, items };
      }
      case 'table_open':
        return table();
      case 'container_div_open': {
        const name = t.info.trim();
        i++;
        const children = blocksUntil('container_div_close');
        if (name === 'innholdsfortegnelse') {
          const title = children.find((c) => c.type === 'paragraph');
          return { type: 'toc', title: title?.type === 'paragraph' ? title.content.map((r) => (isFootnote(r) ? '' : r.text)).join('') : tocTitle };
        }
        const type = Object.prototype.hasOwnProperty.call(CONTAINERS, name) ? CONTAINERS[name] : undefined;
        return type ? ({ type, children } as RawBlock) : children;
      }
      case 'hr':
        i++;
        return { type: 'pageBreak' };
      case 'fence':
      case 'code_block':
        i++;
        return { type: 'paragraph', content: [{ text: t.content.replace(/\n$/, '').replace(/\n/g, '\n') }].flatMap(splitBreaks) };
      case 'html_block':
        i++;
        return { type: 'paragraph', content: [{ text: t.content.trim() }] };
      case 'footnote_block_open':
        // The notes' texts are read up front (footnoteTexts) and go with their references.
        while (tokens[i].type !== 'footnote_block_close') i++;
        i++;
        return undefined;
      case 'blockquote_open': {
        i++;
        return { type: 'quote', children: blocksUntil('blockquote_close') };
      }
      default:
        i++;
        return undefined;
    }
  }

  /** `{nr=3.1.2}`: the number the ministry printed, where it does not follow the count. */
  const FIXED_NUMBER = /^nr=(\d{1,2}(?:\.\d{1,2}){0,3}\.?)$/;

  function heading(level: number, inline: Token): RawHeading {
    const content = runs(inline.children ?? [], notes);
    const last = content[content.length - 1];
    const attrs = last && /\s*\{([^{}]*)\}\s*$/.exec(last.text);
    const words = attrs ? attrs[1].trim().split(/\s+/) : [];
    const known = attrs && words.every((w) => ['-', '.unnumbered', '.unlisted', '.appendix', '.punktum'].includes(w) || /^#[\w-]+$/.test(w) || FIXED_NUMBER.test(w));
    if (known && attrs) last.text = last.text.slice(0, attrs.index).trimEnd();
    const id = known ? words.find((w) => w.startsWith('#'))?.slice(1) : undefined;
    return {
      type: 'heading', level, id, content: content.filter((r) => r.text !== ''),
      numbered: !(known && words.some((w) => w === '-' || w === '.unnumbered' || w === '.appendix')),
      inToc: !(known && words.includes('.unlisted')),
      appendix: !!known && words.includes('.appendix'),
      trailingDot: !!known && words.includes('.punktum'),
      fixedNumber: known ? FIXED_NUMBER.exec(words.find((w) => FIXED_NUMBER.test(w)) ?? '')?.[1] : undefined,
    };
  }

  function table(): RawBlock {
    const open = tokens[i];
    const separator = open.map ? lines[open.map[0] + 1] ?? '' : '';
    const align: Align[] = [];
    const head: Cell[][] = [];
    const body: Cell[][] = [];
    let row: Cell[] | undefined;
    let inHead = false;
    for (i++; i < tokens.length && tokens[i].type !== 'table_close'; i++) {
      const t = tokens[i];
      if (t.type === 'thead_open') inHead = true;
      else if (t.type === 'thead_close') inHead = false;
      else if (t.type === 'tr_open') row = [];
      else if (t.type === 'tr_close' && row) (inHead ? head : body).push(row);
      else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
        if (inHead) {
          const style = t.attrGet('style') ?? '';
          align.push(style.includes('right') ? 'right' : style.includes('center') ? 'center' : 'left');
        }
        row.push(runs(tokens[i + 1].children ?? [], notes));
      }
    }
    i++;
    const widths = columnWidths(separator, align.length);
    const columns = align.map((a, k): TableColumn => ({ kind: 'text', align: a, width: widths[k] }));
    const isEmptyHead = head.length === 1 && head[0].every((c) => c.every((r) => r.text.trim() === ''));
    return { type: 'table', columns, head: isEmptyHead ? [] : head, body, foot: [] };
  }

  return blocksUntil();
}

/** Relative widths from the dashes of the separator line (`|---|--------:|`), as pandoc does for pipe tables. */
function columnWidths(separator: string, columns: number): number[] {
  const cells = separator.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.replace(/[^-]/g, '').length);
  if (cells.length !== columns || cells.some((n) => n === 0)) return Array(columns).fill(1);
  return cells;
}

function splitBreaks(run: Run): Run[] {
  const parts = run.text.split('\n');
  return parts.flatMap((text, k) => (k === 0 ? [{ ...run, text }] : [{ text: '\n' }, { ...run, text }]));
}

/**
 * Each footnote's text by its markdown-it id, from the footnote block the plugin puts at the end of the tokens (it
 * holds the `[^x]: …` definitions and the `^[…]` inline notes alike); a note's paragraphs are joined by line breaks.
 */
function footnoteTexts(tokens: Token[]): Map<number, Run[]> {
  const notes = new Map<number, Run[]>();
  let id: number | undefined;
  for (const t of tokens) {
    if (t.type === 'footnote_open') id = (t.meta as { id: number }).id;
    else if (t.type === 'footnote_close') id = undefined;
    else if (id !== undefined && t.type === 'inline') {
      const text = runs(t.children ?? [], new Map());
      const note = notes.get(id);
      notes.set(id, note ? [...note, { text: '\n' }, ...text] : text);
    }
  }
  return notes;
}

/** A paragraph's inline content: runs, and footnote references carrying their note (numbered later, per document). */
function inlines(children: Token[], notes: ReadonlyMap<number, Run[]>): Inline[] {
  const out: Inline[] = [];
  let start = 0;
  children.forEach((c, k) => {
    if (c.type !== 'footnote_ref') return;
    out.push(...runs(children.slice(start, k), notes), { type: 'footnote', number: 0, content: notes.get((c.meta as { id: number }).id) ?? [] });
    start = k + 1;
  });
  return [...out, ...runs(children.slice(start), notes)];
}

/** Runs of inline tokens; where only runs can stand (headings, table cells), a footnote's text is put in parentheses. */
function runs(children: Token[], notes: ReadonlyMap<number, Run[]>): Run[] {
  const out: Run[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | undefined;
  const push = (text: string) => {
    const run: Run = { text };
    if (bold) run.bold = true;
    if (italic) run.italic = true;
    if (href) run.href = href;
    const prev = out[out.length - 1];
    if (prev && prev.text !== '\n' && text !== '\n' && prev.bold === run.bold && prev.italic === run.italic && prev.href === run.href) prev.text += text;
    else out.push(run);
  };
  for (const c of children) {
    switch (c.type) {
      case 'text': case 'code_inline': case 'html_inline':
        if (c.content) push(c.content);
        break;
      case 'softbreak': push(' '); break;
      case 'hardbreak': push('\n'); break;
      case 'strong_open': bold++; break;
      case 'strong_close': bold--; break;
      case 'em_open': italic++; break;
      case 'em_close': italic--; break;
      case 'link_open': href = c.attrGet('href') ?? undefined; break;
      case 'link_close': href = undefined; break;
      case 'image': push(c.content); break;
      case 'footnote_ref': push(` (${(notes.get((c.meta as { id: number }).id) ?? []).map((r) => (r.text === '\n' ? ' ' : r.text)).join('')})`); break;
      case 'footnote_anchor': break;
      default: if (c.content) push(c.content);
    }
  }
  return out;
}
