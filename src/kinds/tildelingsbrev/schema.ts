import { z } from 'zod';
import { amount, assignmentId, chapterNumber, date, language, letterClosingFields, person, postNumber, text, unit } from '../../validate/schema/common.js';
import { parseDate, looksLikeDate } from '../../format/dates.js';

/** How a chapter number is printed: "4.1" or, as many ministries write it, "4.1.". */
const numberStyle = z.enum(['4.1', '4.1.']);

/** The generated chapters a letter's structure can place. */
export const STRUCTURE_BLOCKS = ['mål', 'rapporteringskalender', 'budsjett'] as const;

/**
 * One heading of the letter's structure (`kapitler:` in brev.md): a prose chapter (kapitler/NAVN.md), a
 * generated chapter, or a heading with only a title; with how the heading is printed.
 */
const structureEntry = z.strictObject({
  /** kapitler/NAVN.md: its title and text (for a generated chapter, the text before the generated part). */
  kapittel: z.string().regex(/^[\p{L}\d_-]+$/u, { message: 'skriv filnavnet uten kapitler/ og .md, for eksempel innledning' }).optional(),
  blokk: z.enum(STRUCTURE_BLOCKS).optional(),
  /** Replaces the chapter file's title. */
  tittel: text.optional(),
  /** Anchor that cross-references link to (`[se kapitlet](#budsjett)`). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'id skal være små bokstaver a–z, tall og bindestrek' }).optional(),
  /** 1 = a chapter, 2 = a section of the chapter before it. */
  nivå: z.int().min(1).max(3).default(1),
  nummerert: z.boolean().default(true),
  innholdsfortegnelse: z.boolean().default(true),
  /** "4.1" or "4.1."; defaults to the letter's `nummerstil`. */
  nummerstil: numberStyle.optional(),
  /** Whether the headings inside a generated chapter (the budget's "Kap. 670 …") are numbered. */
  nummererte_underoverskrifter: z.boolean().default(true),
}).refine((e) => e.kapittel || e.blokk || e.tittel, { message: 'et kapittel i kapitler: trenger «kapittel», «blokk» eller «tittel»' });

/** brev.md front matter: the letter itself. */
export const letterSchema = z.strictObject({
  dokumenttype: z.literal('tildelingsbrev'),
  år: z.int().min(2000).max(2100),
  språk: language.default('nb'),
  /** Defaults to "Tildelingsbrev til <mottaker> for <år>". */
  tittel: text.optional(),
  avsender: z.strictObject({
    departement: text,
    /** The letterhead line, e.g. "Det kongelige arbeids- og inkluderingsdepartement"; defaults to the department's name. */
    brevhode: text.optional(),
    kortnavn: text.optional(),
    avdeling: text.optional(),
    postadresse: z.array(text).min(1),
    kontoradresse: z.array(text).default([]),
    telefon: text.optional(),
    orgnr: z.string().regex(/^\d{3} ?\d{3} ?\d{3}$/, { message: 'organisasjonsnummer skal ha 9 sifre, for eksempel 983 887 457' }).optional(),
    epost: z.email({ message: 'ugyldig e-postadresse' }).optional(),
    nettsted: text.optional(),
  }),
  mottaker: z.strictObject({
    navn: text,
    kortnavn: text.optional(),
    adresse: z.array(text).min(1),
  }),
  ...letterClosingFields,
  /** Optional: a letter approved electronically may have no names under «Med hilsen»; the approval sentence stays. */
  signatarer: z.array(person).default([]),
  /** "lang": 20. januar 2023 (standard); "kort": 20.01.2023. */
  datostil: z.enum(['lang', 'kort']).default('lang'),
  /** The sender's addresses, telephone, org. no. and case officer at the foot of the first page. */
  bunntekst: z.boolean().default(true),
  vedlegg: z
    .array(
      z.strictObject({
        tittel: text,
        /** A Markdown file in the document folder whose text is printed as the appendix. */
        fil: text.optional(),
        /** An appendix generated from the content: "oppdrag" prints every assignment in detail. */
        innhold: z.enum(['oppdrag']).optional(),
      }),
    )
    .default([]),
  /** "løpende": SP 1, SP 2 … across goals; "per-mål": 1.1, 1.2, 2.1 … */
  styringsparameternummerering: z.enum(['løpende', 'per-mål']).default('løpende'),
  innholdsfortegnelse: z.boolean().default(true),
  /** The letter's chapters in order; absent = the standard order (see structure.ts). */
  kapitler: z.array(structureEntry).min(1).optional(),
  /** The number style of the headings in `kapitler:`. */
  nummerstil: numberStyle.default('4.1'),
  rapporteringskalender: z
    .array(z.strictObject({ type: text, telletidspunkt: date, frist: date }))
    .default([]),
});

