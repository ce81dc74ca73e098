/**
 * Every fixed text the documents carry, in bokmål and nynorsk: headings, table heads, standard sentences and the
 * page furniture, and the scaffold `draft-report` writes (section `utkast`, not seen by templates). The document's
 * `språk:` picks the set. Templates see the texts of their kind as `@tekst.<key>`
 * (docs/innholdsformat.md lists them); the view models and the årsrapport tables read them here.
 *
 * `{name}` marks a value filled in where the text is used: `fill()` here, `{{fyll @tekst.key name=value}}` in
 * templates. Texts are Markdown-safe as written (no characters Markdown would read as markup) except where noted.
 * Messages to the user (diagnostics) are not here: they are always bokmål.
 */

export type Language = 'nb' | 'nn';

/** Shared by the tildelingsbrev and its tillegg: letterhead, closing, assignment and budget furniture, footer. */
const brevNb = {
  deres_ref: 'Deres ref',
  vår_ref: 'Vår ref',
  dato: 'Dato',
  innhold: 'Innhold',
  vedlegg: 'Vedlegg',
  vedlegg_nr: 'Vedlegg nr.',
  med_hilsen: 'Med hilsen',
  ef: '(e.f.)',
  elektronisk_signert: 'Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer',
  kopi: 'Kopi',
  mål: 'Mål',
  oppdrag_nr: 'Oppdrag nr.',
  finansiering: 'Finansiering',
  frist: 'Frist',
  tildeling_av_midler: 'Tildeling av midler',
  kap: 'Kap.',
  post: 'Post',
  sum: 'Sum',
  /** Not in templates: the view models and the page furniture. */
  finansiering_tekst: '{beløp} over kap. {kap}, post {post}',
  side: 'Side {side} av {sider}',
  postadresse: 'Postadresse',
  kontoradresse: 'Kontoradresse',
  telefon: 'Telefon',
  orgnr: 'Org.nr.',
  avdeling: 'Avdeling',
  saksbehandler: 'Saksbehandler',
};
type Texts<T> = { [K in keyof T]: string };

const brevNn: Texts<typeof brevNb> = {
  deres_ref: 'Dykkar ref',
  vår_ref: 'Vår ref',
  dato: 'Dato',
  innhold: 'Innhald',
  vedlegg: 'Vedlegg',
  vedlegg_nr: 'Vedlegg nr.',
  med_hilsen: 'Med helsing',
  ef: '(e.f.)',
  elektronisk_signert: 'Dokumentet er elektronisk signert og har difor ikkje handskrivne signaturar',
  kopi: 'Kopi',
  mål: 'Mål',
  oppdrag_nr: 'Oppdrag nr.',
  finansiering: 'Finansiering',
  frist: 'Frist',
  tildeling_av_midler: 'Tildeling av midlar',
  kap: 'Kap.',
  post: 'Post',
  sum: 'Sum',
  finansiering_tekst: '{beløp} over kap. {kap}, post {post}',
  side: 'Side {side} av {sider}',
  postadresse: 'Postadresse',
  kontoradresse: 'Kontoradresse',
  telefon: 'Telefon',
  orgnr: 'Org.nr.',
  avdeling: 'Avdeling',
  saksbehandler: 'Sakshandsamar',
};

const tildelingsbrevNb = {
  mål_og_oppdrag: 'Mål, styringsparametere og oppdrag',
  resultatkrav: 'Resultatkrav',
  rapportering: 'Rapportering',
  nye_oppdrag: 'Oppdrag som skal bidra til å nå mål nr. {mål}',
  tidligere_oppdrag: 'Oppdrag gitt tidligere, med frist i {år} eller senere, som skal bidra til å nå mål nr. {mål}',
  nr: 'Nr.',
  oppdrag: 'Oppdrag',
  rapportering_innledning: '{departement} ber om følgende rapportering:',
  type_rapportering: 'Type rapportering',
  telletidspunkt: 'Telletidspunkt',
  rapporteringsfrist: 'Rapporteringsfrist',
  betegnelse: 'Betegnelse',
  bevilget: 'Det er bevilget {beløp} på posten.',
  disponert: 'Departementet stiller {beløp} til disposisjon for {mottaker}.',
  disponert_udisponert: 'Departementet stiller {beløp} til disposisjon for {mottaker}, hvorav {udisponert} er udisponerte midler.',
  disponerer_alt: '{mottaker} disponerer hele beløpet.',
  /** In running text, after an earmarked amount: "(0,7 mill. kroner, oppdrag nr. 2023-02)". */
  oppdrag_nr_i_tekst: 'oppdrag nr.',
  /** Not in templates: the view model and the document properties. */
  tittel: 'Tildelingsbrev til {mottaker} for {år}',
  emne: 'Tildelingsbrev {år}',
  topptekst: 'Tildelingsbrev {år} – {mottaker}',
  tildeling_kolonne: 'Tildeling {år} (i {enhet})',
  innen: 'Innen {dato}',
};

