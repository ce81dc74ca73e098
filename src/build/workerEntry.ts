// A worker thread's entry when running from the TypeScript sources (vitest); the bundle's workers start through
// bin/styringsdok.js instead (see workerPool.ts).
import { serveWorker } from './buildWorker.js';

serveWorker();
