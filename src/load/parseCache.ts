/**
 * Content files parsed in an earlier build, for watch: a file whose text has not changed since is not parsed again
 * (YAML with positions is the slowest part of loading).
 * Off unless `keepParsedFiles` is called, since a one-off build or a batch reads every file once.
 */
const parsed = new Map<string, { text: string; result: unknown }>();
let keeping = false;

export function keepParsedFiles(): void {
  keeping = true;
}

/**
 * `parse(text)` for the file, or what it gave for the same file and text before. `copy` makes what is handed out
 * from what is kept, so that whatever a caller does with its copy, the next build gets what the parser gave.
 */
export function parseOnce<T>(file: string, text: string, parse: (text: string) => T, copy: (result: T) => T): T {
  if (!keeping) return parse(text);
  const kept = parsed.get(file);
  if (kept?.text === text) return copy(kept.result as T);
  const result = parse(text);
  parsed.set(file, { text, result });
  return copy(result);
}
