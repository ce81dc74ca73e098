/**
 * The spreadsheet layout import-regnskap reads (docs/arsrapport.md, «Regnskap fra regneark»): up to five sheets, each with
 * a header row whose texts name the columns, so columns may come in any order and unknown ones are ignored.
 */
export const SHEETS = { bevilgning: 'Bevilgning', kapitalkontoer: 'Kapitalkontoer', artskonto: 'Artskonto', noter: 'Noter', note8: 'Note 8' } as const;

/** Bevilgningsrapportering: one row per post; kap. 3000 and above are income. */
export const BEVILGNING_COLUMNS = {
  kap: 'Kap', navn: 'Kapittelnavn', post: 'Post', posttekst: 'Posttekst', stikkord: 'Stikkord',
  overført: 'Overført fra i fjor', årets: 'Årets tildelinger', samlet: 'Samlet tildeling', regnskap: 'Regnskap',
  fjoråret: 'Fjorårets tildeling', merinntekter: 'Merinntekter', andre: 'Utgiftsført av andre',
  omdisponering: 'Omdisponering', innsparinger: 'Innsparinger', felleskapittel: 'Felleskapittel',
} as const;
export const BEVILGNING_REQUIRED = ['kap', 'navn', 'post', 'posttekst', 'regnskap'] as const;

/** Artskontorapportering and mellomværende: the line's key in column «Linje», then this year and last year. */
export const ARTSKONTO_COLUMNS = { linje: 'Linje', iÅr: 'I år', iFjor: 'I fjor' } as const;

/** Notes: one row per line; «Type» is «linje» (or empty), «sumtekst», «tillegg» or «merknad». */
export const NOTE_COLUMNS = { nr: 'Note', tittel: 'Tittel', artskonto: 'Artskonto', type: 'Type', tekst: 'Tekst', iÅr: 'I år', iFjor: 'I fjor' } as const;

/** Kapitalkontoer: the group account lines as reported. */
export const CAPITAL_COLUMNS = { konto: 'Konto', tekst: 'Tekst', beløp: 'Beløp' } as const;

/** Note 8 part A: one row per balance line; Gruppe is «finansielle anleggsmidler», «omløpsmidler», «langsiktig gjeld» or «kortsiktig gjeld». */
export const NOTE_8_COLUMNS = { gruppe: 'Gruppe', tekst: 'Tekst', avregning: 'Avregning', mellomværende: 'Mellomværende' } as const;

/** Income chapters in the state budget start at 3000. */
export const FIRST_INCOME_CHAPTER = 3000;
