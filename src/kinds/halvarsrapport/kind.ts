import { pipeline, type DocumentKind } from '../documentKind.js';
import { MAIN_FILE } from './mainFile.js';

/** The agency's mid-year report on the letter: a folder with halvarsrapport.md, status.yaml and budsjett.yaml. */
export const halvårsrapport: DocumentKind = {
  name: 'halvårsrapport',
  mainFile: MAIN_FILE,
  async load() {
    const [{ validateHalfYear }, { composeHalfYear }] = await Promise.all([import('./validate.js'), import('./compose.js')]);
    return pipeline(validateHalfYear, composeHalfYear);
  },
};
