/** The file that makes a folder a tildelingsbrev; its own module so the letter's checks can name it without importing kind.ts, which loads them. */
export const MAIN_FILE = 'brev.md';
