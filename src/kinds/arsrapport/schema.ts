import { z } from 'zod';
import { chapterNumber, date, language, postNumber, text } from '../../validate/schema/common.js';
import { PLACEHOLDER } from './parts.js';

/** A place still to be filled in: `[[fyll inn: …]]`. */
const placeholderText = z.string().refine((s) => PLACEHOLDER.test(s), { message: 'forventet et tall eller en plassholder «[[fyll inn]]»', params: { expected: 'et tall, for eksempel 264057951, eller «[[fyll inn]]»' } });

/** A figure from the accounts (kroner, may be negative) or a placeholder, which counts as 0 and is listed by `check`. */
export const figure = z.union([z.number().finite(), placeholderText]);
export type Figure = z.infer<typeof figure>;

/** A date, or a placeholder the draft leaves for the author. */
const dateOrPlaceholder = z.union([z.string().regex(PLACEHOLDER).transform((s) => s), date]);

const years = z.array(z.int().min(2000).max(2100)).min(1).max(10);

/** A chart over years: «diagrammer:» in hovedtall.yaml (years default to the file's «år») or in a chapter's front matter. */
export const chartSchema = z.strictObject({
  type: z.enum(['søyle', 'gruppert søyle', 'linje']),
  tittel: text,
  /** The y axis: "personer", "mill. kroner" … */
  enhet: text,
  /** What the chart shows, for those who cannot see it: required (universell utforming). */
  alt: z.string().trim().min(1, { message: 'diagrammet mangler alternativ tekst («alt»)' }),
  år: years.optional(),
  serier: z.array(z.strictObject({ navn: text, verdier: z.array(z.union([z.number().finite(), z.null()])) })).min(1),
});
export type ChartContent = z.infer<typeof chartSchema>;

/** rapport.md front matter: the report itself. The body is not used. */
export const reportSchema = z.strictObject({
  dokumenttype: z.literal('årsrapport'),
  virksomhet: text,
  kortnavn: text.optional(),
  år: z.int().min(2000).max(2100),
  språk: language.default('nb'),
  /** Defaults to "Årsrapport <år>". */
  tittel: text.optional(),
  /** The date the report is signed. */
  dato: dateOrPlaceholder,
  /**
   * The tildelingsbrev folder the report answers, relative to this folder: "../tildelingsbrev". Optional for
   * reports whose letter is not kept as content (an older year): then `check` warns that the answers to the
   * letter's goals, parameters and assignments are not checked.
   */
  tildelingsbrev: text.optional(),
  /** The head of the agency, who signs parts I and VI. */
  leder: z.strictObject({ navn: text, tittel: text, sted: text }),
  innholdsfortegnelse: z.boolean().default(true),
});

/** deler/N-navn/del.md front matter: the part's exact name; the body is an introduction to the part. */
export const partSchema = z.strictObject({ tittel: text });

const generated = z.enum(['hovedtall', 'resultatkrav', 'oppdrag', 'bevilgningsrapportering', 'kapitalkontoer', 'note-a', 'note-b', 'artskontorapportering', 'noter', 'note-8']);

/** deler/N-navn/*.md front matter: one chapter of a part. */
export const reportChapterSchema = z.strictObject({
  /** Without a title the text stands directly under the part's heading. */
  tittel: text.optional(),
  /** The goal(s) of the letter this chapter answers (part III). */
  mål: z.union([z.int().min(1).max(99).transform((n) => [n]), z.array(z.int().min(1).max(99))]).default([]),
  /** Tables computed from the data files, placed after the text. */
  innhold: z.union([generated.transform((g) => [g]), z.array(generated)]).default([]),
  /** Puts the leader's signature after this chapter (the ledelseskommentar in part VI). */
  signatur: z.boolean().default(false),
  /** Charts placed after the chapter's text; each gives its «år». */
  diagrammer: z.array(chartSchema).default([]),
});
export type GeneratedContent = z.infer<typeof generated>;

