import type { Language, Texts } from '../../compose/texts.js';

/** What `draft-report --halvår` writes into a new halvårsrapport folder: the guidance inside [[fyll inn: …]] and the YAML comments. */
const utkastNb = {
  dato: 'datoen rapporten sendes, senest {frist}',
  dato_uten_frist: 'datoen rapporten sendes',
  sammendrag: 'en kort samlet vurdering av første halvår: måloppnåelse, oppdrag, budsjett og de viktigste risikoene',
  status: 'i rute, risiko eller ikke i rute',
  mål_vurdering: 'vurdering av måloppnåelsen for mål {nr} så langt i år',
  sp_vurdering: 'status for {nr} per {til}',
  oppdrag_vurdering: 'status for oppdrag {id}',
  regnskap: 'regnskap per {til}',
  prognose: 'prognose for {år}',
  risiko: 'en risiko for måloppnåelse eller budsjett',
  tiltak: 'tiltak mot risikoen',
  status_yaml: 'Status per {til} for målene, styringsparameterne og oppdragene i tildelingsbrevet for {år}.\nstatus: «i rute», «risiko» eller «ikke i rute». Oppdragene er dem med frist i perioden, løpende oppdrag og oppdrag gitt i tillegg i perioden.',
  budsjett_yaml: 'Budsjett per {til}, i hele kroner. Tildelt er fra tildelingsbrevet med tilleggene i perioden.\nForbruk, avvik og summer regnes ut. Avvik (tildelt − prognose) over avviksgrensen i halvarsrapport.md krever «forklaring:».',
};

const utkastNn: Texts<typeof utkastNb> = {
  dato: 'datoen rapporten blir send, seinast {frist}',
  dato_uten_frist: 'datoen rapporten blir send',
  sammendrag: 'ei kort samla vurdering av første halvår: måloppnåing, oppdrag, budsjett og dei viktigaste risikoane',
  status: 'i rute, risiko eller ikke i rute',
  mål_vurdering: 'vurdering av måloppnåinga for mål {nr} så langt i år',
  sp_vurdering: 'status for {nr} per {til}',
  oppdrag_vurdering: 'status for oppdrag {id}',
  regnskap: 'rekneskap per {til}',
  prognose: 'prognose for {år}',
  risiko: 'ein risiko for måloppnåing eller budsjett',
  tiltak: 'tiltak mot risikoen',
  status_yaml: 'Status per {til} for måla, styringsparametrane og oppdraga i tildelingsbrevet for {år}.\nstatus: «i rute», «risiko» eller «ikke i rute». Oppdraga er dei med frist i perioden, løpande oppdrag og oppdrag gitt i tillegg i perioden.',
  budsjett_yaml: 'Budsjett per {til}, i heile kroner. Tildelt er frå tildelingsbrevet med tillegga i perioden.\nForbruk, avvik og summar blir rekna ut. Avvik (tildelt − prognose) over avviksgrensa i halvarsrapport.md krev «forklaring:».',
};

export type DraftTexts = Texts<typeof utkastNb>;

export const draftTexts = (language: Language): DraftTexts => (language === 'nn' ? utkastNn : utkastNb);
