/** A number and its per cent sign stay on one line ("71 %"): the space between them becomes a no-break space. */
export const bindPercent = (text: string): string => (text.includes('%') ? text.replace(/(\d) (?=%)/g, '$1\u00a0') : text);
