import { stringify } from 'yaml';
import { fill } from '../../compose/texts.js';
import { formatShortDate } from '../../format/dates.js';
import { countPlaceholders, placeholder as ph } from '../arsrapport/parts.js';
import type { LetterContent } from '../tildelingsbrev/content.js';
import type { Supplement } from '../tillegg/content.js';
import { draftTexts, type DraftTexts } from './draftTexts.js';
import { periodItems } from './letterItems.js';
import { DATA_FILES, MAIN_FILE } from './mainFile.js';
import { periodOf, supplementsIn } from './period.js';

export interface HalfYearDraft {
  /** Path inside the report folder → file text. */
  files: Map<string, string>;
  summary: { mål: number; styringsparametere: number; oppdrag: number; poster: number; tillegg: number[]; plassholdere: number };
}

const front = (data: object) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n`;
const yamlFile = (comment: string, data: object) => `${comment.split('\n').map((l) => `# ${l}`).join('\n')}\n${stringify(data, { lineWidth: 0 })}`;

/**
 * A halvårsrapport folder answering `letter` as the tillegg dated in the first half year left it: every goal and
 * steering parameter, every assignment due in the period or given by a tillegg in it, and every post with what
 * was allocated. Everything the agency must write or count is marked [[fyll inn: …]].
 */
export function draftHalfYear(letter: LetterContent, allSupplements: readonly Supplement[], letterPath: string): HalfYearDraft {
  const l = letter.letter;
  const period = periodOf(l.år);
  const supplements = supplementsIn(period, allSupplements);
  const { goals, assignments, posts } = periodItems(letter, supplements, period);
  const t = draftTexts(l.språk);
  const tx = (key: keyof DraftTexts, values: Record<string, string | number> = {}) => fill(t[key], values);
  const til = formatShortDate(period.til);
  const deadline = l.rapporteringskalender.find((r) => /halvår/i.test(r.type) && r.telletidspunkt === period.til)?.frist;
  const files = new Map<string, string>();

  files.set(MAIN_FILE, `${front({
    dokumenttype: 'halvårsrapport', virksomhet: l.mottaker.navn, kortnavn: l.mottaker.kortnavn ?? l.mottaker.navn, år: l.år, språk: l.språk,
    dato: ph(deadline ? tx('dato', { frist: formatShortDate(deadline) }) : tx('dato_uten_frist')),
    tildelingsbrev: letterPath, periode: period, avviksgrense: 5,
  })}\n${ph(tx('sammendrag'))}\n`);

  const status = ph(tx('status'));
  files.set(DATA_FILES.status, yamlFile(tx('status_yaml', { til, år: l.år }), {
    mål: goals.map((g) => ({
      nr: g.nr, tittel: g.tittel, status, vurdering: ph(tx('mål_vurdering', { nr: g.nr })),
      styringsparametere: g.styringsparametere.map((sp) => ({ nr: sp.nr, tekst: sp.tekst, status, vurdering: ph(tx('sp_vurdering', { nr: sp.nr, til })) })),
    })),
    oppdrag: assignments.map((a) => ({ id: a.id, tittel: a.tittel, frist: a.frist, status, vurdering: ph(tx('oppdrag_vurdering', { id: a.id })) })),
    risikoer: [{ risiko: ph(tx('risiko')), tiltak: ph(tx('tiltak')) }],
  }));

  files.set(DATA_FILES.budget, yamlFile(tx('budsjett_yaml', { til }), {
    poster: posts.map((p) => ({ kap: p.kap, post: p.post, navn: p.navn, tildelt: p.kroner, regnskap: ph(tx('regnskap', { til })), prognose: ph(tx('prognose', { år: l.år })) })),
  }));

  const plassholdere = countPlaceholders(files.values());
  return {
    files,
    summary: {
      mål: goals.length, styringsparametere: goals.reduce((n, g) => n + g.styringsparametere.length, 0),
      oppdrag: assignments.length, poster: posts.length, tillegg: supplements.map((s) => s.tillegg.nr), plassholdere,
    },
  };
}
