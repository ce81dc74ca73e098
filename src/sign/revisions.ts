import { PdfFile } from './pdfFile.js';
import { isDict, PdfRef, serialize, type PdfDict, type PdfValue } from './pdfObjects.js';

/**
 * Whether the revision between `before` and `after` (file positions just past each %%EOF) only added validation
 * material: it rewrote the catalog, which differs from the one before only in /DSS and /Extensions, and every other
 * object it wrote belongs to the document security store (the store, its lists and their entries).
 */
export function addsOnlyValidationData(pdf: Buffer, before: number, after: number): boolean {
  try {
    const old = new PdfFile(pdf.subarray(0, before));
    const now = new PdfFile(pdf.subarray(0, after));
    const root = now.trailer.get('Root');
    const oldRoot = old.trailer.get('Root');
    if (!(root instanceof PdfRef) || !(oldRoot instanceof PdfRef) || root.num !== oldRoot.num || !now.latest.includes(root.num)) return false;
    const catalog = now.dict(root);
    const store = storeObjects(now, catalog.get('DSS'));
    if (now.latest.some((num) => num !== root.num && !store.has(num))) return false;
    const withoutStore = (dict: PdfDict) => serialize(new Map([...dict].filter(([key]) => key !== 'DSS' && key !== 'Extensions')));
    return withoutStore(old.dict(oldRoot)) === withoutStore(catalog);
  } catch {
    return false;
  }
}

/** The object numbers of a document security store: the store, its lists (Certs, CRLs, OCSPs, VRI) and their entries. */
function storeObjects(file: PdfFile, dss: PdfValue | undefined): Set<number> {
  const found = new Set<number>();
  const visit = (value: PdfValue | undefined, depth: number) => {
    if (value instanceof PdfRef) {
      if (found.has(value.num)) return;
      found.add(value.num);
      // Entries are streams (certificates, CRLs, OCSP responses): their dictionaries point nowhere that matters.
      if (depth < 3) visit(file.object(value), depth + 1);
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, depth));
    else if (isDict(value)) [...value.values()].forEach((v) => visit(v, depth));
  };
  visit(dss, 0);
  return found;
}
