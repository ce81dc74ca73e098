import type { Language, Texts } from '../compose/texts.js';

/**
 * The scaffold `draft-report` writes into a new årsrapport folder: chapter titles, the guidance inside the
 * [[fyll inn: …]] markers, the standard prinsippnote, the comments heading the YAML files and the fixed
 * felleskapittel lines. Not in templates. Values that are user text are Markdown-escaped by the caller where needed;
 * `\n` starts a new line (in YAML comments) or a new paragraph (`\n\n`).
 */
const utkastNb = {
  // rapport.md
  rapport_merknad: 'Rapporten svarer på {brev}. Teksten i denne filen brukes ikke i dokumentet.',
  brevtittel: 'tildelingsbrevet til {mottaker} for {år}',
  dato: 'datoen rapporten signeres',
  dato_frist: 'datoen rapporten signeres, senest {frist}',
  leder_navn: 'lederens navn',
  leder_tittel: 'lederens tittel',
  leder_sted: 'sted',
  // Part I
  beretning: 'lederens vurdering av året: de viktigste resultatene, prioriteringene og utfordringene, og hvordan ressursene er brukt. Delen signeres av lederen.',
  // Part II
  virksomheten_tittel: 'Virksomheten og samfunnsoppdraget',
  virksomheten: 'en kort omtale av {virksomhet}: samfunnsoppdrag, organisering, ledelse, lokalisering og antall ansatte',
  hovedtall_tittel: 'Hovedtall {fra}–{til}',
  hovedtall: 'en kort kommentar til utviklingen i hovedtallene',
  hovedtall_yaml: 'Hovedtall til del II, ett tall per år i rekkefølgen under «år».\nUtnyttelsesgrad, lønnsandel og lønnskostnader per årsverk regnes ut.',
  hovedtall_årsverk: 'årsverk {år}',
  hovedtall_samlet_tildeling: 'samlet tildeling {år}',
  hovedtall_regnskap: 'regnskap {år}',
  hovedtall_driftsutgifter: 'driftsutgifter {år}',
  hovedtall_lønnsutgifter: 'lønnsutgifter {år}',
  // Part III
  resultater_tittel: 'Resultater {år}',
  resultater_innledning: 'Dette kapitlet gjør rede for resultatene av {virksomhet}s arbeid i {år}, med utgangspunkt i målene, styringsparameterne og oppdragene i tildelingsbrevet for {år}.',
  resultater_samlet: 'en samlet vurdering av resultatene og måloppnåelsen',
  mål_resultater: 'resultater og vurdering av måloppnåelsen for mål {mål}',
  mål_styringsparametere: 'Styringsparametere under målet (resultatene står i tabellen «Resultatkrav i tildelingsbrevet»):',
  mål_oppdrag: 'Oppdrag under målet (statusen står i oppdragstabellen):',
  resultat: 'resultat {år}',
  kommentar: 'kommentar',
  oppdrag_status: 'status for oppdrag {id}',
  resultater_yaml: 'Svar på styringsparameterne og oppdragene i tildelingsbrevet for {år} (del III).\nKrav og tekst er hentet fra brevet; skriv resultat, kommentar og status.',
  // Part IV
  internkontroll_tittel: 'Internkontroll og risikostyring',
  internkontroll: 'en samlet vurdering av kvaliteten på internkontrollen, hvordan risiko er vurdert og fulgt opp, og vesentlige forhold ved styringen og kontrollen',
  rapporteringskrav: 'det tildelingsbrevet ber om under «{krav}» (kapitlet «{kapittel}»)',
  // Part V
  framtidsutsikter: 'vurdering av hva som kan påvirke {virksomhet}s evne til å løse samfunnsoppdraget og nå målene på lengre sikt',
  // Part VI
  ledelseskommentar_tittel: 'Ledelseskommentar',
  ledelseskommentar: 'ledelseskommentar: formål, bekreftelse av at regnskapet gir et dekkende bilde, vesentlige forhold ved bevilgningsregnskapet og mindreutgifter',
  prinsippnote_tittel: 'Prinsippnote til årsregnskapet',
  prinsippnote: 'Årsregnskapet er utarbeidet og avlagt etter Bestemmelser om økonomistyring i staten og Finansdepartementets rundskriv R-115. Regnskapet følger kalenderåret, inneholder alle rapporterte utgifter og inntekter for året, er ført etter kontantprinsippet og med bruttobeløp.\n\nOppstillingene av bevilgnings- og artskontorapporteringen er laget etter de samme prinsippene, men gruppert etter ulike kontoplaner. Sumlinjen «Netto rapportert til bevilgningsregnskapet» er lik i begge oppstillingene.',
  bevilgningsrapportering_tittel: 'Bevilgningsrapportering',
  bevilgningsrapportering: 'forklaring til brukte fullmakter og til mulig overførbart beløp',
  artskontorapportering_tittel: 'Artskontorapportering',
  regnskap_yaml: 'Regnskapstall til del VI, i kroner. Poster og årets tildelinger er hentet fra tildelingsbrevet for {år};\nlegg til tillegg til tildelingsbrevet og overføringer fra i fjor. Summer, Note A og Note B regnes ut.',
  /** The felleskapittel lines of regnskap.yaml: chapter and post names as in the state budget. */
  kap_1633: 'Nettoordning, statlig betalt merverdiavgift',
  kap_1633_post_01: 'Driftsutgifter',
  kap_5309: 'Tilfeldige inntekter',
  kap_5309_post_29: 'Ymse',
  kap_5700: 'Folketrygdens inntekter',
  kap_5700_post_72: 'Arbeidsgiveravgift',
};

