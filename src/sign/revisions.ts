import { PdfFile } from './pdfFile.js';
import { isDict, PdfRef, serialize, type PdfDict } from './pdfObjects.js';

/**
 * Whether the revision between `before` and `after` (file positions just past each %%EOF) only added validation
 * material: the same catalog object, differing from the one before only in /DSS and /Extensions; the earlier store
 * rewritten; otherwise only new objects.
 */
export function addsOnlyValidationData(pdf: Buffer, before: number, after: number): boolean {
  try {
    const old = new PdfFile(pdf.subarray(0, before));
    const now = new PdfFile(pdf.subarray(0, after));
    const root = now.trailer.get('Root');
    const oldRoot = old.trailer.get('Root');
    if (!(root instanceof PdfRef) || !(oldRoot instanceof PdfRef) || root.num !== oldRoot.num) return false;
    const oldCatalog = old.dict(oldRoot);
    const oldStore = oldCatalog.get('DSS');
    const storeObjects = [oldStore, ...(isDict(old.resolve(oldStore)) ? [...(old.resolve(oldStore) as PdfDict).values()] : [])];
    const mayChange = new Set([root.num, ...storeObjects.filter((v) => v instanceof PdfRef).map((r) => (r as PdfRef).num)]);
    if (now.latest.some((num) => !mayChange.has(num) && num < old.size)) return false;
    const withoutStore = (catalog: PdfDict) => serialize(new Map([...catalog].filter(([key]) => key !== 'DSS' && key !== 'Extensions')));
    return withoutStore(oldCatalog) === withoutStore(now.dict(root));
  } catch {
    return false;
  }
}
