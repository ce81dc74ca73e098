/** The file that makes a folder a halvårsrapport; its own module so the checks can name it without importing kind.ts, which loads them. */
export const MAIN_FILE = 'halvarsrapport.md';

/** The data files beside it. */
export const DATA_FILES = { status: 'status.yaml', budget: 'budsjett.yaml' } as const;
