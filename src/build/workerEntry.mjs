// A worker thread's entry when running from the TypeScript sources (vitest, whose transform worker threads do not
// go through): tsx, a dev dependency, loads the sources. The bundle's workers start through bin/styringsdok.js.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./buildWorker.ts');
worker.serveWorker();
export const { buildJob } = worker;
