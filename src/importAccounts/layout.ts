/**
 * The spreadsheet layout import-regnskap reads (docs/arsrapport.md, «Regnskap fra regneark»): three sheets, each with
 * a header row whose texts name the columns, so columns may come in any order and unknown ones are ignored.
 */
export const SHEETS = { bevilgning: 'Bevilgning', artskonto: 'Artskonto', noter: 'Noter' } as const;

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

/** Income chapters in the state budget start at 3000. */
export const FIRST_INCOME_CHAPTER = 3000;