const tildelingsbrevNn: Texts<typeof tildelingsbrevNb> = {
  mål_og_oppdrag: 'Mål, styringsparametrar og oppdrag',
  resultatkrav: 'Resultatkrav',
  rapportering: 'Rapportering',
  nye_oppdrag: 'Oppdrag som skal bidra til å nå mål nr. {mål}',
  tidligere_oppdrag: 'Oppdrag gitt tidlegare, med frist i {år} eller seinare, som skal bidra til å nå mål nr. {mål}',
  nr: 'Nr.',
  oppdrag: 'Oppdrag',
  rapportering_innledning: '{departement} ber om følgjande rapportering:',
  type_rapportering: 'Type rapportering',
  telletidspunkt: 'Teljetidspunkt',
  rapporteringsfrist: 'Rapporteringsfrist',
  betegnelse: 'Nemning',
  bevilget: 'Det er løyvd {beløp} på posten.',
  disponert: 'Departementet stiller {beløp} til disposisjon for {mottaker}.',
  disponert_udisponert: 'Departementet stiller {beløp} til disposisjon for {mottaker}, og av dette er {udisponert} udisponerte midlar.',
  disponerer_alt: '{mottaker} disponerer heile beløpet.',
  oppdrag_nr_i_tekst: 'oppdrag nr.',
  tittel: 'Tildelingsbrev til {mottaker} for {år}',
  emne: 'Tildelingsbrev {år}',
  topptekst: 'Tildelingsbrev {år} – {mottaker}',
  tildeling_kolonne: 'Tildeling {år} (i {enhet})',
  innen: 'Innan {dato}',
};

const tilleggNb = {
  endringer_i_oppdrag: 'Endringer i oppdrag',
  mål_og_oppdrag: 'Mål, styringsparametere og oppdrag for {år}',
  endringer_fra: 'Følgende endringer fra {proposisjon} får virkning på poster stilt til disposisjon for {mottaker}:',
  øvrige_endringer: 'Øvrige endringer som har virkning for {mottaker}s budsjettposter:',
  etter_endringene: 'Etter endringene i dette tillegget disponerer {mottaker} følgende på postene over (i kroner):',
  kap_post: 'Kap./post',
  postnavn: 'Postnavn',
  før: 'Før dette tillegget',
  endring: 'Endring',
  /** Not in templates: the view model and the document properties. */
  tittel: 'Tillegg nr. {nr} til tildelingsbrev til {mottaker} for {år}',
  emne: 'Tillegg nr. {nr} til tildelingsbrev {år}',
  topptekst: 'Tillegg nr. {nr} til tildelingsbrev {år} – {mottaker}',
  innledning: 'Vi viser til tildelingsbrev til {mottaker} for {år}.',
  innledning_med_tillegg: 'Vi viser til tildelingsbrev til {mottaker} for {år}, og til tillegg {tillegg} til dette.',
  /** "nr. 1", "nr. 1 og 2", "nr. 1, 2 og 3". */
  nr_liste: 'nr. {nr}',
  og: 'og',
  nytt_nr: 'Oppdraget får nytt nummer: {nr}.',
  ny_frist: 'Ny frist: {frist}.',
  økes: 'Bevilgningen på posten økes med {beløp}.',
  reduseres: 'Bevilgningen på posten reduseres med {beløp}.',
  budsjett_kolonne: 'Budsjett {år}',
};

