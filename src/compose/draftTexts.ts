import type { Language, Texts } from './texts.js';

/** The texts a draft adds to any kind of document (`build --utkast`): the mark on every page and the error page. */
const nb = {
  mark: 'UTKAST',
  heading: 'Feil og advarsler i utkastet',
  errors: 'Feil',
  warnings: 'Advarsler',
  none: 'Utkastet har ingen feil eller advarsler.',
};

const nn: Texts<typeof nb> = {
  mark: 'UTKAST',
  heading: 'Feil og åtvaringar i utkastet',
  errors: 'Feil',
  warnings: 'Åtvaringar',
  none: 'Utkastet har ingen feil eller åtvaringar.',
};

export const draftTexts = (language: Language): Texts<typeof nb> => (language === 'nn' ? nn : nb);
