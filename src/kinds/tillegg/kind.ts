import { pipeline, type DocumentKind } from '../documentKind.js';
import { MAIN_FILE } from './mainFile.js';

/** A supplement to a tildelingsbrev: a folder with tillegg.md. */
export const tillegg: DocumentKind = {
  name: 'tillegg',
  mainFile: MAIN_FILE,
  async load() {
    const [{ validateTillegg }, { composeTillegg }] = await Promise.all([import('./validate.js'), import('./compose.js')]);
    return pipeline(validateTillegg, composeTillegg);
  },
};