const tilleggNn: Texts<typeof tilleggNb> = {
  endringer_i_oppdrag: 'Endringar i oppdrag',
  mål_og_oppdrag: 'Mål, styringsparametrar og oppdrag for {år}',
  endringer_fra: 'Følgjande endringar frå {proposisjon} får verknad for postar som er stilte til disposisjon for {mottaker}:',
  øvrige_endringer: 'Andre endringar som har verknad for budsjettpostane til {mottaker}:',
  etter_endringene: 'Etter endringane i dette tillegget disponerer {mottaker} følgjande på postane over (i kroner):',
  kap_post: 'Kap./post',
  postnavn: 'Postnamn',
  før: 'Før dette tillegget',
  endring: 'Endring',
  tittel: 'Tillegg nr. {nr} til tildelingsbrev til {mottaker} for {år}',
  emne: 'Tillegg nr. {nr} til tildelingsbrev {år}',
  topptekst: 'Tillegg nr. {nr} til tildelingsbrev {år} – {mottaker}',
  innledning: 'Vi viser til tildelingsbrev til {mottaker} for {år}.',
  innledning_med_tillegg: 'Vi viser til tildelingsbrev til {mottaker} for {år}, og til tillegg {tillegg} til dette.',
  nr_liste: 'nr. {nr}',
  og: 'og',
  nytt_nr: 'Oppdraget får nytt nummer: {nr}.',
  ny_frist: 'Ny frist: {frist}.',
  økes: 'Løyvinga på posten blir auka med {beløp}.',
  reduseres: 'Løyvinga på posten blir redusert med {beløp}.',
  budsjett_kolonne: 'Budsjett {år}',
};

