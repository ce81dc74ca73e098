/** The file that makes a folder a tillegg; its own module so the tillegg's checks can name it without importing kind.ts, which loads them. */
export const MAIN_FILE = 'tillegg.md';
