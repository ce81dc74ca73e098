import { stringify } from 'yaml';
import { toKroner } from '../format/numbers.js';
import type { LetterContent } from '../validate/letter/content.js';
import type { Results } from '../validate/schema/arsrapport.js';
import { letterItems, reportingDemands } from './letterItems.js';
import { PART_FOLDERS, partNames, placeholder as ph } from './parts.js';

export interface Draft {
  /** Path inside the report folder → file text. */
  files: Map<string, string>;
  summary: { mål: number; styringsparametere: number; nyeOppdrag: number; videreførteOppdrag: number; rapporteringskrav: number; plassholdere: number };
}

const front = (data: object) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n`;
const yamlFile = (comment: string, data: object) => `${comment.split('\n').map((l) => `# ${l}`).join('\n')}\n${stringify(data, { lineWidth: 0 })}`;
const slug = (s: string) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');

/**
 * A complete årsrapport folder answering `letter`: the six parts with guidance where the author must write,
 * a chapter per goal, resultater.yaml with every steering parameter and assignment, a section per reporting
 * demand in part IV, and the skeleton of the accounts. Every place to fill in is marked [[fyll inn: …]].
 */
export function draftReport(letter: LetterContent, letterPath: string, previous?: Results): Draft {
  const { goals, assignments, år } = letterItems(letter);
  const l = letter.letter;
  const short = l.mottaker.kortnavn ?? l.mottaker.navn;
  const names = partNames(l.språk, år);
  const files = new Map<string, string>();
  const part = (i: number, file: string, text: string) => files.set(`deler/${PART_FOLDERS[i]}/${file}`, text);
  const deadline = l.rapporteringskalender.find((r) => /^årsrapport/i.test(r.type) && r.telletidspunkt === `${år}-12-31`)?.frist;

  files.set('rapport.md', `${front({
    dokumenttype: 'årsrapport', virksomhet: l.mottaker.navn, kortnavn: short, år, språk: l.språk,
    dato: ph(`datoen rapporten signeres${deadline ? `, senest ${deadline}` : ''}`),
    tildelingsbrev: letterPath,
    leder: { navn: ph('lederens navn'), tittel: ph('lederens tittel'), sted: ph('sted') },
    innholdsfortegnelse: true,
  })}\nRapporten svarer på ${escapeMd(letterTitleOf(letter))}. Teksten i denne filen brukes ikke i dokumentet.\n`);

  names.forEach((name, i) => part(i, 'del.md', front({ tittel: name })));

  part(0, '1-beretning.md', `${front({})}\n${ph('lederens vurdering av året: de viktigste resultatene, prioriteringene og utfordringene, og hvordan ressursene er brukt. Delen signeres av lederen.')}\n`);

  part(1, '1-virksomheten.md', `${front({ tittel: 'Virksomheten og samfunnsoppdraget' })}\n${ph(`en kort omtale av ${short}: samfunnsoppdrag, organisering, ledelse, lokalisering og antall ansatte`)}\n`);
  part(1, '2-hovedtall.md', `${front({ tittel: `Hovedtall ${år - 4}–${år}`, innhold: 'hovedtall' })}\n${ph('en kort kommentar til utviklingen i hovedtallene')}\n`);
  const years = [0, 1, 2, 3, 4].map((k) => år - 4 + k);
  const five = (what: string) => years.map((y) => ph(`${what} ${y}`));
  files.set('hovedtall.yaml', yamlFile('Hovedtall til del II, ett tall per år i rekkefølgen under «år».\nUtnyttelsesgrad, lønnsandel og lønnskostnader per årsverk regnes ut.', {
    år: years,
    regnskap: {
      årsverk: five('årsverk'), samlet_tildeling: five('samlet tildeling'), regnskap: five('regnskap'),
      driftsutgifter: five('driftsutgifter'), lønnsutgifter: five('lønnsutgifter'),
    },
  }));

  part(2, '0-innledning.md', `${front({ tittel: `Resultater ${år}`, innhold: ['resultatkrav', 'oppdrag'] })}\nDette kapitlet gjør rede for resultatene av ${escapeMd(short)}s arbeid i ${år}, med utgangspunkt i målene, styringsparameterne og oppdragene i tildelingsbrevet for ${år}.\n\n${ph('en samlet vurdering av resultatene og måloppnåelsen')}\n`);
  for (const g of goals) {
    const sps = g.styringsparametere.map((sp) => `- **${sp.nr}:** ${escapeMd(sp.tekst)}`).join('\n');
    const own = assignments.filter((a) => a.mål === g.nr).map((a) => `- ${a.id} ${escapeMd(a.tittel)}`).join('\n');
    part(2, `mal-${g.nr}.md`, `${front({ tittel: g.tittel, mål: g.nr })}\n${ph(`resultater og vurdering av måloppnåelsen for mål ${g.nr}`)}\n${sps ? `\nStyringsparametere under målet (resultatene står i tabellen «Resultatkrav i tildelingsbrevet»):\n\n${sps}\n` : ''}${own ? `\nOppdrag under målet (statusen står i oppdragstabellen):\n\n${own}\n` : ''}`);
  }
  const prev = (tekst: string, nr: string) => previous?.styringsparametere.find((p) => p.nr === nr || p.tekst === tekst);
  const results = {
    styringsparametere: goals.flatMap((g) => g.styringsparametere.map((sp) => {
      const p = prev(sp.tekst, sp.nr);
      const tidligere = p ? { ...p.tidligere, [String(år - 1)]: p.resultat } : undefined;
      return { nr: sp.nr, mål: g.nr, tekst: sp.tekst, krav: sp.resultatkrav ?? '–', ...(tidligere ? { tidligere } : {}), resultat: ph(`resultat ${år}`), kommentar: ph('kommentar') };
    })),
    oppdrag: assignments.map((a) => ({ id: a.id, tittel: a.tittel, status: ph(`status for oppdrag ${a.id}`) })),
  };
  files.set('resultater.yaml', yamlFile(`Svar på styringsparameterne og oppdragene i tildelingsbrevet for ${år} (del III).\nKrav og tekst er hentet fra brevet; skriv resultat, kommentar og status.`, results));

  const demands = reportingDemands(letter);
  part(3, '1-internkontroll.md', `${front({ tittel: 'Internkontroll og risikostyring' })}\n${ph('en samlet vurdering av kvaliteten på internkontrollen, hvordan risiko er vurdert og fulgt opp, og vesentlige forhold ved styringen og kontrollen')}\n`);
  demands.forEach((d, i) => part(3, `${i + 2}-${slug(d.tittel)}.md`, `${front({ tittel: d.tittel })}\n${ph(`det tildelingsbrevet ber om under «${d.tittel}» (kapitlet «${d.kapittel}»)`)}\n`));

  part(4, '1-framtidsutsikter.md', `${front({})}\n${ph(`vurdering av hva som kan påvirke ${short}s evne til å løse samfunnsoppdraget og nå målene på lengre sikt`)}\n`);

  part(5, '1-ledelseskommentar.md', `${front({ tittel: 'Ledelseskommentar', signatur: true })}\n${ph('ledelseskommentar: formål, bekreftelse av at regnskapet gir et dekkende bilde, vesentlige forhold ved bevilgningsregnskapet og mindreutgifter')}\n`);
  part(5, '2-prinsippnote.md', `${front({ tittel: 'Prinsippnote til årsregnskapet' })}\nÅrsregnskapet er utarbeidet og avlagt etter Bestemmelser om økonomistyring i staten og Finansdepartementets rundskriv R-115. Regnskapet følger kalenderåret, inneholder alle rapporterte utgifter og inntekter for året, er ført etter kontantprinsippet og med bruttobeløp.\n\nOppstillingene av bevilgnings- og artskontorapporteringen er laget etter de samme prinsippene, men gruppert etter ulike kontoplaner. Sumlinjen «Netto rapportert til bevilgningsregnskapet» er lik i begge oppstillingene.\n`);
  part(5, '3-bevilgningsrapportering.md', `${front({ tittel: 'Bevilgningsrapportering', innhold: ['bevilgningsrapportering', 'note-a', 'note-b'] })}\n${ph('forklaring til brukte fullmakter og til mulig overførbart beløp')}\n`);
  part(5, '4-artskontorapportering.md', `${front({ tittel: 'Artskontorapportering', innhold: ['artskontorapportering', 'noter'] })}\n`);

  const unfilled = ph();
  const utgifter: Array<Record<string, unknown>> = (letter.budget?.budget.kapitler ?? []).flatMap((k) => k.poster.map((p) => ({
    kap: k.kap, navn: k.navn, post: p.post, posttekst: p.navn, ...(p.stikkord.length ? { stikkord: p.stikkord } : {}),
    overført_fra_i_fjor: unfilled, årets_tildelinger: toKroner(p.disponert ?? p.bevilget ?? 0, k.enhet),
    ...(p.stikkord.some((s) => /kan overføres/i.test(s)) ? { fjorårets_tildeling: unfilled } : {}),
    regnskap: unfilled,
  })));
  utgifter.push({ kap: 1633, navn: 'Nettoordning, statlig betalt merverdiavgift', post: 1, posttekst: 'Driftsutgifter', overført_fra_i_fjor: 0, årets_tildelinger: 0, regnskap: unfilled });
  const pairs = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, [unfilled, unfilled]]));
  files.set('regnskap.yaml', yamlFile(`Regnskapstall til del VI, i kroner. Poster og årets tildelinger er hentet fra tildelingsbrevet for ${år};\nlegg til tillegg til tildelingsbrevet og overføringer fra i fjor. Summer, Note A og Note B regnes ut.`, {
    utgifter,
    inntekter: [
      { kap: 5309, navn: 'Tilfeldige inntekter', post: 29, posttekst: 'Ymse', regnskap: unfilled, felleskapittel: true },
      { kap: 5700, navn: 'Folketrygdens inntekter', post: 72, posttekst: 'Arbeidsgiveravgift', regnskap: unfilled, felleskapittel: true },
    ],
    artskonto: pairs(['andre_inntekter', 'lønn', 'andre_driftsutgifter', 'investeringer', 'finansutgifter', 'innkreving', 'tilskudd', 'gruppelivsforsikring', 'arbeidsgiveravgift', 'nettoføring_mva']),
  }));

  let plassholdere = 0;
  for (const text of files.values()) plassholdere += text.match(/\[\[fyll inn/g)?.length ?? 0;
  return {
    files,
    summary: {
      mål: goals.length, styringsparametere: goals.reduce((n, g) => n + g.styringsparametere.length, 0),
      nyeOppdrag: assignments.filter((a) => a.ny).length, videreførteOppdrag: assignments.filter((a) => !a.ny).length,
      rapporteringskrav: demands.length + 1, plassholdere,
    },
  };
}

function letterTitleOf(c: LetterContent): string {
  return c.letter.tittel ?? `tildelingsbrevet til ${c.letter.mottaker.navn} for ${c.letter.år}`;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}