const utkastNn: Texts<typeof utkastNb> = {
  rapport_merknad: 'Rapporten svarar på {brev}. Teksten i denne fila blir ikkje brukt i dokumentet.',
  brevtittel: 'tildelingsbrevet til {mottaker} for {år}',
  dato: 'datoen rapporten blir signert',
  dato_frist: 'datoen rapporten blir signert, seinast {frist}',
  leder_navn: 'namnet til leiaren',
  leder_tittel: 'tittelen til leiaren',
  leder_sted: 'stad',
  beretning: 'vurderinga leiaren gjer av året: dei viktigaste resultata, prioriteringane og utfordringane, og korleis ressursane er brukte. Delen blir signert av leiaren.',
  virksomheten_tittel: 'Verksemda og samfunnsoppdraget',
  virksomheten: 'ein kort omtale av {virksomhet}: samfunnsoppdrag, organisering, leiing, lokalisering og talet på tilsette',
  hovedtall_tittel: 'Hovudtal {fra}–{til}',
  hovedtall: 'ein kort kommentar til utviklinga i hovudtala',
  hovedtall_yaml: 'Hovudtal til del II, eitt tal per år i rekkjefølgja under «år».\nUtnyttingsgrad, lønsdel og lønskostnader per årsverk blir rekna ut.',
  hovedtall_årsverk: 'årsverk {år}',
  hovedtall_samlet_tildeling: 'samla tildeling {år}',
  hovedtall_regnskap: 'rekneskap {år}',
  hovedtall_driftsutgifter: 'driftsutgifter {år}',
  hovedtall_lønnsutgifter: 'lønsutgifter {år}',
  resultater_tittel: 'Resultat {år}',
  resultater_innledning: 'Dette kapittelet gjer greie for resultata av arbeidet til {virksomhet} i {år}, med utgangspunkt i måla, styringsparametrane og oppdraga i tildelingsbrevet for {år}.',
  resultater_samlet: 'ei samla vurdering av resultata og måloppnåinga',
  mål_resultater: 'resultat og vurdering av måloppnåinga for mål {mål}',
  mål_styringsparametere: 'Styringsparametrar under målet (resultata står i tabellen «Resultatkrav i tildelingsbrevet»):',
  mål_oppdrag: 'Oppdrag under målet (statusen står i oppdragstabellen):',
  resultat: 'resultat {år}',
  kommentar: 'kommentar',
  oppdrag_status: 'status for oppdrag {id}',
  resultater_yaml: 'Svar på styringsparametrane og oppdraga i tildelingsbrevet for {år} (del III).\nKrav og tekst er henta frå brevet; skriv resultat, kommentar og status.',
  internkontroll_tittel: 'Internkontroll og risikostyring',
  internkontroll: 'ei samla vurdering av kvaliteten på internkontrollen, korleis risiko er vurdert og følgd opp, og vesentlege forhold ved styringa og kontrollen',
  rapporteringskrav: 'det tildelingsbrevet ber om under «{krav}» (kapittelet «{kapittel}»)',
  framtidsutsikter: 'vurdering av kva som kan påverke evna {virksomhet} har til å løyse samfunnsoppdraget og nå måla på lengre sikt',
  ledelseskommentar_tittel: 'Leiingskommentar',
  ledelseskommentar: 'leiingskommentar: formål, stadfesting av at rekneskapen gir eit dekkjande bilete, vesentlege forhold ved løyvingsrekneskapen og mindreutgifter',
  prinsippnote_tittel: 'Prinsippnote til årsrekneskapen',
  prinsippnote: 'Årsrekneskapen er utarbeidd og avlagd etter Føresegner om økonomistyring i staten og rundskriv R-115 frå Finansdepartementet. Rekneskapen følgjer kalenderåret, inneheld alle rapporterte utgifter og inntekter for året, er ført etter kontantprinsippet og med bruttobeløp.\n\nOppstillingane av løyvings- og artskontorapporteringa er laga etter dei same prinsippa, men grupperte etter ulike kontoplanar. Sumlinja «Netto rapportert til løyvingsrekneskapen» er lik i begge oppstillingane.',
  bevilgningsrapportering_tittel: 'Løyvingsrapportering',
  bevilgningsrapportering: 'forklaring til brukte fullmakter og til mogleg overførbart beløp',
  artskontorapportering_tittel: 'Artskontorapportering',
  regnskap_yaml: 'Rekneskapstal til del VI, i kroner. Postar og tildelingane i år er henta frå tildelingsbrevet for {år};\nlegg til tillegg til tildelingsbrevet og overføringar frå i fjor. Summar, Note A og Note B blir rekna ut.',
  kap_1633: 'Nettoordning, statleg betalt meirverdiavgift',
  kap_1633_post_01: 'Driftsutgifter',
  kap_5309: 'Tilfeldige inntekter',
  kap_5309_post_29: 'Ymse',
  kap_5700: 'Folketrygdas inntekter',
  kap_5700_post_72: 'Arbeidsgivaravgift',
};

export type DraftTexts = Texts<typeof utkastNb>;

/** The scaffold's texts in the letter's language. */
export function draftTexts(language: Language): DraftTexts {
  return language === 'nn' ? utkastNn : utkastNb;
}