/** The årsrapport: the generated tables (names as in DFØ's models for the annual accounts) and the page furniture. */
const årsrapportNb = {
  innhold: 'Innhold',
  side: 'Side {side} av {sider}',
  tittel: 'Årsrapport {år}',
  // Part III
  styringsparameter: 'Styringsparameter',
  resultat: 'Resultat {år}',
  krav: 'Krav {år}',
  kommentar_år: 'Kommentar {år}',
  mål: 'Mål',
  resultatkrav_tittel: 'Resultatkrav i tildelingsbrevet {år}',
  oppdrag_i_brevet: 'Oppdrag i tildelingsbrev for {år}',
  kommentar: 'Kommentar',
  oppdrag: 'Oppdrag',
  // Part II
  nøkkeltall: 'Nøkkeltall fra årsregnskap',
  enhet: 'Enhet',
  antall: 'Antall',
  prosent: 'Prosent',
  mill_kr: 'Mill. kr',
  kroner: 'Kroner',
  antall_årsverk: 'Antall årsverk',
  avtalte_ansatte: 'Antall avtalte ansatte',
  utførte_årsverk: 'Antall utførte årsverk',
  samlet_tildeling_01_99: 'Samlet tildeling post 01–99',
  utnyttelsesgrad: 'Utnyttelsesgrad post 01–99',
  driftsutgifter: 'Driftsutgifter',
  lønnsandel: 'Lønnsandel av driftsutgifter',
  lønn_per_årsverk: 'Lønnskostnader per årsverk',
  nøkkeltall_merknad: 'Utnyttelsesgrad = regnskap / samlet tildeling. Lønnsandel = lønnsutgifter / driftsutgifter. Lønnskostnader per årsverk = lønnsutgifter / antall årsverk.',
  // Part VI: bevilgningsrapportering
  bevilgning_tittel: 'Oppstilling av bevilgningsrapportering for regnskapsår {år}',
  kap_og_post: 'Kap. og post',
  posttekst: 'Posttekst',
  note: 'Note',
  samlet_tildeling_stjerne: 'Samlet tildeling*',
  regnskap: 'Regnskap {år}',
  merutgift: 'Merutgift (−) og mindreutgift',
  merinntekt: 'Merinntekt og mindreinntekt (−)',
  sum_utgiftsført: 'Sum utgiftsført',
  sum_inntektsført: 'Sum inntektsført',
  netto_bevilgning: 'Netto rapportert til bevilgningsregnskapet',
  /** Markdown: the leading asterisk is escaped. */
  bevilgning_merknad: '\\* Samlet tildeling skal ikke reduseres med eventuelle avgitte belastningsfullmakter. Se note B for forklaring til brukte fullmakter og beregning av mulig overførbart beløp til neste år.',
  // Note A and B
  kapittel_og_post: 'Kapittel og post',
  overført_fra_i_fjor: 'Overført fra i fjor',
  årets_tildelinger: 'Årets tildelinger',
  samlet_tildeling: 'Samlet tildeling',
  note_a_tittel: 'Note A Forklaring av samlet tildeling',
  note_b_tittel: 'Note B Forklaring til brukte fullmakter og beregning av mulig overførbart beløp til neste år',
  stikkord: 'Stikkord',
  kan_overføres: '«kan overføres»',
  b_differanse: 'Merutgift (−)/mindreutgift',
  b_utgiftsført_av_andre: 'Utgiftsført av andre iht. avgitte belastningsfullmakter',
  b_etter_belastning: 'Merutgift (−)/mindreutgift etter avgitte belastningsfullmakter',
  b_merinntekter: 'Merinntekter/mindreinntekter (−) iht. merinntektsfullmakt',
  b_omdisponering: 'Omdisponering fra post 01 til 45 eller til post 01/21 fra neste års bevilgning',
  b_innsparinger: 'Innsparinger (−)',
  b_grunnlag: 'Sum grunnlag for overføring',
  b_maks: 'Maks. overførbart beløp',
  b_mulig: 'Mulig overførbart beløp beregnet av virksomheten',
  note_b_merknad: 'Maks. overførbart beløp: for post 01 5 prosent av årets tildeling; for poster med stikkordet «kan overføres» årets og fjorårets tildeling til sammen.',
  // Part VI: artskontorapportering
  artskonto_tittel: 'Oppstilling av artskontorapportering for {år}',
  driftsinntekter_rapportert: 'Driftsinntekter rapportert til bevilgningsregnskapet',
  gebyrer: 'Innbetalinger fra gebyrer',
  tilskudd_inn: 'Innbetalinger fra tilskudd og overføringer',
  salg_og_leie: 'Salgs- og leieinntekter',
  andre_inntekter: 'Andre inntekter',
  sum_inntekter_drift: 'Sum inntekter fra drift',
  driftsutgifter_rapportert: 'Driftsutgifter rapportert til bevilgningsregnskapet',
  lønn: 'Utbetalinger til lønn',
  andre_driftsutgifter: 'Andre utbetalinger til drift',
  sum_utbetalinger_drift: 'Sum utbetalinger til drift',
  netto_drift: 'Netto rapporterte driftsutgifter',
  invfin_inntekter_rapportert: 'Investerings- og finansinntekter rapportert til bevilgningsregnskapet',
  finansinntekter: 'Innbetaling av finansinntekter',
  sum_invfin_inntekter: 'Sum investerings- og finansinntekter',
  invfin_utgifter_rapportert: 'Investerings- og finansutgifter rapportert til bevilgningsregnskapet',
  investeringer: 'Utbetaling til investeringer',
  aksjer: 'Utbetaling til kjøp av aksjer',
  finansutgifter: 'Utbetaling av finansutgifter',
  sum_invfin_utgifter: 'Sum investerings- og finansutgifter',
  netto_invfin: 'Netto rapporterte investerings- og finansutgifter',
  innkreving_overskrift: 'Innkrevingsvirksomhet og andre overføringer til staten',
  innkreving: 'Innbetaling av skatter, avgifter, gebyrer m.m.',
  sum_innkreving: 'Sum innkrevingsvirksomhet og andre overføringer til staten',
  tilskudd_overskrift: 'Tilskuddsforvaltning og andre overføringer fra staten',
  tilskudd: 'Utbetalinger av tilskudd og stønader',
  sum_tilskudd: 'Sum tilskuddsforvaltning og andre overføringer fra staten',
  felleskapitler: 'Inntekter og utgifter rapportert på felleskapitler',
  gruppeliv: 'Gruppelivsforsikring konto 1985 (ref. kap. 5309, inntekt)',
  arbeidsgiveravgift: 'Arbeidsgiveravgift konto 1986 (ref. kap. 5700, inntekt)',
  nettoføring_mva: 'Nettoføringsordning for merverdiavgift konto 1987 (ref. kap. 1633, utgift)',
  netto_felleskapitler: 'Netto rapporterte utgifter på felleskapitler',
  mellomværende: 'Oversikt over mellomværende med statskassen',
  eiendeler_og_gjeld: 'Eiendeler og gjeld',
  fordringer: 'Fordringer',
  kontanter: 'Kontanter',
  bankkontoer: 'Bankkontoer med statlige midler utenfor Norges Bank',
  skattetrekk: 'Skyldig skattetrekk og andre trekk',
  avgifter: 'Skyldige offentlige avgifter',
  annen_gjeld: 'Annen gjeld',
  sum_mellomværende: 'Sum mellomværende med statskassen',
  /** A note's sum line when regnskap.yaml gives none: "Sum" and the note's title, lower-case first. */
  sum_note: 'Sum {tittel}',
};

