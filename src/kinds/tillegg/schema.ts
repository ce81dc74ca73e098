import { z } from 'zod';
import { assignmentId, chapterNumber, letterClosingFields, postNumber, text, unit } from '../../validate/schema/common.js';
import { deadlineSchema } from '../tildelingsbrev/schema.js';

/**
 * tillegg.md front matter: a supplementary letter (tillegg nr. N til tildelingsbrev). Sender and
 * recipient come from the letter it supplements; new assignments are files in its own oppdrag/.
 */
export const tilleggSchema = z.strictObject({
  dokumenttype: z.literal('tillegg'),
  nr: z.int().min(1).max(99),
  /** The folder of the tildelingsbrev this supplements, relative to this folder: "../tildelingsbrev". */
  tildelingsbrev: text,
  /** Defaults to "Tillegg nr. N til tildelingsbrev til <mottaker> for <år>". */
  tittel: text.optional(),
  ...letterClosingFields,
  /** Changes to assignments given earlier (in the letter or an earlier tillegg). */
  oppdragsendringer: z
    .array(
      z.strictObject({
        oppdrag: assignmentId,
        /** The assignment's new number (renumbering, as when two assignments got the same number). */
        nytt_nr: assignmentId.optional(),
        /** A new deadline. */
        frist: deadlineSchema.optional(),
        /** Markdown explaining the change. */
        tekst: z.string().optional(),
      }),
    )
    .default([]),
  /** Markdown before the budget changes, e.g. which propositions they come from. */
  budsjettinnledning: z.string().optional(),
  /** Changes to what the agency has at its disposal, as signed amounts per kap./post. */
  budsjettendringer: z
    .array(
      z.strictObject({
        kap: chapterNumber,
        post: postNumber,
        /** Increase (positive) or decrease (negative). */
        endring: z.number().finite(),
        enhet: unit.default('mill. kroner'),
        /** Markdown: why, and what the money is for. */
        begrunnelse: z.string().optional(),
        /** The proposition the change comes from, e.g. "Prop. 118 S (2022–2023)"; changes without one are "other changes". */
        proposisjon: text.optional(),
      }),
    )
    .default([]),
});

export type Tillegg = z.infer<typeof tilleggSchema>;
