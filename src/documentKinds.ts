import { LETTER_MAIN_FILE, REPORT_MAIN_FILE, TILLEGG_MAIN_FILE } from './findDocuments.js';
import type { Composed } from './model/composed.js';
import { composeLetter } from './compose/letter/composeLetter.js';
import type { LoadedFolder } from './load/loadFolder.js';
import type { Diagnostic } from './core/diagnostics.js';
import { validateLetter } from './validate/letter/validateLetter.js';
import { composeTillegg } from './compose/tillegg/composeTillegg.js';
import { validateTillegg } from './validate/tillegg/validateTillegg.js';
import { composeReport } from './compose/report/composeReport.js';
import { validateReport } from './validate/report/validateReport.js';

/**
 * A kind of document: how its folder is recognised (by its main file), checked and composed.
 * A new kind is a schema, checks and templates registered here — never a new renderer.
 */
export interface DocumentKind<Content = unknown> {
  name: string;
  /** The file that makes a folder a document of this kind. */
  mainFile: string;
  validate(folder: LoadedFolder): { content?: Content; diagnostics: Diagnostic[] };
  compose(content: Content): Composed;
}

const tildelingsbrev: DocumentKind<Parameters<typeof composeLetter>[0]> = {
  name: 'tildelingsbrev',
  mainFile: LETTER_MAIN_FILE,
  validate: validateLetter,
  compose: composeLetter,
};

const tillegg: DocumentKind<Parameters<typeof composeTillegg>[0]> = {
  name: 'tillegg',
  mainFile: TILLEGG_MAIN_FILE,
  validate: validateTillegg,
  compose: composeTillegg,
};

const årsrapport: DocumentKind<Parameters<typeof composeReport>[0]> = {
  name: 'årsrapport',
  mainFile: REPORT_MAIN_FILE,
  validate: validateReport,
  compose: composeReport,
};

/** Erases a kind's content type for the registry; each kind only ever receives content it validated itself. */
const erase = <C>(kind: DocumentKind<C>) => kind as unknown as DocumentKind<unknown>;

export const DOCUMENT_KINDS: readonly DocumentKind<unknown>[] = [erase(tildelingsbrev), erase(tillegg), erase(årsrapport)];