/** A result requirement of a styringsparameter, optionally with a target value and the year it is for. */
const resultRequirement = z.strictObject({ tekst: text, målverdi: text.optional(), år: z.int().min(2000).max(2100).optional() });

/** A styringsparameter: its title, Markdown text, result requirements and reporting; `id` ("1.2") is what assignments and the årsrapport refer to. */
const styringsparameter = z.strictObject({
  id: z.string().regex(/^[\p{L}\d][\p{L}\d._-]*$/u, { message: 'id skal være for eksempel 1.2 eller SP3' }).optional(),
  tekst: text,
  /** Markdown under the title. */
  beskrivelse: z.string().optional(),
  /** One result requirement as text. */
  resultatkrav: text.optional(),
  /** Several result requirements, each with an optional target value and year. */
  krav: z.array(resultRequirement).default([]),
  rapportering: text.optional(),
});

/** maal/N.md front matter: one goal; the body is the goal's prose. */
export const goalSchema = z.strictObject({
  nr: z.int().min(1).max(99),
  tittel: text,
  styringsparametere: z.array(styringsparameter).default([]),
  /** What the agency reports on the goal as a whole. */
  rapportering: text.optional(),
});

/** One deadline, possibly for a part ("Del 1") of the assignment; either a date or a text such as "Løpende". */
const deadlinePart = z.union([
  z.strictObject({ del: text.optional(), dato: date }),
  z.strictObject({ del: text.optional(), tekst: text }),
]);

/** A single deadline written as a bare value: a date, or free text such as "Løpende" or "Ut 2024". */
const bareDeadline = z.string().trim().min(1).transform((value, ctx) => {
  const iso = parseDate(value);
  if (iso) return [{ dato: iso }];
  if (looksLikeDate(value)) {
    ctx.addIssue({ code: 'custom', message: `«${value}» er ikke en gyldig dato`, params: { expected: 'dato som 2023-07-01 eller 01.07.2023, eller en tekst som «Løpende»' } });
    return z.NEVER;
  }
  return [{ tekst: value }];
});

export const deadlineSchema = z.union([bareDeadline, z.array(deadlinePart).min(1)]);

/** Where an assignment is printed besides its own place: a goal, a styringsparameter or a chapter of the letter. */
const placement = z.union([
  z.strictObject({ mål: z.int().min(1).max(99) }),
  z.strictObject({ styringsparameter: text }),
  z.strictObject({ kapittel: text }),
]);

/** An id in the ministry's own form: "2023-01", "O8/2019", "2020-013". */
const ministryAssignmentId = z.string().trim().regex(/^[\p{L}\d][\p{L}\d/._ -]{0,39}$/u, { message: 'oppdragsnummeret kan ha bokstaver, tall og / . - _, for eksempel 2023-01 eller O8/2019' });
export type Deadline = { del?: string; dato?: string; tekst?: string };

/** oppdrag/ÅÅÅÅ-NN.md front matter: one assignment; the body holds "# Bakgrunn", "# Beskrivelse av oppdraget" … */
export const assignmentSchema = z.strictObject({
  id: ministryAssignmentId,
  tittel: text,
  /** Where the assignment belongs; with none of mål, styringsparameter and kapittel, it stands alone. */
  mål: z.int().min(1).max(99).optional(),
  styringsparameter: text.optional(),
  /** A chapter of the letter (kapitler/NAVN.md), e.g. fellesforinger or rapportering. */
  kapittel: text.optional(),
  /** Further places the assignment is listed, without being defined again. */
  også: z.array(placement).default([]),
  /** Absent: no deadline. */
  frist: deadlineSchema.default([]),
  finansiering: z
    .array(
      z.strictObject({
        beløp: amount,
        enhet: unit.default('mill. kroner'),
        kap: chapterNumber,
        post: postNumber,
        del: text.optional(),
      }),
    )
    .default([]),
  /** Where an earlier assignment was given, e.g. "Tildelingsbrev 2021" or "Tillegg nr. 3 til tildelingsbrev 2022". */
  gitt_i: text.optional(),
});

/** How far a stated sum may differ from the computed one because the source rounded it; in the unit. */
const roundingTolerance = amount.optional();

/** A part of an earmark: what the earmarked amount is divided into. */
const subEarmark = z.strictObject({
  tekst: text,
  /** In the group's unit. */
  beløp: amount.optional(),
  oppdrag: assignmentId.optional(),
});

const earmarkLine = z.strictObject({
  /** Named so that a grant table can say which line it details (`binding:` in the table). */
  id: z.string().regex(/^[\p{L}\d_-]+$/u).optional(),
  tekst: text,
  /** In the group's unit. Absent for a line that only names a measure covered by the group's total. */
  beløp: amount.optional(),
  oppdrag: assignmentId.optional(),
  del: text.optional(),
  /** Measures listed under the line without amounts of their own. */
  tiltak: z.array(text).default([]),
  /** Sub-earmarks: parts of the line's amount, each with its own text and amount; together no more than the line. */
  linjer: z.array(subEarmark).default([]),
});

