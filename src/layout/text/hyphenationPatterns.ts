// Imports nothing: scripts/bundle.mjs compiles this file on its own to write dist/hyphen-nb.txt.

/**
 * The `hyphen` package's patterns for a language (`hyphen/patterns/nb`): a table of levels, a trie of the Liang
 * patterns whose nodes point into that table, and exceptions (a word in lower case → where it is hyphenated).
 */
export type PatternsDefinition = readonly [
  levels: readonly (readonly number[])[],
  trie: TrieNode,
  exceptions?: Readonly<Record<string, readonly number[]>>,
];
type TrieNode = { readonly [letter: string]: TrieNode | number | readonly [TrieNode, number] };

/** The patterns of one length: their keys concatenated in sorted order, and their levels as digits, length + 1 each. */
export interface PatternSection {
  readonly keys: string;
  readonly levels: string;
}

export interface CompactPatterns {
  /** By key length; lengths without patterns are absent. */
  readonly sections: readonly (PatternSection | undefined)[];
  readonly exceptions: ReadonlyMap<string, readonly number[]>;
}

/**
 * The patterns as text that loads without building an object graph: the exceptions as JSON on the first line, then a
 * line `LENGTH\tKEYS\tLEVELS` per key length. Parsing the package's nested trie (or its JSON) took most of the
 * time the first hyphenated word costs.
 */
export function compactPatterns([levelsTable, trie, exceptions = {}]: PatternsDefinition): string {
  const byLength = new Map<number, { key: string; digits: string }[]>();
  const visit = (node: TrieNode, prefix: string) => {
    for (const [letter, value] of Object.entries(node)) {
      // hyphen.js walks the trie one UTF-16 unit at a time, so a longer key could never match; the separators
      // below must not occur in a key.
      if (letter.length !== 1 || letter === '\t' || letter === '\n') throw new Error(`unexpected trie key ${JSON.stringify(letter)}`);
      const key = prefix + letter;
      const [child, levelsIndex] = typeof value === 'number' ? [undefined, value] : Array.isArray(value) ? value : [value as TrieNode, undefined];
      if (levelsIndex !== undefined) {
        const levels = levelsTable[levelsIndex];
        // Zeros pad the digits to a fixed width, so a trailing zero would be lost; hyphen.js writes a pattern's
        // levels up to its last, and one past the word grows its array (see liang.ts).
        if (levels.length > key.length + 1 || levels[levels.length - 1] === 0 || levels.some((l) => !Number.isInteger(l) || l < 0 || l > 9)) {
          throw new Error(`unexpected levels ${JSON.stringify(levels)} for the pattern ${JSON.stringify(key)}`);
        }
        if (levels.length > 0) {
          const section = byLength.get(key.length) ?? [];
          section.push({ key, digits: levels.join('').padEnd(key.length + 1, '0') });
          byLength.set(key.length, section);
        }
      }
      if (child) visit(child, key);
    }
  };
  visit(trie, '');
  const lines = [JSON.stringify(exceptions)];
  for (const length of [...byLength.keys()].sort((a, b) => a - b)) {
    // By UTF-16 unit, as `<` compares: the order liang.ts searches in.
    const section = byLength.get(length)!.sort((a, b) => (a.key < b.key ? -1 : 1));
    lines.push(`${length}\t${section.map((p) => p.key).join('')}\t${section.map((p) => p.digits).join('')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The text compactPatterns writes, sliced into its sections. */
export function readCompactPatterns(text: string): CompactPatterns {
  const [exceptions, ...lines] = text.split('\n');
  const sections: PatternSection[] = [];
  for (const line of lines) {
    if (!line) continue;
    const [length, keys, levels] = line.split('\t');
    sections[Number(length)] = { keys, levels };
  }
  return { sections, exceptions: new Map(Object.entries(JSON.parse(exceptions) as Record<string, number[]>)) };
}
