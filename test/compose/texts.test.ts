import { markdownOf, flatBlocks } from '../helpers/markdown.js';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../src/documents.js';
import type { Composed } from '../../src/model/composed.js';
import type { Heading, Letterhead, Run, Table } from '../../src/model/document.js';
import { fill, type Language } from '../../src/compose/texts.js';
import { draftTexts } from '../../src/draftReport/texts.js';
import { texts as reportTexts } from '../../src/kinds/arsrapport/texts.js';
import { texts as letterTexts } from '../../src/kinds/tildelingsbrev/texts.js';
import { templateTexts as tilleggTemplateTexts, texts as tilleggTexts } from '../../src/kinds/tillegg/texts.js';
import { copy2023, CONTENT } from '../helpers/examples.js';
import { copyFixture, edit } from '../helpers/fixtures.js';

const compose = async (dir: string): Promise<Composed> => {
  const { composed, diagnostics } = composeChecked(await checkDocument(dir));
  if (!composed) throw new Error(JSON.stringify(diagnostics.filter((d) => d.severity === 'feil')));
  return composed;
};
const text = (runs: Run[]) => runs.map((r) => r.text).join('');
const flat = flatBlocks;
const headings = (c: Composed, level?: number) => flat(c.model.blocks).filter((b): b is Heading => b.type === 'heading' && (level === undefined || b.level === level)).map((h) => text(h.content));
const tables = (c: Composed) => flat(c.model.blocks).filter((b): b is Table => b.type === 'table');
/** Amounts are written with no-break spaces; the sentences are compared with plain ones. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const head = (t: Table) => t.head[0].map(text);
/** Everything a reader sees that the program writes around the content: the Markdown, the running header and the first page's footer. */
const visible = (c: Composed) => [markdownOf(c), c.model.furniture.header ?? '', ...(c.model.furniture.firstPageFooter ?? []).flat(), c.model.furniture.pageNumberFormat].join('\n');

/** A nynorsk copy of the small test letter. */
function nynorskLetter(): string {
  const dir = copyFixture();
  edit(dir, 'brev.md', 'år: 2024\n', 'år: 2024\nspråk: nn\n');
  return dir;
}

describe('fixed texts in bokmål and nynorsk', () => {
  it('every nynorsk text has the bokmål text\'s placeholders, and the two differ where the languages do', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{([^{}\s]+)\}/g)].map((m) => m[1]).sort();
    /** Every section of fixed texts, of every kind and of the draft report. */
    const texts = (language: Language) => ({
      ...letterTexts(language), tillegg: tilleggTexts(language).tillegg, årsrapport: reportTexts(language), utkast: draftTexts(language),
    });
    const [nb, nn] = [texts('nb'), texts('nn')];
    expect(Object.keys(nb)).toEqual(['brev', 'tildelingsbrev', 'tillegg', 'årsrapport', 'utkast']);
    for (const section of Object.keys(nb) as Array<keyof typeof nb>) {
      expect(Object.keys(nn[section]), section).toEqual(Object.keys(nb[section]));
      for (const [key, value] of Object.entries(nb[section])) expect(placeholders((nn[section] as Record<string, string>)[key]), `${section}.${key}`).toEqual(placeholders(value));
    }
    expect(nn.brev.med_hilsen).toBe('Med helsing');
    expect(fill(nn.tildelingsbrev.tidligere_oppdrag, { år: 2024, mål: 1 })).toBe('Oppdrag gitt tidlegare, med frist i 2024 eller seinare, som skal bidra til å nå mål nr. 1');
    expect(() => fill(nn.tildelingsbrev.tidligere_oppdrag, { år: 2024 })).toThrow(/trenger verdien «mål»/);
    // A tillegg's templates see the letter's texts too, with its own where both have the key.
    expect(tilleggTemplateTexts('nn')).toMatchObject({ med_hilsen: 'Med helsing', mål_og_oppdrag: 'Mål, styringsparametrar og oppdrag for {år}' });
  });
});