const cellText = z.union([text, z.number().finite().transform((n) => String(n).replace('.', ','))]);

/** resultater.yaml: the answers to the letter's steering parameters and assignments. */
export const resultsSchema = z.strictObject({
  /** The goals' titles, for the results table when the letter is not given (with a letter its titles are used). */
  mål: z.array(z.strictObject({ nr: z.int().min(1).max(99), tittel: text })).default([]),
  styringsparametere: z.array(z.strictObject({
    /** The number the letter gives: "SP 3" or "2.1". */
    nr: text,
    mål: z.int().min(1).max(99),
    tekst: text,
    /** The target from the letter ("Krav"). */
    krav: cellText.optional(),
    /** Results of earlier years, by year. */
    tidligere: z.record(z.string().regex(/^\d{4}$/, { message: 'årstall skal ha fire sifre' }), cellText).default({}),
    resultat: cellText,
    kommentar: cellText.optional(),
  })).default([]),
  oppdrag: z.array(z.strictObject({
    id: z.string().regex(/^\d{4}-\d{2,3}$/, { message: 'oppdragsnummer skal ha formen ÅÅÅÅ-NN, for eksempel 2023-01' }),
    tittel: text,
    /** "Gjennomført", "Påbegynt. Frist 30.6.2024", "Se kap. 3.2" … */
    status: cellText,
  })).default([]),
});
export type Results = z.infer<typeof resultsSchema>;

/** hovedtall.yaml: key figures for part II, five years side by side. */
export const keyFiguresSchema = z.strictObject({
  år: years,
  /** Charts placed after the key figure tables. */
  diagrammer: z.array(chartSchema).default([]),
  /** Free tables of activity figures (bosetting, opplæring …): one value per year. */
  tabeller: z.array(z.strictObject({
    tittel: text,
    rader: z.array(z.strictObject({ tekst: text, verdier: z.array(z.union([figure, z.null()])) })).min(1),
    merknad: text.optional(),
  })).default([]),
  /** Figures from the accounts; the derived figures are computed from them. */
  regnskap: z.strictObject({
    årsverk: z.array(figure),
    avtalte_ansatte: z.array(figure).optional(),
    utførte_årsverk: z.array(figure).optional(),
    /** Samlet tildeling post 01–99, kroner. */
    samlet_tildeling: z.array(figure),
    /** Regnskap (utgiftsført) post 01–99, kroner. */
    regnskap: z.array(figure),
    /** Driftsutgifter (the agency's post 01), kroner. */
    driftsutgifter: z.array(figure),
    /** Lønnsutgifter (artskontorapporteringen's «Utbetalinger til lønn»), kroner. */
    lønnsutgifter: z.array(figure),
    merknad: text.optional(),
  }).optional(),
});
export type KeyFigures = z.infer<typeof keyFiguresSchema>;

const stikkord = z.union([text.transform((s) => [s]), z.array(text)]).default([]);

const expensePost = z.strictObject({
  kap: chapterNumber,
  /** The chapter's name (kapittelnavn). */
  navn: text,
  post: postNumber,
  posttekst: text,
  /** "kan overføres", "overslagsbevilgning" … */
  stikkord,
  overført_fra_i_fjor: figure.default(0),
  årets_tildelinger: figure.default(0),
  /** Last year's allocation on the post: with «kan overføres» the transfer may be at most this and this year's together. */
  fjorårets_tildeling: figure.optional(),
  regnskap: figure,
  /** Note B: expenses booked by others under authorisations the agency gave (avgitte belastningsfullmakter). */
  utgiftsført_av_andre: figure.default(0),
  /** Note B: extra income under the merinntektsfullmakt, added to the basis for transfer. */
  merinntekter: figure.default(0),
  /** Note B: reallocation between posts 01/21/45 (+/−). */
  omdisponering: figure.default(0),
  /** Note B: savings (usually negative). */
  innsparinger: figure.default(0),
});

