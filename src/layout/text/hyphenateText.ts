const SOFT_HYPHEN = '\u00ad';
const MIN_WORD_LENGTH = 5;

// What hyphen.js does not count as part of a word: white space, ASCII punctuation and digits but the apostrophe,
// and U+2013–U+203C (dashes, quotes, bullets, the ellipsis). Anything else is a letter, the empty string too.
const NOT_LETTER = /\s|(?!['])[!-@[-`{-~\u2013-\u203C]/;
const isLetter = (char: string) => !NOT_LETTER.test(char);

/**
 * `text` with soft hyphens at `markersOf`'s points of each word, the way the `hyphen` package's
 * `hyphenateSync(text, { hyphenChar: '\u00ad' })` splits text into words: it skips what looks like an HTML tag,
 * and a word that already holds a soft hyphen, and leaves words shorter than five alone.
 */
export function hyphenateText(text: string, markersOf: (word: string) => readonly number[]): string {
  let out = '';
  let before = '';
  let word = '';
  let inTag = false;
  let inHyphenated = false;
  const passOver = () => {
    before += word;
    word = '';
  };
  const emit = () => {
    out += before + (word ? withHyphens(word, markersOf(word)) : '');
    before = word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const next = text.charAt(i + 1);
    word += char;
    if (inTag) {
      if (char === '>') {
        passOver();
        inTag = false;
      }
    } else if (char === '<' && (isLetter(next) || next === '/')) {
      inTag = true;
    }
    // As in hyphen.js, the soft-hyphen check does not look at the characters of a tag.
    if (!inTag) {
      if (inHyphenated) {
        if (isLetter(char) && !isLetter(next)) {
          passOver();
          inHyphenated = false;
        }
      } else if (isLetter(char) && next === SOFT_HYPHEN) {
        inHyphenated = true;
      }
    }
    const skip = inTag || inHyphenated;
    if (!skip) {
      if (!isLetter(char) && isLetter(next)) passOver();
      if (isLetter(char) && !isLetter(next)) {
        if (word.length >= MIN_WORD_LENGTH) {
          emit();
          continue;
        }
        passOver();
      }
    }
    if (next === '') {
      if (word.length < MIN_WORD_LENGTH || skip) passOver();
      emit();
    }
  }
  return out;
}

function withHyphens(word: string, markers: readonly number[]): string {
  if (markers.length === 0) return word;
  const parts = [word.slice(0, markers[0])];
  for (let i = 1; i < markers.length; i++) parts.push(word.slice(markers[i - 1], markers[i]));
  parts.push(word.slice(markers[markers.length - 1]));
  return parts.join(SOFT_HYPHEN);
}
