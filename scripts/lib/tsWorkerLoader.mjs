// Lets a worker thread run the TypeScript sources directly (vitest runs src/, and worker threads do not go
// through its transform): `new Worker(url, { execArgv: ['--import', <this file>] })`. Used only when running
// from src/; the built CLI runs the bundle in dist/.
import { register } from 'node:module';

register('./tsWorkerHooks.mjs', import.meta.url);