const incomePost = z.strictObject({
  kap: chapterNumber,
  navn: text,
  post: postNumber,
  posttekst: text,
  samlet_tildeling: figure.default(0),
  regnskap: figure,
  /** Common chapters (5309, 5700): no merinntekt/mindreinntekt column. */
  felleskapittel: z.boolean().default(false),
});

const twoYears = z.tuple([figure, figure]);

/** The lines of the standard artskontorapportering, each [this year, last year]. */
export const ARTSKONTO_KEYS = [
  'innbetalinger_fra_gebyrer', 'innbetalinger_fra_tilskudd', 'salgs_og_leieinntekter', 'andre_inntekter',
  'lønn', 'andre_driftsutgifter', 'finansinntekter', 'investeringer', 'kjøp_av_aksjer', 'finansutgifter',
  'innkreving', 'tilskudd', 'gruppelivsforsikring', 'arbeidsgiveravgift', 'nettoføring_mva',
] as const;
export type ArtskontoKey = (typeof ARTSKONTO_KEYS)[number];

export const MELLOMVAERENDE_KEYS = ['fordringer', 'kontanter', 'bankkontoer', 'skyldig_skattetrekk', 'skyldige_avgifter', 'annen_gjeld'] as const;

/** regnskap.yaml: the accounting data part VI is computed from. All amounts in kroner. */
export const accountsSchema = z.strictObject({
  utgifter: z.array(expensePost).min(1),
  inntekter: z.array(incomePost).default([]),
  artskonto: z.strictObject(Object.fromEntries(ARTSKONTO_KEYS.map((k) => [k, twoYears.default([0, 0])])) as Record<ArtskontoKey, z.ZodDefault<typeof twoYears>>),
  mellomværende: z.strictObject(Object.fromEntries(MELLOMVAERENDE_KEYS.map((k) => [k, twoYears.default([0, 0])])) as Record<(typeof MELLOMVAERENDE_KEYS)[number], z.ZodDefault<typeof twoYears>>).optional(),
  /**
   * The agency's accounts in the state's capital accounts (the group account in Norges Bank, in and out), as reported
   * for the year. The change in mellomværende is computed from «mellomværende», and together they equal the net
   * amount reported to the appropriation accounts.
   */
  kapitalkontoer: z.array(z.strictObject({ konto: z.union([text, z.int().transform(String)]), tekst: text, beløp: figure })).default([]),
  /**
   * Note 8, part A: each balance sheet line at 31.12 as booked (avregning med statskassen) and as reported
   * (mellomværende); the differences and sums are computed, and the reported column must equal «mellomværende».
   */
  note_8: z.array(z.strictObject({
    gruppe: z.enum(['finansielle anleggsmidler', 'omløpsmidler', 'langsiktig gjeld', 'kortsiktig gjeld']),
    tekst: text,
    avregning: figure,
    mellomværende: figure,
  })).default([]),
  /** Notes to the artskontorapportering (1–8): lines for this and last year; the sum is computed. */
  noter: z.array(z.strictObject({
    nr: z.int().min(1).max(99),
    tittel: text,
    /** The artskonto line the note's sum must equal. */
    artskonto: z.enum(ARTSKONTO_KEYS).optional(),
    linjer: z.array(z.strictObject({ tekst: text, beløp: twoYears })).min(1),
    sumtekst: text.optional(),
    /** Extra lines below the sum, such as "Antall årsverk". */
    tillegg: z.array(z.strictObject({ tekst: text, verdi: z.tuple([cellText, cellText]) })).default([]),
    merknad: z.string().optional(),
  })).default([]),
});
export type Accounts = z.infer<typeof accountsSchema>;
export type ExpensePost = z.infer<typeof expensePost>;
export type IncomePost = z.infer<typeof incomePost>;
export type Report = z.infer<typeof reportSchema>;
export type ReportChapter = z.infer<typeof reportChapterSchema>;