const earmarkGroup = z.strictObject({
  overskrift: text.optional(),
  enhet: unit.default('mill. kroner'),
  /** Stated total of the group; checked against the computed sum. */
  sum: amount.optional(),
  avrundingsavvik: roundingTolerance,
  linjer: z.array(earmarkLine).min(1),
});

const grantTable = z.strictObject({
  tittel: text,
  /** Column headings: the name column and the amount column. */
  kolonner: z.tuple([text, text]),
  enhet: unit.default('kroner'),
  rader: z.array(z.strictObject({ navn: text, beløp: amount })).min(1),
  /** Stated total; checked against the computed sum. */
  sum: amount.optional(),
  avrundingsavvik: roundingTolerance,
  /** The earmark line (its `id`) this table distributes: the table's total is checked against the line's amount. */
  binding: z.string().optional(),
});

export const BUDGET_COLUMNS = ['bevilgning', 'tildeling', 'i_fjor', 'endring'] as const;
const budgetColumnKey = z.enum(BUDGET_COLUMNS);

const post = z.strictObject({
  post: postNumber,
  navn: text,
  /** "kan overføres", "overslagsbevilgning" … shown after the name. */
  stikkord: z.union([text.transform((s) => [s]), z.array(text)]).default([]),
  /**
   * Appropriated amount, in the chapter's unit. Left empty in a draft made by `new-year` until the
   * author fills it in; `check` reports every empty amount as an error (see draftChecks.ts).
   */
  bevilget: amount.nullable(),
  /** Last year's amount, in the chapter's unit: set by `new-year`; printed in the columns i_fjor and endring. */
  i_fjor: amount.optional(),
  /** The part put at the agency's disposal, in the chapter's unit; defaults to the whole appropriation. */
  disponert: amount.optional(),
  /**
   * Money at the agency's disposal not yet tied to a use, in the chapter's unit. When given, the earmarks
   * plus this amount must equal what is put at the agency's disposal.
   */
  udisponert: amount.optional(),
  /** Markdown before the earmarks. */
  tekst: z.string().optional(),
  bindinger: z.array(earmarkGroup).default([]),
  /** Markdown after the earmarks. */
  etter: z.string().optional(),
  tabeller: z.array(grantTable).default([]),
});

const chapter = z.strictObject({
  kap: chapterNumber,
  navn: text,
  enhet: unit.default('kroner'),
  /** Stated total of the chapter; checked against the sum of its posts. */
  sum: amount.optional(),
  avrundingsavvik: roundingTolerance,
  /**
   * The amount columns of the chapter's table, in order: bevilgning (the appropriation), tildeling (what the
   * agency gets: `disponert`, or the whole appropriation), i_fjor (last year's appropriation), endring
   * (bevilgning minus i_fjor). A column may have its own heading. Default: one column, the appropriation,
   * headed "Tildeling <år>".
   */
  kolonner: z.array(z.union([budgetColumnKey, z.strictObject({ kolonne: budgetColumnKey, overskrift: text })])).min(1).optional(),
  /** Markdown after the chapter's table. */
  merknad: z.string().optional(),
  poster: z.array(post).min(1),
});

/** budsjett.yaml */
export const budgetSchema = z.strictObject({
  /** Markdown before the budget tables. */
  innledning: z.string().optional(),
  kapitler: z.array(chapter).min(1),
});

/** kapitler/NAVN.md front matter: a prose chapter. */
export const proseChapterSchema = z.strictObject({
  tittel: text,
  /** Set by `new-year` on chapters the author must look over (fellesføringer); `check` warns until it is removed. */
  til_gjennomgang: text.optional(),
});

/** vedlegg/NAVN.md front matter (optional). */
export const appendixFileSchema = z.strictObject({}).default({});

export type Letter = z.infer<typeof letterSchema>;
export type StructureEntry = z.infer<typeof structureEntry>;
export type Goal = z.infer<typeof goalSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
/** budsjett.yaml as written, where a post's amount may still be empty (a draft). */
export type DraftBudget = z.infer<typeof budgetSchema>;
/** A post whose amount is filled in: what the checks and templates see once the draft checks passed. */
export type BudgetPost = Omit<z.infer<typeof post>, 'bevilget'> & { bevilget: number };
export type BudgetChapter = Omit<z.infer<typeof chapter>, 'poster'> & { poster: BudgetPost[] };
export type Budget = Omit<DraftBudget, 'kapitler'> & { kapitler: BudgetChapter[] };
