/** The units amounts are written in. */
export const UNITS = ['kroner', '1 000 kroner', 'mill. kroner'] as const;
export type Unit = (typeof UNITS)[number];
