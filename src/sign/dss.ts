import { appendRevision, PdfFile } from './pdfFile.js';
import { isDict, name, PdfReadError, PdfRef, serialize, type PdfDict, type PdfValue } from './pdfObjects.js';

/** Certificates and revocation lists (DER) kept in the document for validation later (PAdES B-LT). */
export interface ValidationMaterial {
  certs: Buffer[];
  crls: Buffer[];
}

/** The document security store of the newest revision: what it holds, or empty lists. */
export function readDss(file: PdfFile): ValidationMaterial {
  const catalog = file.dict(file.trailer.get('Root') as PdfRef);
  const dss = file.resolve(catalog.get('DSS'));
  if (!isDict(dss)) return { certs: [], crls: [] };
  const streams = (key: string) => {
    const list = file.resolve(dss.get(key));
    return Array.isArray(list) ? list.filter((r): r is PdfRef => r instanceof PdfRef).map((r) => file.streamData(r)) : [];
  };
  return { certs: streams('Certs'), crls: streams('CRLs') };
}

/**
 * Appends a revision with a document security store (/DSS in the catalog) holding the given certificates and CRLs,
 * besides what an earlier store holds. A later signature covers it; until then it changes nothing that was signed.
 */
export function addDss(pdf: Buffer, material: ValidationMaterial): Buffer {
  const file = new PdfFile(pdf);
  const rootRef = file.trailer.get('Root');
  if (!(rootRef instanceof PdfRef)) throw new PdfReadError('katalogen (/Root) mangler');
  const catalog = file.dict(rootRef);
  const existing = readDss(file);
  const previous = file.resolve(catalog.get('DSS'));
  const dss: PdfDict = isDict(previous) ? previous : new Map([['Type', name('DSS')]]);
  const objects = new Map<number, string>();
  let next = file.size;
  const add = (key: string, items: Buffer[], known: Buffer[]) => {
    const held = file.resolve(dss.get(key));
    const refs: PdfValue[] = Array.isArray(held) ? [...held] : [];
    for (const item of items) {
      if (known.some((k) => k.equals(item))) continue;
      known.push(item);
      const ref = new PdfRef(next++);
      objects.set(ref.num, `<< /Length ${item.length} >>\nstream\n${item.toString('latin1')}\nendstream`);
      refs.push(ref);
    }
    if (refs.length) dss.set(key, refs);
  };
  add('Certs', material.certs, [...existing.certs]);
  add('CRLs', material.crls, [...existing.crls]);
  const dssRef = catalog.get('DSS') instanceof PdfRef ? (catalog.get('DSS') as PdfRef) : new PdfRef(next++);
  objects.set(dssRef.num, serialize(dss));
  catalog.set('DSS', dssRef);
  // PAdES: a PDF 1.7 file that uses the DSS says so with the ESIC extension (ETSI EN 319 142-1, 5.4.1).
  if (!catalog.has('Extensions')) {
    catalog.set('Extensions', new Map([['ESIC', new Map<string, PdfValue>([['BaseVersion', name('1.7')], ['ExtensionLevel', 5]])]]));
  }
  objects.set(rootRef.num, serialize(catalog));
  return appendRevision(file, objects, next).bytes;
}
