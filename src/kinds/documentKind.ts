import type { Diagnostic } from '../core/diagnostics.js';
import type { LoadedFolder } from '../load/loadFolder.js';
import type { Composed } from '../model/composed.js';

/** How a kind checks a loaded folder and composes what passed the checks. */
export interface KindPipeline<Content = unknown> {
  /**
   * The content when it has no errors; with errors, `draft` when the content can still be composed (for
   * `build --utkast`, which writes a marked draft despite them).
   */
  validate(folder: LoadedFolder): { content?: Content; draft?: Content; diagnostics: Diagnostic[] };
  compose(content: Content): Composed;
}

/**
 * A kind of document: one folder under src/kinds (schema, checks, compose, templates, fixed texts) and one
 * entry in the list in src/kinds/index.ts. Its checking and composing code is loaded when a document of the
 * kind is checked, so finding documents loads none of it.
 */
export interface DocumentKind {
  name: string;
  /** The file that makes a folder a document of this kind. */
  mainFile: string;
  load(): Promise<KindPipeline>;
}

/** A kind's pipeline for the registry, its content type erased: each kind only ever receives content it validated itself. */
export function pipeline<C>(validate: KindPipeline<C>['validate'], compose: KindPipeline<C>['compose']): KindPipeline {
  return { validate, compose } as KindPipeline;
}
