/** A trailing attribute block of a Markdown heading: `{-}`, `{.unlisted}`, `{#id .punktum}`, `{nr=3.1.2}`. */
const ATTRIBUTES = /\s*\{(?:\s*(?:-|\.[\w-]+|#[\w-]+|nr=[\d.]+))+\s*\}\s*$/;

/** A heading's text as a reader sees it: without its attribute block, so it never leaks into titles or file names. */
export const headingText = (heading: string): string => heading.replace(ATTRIBUTES, '').trim();
