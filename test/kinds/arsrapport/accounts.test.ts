import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import { describe, expect, it } from 'vitest';
import { artskonto, bevilgning, derivedKeyFigures, noteA, noteB } from '../../../src/kinds/arsrapport/accounts.js';
import { accountsSchema, type Accounts } from '../../../src/kinds/arsrapport/schema.js';

/**
 * IMDi's published 2020 accounts (../shared/seeds/arsrapport-2020-IMDi.txt), as regnskap.yaml would hold them.
 * The published lines are rounded from øre; two lines carry øre (,4) so that the sums round to the published totals.
 */
const imdi2020 = (): Accounts => accountsSchema.parse({
  utgifter: [
    { kap: 290, navn: 'Integrerings- og mangfoldsdirektoratet', post: 1, posttekst: 'Driftsutgifter', overført_fra_i_fjor: 10327347, årets_tildelinger: 281636653, regnskap: 264057951.4, merinntekter: 103704 },
    { kap: 291, navn: 'Bosetting', post: 21, posttekst: 'Spesielle driftsutgifter', stikkord: 'kan overføres', overført_fra_i_fjor: 12817553, årets_tildelinger: 35000000, fjorårets_tildeling: 26200000, regnskap: 18240524.4 },
    { kap: 291, navn: 'Bosetting', post: 45, posttekst: 'Større utstyrsanskaffelser', stikkord: 'kan overføres', overført_fra_i_fjor: 7014705, årets_tildelinger: 62529295, fjorårets_tildeling: 41000000, regnskap: 52224835 },
    { kap: 291, navn: 'Bosetting', post: 60, posttekst: 'Integreringstilskudd', stikkord: 'kan overføres', årets_tildelinger: 7068926000, fjorårets_tildeling: 8925519000, regnskap: 6555645064 },
    { kap: 291, navn: 'Bosetting', post: 61, posttekst: 'Særskilt tilskudd', stikkord: 'overslagsbevilgning', årets_tildelinger: 1612175000, regnskap: 1526798332 },
    { kap: 291, navn: 'Bosetting', post: 62, posttekst: 'Kommunale innvandrertiltak', årets_tildelinger: 227971000, regnskap: 219073952 },
    { kap: 291, navn: 'Bosetting', post: 70, posttekst: 'Bosettingsordningen', årets_tildelinger: 2280000, regnskap: 2400000 },
    { kap: 291, navn: 'Bosetting', post: 71, posttekst: 'Tilskudd til innvandrerorganisasjoner', årets_tildelinger: 145443000, regnskap: 140838999 },
    { kap: 291, navn: 'Bosetting', post: 72, posttekst: 'Statsautorisasjonsordningen', årets_tildelinger: 6400000, regnskap: 3200000 },
    { kap: 291, navn: 'Bosetting', post: 73, posttekst: 'Tilskudd', årets_tildelinger: 14710000, regnskap: 14714000 },
    { kap: 292, navn: 'Opplæring i norsk', post: 60, posttekst: 'Tilskudd til opplæring', årets_tildelinger: 1286502000, regnskap: 1244841867 },
    { kap: 1633, navn: 'Statlig betalt merverdiavgift', post: 1, posttekst: 'Driftsutgifter', regnskap: 31591071 },
  ],
  inntekter: [
    { kap: 3290, navn: 'IMDi', post: 1, posttekst: 'Driftsinntekter', regnskap: 103704 },
    { kap: 5309, navn: 'Tilfeldige inntekter', post: 29, posttekst: 'Ymse', regnskap: 13363623, felleskapittel: true },
    { kap: 5700, navn: 'Folketrygdens inntekter', post: 72, posttekst: 'Arbeidsgiveravgift', regnskap: 21059824, felleskapittel: true },
  ],
  artskonto: {
    andre_inntekter: [103704, 53438], lønn: [172095500, 184771858], andre_driftsutgifter: [159985805, 161654059],
    investeringer: [2427564, 1579587], finansutgifter: [14442, 8332], innkreving: [13114923, 21102161], tilskudd: [9707512214, 13058337170],
    gruppelivsforsikring: [248700, 278400], arbeidsgiveravgift: [21059824, 21861170], nettoføring_mva: [31591071, 27364909],
  },
});

