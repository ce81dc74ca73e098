import type { Diagnostic } from '../core/diagnostics.js';
import type { DocumentModel } from '../model/document.js';
import type { SignOptions } from '../sign/signPdf.js';

/** The build stage's shared types: what a build is asked for and what it reports, and what its worker threads exchange. */

export type Format = 'docx' | 'pdf' | 'md' | 'html';
export const FORMATS: readonly Format[] = ['docx', 'pdf', 'md', 'html'];

export interface DocxRequest {
  id: number;
  model: DocumentModel;
}

export type DocxReply = { id: number; docx: Uint8Array; error?: undefined } | { id: number; error: string };

/** Renders a document model to DOCX somewhere else than in the calling code's turn (see renderAndWrite). */
export type DocxRenderer = (model: DocumentModel) => Promise<Uint8Array>;

/** What a worker thread is started for: a batch's builds (workerPool.ts) or watch's DOCX rendering (docxWorker.ts). */
export type WorkerRole = ({ role: 'build' } & WorkerSetup) | { role: 'docx' };

/** What every worker gets once, at start: the formats and the signing identity (bytes and passphrase, never argv or env). */
export interface WorkerSetup {
  formats: readonly Format[];
  signing?: SignOptions;
  /** Write drafts (`build --utkast`). */
  draft?: boolean;
}

/** One document to build: its folder and where its outputs go (see outputBase). */
export interface BuildJob {
  dir: string;
  base: string;
}

/** What building one document came to. Plain data, so a worker thread can send it to the main thread. */
export interface BuildOutcome {
  dir: string;
  /** True when the outputs were written. */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The files written, as renderAndWrite returns them. */
  written: string[];
  seconds: number;
  /** Set when the build stopped for another reason than the content: a signing problem or an internal error. */
  failure?: { kind: 'signering' | 'filsystem' | 'intern'; message: string; hint?: string };
}
