import { appendRevision, PdfFile } from './pdfFile.js';
import { isDict, name, PdfName, PdfRaw, PdfReadError, PdfRef, PdfString, serialize, type PdfDict, type PdfValue } from './pdfObjects.js';

/** Room for the CMS signature in bytes: certificates, signed attributes and a timestamp token with its TSA chain. */
export const SIGNATURE_BYTES = 24_576;
/** Ten digits per number and the spaces between: the ByteRange is filled in after the file's length is known. */
const BYTE_RANGE_WIDTH = 4 * 10 + 3;

export interface FieldOptions {
  signer: string;
  reason: string;
  location: string;
  signingTime: Date;
}

export interface Prepared {
  /** The file with a new revision holding the signature field and a zero-filled /Contents. */
  pdf: Buffer;
  byteRange: [number, number, number, number];
}

/**
 * Adds a revision with an invisible signature field (merged field and widget on the first page) and room for the
 * signature. The widget goes into the structure tree as a /Form element, as PDF/UA asks, and the page's tab order
 * follows the structure. Earlier revisions, signed or not, are left as they are.
 */
export function addSignatureField(pdf: Buffer, options: FieldOptions): Prepared {
  const file = new PdfFile(pdf);
  const rootRef = file.trailer.get('Root');
  if (!(rootRef instanceof PdfRef)) throw new PdfReadError('katalogen (/Root) mangler');
  const catalog = file.dict(rootRef);
  const objects = new Map<number, string>();
  let next = file.size;
  const alloc = () => new PdfRef(next++);
  const write = (ref: PdfRef, value: PdfValue) => objects.set(ref.num, serialize(value));

  const pageRef = firstPage(file, catalog);
  const page = file.dict(pageRef);
  const sigRef = alloc();
  const widgetRef = alloc();
  const appearanceRef = alloc();

  // The form: a new field in /Fields; SigFlags 3 says the file is signed and must only be appended to.
  let acroForm: PdfDict;
  let acroFormRef = catalog.get('AcroForm');
  if (acroFormRef instanceof PdfRef) acroForm = file.dict(acroFormRef);
  else {
    acroForm = isDict(acroFormRef) ? acroFormRef : new Map();
    acroFormRef = alloc();
    catalog.set('AcroForm', acroFormRef);
    write(rootRef, catalog);
  }
  const fields = appendTo(file, acroForm, 'Fields', widgetRef, write);
  acroForm.set('SigFlags', 3);
  write(acroFormRef as PdfRef, acroForm);

  const widget: PdfDict = new Map<string, PdfValue>([
    ['Type', name('Annot')], ['Subtype', name('Widget')], ['FT', name('Sig')],
    ['T', PdfString.text(`Signatur${fields}`)],
    ['TU', PdfString.text(`Digital signatur: ${options.signer}`)],
    ['V', sigRef], ['F', 132], ['Rect', [0, 0, 0, 0]], ['P', pageRef],
    ['AP', new Map([['N', appearanceRef]])],
  ]);
  const structParent = addToStructure(file, catalog, widgetRef, pageRef, options.signer, alloc, write);
  if (structParent !== undefined) widget.set('StructParent', structParent);
  write(widgetRef, widget);
  objects.set(appearanceRef.num, `${serialize(new Map<string, PdfValue>([['Type', name('XObject')], ['Subtype', name('Form')], ['BBox', [0, 0, 0, 0]], ['Length', 0]]))}\nstream\n\nendstream`);

  appendTo(file, page, 'Annots', widgetRef, write);
  page.set('Tabs', name('S'));
  write(pageRef, page);

  write(sigRef, new Map<string, PdfValue>([
    ['Type', name('Sig')], ['Filter', name('Adobe.PPKLite')], ['SubFilter', name('ETSI.CAdES.detached')],
    ['ByteRange', new PdfRaw(`[${' '.repeat(BYTE_RANGE_WIDTH)}]`)],
    ['Contents', new PdfRaw(`<${'0'.repeat(SIGNATURE_BYTES * 2)}>`)],
    ['M', new PdfString(pdfDate(options.signingTime))],
    ['Name', PdfString.text(options.signer)], ['Reason', PdfString.text(options.reason)], ['Location', PdfString.text(options.location)],
  ]));

  const { bytes, positions } = appendRevision(file, objects, next);
  const sigAt = positions.get(sigRef.num)!;
  const contentsAt = bytes.indexOf('/Contents <', sigAt, 'latin1') + '/Contents '.length;
  const afterContents = contentsAt + SIGNATURE_BYTES * 2 + 2;
  const byteRange: Prepared['byteRange'] = [0, contentsAt, afterContents, bytes.length - afterContents];
  const rangeAt = bytes.indexOf('/ByteRange [', sigAt, 'latin1') + '/ByteRange ['.length;
  bytes.write(byteRange.join(' ').padEnd(BYTE_RANGE_WIDTH, ' '), rangeAt, 'latin1');
  return { pdf: bytes, byteRange };
}

