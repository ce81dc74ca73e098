// How every template is compiled, at run time (templates.ts) and ahead of time when the bundle is made.
// strict: a template that names a field the content does not have is an error, not an empty string.
// noEscape: templates produce Markdown; view models escape plain text for Markdown themselves.
export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;
