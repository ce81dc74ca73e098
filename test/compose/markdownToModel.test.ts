import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../src/compose/markdownToModel.js';
import { numberHeadings } from '../../src/compose/numberHeadings.js';
import type { Block, Heading, Run, Table } from '../../src/model/document.js';

const parse = (md: string): Block[] => numberHeadings(markdownToBlocks(md));
const text = (runs: Run[]) => runs.map((r) => r.text).join('');
const headings = (blocks: Block[]) => blocks.filter((b): b is Heading => b.type === 'heading');

describe('composed Markdown to the document model', () => {
  it('numbers chapters, skips {-} headings and restarts numbering in appendices', () => {
    const blocks = parse([
      '# Tittel {- .unlisted}', '# Innledning', '## Bakgrunn', '## Mål 1 {-}', '### Under mål {-}', '# Budsjett', '## Kap. 671',
      '# Vedlegg nr. 1 Instruks {.appendix}', '## Formål', '## Ansvar {#ansvar}',
    ].join('\n\n'));
    expect(headings(blocks).map((h) => [h.number ?? '', text(h.content), h.inToc])).toEqual([
      ['', 'Tittel', false], ['1', 'Innledning', true], ['1.1', 'Bakgrunn', true], ['', 'Mål 1', true], ['', 'Under mål', true],
      ['2', 'Budsjett', true], ['2.1', 'Kap. 671', true], ['', 'Vedlegg nr. 1 Instruks', true], ['1', 'Formål', true], ['2', 'Ansvar', true],
    ]);
    expect(headings(blocks).at(-1)!.id).toBe('ansvar');
    const ids = headings(blocks).map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads tables with alignment and relative widths; prose cells have no line-break mechanism', () => {
    const [table] = parse('| Post | Betegnelse | Beløp |\n|------|----------------|-----:|\n| 21 | Spesielle driftsutgifter | 61,0 |\n| **Sum** | | **61,0** |') as Table[];
    expect(table.type).toBe('table');
    expect(table.columns.map((c) => c.align)).toEqual(['left', 'left', 'right']);
    expect(table.columns.map((c) => c.width)).toEqual([6, 16, 5]);
    expect(table.head.map((row) => row.map(text))).toEqual([['Post', 'Betegnelse', 'Beløp']]);
    expect(table.body.map((row) => row.map(text))).toEqual([['21', 'Spesielle driftsutgifter', '61,0'], ['Sum', '', '61,0']]);
    expect(table.body[1][2]).toEqual([{ text: '61,0', bold: true }]);
    const [withBreak] = parse('| A |\n|---|\n| Del 1: 01.06.2024\u2028Del 2: 31.03.2025 |') as Table[];
    // The U+2028 cell-break mechanism is gone: in prose the character is plain text, not a line break.
    expect(withBreak.body[0][0].map((r) => r.text)).toEqual(['Del 1: 01.06.2024\u2028Del 2: 31.03.2025']);
    expect(withBreak.foot).toEqual([]);
  });

  it('keeps containers, page breaks and the table of contents', () => {
    const blocks = parse('::: innholdsfortegnelse\nInnhold\n:::\n\n::: merknad\nLiten tekst\n:::\n\n\\newpage\n\nEtter');
    expect(blocks.map((b) => b.type)).toEqual(['toc', 'note', 'pageBreak', 'paragraph']);
    expect(blocks[0]).toEqual({ type: 'toc', title: 'Innhold' });
    expect(blocks[1]).toEqual({ type: 'note', children: [{ type: 'paragraph', content: [{ text: 'Liten tekst' }] }] });
    const kept = parse('::: hold-sammen\nA\n:::\n\n::: ukjent\nB\n\nC\n:::\n\nD');
    expect(kept.map((b) => b.type)).toEqual(['keepTogether', 'paragraph', 'paragraph', 'paragraph']);
    expect(kept[0]).toEqual({ type: 'keepTogether', children: [{ type: 'paragraph', content: [{ text: 'A' }] }] });
    expect(kept.slice(1).map((b) => text((b as { content: Run[] }).content))).toEqual(['B', 'C', 'D']);
  });

  it('shows raw HTML as text and refuses links other than http(s), mailto and anchors', () => {
    const blocks = parse('<script>alert(1)</script>\n\n[klikk](javascript:alert(1)) [ok](https://example.no) [post](mailto:a@b.no) [fil](file:///etc/passwd)');
    expect(text((blocks[0] as { content: Run[] }).content)).toBe('<script>alert(1)</script>');
    const runs = (blocks[1] as { content: Run[] }).content;
    expect(runs.filter((r) => r.href).map((r) => r.href)).toEqual(['https://example.no', 'mailto:a@b.no']);
    expect(text(runs)).toContain('[klikk](javascript:alert(1))');
  });

  it('reads emphasis, strong, hard breaks and nested lists', () => {
    const [p, list] = parse('Det *vises* til **Prop. 1 S**\\\nny linje\n\n1. en\n   - under\n2. to');
    expect((p as { content: Run[] }).content).toEqual([
      { text: 'Det ' }, { text: 'vises', italic: true }, { text: ' til ' }, { text: 'Prop. 1 S', bold: true }, { text: '\n' }, { text: 'ny linje' },
    ]);
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 1 });
    const items = (list as { items: Block[][] }).items;
    expect(items).toHaveLength(2);
    expect(items[0][1]).toMatchObject({ type: 'list', ordered: false });
  });
});
