import { markdownOf, withoutSignatures } from '../../helpers/markdown.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../../src/documents.js';

// The bundled 2020 example (IMDi's published annual report): its computed part VI must keep equalling the
// published figures to the krone, so the example cannot drift from ../shared/seeds/arsrapport-2020-IMDi.txt.
const EXAMPLE = join(import.meta.dirname, '../../../content/imdi-2020/arsrapport');

async function composed() {
  const { composed: c, diagnostics } = composeChecked(await checkDocument(EXAMPLE));
  if (!c) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return { c, diagnostics };
}
/** The composed Markdown, NBSP as space, runs of spaces as one and the minus sign as a hyphen. */
const text = (markdown: string) => markdown.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ').replace(/\u2212/g, '-');
/** A table row of the composed Markdown that starts with the given first cells (an empty cell is «| |»). */
const row = (markdown: string, start: string) => text(markdown).split('\n').find((l) => l.startsWith(`| ${start}`)) ?? '';

describe('content/imdi-2020/arsrapport: the published 2020 figures', () => {
  it('checks without errors; the only warning is that no tildelingsbrev is given', async () => {
    const { diagnostics } = await composed();
    expect(diagnostics.filter((d) => d.severity === 'feil')).toEqual([]);
    expect(diagnostics.map((d) => d.field)).toEqual(['tildelingsbrev']);
  });

  it('bevilgningsrapporteringen: Sum utgiftsført, sum inntektsført and netto as published', async () => {
    const md = markdownOf((await composed()).c);
    expect(row(md, '| **Sum utgiftsført**')).toMatch(/\*\*10 773 732 553\*\* \| \*\*10 073 626 596\*\* \| \*\*700 105 957\*\*/);
    expect(row(md, '| **Sum inntektsført**')).toContain('**34 527 151**');
    expect(row(md, '| **Netto rapportert til bevilgningsregnskapet**')).toContain('**10 039 099 445**');
    expect(row(md, '0291 70')).toContain('| 2 280 000 | 2 400 000 | -120 000 |');
  });

  it('artskontorapporteringen: the same netto, and the sums of both years as published', async () => {
    const md = markdownOf((await composed()).c);
    expect(row(md, '**Netto rapportert til bevilgningsregnskapet** | |')).toContain('| **10 039 099 445** | **13 390 420 746** |');
    expect(row(md, '**Netto rapporterte driftsutgifter**')).toContain('| **331 977 601** | **346 372 479** |');
    expect(row(md, '**Sum investerings- og finansutgifter**')).toContain('| **2 442 006** | **1 587 920** |');
    expect(row(md, '**Netto rapporterte utgifter på felleskapitler**')).toContain('| **10 282 548** | **5 225 339** |');
    expect(row(md, '**Sum mellomværende med statskassen**')).toContain('| **-5 993 108** | **-6 682 774** |');
  });

  it('Note A: 290/01 = 10 327 347 + 281 636 653 = 291 964 000', async () => {
    expect(row(markdownOf((await composed()).c), '0290 01 | 10')).toBe('| 0290 01 | 10 327 347 | 281 636 653 | 291 964 000 |');
  });

  it('Note B: maximum and possible transfer per post as published', async () => {
    const md = markdownOf((await composed()).c);
    expect(row(md, 'Maks. overførbart beløp')).toBe('| Maks. overførbart beløp | 14 081 833 | 61 200 000 | 103 529 295 | 15 994 445 000 |');
    expect(row(md, '**Sum grunnlag for overføring**')).toContain('| **28 009 753** | **29 577 029** | **17 319 165** | **513 280 936** |');
    expect(row(md, '**Mulig overførbart beløp')).toContain('| **14 081 833** | **29 577 029** | **17 319 165** | **513 280 936** |');
  });

  it('part III names the goals from resultater.yaml, as there is no letter to take them from', async () => {
    const md = text(markdownOf((await composed()).c));
    expect(md).toContain('**Mål 3: Raskt og treffsikkert bosettingsarbeid**');
    expect(md).toContain('**2020-028:** Koronatiltak rettet mot innvandrerbefolkningen');
  });

  it('the publication version is the same without the two signature blocks', async () => {
    const { c } = await composed();
    const publication = c.variants![0];
    expect(publication.suffix).toBe('publisering');
    expect(text(markdownOf(publication))).toContain('10 039 099 445');
    expect(publication.model.blocks).toEqual(withoutSignatures(c.model.blocks));
    expect(markdownOf(c).match(/::: signaturer/g)).toHaveLength(2);
  });
});