describe('a nynorsk tildelingsbrev', async () => {
  const nb = await compose(copyFixture());
  const nn = await compose(nynorskLetter());

  it('has nynorsk chapter titles, assignment headings, table heads, closing and furniture', () => {
    expect(headings(nn, 1)).toEqual([
      'Tildelingsbrev til Testdirektoratet for 2024', 'Innledning', 'Mål, styringsparametrar og oppdrag',
      'Rapportering og styringsinformasjon', 'Tildeling av midlar', 'Vedlegg nr. 1 Instruks', 'Vedlegg nr. 2 Oppdrag',
    ]);
    expect(headings(nn)).toContain('Oppdrag som skal bidra til å nå mål nr. 1');
    expect(headings(nn)).toContain('Oppdrag gitt tidlegare, med frist i 2024 eller seinare, som skal bidra til å nå mål nr. 1');
    const letterhead = flat(nn.model.blocks).find((b): b is Letterhead => b.type === 'letterhead')!;
    expect(letterhead.references.map((r) => r.label)).toEqual(['Dykkar ref', 'Vår ref', 'Dato']);
    const heads = tables(nn).map(head);
    expect(heads).toContainEqual(['Nr.', 'Oppdrag', 'Frist']);
    expect(heads).toContainEqual(['Post', 'Nemning', 'Tildeling 2024 (i mill. kroner)']);
    expect(heads).toContainEqual(['Type rapportering', 'Teljetidspunkt', 'Rapporteringsfrist']);
    expect(markdownOf(nn)).toContain('Testdepartementet ber om følgjande rapportering:');
    expect(markdownOf(nn)).toContain('| Årsrapport 2024 | 31. desember 2024 | Innan 15. mars 2025 |');
    expect(plain(markdownOf(nn))).toContain('Det er løyvd 15,2 mill. kroner på posten. Departementet stiller 10 mill. kroner til disposisjon for TDIR, og av dette er 8,3 mill. kroner udisponerte midlar.');
    expect(markdownOf(nn)).toContain('TDIR disponerer heile beløpet.');
    expect(markdownOf(nn)).toContain('::: innholdsfortegnelse\nInnhald\n:::');
    expect(markdownOf(nn)).toContain('Med helsing');
    expect(markdownOf(nn)).toContain('Dokumentet er elektronisk signert og har difor ikkje handskrivne signaturar');
    expect(markdownOf(nn)).toMatch(/\*\*Vedlegg\*\*\n\n- Vedlegg nr\. 1 Instruks/);
    expect(markdownOf(nn)).toContain('**Kopi**\\\nRiksrevisjonen');
    expect(nn.model.furniture.firstPageFooter).toContainEqual(['Sakshandsamar', 'Ola Nordmann', '22 00 00 01']);
    expect(nn.model.meta.language).toBe('nn-NO');
  });

  it('contains none of the bokmål-only fixed texts', () => {
    const bokmål = [
      'styringsparametere', 'Tildeling av midler', 'gitt tidligere', 'eller senere', 'Deres ref', 'Innhold\n', 'Betegnelse',
      'Det er bevilget', 'hvorav', 'udisponerte midler', 'hele beløpet', 'følgende rapportering', 'Telletidspunkt', 'Innen ',
      'Med hilsen', 'har derfor ikke håndskrevne signaturer', 'Saksbehandler',
    ];
    const all = visible(nn);
    expect(bokmål.filter((s) => all.includes(s))).toEqual([]);
    // …and the bokmål letter has every one of them that a letter of this content uses.
    expect(bokmål.filter((s) => !visible(nb).includes(s))).toEqual([]);
  });

  it('differs from the bokmål letter in the fixed texts only: same structure, same figures', () => {
    const shape = (c: Composed) => flat(c.model.blocks).map((b) => b.type);
    expect(shape(nn)).toEqual(shape(nb));
    expect(tables(nn).map((t) => t.body.length)).toEqual(tables(nb).map((t) => t.body.length));
    const figures = (c: Composed) => markdownOf(c).match(/\d[\d\u00a0,.]*/g);
    expect(figures(nn)).toEqual(figures(nb));
  });
});

