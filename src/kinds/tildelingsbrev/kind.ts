import { pipeline, type DocumentKind } from '../documentKind.js';
import { MAIN_FILE } from './mainFile.js';

/** The ministry's yearly letter to an agency: a folder with brev.md. */
export const tildelingsbrev: DocumentKind = {
  name: 'tildelingsbrev',
  mainFile: MAIN_FILE,
  async load() {
    const [{ validateLetter }, { composeLetter }] = await Promise.all([import('./validate.js'), import('./compose.js')]);
    return pipeline(validateLetter, composeLetter);
  },
};
