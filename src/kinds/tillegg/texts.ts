import type { Language, Texts } from '../../compose/texts.js';
import { texts as letterTexts, type LetterTexts } from '../tildelingsbrev/texts.js';

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

export type TilleggTexts = Texts<typeof tilleggNb>;

/** The letter texts and the tillegg's own, in the document's language. */
export function texts(language: Language): { brev: LetterTexts; tillegg: TilleggTexts } {
  return { brev: letterTexts(language).brev, tillegg: language === 'nn' ? tilleggNn : tilleggNb };
}

/** What the tillegg's templates see as `@tekst`: it uses the tildelingsbrev's letter templates too, so their texts as well. */
export function templateTexts(language: Language): Record<string, string> {
  const t = texts(language);
  return { ...t.brev, ...t.tillegg };
}
