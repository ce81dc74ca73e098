#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { BUNDLE, loadBundle } from './loadBundle.js';

if (!existsSync(BUNDLE)) {
  console.error('styringsdok er ikke bygget ennå.\n    → Kjør «npm run build» (eller «npm start») i mappen der styringsdok ligger.');
  process.exit(1);
}
const app = loadBundle().exports;
// Worker threads start from this file too (see src/build/workerPool.ts): watch's DOCX worker serves its renders, and
// the pool of a batch build calls buildJob.
if (isMainThread) process.exitCode = await app.main(process.argv.slice(2));
else app.serveWorker();
export const buildJob = app.buildJob;
