import { pipeline, type DocumentKind } from '../documentKind.js';
import { MAIN_FILE } from './mainFile.js';

/** The agency's annual report in six parts: a folder with rapport.md. */
export const årsrapport: DocumentKind = {
  name: 'årsrapport',
  mainFile: MAIN_FILE,
  async load() {
    const [{ validateReport }, { composeReport }] = await Promise.all([import('./validate.js'), import('./compose.js')]);
    return pipeline(validateReport, composeReport);
  },
};