describe('part VI computed from the accounting data (IMDi 2020, to the krone)', () => {
  it('bevilgningsrapportering: Sum utgiftsført and netto equal the published figures', () => {
    const b = bevilgning(imdi2020());
    const r = Math.round;
    expect([r(b.sumUtgifter.samletTildeling), r(b.sumUtgifter.regnskap), r(b.sumUtgifter.differanse)]).toEqual([10_773_732_553, 10_073_626_596, 700_105_957]);
    expect(b.sumInntekter.regnskap).toBe(34_527_151);
    expect(r(b.netto)).toBe(10_039_099_445);
    expect(b.utgifter.find((u) => u.source.kap === 291 && u.source.post === 70)!.differanse).toBe(-120_000);
    expect(b.utgifter.find((u) => u.source.kap === 1633)!.notes).toEqual([]);
  });

  it('artskontorapportering: the sums and the same netto', () => {
    const s = artskonto(imdi2020());
    expect(Math.round(s.sumUtbetalingerDrift[0])).toBe(332_081_305);
    expect(s.nettoDrift.map(Math.round)).toEqual([331_977_601, 346_372_479]);
    expect(s.sumInvFinUtgifter[0]).toBe(2_442_006); // last year's published 1 587 920 is rounded from øre
    expect(Math.round(s.netto[0])).toBe(10_039_099_445);
    expect(s.netto[1]).toBe(13_390_420_746);
  });

  it('Note A: samlet tildeling = overført fra i fjor + årets tildelinger', () => {
    const a = noteA(bevilgning(imdi2020()));
    expect(a[0]).toEqual({ kap: 290, post: 1, overførtFraIFjor: 10_327_347, åretsTildelinger: 281_636_653, samletTildeling: 291_964_000 });
    expect(a).toHaveLength(11); // not kap. 1633, which has no allocation
  });

  it('Note B: 5 % for post 01, this and last year for «kan overføres», merinntekter added', () => {
    const [p01, p21, p45, p60] = noteB(bevilgning(imdi2020()));
    expect(Math.round(p01.differanse)).toBe(27_906_049);
    expect(Math.round(p01.grunnlag)).toBe(28_009_753);
    expect(p01).toMatchObject({ merinntekter: 103_704, maks: 14_081_833, muligOverførbart: 14_081_833 });
    expect(p21).toMatchObject({ kanOverføres: true, maks: 61_200_000 });
    expect(Math.round(p21.muligOverførbart)).toBe(29_577_029);
    expect(p45).toMatchObject({ maks: 103_529_295, muligOverførbart: 17_319_165 });
    expect(p60).toMatchObject({ maks: 15_994_445_000, muligOverførbart: 513_280_936 });
  });

  it('changing one input figure moves every total that depends on it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: -5_000_000, max: 5_000_000 }).filter((d) => d !== 0), (i, d) => {
      const base = imdi2020();
      const changed = imdi2020();
      changed.utgifter[i].regnskap = (changed.utgifter[i].regnskap as number) + d;
      const [b0, b1] = [bevilgning(base), bevilgning(changed)];
      expect(Math.round(b1.sumUtgifter.regnskap - b0.sumUtgifter.regnskap)).toBe(d);
      expect(Math.round(b1.sumUtgifter.differanse - b0.sumUtgifter.differanse)).toBe(-d);
      expect(b1.sumUtgifter.samletTildeling).toBe(b0.sumUtgifter.samletTildeling);
      expect(Math.round(b1.netto - b0.netto)).toBe(d);
      expect(Math.round(b1.utgifter[i].differanse - b0.utgifter[i].differanse)).toBe(-d);
    }));
  });

  it('this year\'s allocation moves samlet tildeling, Note A and the 5 % ceiling', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 50_000_000 }), (d) => {
      const a = imdi2020();
      a.utgifter[0].årets_tildelinger = 281_636_653 + d;
      const b = bevilgning(a);
      expect(b.sumUtgifter.samletTildeling).toBe(10_773_732_553 + d);
      expect(noteA(b)[0].samletTildeling).toBe(291_964_000 + d);
      const n = noteB(b)[0];
      expect(n.maks).toBe(Math.round((281_636_653 + d) / 20));
      expect(Math.round(n.grunnlag)).toBe(28_009_753 + d);
      expect(n.muligOverførbart).toBe(Math.min(n.grunnlag, n.maks));
    }));
  });

  it('artskonto netto moves with each line by its sign', () => {
    const signs = { andre_inntekter: -1, lønn: 1, andre_driftsutgifter: 1, investeringer: 1, finansutgifter: 1, innkreving: -1, tilskudd: 1, gruppelivsforsikring: -1, arbeidsgiveravgift: -1, nettoføring_mva: 1 } as const;
    fc.assert(fc.property(fc.constantFrom(...(Object.keys(signs) as Array<keyof typeof signs>)), fc.integer({ min: 1, max: 1_000_000 }), (key, d) => {
      const a = imdi2020();
      a.artskonto[key] = [(a.artskonto[key][0] as number) + d, a.artskonto[key][1]];
      expect(Math.round(artskonto(a).netto[0] - 10_039_099_445)).toBe(signs[key] * d);
    }));
  });

  it('mulig overførbart never exceeds the ceiling, and a merutgift is carried as it is', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.boolean(), (tildeling, fjor, regnskap, kanOverføres) => {
      const a = accountsSchema.parse({ utgifter: [{ kap: 100, navn: 'X', post: kanOverføres ? 21 : 1, posttekst: 'Y', stikkord: kanOverføres ? ['kan overføres'] : [], årets_tildelinger: tildeling, fjorårets_tildeling: fjor, regnskap }], artskonto: {} });
      const [n] = noteB(bevilgning(a));
      if (tildeling === 0) return;
      const maks = kanOverføres ? tildeling + fjor : Math.round(tildeling * 0.05);
      expect(n.maks).toBe(maks);
      const grunnlag = tildeling - regnskap;
      expect(n.muligOverførbart).toBe(grunnlag < 0 ? grunnlag : Math.min(grunnlag, maks));
    }));
  });
});