/** Adds `item` to the array under `key` (direct or indirect); returns the array's new length. */
function appendTo(file: PdfFile, dict: PdfDict, key: string, item: PdfValue, write: (ref: PdfRef, value: PdfValue) => void): number {
  const held = dict.get(key);
  if (held instanceof PdfRef) {
    const array = file.object(held);
    if (!Array.isArray(array)) throw new PdfReadError(`/${key} er ikke en liste`);
    array.push(item);
    write(held, array);
    return array.length;
  }
  const array = Array.isArray(held) ? held : [];
  array.push(item);
  dict.set(key, array);
  return array.length;
}

function firstPage(file: PdfFile, catalog: PdfDict): PdfRef {
  let node = catalog.get('Pages');
  for (let depth = 0; node instanceof PdfRef && depth < 32; depth++) {
    const dict = file.dict(node);
    const type = dict.get('Type');
    if (type instanceof PdfName && type.name === 'Page') return node;
    const kids = file.resolve(dict.get('Kids'));
    node = Array.isArray(kids) ? kids[0] : undefined;
  }
  throw new PdfReadError('fant ingen side å legge signaturfeltet på');
}

/**
 * A /Form element for the widget under the document's top element, with an object reference to it, and the widget's
 * entry in the parent tree. Returns the widget's StructParent key, or undefined for an untagged file.
 */
function addToStructure(
  file: PdfFile, catalog: PdfDict, widgetRef: PdfRef, pageRef: PdfRef, signer: string,
  alloc: () => PdfRef, write: (ref: PdfRef, value: PdfValue) => void,
): number | undefined {
  const rootRef = catalog.get('StructTreeRoot');
  if (!(rootRef instanceof PdfRef)) return undefined;
  const root = file.dict(rootRef);
  const top = root.get('K');
  const topRef = Array.isArray(top) ? top.find((k) => k instanceof PdfRef) : top;
  const parentRef = topRef instanceof PdfRef && isDict(file.resolve(topRef)) ? topRef : rootRef;
  const parent = parentRef === rootRef ? root : file.dict(parentRef);

  const formRef = alloc();
  write(formRef, new Map<string, PdfValue>([
    ['Type', name('StructElem')], ['S', name('Form')], ['P', parentRef], ['Pg', pageRef],
    ['Alt', PdfString.text(`Digital signatur: ${signer}`)],
    ['K', new Map<string, PdfValue>([['Type', name('OBJR')], ['Obj', widgetRef], ['Pg', pageRef]])],
  ]));
  const kids = parent.get('K');
  parent.set('K', [...(Array.isArray(kids) ? kids : kids === undefined ? [] : [kids]), formRef]);

  const key = nextParentKey(file, root);
  root.set('ParentTreeNextKey', key + 1);
  const treeRef = root.get('ParentTree');
  const tree: PdfDict = treeRef instanceof PdfRef ? file.dict(treeRef) : isDict(treeRef) ? treeRef : new Map();
  if (tree.has('Kids')) {
    const leafRef = alloc();
    write(leafRef, new Map<string, PdfValue>([['Limits', [key, key]], ['Nums', [key, formRef]]]));
    appendTo(file, tree, 'Kids', leafRef, write);
  } else {
    appendTo(file, tree, 'Nums', key, write);
    appendTo(file, tree, 'Nums', formRef, write);
    const limits = tree.get('Limits');
    if (Array.isArray(limits)) tree.set('Limits', [limits[0], key]);
  }
  if (treeRef instanceof PdfRef) write(treeRef, tree);
  else root.set('ParentTree', tree);
  write(rootRef, root);
  if (parent !== root) write(parentRef, parent);
  return key;
}

/** ParentTreeNextKey, or one past the largest key in a flat parent tree. */
function nextParentKey(file: PdfFile, root: PdfDict): number {
  const next = root.get('ParentTreeNextKey');
  if (typeof next === 'number') return next;
  const nums = file.resolve((file.resolve(root.get('ParentTree')) as PdfDict | undefined)?.get('Nums'));
  const keys = Array.isArray(nums) ? nums.filter((_, i) => i % 2 === 0).filter((k): k is number => typeof k === 'number') : [];
  return keys.length ? Math.max(...keys) + 1 : 0;
}

/** D:YYYYMMDDHHmmSS+00'00' */
function pdfDate(d: Date): string {
  return `(D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}+00'00')`;
}
