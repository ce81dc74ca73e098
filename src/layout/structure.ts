/**
 * Logical structure (tagged PDF). Layout decides the structure: every drawing operation pushed onto a flow carries the
 * structure node it belongs to (see Flow.tag). The painter turns nodes into pdfkit structure elements the first time
 * one of their operations is painted, so measuring passes leave nothing behind and children appear in reading order.
 */

export type StructType =
  | 'Document' | 'Div' | 'P' | 'H1' | 'H2' | 'H3' | 'H4'
  | 'L' | 'LI' | 'Lbl' | 'LBody'
  | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD'
  | 'TOC' | 'TOCI' | 'Link' | 'Note' | 'Figure' | 'Caption';

export interface StructNode {
  readonly type: StructType | 'Artifact';
  readonly parent?: StructNode;
  /** Scope attribute of a header cell. */
  readonly scope?: 'Column' | 'Row';
  /** Element identifier (PDF/UA asks one of every Note). */
  readonly id?: string;
  /** Alternate description of a Figure. */
  readonly alt?: string;
}

/** Content that belongs to no structure element, such as table header rows repeated on a continuation page. */
export const ARTIFACT: StructNode = { type: 'Artifact' };

export const documentNode = (): StructNode => ({ type: 'Document' });

/** A new child of `parent`; everything under an artifact is an artifact. */
export function structChild(type: StructType, parent: StructNode, scope?: StructNode['scope']): StructNode {
  if (parent === ARTIFACT) return ARTIFACT;
  return scope ? { type, parent, scope } : { type, parent };
}

/** A Figure element with its alternate description. */
export function figureChild(parent: StructNode, alt: string): StructNode {
  return parent === ARTIFACT ? ARTIFACT : { type: 'Figure', parent, alt };
}

export function headingType(level: number): StructType {
  return (['H1', 'H2', 'H3', 'H4'] as const)[Math.min(Math.max(level, 1), 4) - 1];
}
