import { zipEntries } from './zip.js';

/** The package's parts by path, as docx compiles them (XML as text). */
export type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

/**
 * Zips a compiled DOCX package so that it is byte-identical across runs. docx stamps docProps/core.xml with the
 * current time, names hyperlink relationships with random ids, and numbers bookmarks (including the TOC's "_Toc…"
 * names) from a counter shared by all documents built in the process. The parts are written with the model's date,
 * and those ids renumbered in order of appearance.
 */
export function reproducible(files: PackageFiles, timestamp: Date): Promise<Buffer> {
  const texts = new Map<string, string>();
  const decoder = new TextDecoder();
  for (const [name, data] of files) {
    if (isXml(name)) texts.set(name, typeof data === 'string' ? data : decoder.decode(data));
  }
  const stamp = timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = texts.get('docProps/core.xml');
  if (core !== undefined) texts.set('docProps/core.xml', fixTimestamps(core, stamp));
  for (const [name, xml] of texts) {
    if (name.startsWith('word/') && !name.includes('/_rels/')) texts.set(name, renumberBookmarks(xml));
  }
  renumberRelationships(texts);

  return zipEntries([...files].map(([name, data]): [string, string | Uint8Array] => [name, texts.get(name) ?? data]), timestamp);
}

function isXml(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

function fixTimestamps(xml: string, stamp: string): string {
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/** Renumbers w:id of bookmarkStart/End and the "_Toc<n>" bookmark names (in their anchors and PAGEREF fields). */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  const tocNames = new Map<string, number>();
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")([^"]*)(")/g, (_, before: string, id: string, after: string) =>
      `${before}${numberFor(ids, id, 0)}${after}`)
    .replace(/(w:anchor="|w:name="|PAGEREF )_Toc(\d+)/g, (_, before: string, n: string) => `${before}_Toc${numberFor(tocNames, n, 1)}`);
}

function numberFor(map: Map<string, number>, key: string, from: number): number {
  let n = map.get(key);
  if (n === undefined) map.set(key, (n = map.size + from));
  return n;
}

/** Gives random relationship ids (docx uses them for hyperlinks) sequential names, in the rels part and its owner. */
function renumberRelationships(texts: Map<string, string>): void {
  for (const [relsName, rels] of texts) {
    const owner = /^(.*)_rels\/(.+)\.rels$/.exec(relsName);
    if (!owner) continue;
    const partName = `${owner[1]}${owner[2]}`;
    const renamed = new Map<string, string>();
    for (const [, id] of rels.matchAll(/\bId="([^"]+)"/g)) {
      if (!/^rId\d+$/.test(id) && !renamed.has(id)) renamed.set(id, `rIdLink${renamed.size + 1}`);
    }
    if (renamed.size === 0) continue;
    texts.set(relsName, rels.replace(/\bId="([^"]+)"/g, (m, id: string) => (renamed.has(id) ? `Id="${renamed.get(id)}"` : m)));
    const part = texts.get(partName);
    if (part !== undefined) texts.set(partName, part.replace(/\br:id="([^"]+)"/g, (m, id: string) => (renamed.has(id) ? `r:id="${renamed.get(id)}"` : m)));
  }
}
