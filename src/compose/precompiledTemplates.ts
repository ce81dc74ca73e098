import type Handlebars from 'handlebars';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * The built-in templates compiled ahead of time, by their exact text. Run from the sources there are none and every
 * template compiles when first used; making the bundle replaces this module with the compiled
 * templates/ folder. A template whose text differs from the one compiled (an override, an edited file) compiles
 * at run time as before.
 */
export const PRECOMPILED: ReadonlyMap<string, TemplateSpecification> = new Map();
