/**
 * What every kind's fixed texts share: the two languages, the shape of a translation and `fill`. Each kind keeps
 * its own texts, in bokmål and nynorsk, in its folder (src/kinds/KIND/texts.ts); the document's `språk:` picks
 * the set. Templates see their kind's texts as `@tekst.<key>` (docs/innholdsformat.md lists them).
 *
 * `{name}` marks a value filled in where the text is used: `fill()` here, `{{fyll @tekst.key name=value}}` in
 * templates. Texts are Markdown-safe as written (no characters Markdown would read as markup) except where noted.
 * Messages to the user (diagnostics) are not texts of the document: they are always bokmål.
 */

export type Language = 'nb' | 'nn';

/** The document's language as the writers tag it (BCP 47). */
export const languageTag = (language: Language): 'nb-NO' | 'nn-NO' => (language === 'nn' ? 'nn-NO' : 'nb-NO');

/** A translation: every key of the bokmål texts, each a string. */
export type Texts<T> = { [K in keyof T]: string };

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