describe('a document folder\'s own templates', () => {
  const withTemplate = async (template: string) => {
    const dir = nynorskLetter();
    mkdirSync(join(dir, 'maler'));
    writeFileSync(join(dir, 'maler', 'avslutning.hbs'), template);
    return composeChecked(await checkDocument(dir));
  };

  it('can use the fixed texts in the document\'s language, with values filled in', async () => {
    const { composed } = await withTemplate('{{@tekst.med_hilsen}}\n\n{{#each mål}}{{fyll @tekst.nye_oppdrag mål=nr}}\n\n{{/each}}');
    expect(markdownOf(composed!)).toMatch(/Med helsing\n\nOppdrag som skal bidra til å nå mål nr\. 1\n\nOppdrag som skal bidra til å nå mål nr\. 2\n/);
  });

  it('get an error, not an empty text, for a misspelt key or a missing value', async () => {
    const misspelt = await withTemplate('{{@tekst.med_hilsn}}\n');
    expect(misspelt.composed).toBeUndefined();
    expect(misspelt.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('«med_hilsn»')]);
    const missing = await withTemplate('{{fyll @tekst.nye_oppdrag}}\n');
    expect(missing.composed).toBeUndefined();
    expect(missing.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('trenger verdien «mål»')]);
  });
});

describe('a nynorsk tillegg', async () => {
  const root = copy2023();
  const nb = await compose(join(root, 'tillegg-1'));
  edit(join(root, 'tildelingsbrev'), 'brev.md', 'språk: nb', 'språk: nn');
  const nn = await compose(join(root, 'tillegg-1'));

  it('follows the letter\'s language in its headings, sentences, table and closing', () => {
    expect(headings(nn, 1).slice(1)).toEqual(['Endringar i oppdrag', 'Mål, styringsparametrar og oppdrag for 2023', 'Tildeling av midlar']);
    expect(markdownOf(nn)).toContain('Følgjande endringar frå revidert nasjonalbudsjett 2023 får verknad for postar som er stilte til disposisjon for IMDi:');
    expect(plain(markdownOf(nn))).toContain('Løyvinga på posten blir auka med 5,2 mill. kroner.');
    expect(plain(markdownOf(nn))).toContain('Løyvinga på posten blir redusert med 1,5 mill. kroner.');
    expect(markdownOf(nn)).toContain('Etter endringane i dette tillegget disponerer IMDi følgjande på postane over (i kroner):');
    expect(tables(nn).map(head)).toContainEqual(['Kap./post', 'Postnamn', 'Før dette tillegget', 'Endring', 'Budsjett 2023']);
    expect(markdownOf(nn)).toContain('Med helsing');
    expect(nn.model.meta.language).toBe('nn-NO');
  });

  it('contains none of the bokmål-only fixed texts, which the bokmål tillegg has', () => {
    const bokmål = [
      'Endringer i oppdrag', 'styringsparametere', 'Tildeling av midler', 'Følgende endringer fra', 'får virkning på poster',
      'Bevilgningen på posten', 'Etter endringene', 'følgende på postene', 'Postnavn', 'Deres ref', 'Med hilsen', 'har derfor ikke', 'Saksbehandler',
    ];
    expect(bokmål.filter((s) => visible(nn).includes(s))).toEqual([]);
    expect(bokmål.filter((s) => !visible(nb).includes(s))).toEqual([]);
  });
});

