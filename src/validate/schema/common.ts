import { z } from 'zod';
import { parseDate } from '../../format/dates.js';
import { UNITS, type Unit } from '../../format/units.js';

/** Non-empty text after trimming. */
export const text = z.string().trim().min(1, { message: 'tom tekst' });

/**
 * A calendar date written as 2023-01-20 or 20.01.2023; normalised to ISO (YYYY-MM-DD).
 * Impossible dates (31.02.2023) are rejected.
 */
export const date = z.string().transform((value, ctx) => {
  const iso = parseDate(value);
  if (value.trim() === '') {
    // A draft made by `new-year` leaves the date empty for the author.
    ctx.addIssue({ code: 'custom', message: 'datoen mangler', params: { expected: 'datoen brevet sendes, som 2024-01-19 eller 19.01.2024' } });
    return z.NEVER;
  }
  if (!iso) {
    ctx.addIssue({ code: 'custom', message: `«${value}» er ikke en gyldig dato`, params: { expected: 'dato som 2023-01-20 eller 20.01.2023' } });
    return z.NEVER;
  }
  return iso;
});

export const unit = z.enum(UNITS);
export type { Unit };

/** An amount in the unit of its context (a budget chapter, an earmark group, a table). */
export const amount = z.number().finite().nonnegative();

/** Budget chapter number (kap.) 1–9999 and post number 1–99. */
export const chapterNumber = z.int().min(1).max(9999);
export const postNumber = z.int().min(1).max(99);

/** A person in a signature block. */
export const person = z.strictObject({
  navn: text,
  tittel: text,
  /** «etter fullmakt»: shows "(e.f.)" after the name. */
  ef: z.boolean().default(false),
});

/** Assignment id: the year given and a running number, "2023-01" or "2020-017". */
export const assignmentId = z
  .string()
  .regex(/^\d{4}-\d{2,3}$/, { message: 'oppdragsnummer skal ha formen ÅÅÅÅ-NN, for eksempel 2023-01' });

export const language = z.enum(['nb', 'nn']);

/** The fields every letter-like document (tildelingsbrev, tillegg) has for its references and closing. */
export const letterClosingFields = {
  deres_ref: z.string().default(''),
  vår_ref: z.string().default(''),
  dato: date,
  saksbehandler: z.strictObject({ navn: text, telefon: text.optional() }).optional(),
  signatarer: z.array(person).min(1),
  kopi: z.array(text).default([]),
};
