// What the bundle (scripts/bundle.mjs) exports to bin/styringsdok.js: the command line for the main thread and
// the build loop for a batch's worker threads.
export { main } from './main.js';
export { serveBuildJobs } from '../build/buildWorker.js';
