import { postNumber } from '../../format/references.js';
import { formatAmountText, toKroner } from '../../format/numbers.js';
import { formatLongDate, formatShortDate } from '../../format/dates.js';
import type { LetterContent } from '../../validate/letter/content.js';
import type { Deadline } from '../../validate/schema/tildelingsbrev.js';
import { escapeInline as e } from '../markdownText.js';
import { budgetView } from './budgetView.js';
import { furnitureView } from './furnitureView.js';
import { fill, texts } from '../texts.js';


export const letterTitle = (c: LetterContent) => c.letter.tittel
  ?? fill(texts(c.letter.språk).tildelingsbrev.tittel, { mottaker: c.letter.mottaker.navn, år: c.letter.år });

function deadlineText(d: Deadline): string {
  const value = d.dato ? formatShortDate(d.dato) : e(d.tekst ?? '');
  return d.del ? `${e(d.del)}: ${value}` : value;
}

/**
 * Everything the tildelingsbrev templates can use. Every field is present (null when empty) so that
 * strict templates can tell a misspelt field from an empty one. Plain text is escaped for Markdown;
 * fields holding the author's Markdown (tekst, innledning, merknad, etter) are not.
 */
export function letterView(c: LetterContent) {
  const { letter } = c;
  const t = texts(letter.språk);
  let spCounter = 0;
  const assignments = c.assignments.map(({ assignment: a, text }) => ({
    id: a.id,
    tittel: e(a.tittel),
    mål: a.mål,
    ny: Number(a.id.slice(0, 4)) === letter.år,
    frister: a.frist.map(deadlineText),
    finansiering: a.finansiering.map((f) => ({
      tekst: fill(t.brev.finansiering_tekst, { beløp: formatAmountText(toKroner(f.beløp, f.enhet), f.enhet), kap: f.kap, post: postNumber(f.post) }),
      del: f.del ? e(f.del) : null,
    })),
    gitt_i: a.gitt_i ? e(a.gitt_i) : null,
    tekst: text.trim(),
  }));
  const goals = c.goals.map(({ goal, text }) => ({
    nr: goal.nr,
    tittel: e(goal.tittel),
    tekst: text.trim(),
    styringsparametere: goal.styringsparametere.map((sp, i) => ({
      nummer: letter.styringsparameternummerering === 'løpende' ? `SP ${++spCounter}` : `${goal.nr}.${i + 1}`,
      tekst: e(sp.tekst),
      resultatkrav: sp.resultatkrav ? e(sp.resultatkrav) : null,
      rapportering: sp.rapportering ? e(sp.rapportering) : null,
    })),
    nye_oppdrag: assignments.filter((a) => a.mål === goal.nr && a.ny),
    tidligere_oppdrag: assignments.filter((a) => a.mål === goal.nr && !a.ny),
  }));
  return {
    år: letter.år,
    tittel: e(letterTitle(c)),
    ...furnitureView(letter, letter),
    vedlegg: letter.vedlegg.map((v, i) => ({
      nr: i + 1,
      tittel: e(v.tittel),
      tekst: v.fil ? (c.appendices.get(v.fil.replace(/^\.\//, ''))?.text.trim() ?? '') : null,
      oppdrag: v.innhold === 'oppdrag',
    })),
    innholdsfortegnelse: letter.innholdsfortegnelse,
    oppdragsvedlegg: letter.vedlegg.some((v) => v.innhold === 'oppdrag'),
    rapporteringskalender: letter.rapporteringskalender.map((r) => ({ type: e(r.type) })),
    kapitler: Object.fromEntries([...c.chapters].map(([key, ch]) => [key, { tittel: e(ch.title), tekst: ch.text.trim() }])),
    mål: goals,
    oppdrag: assignments,
    budsjett: c.budget ? budgetView(c.budget.budget) : null,
  };
}
