import { pipeline, type DocumentKind } from '../documentKind.js';

/** The agency's annual report in six parts: a folder with rapport.md. */
export const årsrapport: DocumentKind = {
  name: 'årsrapport',
  mainFile: 'rapport.md',
  async load() {
    const [{ validateReport }, { composeReport }] = await Promise.all([import('./validate.js'), import('./compose.js')]);
    return pipeline(validateReport, composeReport);
  },
};
