import { stringify } from 'yaml';
import { fill } from '../compose/texts.js';
import { draftTexts, type DraftTexts } from './texts.js';
import { toKroner } from '../format/numbers.js';
import type { LetterContent } from '../kinds/tildelingsbrev/content.js';
import type { Results } from '../kinds/arsrapport/schema.js';
import { letterItems, reportingDemands } from '../kinds/arsrapport/letterItems.js';
import { countPlaceholders, PART_FOLDERS, partNames, placeholder as ph } from '../kinds/arsrapport/parts.js';

export interface Draft {
  /** Path inside the report folder → file text. */
  files: Map<string, string>;
  summary: {
    mål: number; styringsparametere: number; nyeOppdrag: number; videreførteOppdrag: number; rapporteringskrav: number; plassholdere: number;
    /** Assignments whose deadline is not a date (free text or none): whether they are due in the report year is for the author to judge. */
    måVurderes: string[];
  };
}

const front = (data: object) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n`;
const yamlFile = (comment: string, data: object) => `${comment.split('\n').map((l) => `# ${l}`).join('\n')}\n${stringify(data, { lineWidth: 0 })}`;
const slug = (s: string) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');

/**
 * A complete årsrapport folder answering `letter`: the six parts with guidance where the author must write,
 * a chapter per goal, resultater.yaml with every steering parameter and assignment, a section per reporting
 * demand in part IV, and the skeleton of the accounts. Every place to fill in is marked [[fyll inn: …]].
 * Titles, guidance and standard text are in the letter's language (./texts.ts).
 */
export function draftReport(letter: LetterContent, letterPath: string, previous?: Results): Draft {
  const { goals, assignments, år } = letterItems(letter);
  const l = letter.letter;
  const short = l.mottaker.kortnavn ?? l.mottaker.navn;
  const names = partNames(l.språk, år);
  const t = draftTexts(l.språk);
  /** The text of `key` with its values filled in. */
  const tx = (key: keyof DraftTexts, values: Record<string, string | number> = {}) => fill(t[key], values);
  const files = new Map<string, string>();
  const part = (i: number, file: string, text: string) => files.set(`deler/${PART_FOLDERS[i]}/${file}`, text);
  const deadline = l.rapporteringskalender.find((r) => /^årsrapport/i.test(r.type) && r.telletidspunkt === `${år}-12-31`)?.frist;

  files.set('rapport.md', `${front({
    dokumenttype: 'årsrapport', virksomhet: l.mottaker.navn, kortnavn: short, år, språk: l.språk,
    dato: ph(deadline ? tx('dato_frist', { frist: deadline }) : tx('dato')),
    tildelingsbrev: letterPath,
    leder: { navn: ph(tx('leder_navn')), tittel: ph(tx('leder_tittel')), sted: ph(tx('leder_sted')) },
    innholdsfortegnelse: true,
  })}\n${tx('rapport_merknad', { brev: escapeMd(l.tittel ?? tx('brevtittel', { mottaker: l.mottaker.navn, år: l.år })) })}\n`);

  names.forEach((name, i) => part(i, 'del.md', front({ tittel: name })));

  part(0, '1-beretning.md', `${front({})}\n${ph(tx('beretning'))}\n`);

  part(1, '1-virksomheten.md', `${front({ tittel: tx('virksomheten_tittel') })}\n${ph(tx('virksomheten', { virksomhet: short }))}\n`);
  part(1, '2-hovedtall.md', `${front({ tittel: tx('hovedtall_tittel', { fra: år - 4, til: år }), innhold: 'hovedtall' })}\n${ph(tx('hovedtall'))}\n`);
  const years = [0, 1, 2, 3, 4].map((k) => år - 4 + k);
  const five = (key: keyof DraftTexts) => years.map((y) => ph(tx(key, { år: y })));
  files.set('hovedtall.yaml', yamlFile(tx('hovedtall_yaml'), {
    år: years,
    regnskap: {
      årsverk: five('hovedtall_årsverk'), samlet_tildeling: five('hovedtall_samlet_tildeling'), regnskap: five('hovedtall_regnskap'),
      driftsutgifter: five('hovedtall_driftsutgifter'), lønnsutgifter: five('hovedtall_lønnsutgifter'),
    },
  }));

  part(2, '0-innledning.md', `${front({ tittel: tx('resultater_tittel', { år }), innhold: ['resultatkrav', 'oppdrag'] })}\n${tx('resultater_innledning', { virksomhet: escapeMd(short), år })}\n\n${ph(tx('resultater_samlet'))}\n`);
  for (const g of goals) {
    const sps = g.styringsparametere.map((sp) => `- **${sp.nr}:** ${escapeMd(sp.tekst)}`).join('\n');
    const own = assignments.filter((a) => a.mål === g.nr).map((a) => `- ${a.id} ${escapeMd(a.tittel)}`).join('\n');
    part(2, `mal-${g.nr}.md`, `${front({ tittel: g.tittel, mål: g.nr })}\n${ph(tx('mål_resultater', { mål: g.nr }))}\n${sps ? `\n${tx('mål_styringsparametere')}\n\n${sps}\n` : ''}${own ? `\n${tx('mål_oppdrag')}\n\n${own}\n` : ''}`);
  }
  const prev = (tekst: string, nr: string) => previous?.styringsparametere.find((p) => p.nr === nr || p.tekst === tekst);
  const results = {
    styringsparametere: goals.flatMap((g) => g.styringsparametere.map((sp) => {
      const p = prev(sp.tekst, sp.nr);
      const tidligere = p ? { ...p.tidligere, [String(år - 1)]: p.resultat } : undefined;
      return { nr: sp.nr, mål: g.nr, tekst: sp.tekst, krav: sp.resultatkrav ?? '–', ...(tidligere ? { tidligere } : {}), resultat: ph(tx('resultat', { år })), kommentar: ph(tx('kommentar')) };
    })),
    oppdrag: assignments.map((a) => ({ id: a.id, tittel: a.tittel, status: ph(tx('oppdrag_status', { id: a.id })) })),
  };
  files.set('resultater.yaml', yamlFile(tx('resultater_yaml', { år }), results));

  const demands = reportingDemands(letter);
  part(3, '1-internkontroll.md', `${front({ tittel: tx('internkontroll_tittel') })}\n${ph(tx('internkontroll'))}\n`);
  demands.forEach((d, i) => part(3, `${i + 2}-${slug(d.tittel)}.md`, `${front({ tittel: d.tittel })}\n${ph(tx('rapporteringskrav', { krav: d.tittel, kapittel: d.kapittel }))}\n`));

  part(4, '1-framtidsutsikter.md', `${front({})}\n${ph(tx('framtidsutsikter', { virksomhet: short }))}\n`);

  part(5, '1-ledelseskommentar.md', `${front({ tittel: tx('ledelseskommentar_tittel'), signatur: true })}\n${ph(tx('ledelseskommentar'))}\n`);
  part(5, '2-prinsippnote.md', `${front({ tittel: tx('prinsippnote_tittel') })}\n${tx('prinsippnote')}\n`);
  part(5, '3-bevilgningsrapportering.md', `${front({ tittel: tx('bevilgningsrapportering_tittel'), innhold: ['bevilgningsrapportering', 'note-a', 'note-b'] })}\n${ph(tx('bevilgningsrapportering'))}\n`);
  part(5, '4-artskontorapportering.md', `${front({ tittel: tx('artskontorapportering_tittel'), innhold: ['artskontorapportering', 'noter'] })}\n`);

  const unfilled = ph();
  const utgifter: Array<Record<string, unknown>> = (letter.budget?.budget.kapitler ?? []).flatMap((k) => k.poster.map((p) => ({
    kap: k.kap, navn: k.navn, post: p.post, posttekst: p.navn, ...(p.stikkord.length ? { stikkord: p.stikkord } : {}),
    overført_fra_i_fjor: unfilled, årets_tildelinger: toKroner(p.disponert ?? p.bevilget ?? 0, k.enhet),
    ...(p.stikkord.some((s) => /kan overføres/i.test(s)) ? { fjorårets_tildeling: unfilled } : {}),
    regnskap: unfilled,
  })));
  utgifter.push({ kap: 1633, navn: tx('kap_1633'), post: 1, posttekst: tx('kap_1633_post_01'), overført_fra_i_fjor: 0, årets_tildelinger: 0, regnskap: unfilled });
  const pairs = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, [unfilled, unfilled]]));
  files.set('regnskap.yaml', yamlFile(tx('regnskap_yaml', { år }), {
    utgifter,
    inntekter: [
      { kap: 5309, navn: tx('kap_5309'), post: 29, posttekst: tx('kap_5309_post_29'), regnskap: unfilled, felleskapittel: true },
      { kap: 5700, navn: tx('kap_5700'), post: 72, posttekst: tx('kap_5700_post_72'), regnskap: unfilled, felleskapittel: true },
    ],
    artskonto: pairs(['andre_inntekter', 'lønn', 'andre_driftsutgifter', 'investeringer', 'finansutgifter', 'innkreving', 'tilskudd', 'gruppelivsforsikring', 'arbeidsgiveravgift', 'nettoføring_mva']),
  }));

  const plassholdere = countPlaceholders(files.values());
  return {
    files,
    summary: {
      mål: goals.length, styringsparametere: goals.reduce((n, g) => n + g.styringsparametere.length, 0),
      nyeOppdrag: assignments.filter((a) => a.ny).length, videreførteOppdrag: assignments.filter((a) => !a.ny).length,
      rapporteringskrav: demands.length + 1, plassholdere,
      måVurderes: letter.assignments.filter(({ assignment: a }) => a.frist.length === 0 || a.frist.some((d) => !d.dato)).map(({ assignment: a }) => a.id),
    },
  };
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}
