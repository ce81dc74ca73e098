import type { Language, Texts } from '../../compose/texts.js';
import type { Status } from './schema.js';

/** The halvårsrapport's fixed texts: headings, table headers, status labels and page furniture. */
const halvårsrapportNb = {
  innhold: 'Innhold',
  side: 'Side {side} av {sider}',
  tittel: 'Halvårsrapport {år}',
  periode: 'Rapporteringsperiode: {periode}',
  svarer_på: 'Rapporten svarer på tildelingsbrevet for {år}{tillegg}.',
  tillegg: ' med tillegg nr. {nr}',
  sammendrag: 'Sammendrag',
  mål_og_styringsparametere: 'Mål og styringsparametere',
  mål: 'Mål {nr}: {tittel}',
  status: 'Status',
  styringsparameter: 'Styringsparameter',
  vurdering: 'Vurdering',
  oppdrag_tittel: 'Oppdrag med frist i perioden',
  oppdrag_innledning: 'Tabellen viser status for oppdragene med frist i perioden, løpende oppdrag og oppdrag gitt i tillegg til tildelingsbrevet i perioden.',
  oppdrag: 'Oppdrag',
  frist: 'Frist',
  budsjett_tittel: 'Budsjett og forbruk per {til}',
  budsjett_innledning: 'Beløpene er i 1 000 kroner. Forbruk er regnskap per {til} i prosent av tildelt. Avvik er tildelt minus prognose for året: positivt avvik er ventet mindreforbruk, negativt ventet merforbruk. Avvik større enn {grense} prosent av tildelt er forklart under tabellen.',
  kap_post: 'Kap./post',
  betegnelse: 'Betegnelse',
  tildelt: 'Tildelt {år}',
  regnskap: 'Regnskap per {til}',
  forbruk: 'Forbruk (%)',
  prognose: 'Prognose {år}',
  avvik: 'Avvik',
  sum: 'Sum',
  avviksforklaringer: 'Forklaring av avvik',
  risiko_tittel: 'Risikoer og tiltak',
  risiko: 'Risiko',
  tiltak: 'Tiltak',
  i_rute: 'I rute',
  risiko_status: 'Risiko for avvik',
  ikke_i_rute: 'Ikke i rute',
  ikke_vurdert: 'Ikke vurdert',
};

const halvårsrapportNn: Texts<typeof halvårsrapportNb> = {
  innhold: 'Innhald',
  side: 'Side {side} av {sider}',
  tittel: 'Halvårsrapport {år}',
  periode: 'Rapporteringsperiode: {periode}',
  svarer_på: 'Rapporten svarar på tildelingsbrevet for {år}{tillegg}.',
  tillegg: ' med tillegg nr. {nr}',
  sammendrag: 'Samandrag',
  mål_og_styringsparametere: 'Mål og styringsparametrar',
  mål: 'Mål {nr}: {tittel}',
  status: 'Status',
  styringsparameter: 'Styringsparameter',
  vurdering: 'Vurdering',
  oppdrag_tittel: 'Oppdrag med frist i perioden',
  oppdrag_innledning: 'Tabellen viser status for oppdraga med frist i perioden, løpande oppdrag og oppdrag gitt i tillegg til tildelingsbrevet i perioden.',
  oppdrag: 'Oppdrag',
  frist: 'Frist',
  budsjett_tittel: 'Budsjett og forbruk per {til}',
  budsjett_innledning: 'Beløpa er i 1 000 kroner. Forbruk er rekneskap per {til} i prosent av tildelt. Avvik er tildelt minus prognose for året: positivt avvik er venta mindreforbruk, negativt venta meirforbruk. Avvik større enn {grense} prosent av tildelt er forklarte under tabellen.',
  kap_post: 'Kap./post',
  betegnelse: 'Nemning',
  tildelt: 'Tildelt {år}',
  regnskap: 'Rekneskap per {til}',
  forbruk: 'Forbruk (%)',
  prognose: 'Prognose {år}',
  avvik: 'Avvik',
  sum: 'Sum',
  avviksforklaringer: 'Forklaring av avvik',
  risiko_tittel: 'Risikoar og tiltak',
  risiko: 'Risiko',
  tiltak: 'Tiltak',
  i_rute: 'I rute',
  risiko_status: 'Risiko for avvik',
  ikke_i_rute: 'Ikkje i rute',
  ikke_vurdert: 'Ikkje vurdert',
};

export type HalfYearTexts = Texts<typeof halvårsrapportNb>;

/** The halvårsrapport's texts in the document's language (`@tekst` in its templates). */
export function texts(language: Language): HalfYearTexts {
  return language === 'nn' ? halvårsrapportNn : halvårsrapportNb;
}

/** The label a status has in the document; a placeholder not yet filled in reads «Ikke vurdert». */
export function statusLabel(status: Status | string, t: HalfYearTexts): string {
  if (status === 'i rute') return t.i_rute;
  if (status === 'risiko') return t.risiko_status;
  if (status === 'ikke i rute') return t.ikke_i_rute;
  return t.ikke_vurdert;
}