const årsrapportNn: Texts<typeof årsrapportNb> = {
  innhold: 'Innhald',
  side: 'Side {side} av {sider}',
  tittel: 'Årsrapport {år}',
  styringsparameter: 'Styringsparameter',
  resultat: 'Resultat {år}',
  krav: 'Krav {år}',
  kommentar_år: 'Kommentar {år}',
  mål: 'Mål',
  resultatkrav_tittel: 'Resultatkrav i tildelingsbrevet {år}',
  oppdrag_i_brevet: 'Oppdrag i tildelingsbrev for {år}',
  kommentar: 'Kommentar',
  oppdrag: 'Oppdrag',
  nøkkeltall: 'Nøkkeltal frå årsrekneskap',
  enhet: 'Eining',
  antall: 'Tal',
  prosent: 'Prosent',
  mill_kr: 'Mill. kr',
  kroner: 'Kroner',
  antall_årsverk: 'Tal på årsverk',
  avtalte_ansatte: 'Tal på avtalte tilsette',
  utførte_årsverk: 'Tal på utførte årsverk',
  samlet_tildeling_01_99: 'Samla tildeling post 01–99',
  utnyttelsesgrad: 'Utnyttingsgrad post 01–99',
  driftsutgifter: 'Driftsutgifter',
  lønnsandel: 'Lønsdel av driftsutgifter',
  lønn_per_årsverk: 'Lønskostnader per årsverk',
  nøkkeltall_merknad: 'Utnyttingsgrad = rekneskap / samla tildeling. Lønsdel = lønsutgifter / driftsutgifter. Lønskostnader per årsverk = lønsutgifter / tal på årsverk.',
  bevilgning_tittel: 'Oppstilling av løyvingsrapportering for rekneskapsåret {år}',
  kap_og_post: 'Kap. og post',
  posttekst: 'Posttekst',
  note: 'Note',
  samlet_tildeling_stjerne: 'Samla tildeling*',
  regnskap: 'Rekneskap {år}',
  merutgift: 'Meirutgift (−) og mindreutgift',
  merinntekt: 'Meirinntekt og mindreinntekt (−)',
  sum_utgiftsført: 'Sum utgiftsført',
  sum_inntektsført: 'Sum inntektsført',
  netto_bevilgning: 'Netto rapportert til løyvingsrekneskapen',
  bevilgning_merknad: '\\* Samla tildeling skal ikkje reduserast med eventuelle avgitte belastningsfullmakter. Sjå note B for forklaring til brukte fullmakter og berekning av mogleg overførbart beløp til neste år.',
  kapittel_og_post: 'Kapittel og post',
  overført_fra_i_fjor: 'Overført frå i fjor',
  årets_tildelinger: 'Årets tildelingar',
  samlet_tildeling: 'Samla tildeling',
  note_a_tittel: 'Note A Forklaring av samla tildeling',
  note_b_tittel: 'Note B Forklaring til brukte fullmakter og berekning av mogleg overførbart beløp til neste år',
  stikkord: 'Stikkord',
  kan_overføres: '«kan overførast»',
  b_differanse: 'Meirutgift (−)/mindreutgift',
  b_utgiftsført_av_andre: 'Utgiftsført av andre iht. avgitte belastningsfullmakter',
  b_etter_belastning: 'Meirutgift (−)/mindreutgift etter avgitte belastningsfullmakter',
  b_merinntekter: 'Meirinntekter/mindreinntekter (−) iht. meirinntektsfullmakt',
  b_omdisponering: 'Omdisponering frå post 01 til 45 eller til post 01/21 frå neste års løyving',
  b_innsparinger: 'Innsparingar (−)',
  b_grunnlag: 'Sum grunnlag for overføring',
  b_maks: 'Maks. overførbart beløp',
  b_mulig: 'Mogleg overførbart beløp berekna av verksemda',
  note_b_merknad: 'Maks. overførbart beløp: for post 01 5 prosent av tildelinga i år; for postar med stikkordet «kan overførast» tildelinga i år og i fjor til saman.',
  artskonto_tittel: 'Oppstilling av artskontorapportering for {år}',
  driftsinntekter_rapportert: 'Driftsinntekter rapportert til løyvingsrekneskapen',
  gebyrer: 'Innbetalingar frå gebyr',
  tilskudd_inn: 'Innbetalingar frå tilskot og overføringar',
  salg_og_leie: 'Sals- og leigeinntekter',
  andre_inntekter: 'Andre inntekter',
  sum_inntekter_drift: 'Sum inntekter frå drift',
  driftsutgifter_rapportert: 'Driftsutgifter rapportert til løyvingsrekneskapen',
  lønn: 'Utbetalingar til løn',
  andre_driftsutgifter: 'Andre utbetalingar til drift',
  sum_utbetalinger_drift: 'Sum utbetalingar til drift',
  netto_drift: 'Netto rapporterte driftsutgifter',
  invfin_inntekter_rapportert: 'Investerings- og finansinntekter rapportert til løyvingsrekneskapen',
  finansinntekter: 'Innbetaling av finansinntekter',
  sum_invfin_inntekter: 'Sum investerings- og finansinntekter',
  invfin_utgifter_rapportert: 'Investerings- og finansutgifter rapportert til løyvingsrekneskapen',
  investeringer: 'Utbetaling til investeringar',
  aksjer: 'Utbetaling til kjøp av aksjar',
  finansutgifter: 'Utbetaling av finansutgifter',
  sum_invfin_utgifter: 'Sum investerings- og finansutgifter',
  netto_invfin: 'Netto rapporterte investerings- og finansutgifter',
  innkreving_overskrift: 'Innkrevjingsverksemd og andre overføringar til staten',
  innkreving: 'Innbetaling av skattar, avgifter, gebyr m.m.',
  sum_innkreving: 'Sum innkrevjingsverksemd og andre overføringar til staten',
  tilskudd_overskrift: 'Tilskotsforvaltning og andre overføringar frå staten',
  tilskudd: 'Utbetalingar av tilskot og stønader',
  sum_tilskudd: 'Sum tilskotsforvaltning og andre overføringar frå staten',
  felleskapitler: 'Inntekter og utgifter rapportert på felleskapittel',
  gruppeliv: 'Gruppelivsforsikring konto 1985 (ref. kap. 5309, inntekt)',
  arbeidsgiveravgift: 'Arbeidsgivaravgift konto 1986 (ref. kap. 5700, inntekt)',
  nettoføring_mva: 'Nettoføringsordning for meirverdiavgift konto 1987 (ref. kap. 1633, utgift)',
  netto_felleskapitler: 'Netto rapporterte utgifter på felleskapittel',
  mellomværende: 'Oversikt over mellomværet med statskassen',
  eiendeler_og_gjeld: 'Eigedelar og gjeld',
  fordringer: 'Fordringar',
  kontanter: 'Kontantar',
  bankkontoer: 'Bankkontoar med statlege midlar utanfor Noregs Bank',
  skattetrekk: 'Skuldig skattetrekk og andre trekk',
  avgifter: 'Skuldige offentlege avgifter',
  annen_gjeld: 'Anna gjeld',
  sum_mellomværende: 'Sum mellomværet med statskassen',
  sum_note: 'Sum {tittel}',
};

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