describe('part II derived key figures', () => {
  it('utnyttelsesgrad, lønnsandel and lønnskostnader per årsverk (IMDi 2020: 65 % and 896 331 kroner)', () => {
    const [d] = derivedKeyFigures({ årsverk: [192], samlet_tildeling: [10_773_732_553], regnskap: [10_073_626_596], driftsutgifter: [264_057_951], lønnsutgifter: [172_095_500] }, 1);
    expect(d.utnyttelsesgrad).toBeCloseTo(10_073_626_596 / 10_773_732_553, 12);
    expect(Math.round(d.lønnsandel! * 100)).toBe(65);
    expect(Math.round(d.lønnPerÅrsverk!)).toBe(896_331);
  });

  it('leaves a figure out rather than divide by zero or by a placeholder', () => {
    const [d] = derivedKeyFigures({ årsverk: ['[[fyll inn]]'], samlet_tildeling: [0], regnskap: [5], driftsutgifter: [10], lønnsutgifter: [7] }, 1);
    expect(d).toEqual({ utnyttelsesgrad: undefined, lønnsandel: 0.7, lønnPerÅrsverk: undefined });
  });
});

describe('kapitalkontoer and note 8', () => {
  const load = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kapital-'));
    cpSync(join(import.meta.dirname, '../../../content/imdi-2020/arsrapport'), dir, { recursive: true });
    return dir;
  };
  const errorsOf = async (dir: string) => composeChecked(await checkDocument(dir)).diagnostics.filter((d) => d.severity === 'feil').map((d) => `${d.line}: ${d.message}`);

  it('the 2020 example balances: no errors', async () => {
    expect(await errorsOf(load())).toEqual([]);
  });

  it('kapitalkontoer that do not balance the net reported, and a note 8 that does not match mellomværende, are errors at their keys', async () => {
    const dir = load();
    const file = join(dir, 'regnskap.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('beløp: 32451317.6', 'beløp: 32451417.6').replace('avregning: -6038948.4, mellomværende: -6038948.4', 'avregning: -6038948.4, mellomværende: -6038848.4'));
    const line = (key: string) => text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;
    expect(await errorsOf(dir)).toEqual([
      `${line('kapitalkontoer')}: kapitalkontoene med endringen i mellomværende summerer til 10\u00a0039\u00a0099\u00a0345, men netto rapportert til bevilgningsregnskapet er 10\u00a0039\u00a0099\u00a0445 (forskjell −101)`,
      `${line('note_8')}: kolonnen «rapportert mellomværende» i note 8 summerer til −5\u00a0993\u00a0008, men mellomværende med statskassen er −5\u00a0993\u00a0108`,
    ]);
  });
});
