import { fileURLToPath } from 'node:url';

/**
 * The package's root folder. This file sits one level down both in the sources (src/packageRoot.ts) and in
 * the bundle (dist/styringsdok.cjs), so one `..` finds it from either.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
