import { markdownOf, withoutSignatures } from '../../helpers/markdown.js';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import type { Block } from '../../../src/model/document.js';

const REPORT = join(import.meta.dirname, '../../../content/imdi-2023/arsrapport');

async function composeExample() {
  const { composed, diagnostics } = composeChecked(await checkDocument(REPORT));
  expect(diagnostics.filter((d) => d.severity === 'feil')).toEqual([]);
  return composed!;
}
const text = (blocks: Block[]): string => blocks.map((b) => ('children' in b ? text(b.children) : b.type === 'paragraph' || b.type === 'heading' ? b.content.map((r) => ('text' in r ? r.text : '')).join('') : b.type === 'table' ? [...b.head, ...b.body, ...b.foot].map((r) => r.map((c) => c.map((x) => x.text).join('')).join(' | ')).join('\n') : b.type === 'signatures' ? [...b.greeting, ...b.signatories.flat()].join('\n') : '')).join('\n');

describe('årsrapport: signed submission and publication version from one source', () => {
  it('the publication version is a variant written as -publisering', async () => {
    const c = await composeExample();
    expect(c.variants?.map((v) => v.suffix)).toEqual(['publisering']);
  });

  it('the signed version has the leader\'s signature at the end of part I and after the ledelseskommentar in part VI', async () => {
    const c = await composeExample();
    const sigs = c.model.blocks.filter((b) => b.type === 'signatures');
    expect(sigs).toHaveLength(2);
    for (const s of sigs) expect(text([s])).toBe('Narvik, 14. mars 2024\nKari Nordmann\ndirektør');
    // Part I ends with the signature: the next block is the page break before part II.
    const i = c.model.blocks.indexOf(sigs[0]);
    expect(c.model.blocks[i + 1]).toEqual({ type: 'pageBreak' });
    const before = c.model.blocks.slice(0, c.model.blocks.indexOf(sigs[1])).filter((b) => b.type === 'heading');
    expect(text([before.at(-1)!])).toBe('Ledelseskommentar');
  });

  it('the two versions differ only in the signature blocks (markdown and model)', async () => {
    const c = await composeExample();
    const pub = c.variants![0];
    expect(markdownOf(pub)).not.toContain('::: signaturer');
    expect(markdownOf(pub)).not.toContain('Kari Nordmann');
    const signed = markdownOf(c);
    expect(signed.match(/^::: signaturer$/gm)).toHaveLength(2);
    const stripped = signed.replace(/\n\n::: signaturer\n[\s\S]*?\n:::(?=\n)/g, '');
    expect(stripped).toBe(markdownOf(pub));
    expect(withoutSignatures(c.model.blocks)).toEqual(pub.model.blocks);
    expect(pub.model.meta).toEqual(c.model.meta);
  });

  it('part III carries the results and assignment tables with a row per parameter and per assignment', async () => {
    const c = await composeExample();
    const tables = c.model.blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
    const results = tables.find((t) => t.head[0]?.[0]?.[0]?.text === 'Styringsparameter')!;
    expect(results.head[0].map((cell) => cell.map((r) => r.text).join(''))).toEqual(['Styringsparameter', 'Resultat 2021', 'Resultat 2022', 'Krav 2023', 'Resultat 2023', 'Kommentar 2023']);
    expect(results.body.filter((r) => /^SP \d+:/.test(r[0].map((x) => x.text).join('')))).toHaveLength(16);
    expect(results.body.filter((r) => /^Mål \d:/.test(r[0].map((x) => x.text).join('')))).toHaveLength(6);
    const sp1 = results.body.find((r) => r[0].map((x) => x.text).join('').startsWith('SP 1:'))!;
    expect(sp1.slice(1, 5).map((cell) => cell.map((x) => x.text).join(''))).toEqual(['74 %', '70 %', '–', '72 %']);
    const assignments = tables.find((t) => t.head[0]?.[0]?.[0]?.text === 'Oppdrag i tildelingsbrev for 2023')!;
    expect(assignments.body).toHaveLength(28);
  });

  it('part II computes utnyttelsesgrad, lønnsandel and lønnskostnader per årsverk from hovedtall.yaml', async () => {
    const c = await composeExample();
    const t = c.model.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && b.head[0]?.[0]?.[0]?.text === 'Nøkkeltall fra årsregnskap')!;
    const row = (label: string) => t.body.find((r) => r[0][0].text === label)!.map((cell) => cell.map((x) => x.text).join(''));
    // 2020: 10 042 035 525 / 10 751 161 553 = 93,4 %; 172 095 500 / 264 057 951 = 65,2 %; 172 095 500 / 192 = 896 330,7
    expect(row('Utnyttelsesgrad post 01–99')[3]).toBe('93');
    expect(row('Lønnsandel av driftsutgifter')[3]).toBe('65');
    expect(row('Lønnskostnader per årsverk')[3]).toBe('896\u00a0331');
    // 2023: 232 418 900 / 246,3 = 943 641,49
    expect(row('Lønnskostnader per årsverk')[6]).toBe('943\u00a0641');
  });
});

describe('årsrapport: the PDFs of the two versions', () => {
  it('extracted texts differ only in the signature blocks', async () => {
    const { renderPdf } = await import('../../../src/render/pdf/index.js');
    const { pdfText } = await import('../../helpers/pdfText.js');
    const c = await composeExample();
    const [signed, pub] = await Promise.all([renderPdf(c.model).then(pdfText), renderPdf(c.variants![0].model).then(pdfText)]);
    // Pagination differs (the signature takes room), so the page furniture and the table headings that repeat
    // at the top of each page a table continues on are left out; everything else must be the same, in order.
    const headCells = c.model.blocks.flatMap((b) => (b.type === 'table' ? b.head.flat().map((cell) => cell.map((r) => r.text).join('')) : []));
    const furniture = (l: string) => /^Side \d+ av \d+$/.test(l) || l === c.model.furniture.header || l.split(/\s+/).every((w) => headCells.some((h) => h.includes(w.replace(/-$/, ''))));
    const lines = (pages: string[]) => pages.join('\n').split('\n').map((l) => l.trim()).filter((l) => l && !furniture(l));
    const s = lines(signed);
    const p = lines(pub);
    const signature = ['Narvik, 14. mars 2024', 'Kari Nordmann', 'direktør'];
    expect(s.filter((l) => l === 'Kari Nordmann')).toHaveLength(2);
    expect(p).not.toContain('Kari Nordmann');
    expect(s.filter((l) => !signature.includes(l))).toEqual(p.filter((l) => !signature.includes(l)));
    expect(s.length - p.length).toBe(6);
  }, 120_000);
});