describe('a nynorsk årsrapport', async () => {
  const NN_PARTS = ['Leiarens fråsegn', 'Introduksjon til verksemda og hovudtal', 'Aktivitetar og resultat i 2023', 'Styring og kontroll i verksemda', 'Vurdering av framtidsutsikter', 'Årsrekneskap'];
  const FOLDERS = ['1-leders-beretning', '2-introduksjon-og-hovedtall', '3-aktiviteter-og-resultater', '4-styring-og-kontroll', '5-framtidsutsikter', '6-arsregnskap'];
  const report = async (language: 'nb' | 'nn') => {
    const root = join(mkdtempSync(join(tmpdir(), 'styringsdok-nn-')), 'imdi-2023');
    for (const d of ['tildelingsbrev', 'arsrapport']) cpSync(join(CONTENT, 'imdi-2023', d), join(root, d), { recursive: true });
    const dir = join(root, 'arsrapport');
    if (language === 'nn') {
      edit(dir, 'rapport.md', 'språk: nb', 'språk: nn');
      FOLDERS.forEach((f, i) => writeFileSync(join(dir, 'deler', f, 'del.md'), `---\ntittel: ${NN_PARTS[i]}\n---\n`));
    }
    return compose(dir);
  };
  const nb = await report('nb');
  const nn = await report('nn');
  /** The generated tables' titles, heads and cells, leaving out notes 1–8, whose titles and lines come from regnskap.yaml. */
  const generated = (c: Composed) => {
    const blocks = flat(c.model.blocks);
    return blocks.flatMap((b, i) => {
      if (b.type !== 'table') return [];
      const before = blocks[i - 1];
      const title = before?.type === 'heading' ? text(before.content) : '';
      return /^Note \d/.test(title) ? [] : [title, ...head(b), ...b.body.flatMap((r) => r.map(text))];
    }).join('\n');
  };

  it('titles and labels its tables in nynorsk', () => {
    const all = generated(nn);
    for (const s of [
      'Resultatkrav i tildelingsbrevet 2023', 'Oppdrag i tildelingsbrev for 2023', 'Nøkkeltal frå årsrekneskap', 'Tal på årsverk', 'Utnyttingsgrad post 01–99',
      'Oppstilling av løyvingsrapportering for rekneskapsåret 2023', 'Samla tildeling*', 'Rekneskap 2023', 'Meirutgift (−) og mindreutgift', 'Sum utgiftsført',
      'Netto rapportert til løyvingsrekneskapen', 'Note A Forklaring av samla tildeling', 'Overført frå i fjor', 'Mogleg overførbart beløp berekna av verksemda',
      'Oppstilling av artskontorapportering for 2023', 'Utbetalingar til løn', 'Tilskotsforvaltning og andre overføringar frå staten', 'Oversikt over mellomværet med statskassen',
    ]) expect(all, s).toContain(s);
    expect(markdownOf(nn)).toContain('::: innholdsfortegnelse\nInnhald\n:::');
    expect(nn.model.meta.language).toBe('nn-NO');
  });

  it('contains none of the bokmål-only table texts, which the bokmål report has', () => {
    const bokmål = [
      'Nøkkeltall', 'Antall årsverk', 'Utnyttelsesgrad', 'Lønnsandel', 'bevilgningsrapportering', 'regnskapsår', 'Samlet tildeling', 'Regnskap 2023',
      'Merutgift', 'Merinntekt', 'bevilgningsregnskapet', 'Overført fra i fjor', 'Årets tildelinger', 'beregnet av virksomheten', 'Innsparinger',
      'Utbetalinger til lønn', 'Innbetalinger fra', 'Tilskuddsforvaltning', 'Innkrevingsvirksomhet', 'felleskapitler', 'mellomværende', 'Fordringer',
    ];
    expect(bokmål.filter((s) => generated(nn).includes(s))).toEqual([]);
    expect(bokmål.filter((s) => !generated(nb).includes(s))).toEqual([]);
    expect(markdownOf(nn)).not.toContain('::: innholdsfortegnelse\nInnhold\n');
  });
});
