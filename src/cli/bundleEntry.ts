// What the bundle exports to bin/styringsdok.js: the command line for the main thread and the work of its worker
// threads (a batch's builds, watch's DOCX rendering).
export { main } from './main.js';
export { buildJob, serveWorker } from '../build/buildWorker.js';
