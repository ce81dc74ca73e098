/** The file that makes a folder an årsrapport; its own module so the report's checks can name it without importing kind.ts, which loads them. */
export const MAIN_FILE = 'rapport.md';
