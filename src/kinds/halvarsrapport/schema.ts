import { z } from 'zod';
import { chapterNumber, date, language, postNumber, text } from '../../validate/schema/common.js';
import { MAX_KRONER } from '../../format/numbers.js';
import { PLACEHOLDER } from '../arsrapport/parts.js';

/** The three statuses, as written in the YAML files (the document shows the labels in texts.ts). */
export const STATUSES = ['i rute', 'risiko', 'ikke i rute'] as const;
export type Status = (typeof STATUSES)[number];
const status = z.string().superRefine((value, ctx) => {
  if (!(STATUSES as readonly string[]).includes(value) && !PLACEHOLDER.test(value)) {
    ctx.addIssue({ code: 'custom', message: `ukjent status «${value}»`, params: { expected: '«i rute», «risiko» eller «ikke i rute»' } });
  }
});

/** Whole kroner, or a placeholder the draft leaves («[[fyll inn]]»), which counts as 0 and is listed by `check`. */
const kroner = z.union([z.number(), z.string()]).superRefine((value, ctx) => {
  const ok = typeof value === 'number' ? Number.isInteger(value) && Math.abs(value) <= MAX_KRONER : PLACEHOLDER.test(value);
  if (ok) return;
  ctx.addIssue({
    code: 'custom',
    message: typeof value === 'number' ? `beløpet ${String(value).replace('.', ',')} er ikke hele kroner innenfor det største tillatte beløpet` : `forventet et beløp i hele kroner, fant teksten «${value}»`,
    params: { expected: 'et heltall i kroner uten mellomrom, for eksempel 171200000, eller «[[fyll inn]]»' },
  });
});
export type Kroner = z.infer<typeof kroner>;

const dateOrPlaceholder = z.union([z.string().regex(PLACEHOLDER).transform((s) => s), date]);

/** halvarsrapport.md front matter; the body is the summary that opens the report. */
export const halfYearSchema = z.strictObject({
  dokumenttype: z.literal('halvårsrapport'),
  virksomhet: text,
  kortnavn: text.optional(),
  år: z.int().min(2000).max(2100),
  språk: language.default('nb'),
  /** Defaults to "Halvårsrapport <år>". */
  tittel: text.optional(),
  dato: dateOrPlaceholder,
  /** The tildelingsbrev folder the report answers, relative to this folder. */
  tildelingsbrev: text.optional(),
  /** The reporting period; defaults to 1 January–30 June of the year. */
  periode: z.strictObject({ fra: date, til: date }).optional(),
  /** Above this share of tildelt (percent), a deviation between tildelt and prognose must be explained. */
  avviksgrense: z.number().finite().min(0).max(100).default(5),
  innholdsfortegnelse: z.boolean().default(false),
});
export type HalfYear = z.infer<typeof halfYearSchema>;

/** status.yaml: goals with their steering parameters, the assignments of the period, and risks. */
export const statusSchema = z.strictObject({
  mål: z.array(z.strictObject({
    nr: z.int().min(1).max(99),
    tittel: text,
    status,
    vurdering: text,
    styringsparametere: z.array(z.strictObject({ nr: text, tekst: text, status, vurdering: text })).default([]),
  })).default([]),
  oppdrag: z.array(z.strictObject({ id: text, tittel: text, frist: text, status, vurdering: text })).default([]),
  risikoer: z.array(z.strictObject({ risiko: text, tiltak: text })).default([]),
});
export type StatusFile = z.infer<typeof statusSchema>;

/** budsjett.yaml: each kap/post in whole kroner, as at the end of the period. */
export const budgetUseSchema = z.strictObject({
  poster: z.array(z.strictObject({
    kap: chapterNumber,
    post: postNumber,
    navn: text,
    /** What the agency has at its disposal for the year, after tillegg. */
    tildelt: kroner,
    /** Spent by the end of the period. */
    regnskap: kroner,
    /** Expected spending for the whole year. */
    prognose: kroner,
    /** Why prognose differs from tildelt; required above the avviksgrense. */
    forklaring: text.optional(),
  })),
});
export type BudgetUse = z.infer<typeof budgetUseSchema>;
export type BudgetLine = BudgetUse['poster'][number];
