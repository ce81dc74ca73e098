import { ARTIFACT, type StructNode } from '../../layout/structure.js';

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/** The parts of pdfkit's structure elements used to add annotation references (pdfkit has no API for them). */
interface ElementInternals {
  dictionary: { data: { K: unknown[]; A?: unknown; ID?: unknown } };
  _children: unknown[];
  _flushChild(child: unknown): void;
}

interface ObjectReference {
  annotation: unknown;
  page: unknown;
}

interface TreeRoot {
  data: { ParentTreeNextKey: number; ParentTree: { add(key: number, value: unknown): void } };
}

interface Internals {
  getStructTreeRoot(): TreeRoot;
  page: { dictionary: { data: { Tabs?: string } }; annotations: unknown[] };
}

export type ArtifactType = 'Pagination' | 'Layout';

/**
 * Paint-time side of the structure: opens one marked-content sequence for each stretch of operations that belong to
 * the same node (or the same kind of artifact) and links it to the node's structure element.
 */
export class Tagger {
  private readonly elements = new Map<StructNode, Element>();
  /** What the open marked-content sequence belongs to. */
  private open: StructNode | ArtifactType | undefined;

  constructor(private readonly doc: Doc) {}

  /** The structure element of a node, created (with its ancestors) on first use. */
  element(node: StructNode): Element {
    let element = this.elements.get(node);
    if (element) return element;
    element = this.doc.struct(node.type, node.alt === undefined ? {} : { alt: node.alt });
    if (node.scope) (element as unknown as ElementInternals).dictionary.data.A = { O: 'Table', Scope: node.scope };
    // A PDF string, hence the String object.
    if (node.id) (element as unknown as ElementInternals).dictionary.data.ID = new String(node.id);
    if (node.parent) this.element(node.parent).add(element);
    else this.doc.addStructure(element);
    this.elements.set(node, element);
    return element;
  }

  /** Creates the node's element now, in reading order, even if it gets no content (an empty table cell). */
  ensure(node: StructNode): void {
    if (node !== ARTIFACT) this.element(node);
  }

  /** Makes sure what follows is marked as content of `node`, or as an artifact. */
  begin(node: StructNode | undefined): void {
    if (node === undefined) return this.artifact('Pagination');
    if (node === ARTIFACT) return this.artifact('Layout');
    if (this.open === node) return;
    this.end();
    const element = this.element(node);
    element.add(this.doc.markStructureContent(node.type));
    this.open = node;
  }

  artifact(type: ArtifactType): void {
    if (this.open === type) return;
    this.end();
    this.doc.markContent('Artifact', { type });
    this.open = type;
  }

  /** Closes the open marked-content sequence; needed before the page ends. */
  end(): void {
    if (this.open === undefined) return;
    this.doc.endMarkedContent();
    this.open = undefined;
  }

  /**
   * Options that put the next annotation into the structure: its StructParent entry, and an object reference from
   * the node's element to the annotation, which `attachAnnotation` adds once pdfkit has made it.
   */
  annotationOptions(node: StructNode | undefined): { StructParent?: number } {
    if (node === undefined || node === ARTIFACT) return {};
    const root = (this.doc as unknown as Internals).getStructTreeRoot();
    const key = root.data.ParentTreeNextKey++;
    root.data.ParentTree.add(key, (this.element(node) as unknown as ElementInternals).dictionary);
    return { StructParent: key };
  }

  /**
   * Adds the annotation pdfkit made last on the current page to the node's element as an object reference, and makes
   * the page's tab order follow the structure (PDF/UA asks /Tabs /S on every page with annotations).
   */
  attachAnnotation(node: StructNode | undefined): void {
    const internals = this.doc as unknown as Internals;
    internals.page.dictionary.data.Tabs = 'S';
    if (node === undefined || node === ARTIFACT) return;
    const annotation = internals.page.annotations[internals.page.annotations.length - 1];
    const element = this.element(node) as unknown as ElementInternals;
    element._children.push({ annotation, page: internals.page.dictionary } satisfies ObjectReference);
    if (!Object.hasOwn(element, '_flushChild')) {
      const flushChild = element._flushChild.bind(element);
      element._flushChild = (child: unknown) => {
        const ref = child as Partial<ObjectReference>;
        if (ref.annotation) element.dictionary.data.K.push({ Type: 'OBJR', Obj: ref.annotation, Pg: ref.page });
        else flushChild(child);
      };
    }
  }
}