const TEXTS = {
  nb: { brev: brevNb, tildelingsbrev: tildelingsbrevNb, tillegg: tilleggNb, årsrapport: årsrapportNb, utkast: utkastNb },
  nn: { brev: brevNn, tildelingsbrev: tildelingsbrevNn, tillegg: tilleggNn, årsrapport: årsrapportNn, utkast: utkastNn },
} as const;

export type LetterTexts = Texts<typeof brevNb>;
export type TildelingsbrevTexts = Texts<typeof tildelingsbrevNb>;
export type TilleggTexts = Texts<typeof tilleggNb>;
export type ReportTexts = Texts<typeof årsrapportNb>;
export type DraftTexts = Texts<typeof utkastNb>;

/** The fixed texts in the document's language. */
export function texts(language: Language) {
  return TEXTS[language];
}

/**
 * What the templates of a kind see as `@tekst`: a tillegg uses the tildelingsbrev's letterhead and closing, so
 * both letter kinds get the shared letter texts too (the kind's own key wins where both have one).
 */
export function templateTexts(language: Language, kind: 'tildelingsbrev' | 'tillegg' | 'årsrapport'): Record<string, string> {
  const t = TEXTS[language];
  return kind === 'årsrapport' ? { ...t.årsrapport } : { ...t.brev, ...t[kind] };
}

/** The text with each `{name}` replaced by its value; a placeholder without a value is a programming error. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{([^{}\s]+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) throw new MissingValue(text, name);
    return String(values[name]);
  });
}

/** A `{name}` in a fixed text that the caller gave no value for. */
export class MissingValue extends Error {
  constructor(readonly text: string, readonly placeholder: string) {
    super(`teksten «${text}» trenger verdien «${placeholder}»`);
  }
}
