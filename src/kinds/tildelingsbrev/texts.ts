import type { Language, Texts } from '../../compose/texts.js';

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
  rapportering_og_styringsinformasjon: 'Rapportering og styringsinformasjon',
  resultatkrav: 'Resultatkrav',
  rapportering: 'Rapportering',
  målverdi: 'målverdi {verdi}',
  andre_oppdrag: 'Andre oppdrag',
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
  bevilgning_kolonne: 'Bevilgning {år} (i {enhet})',
  i_fjor_kolonne: 'Bevilgning {år} (i {enhet})',
  endring_kolonne: 'Endring (i {enhet})',
  innen: 'Innen {dato}',
};

const tildelingsbrevNn: Texts<typeof tildelingsbrevNb> = {
  mål_og_oppdrag: 'Mål, styringsparametrar og oppdrag',
  rapportering_og_styringsinformasjon: 'Rapportering og styringsinformasjon',
  resultatkrav: 'Resultatkrav',
  rapportering: 'Rapportering',
  målverdi: 'målverdi {verdi}',
  andre_oppdrag: 'Andre oppdrag',
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
  bevilgning_kolonne: 'Løyving {år} (i {enhet})',
  i_fjor_kolonne: 'Løyving {år} (i {enhet})',
  endring_kolonne: 'Endring (i {enhet})',
  innen: 'Innan {dato}',
};

export type LetterTexts = Texts<typeof brevNb>;
export type TildelingsbrevTexts = Texts<typeof tildelingsbrevNb>;

/** The letter texts (shared with the tillegg) and the tildelingsbrev's own, in the document's language. */
export function texts(language: Language): { brev: LetterTexts; tildelingsbrev: TildelingsbrevTexts } {
  return language === 'nn' ? { brev: brevNn, tildelingsbrev: tildelingsbrevNn } : { brev: brevNb, tildelingsbrev: tildelingsbrevNb };
}

/** What the tildelingsbrev's templates see as `@tekst`. */
export function templateTexts(language: Language): Record<string, string> {
  const t = texts(language);
  return { ...t.brev, ...t.tildelingsbrev };
}
