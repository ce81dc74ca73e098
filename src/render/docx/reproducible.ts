import JSZip from 'jszip';

/**
 * Makes a packed DOCX byte-identical across runs. docx stamps docProps/core.xml with the current time, its zip
 * writer stamps every entry with it, and bookmark ids come from a counter shared by all documents built in the
 * process. The archive is rewritten with the model's date, and bookmark ids renumbered in order of appearance.
 */
export async function reproducible(packed: Uint8Array, timestamp: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(packed);
  const target = new JSZip();
  const stamp = timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let data: string | Uint8Array;
    if (entry.name.endsWith('.xml') || entry.name.endsWith('.rels')) {
      let xml = await entry.async('string');
      if (entry.name === 'docProps/core.xml') xml = fixTimestamps(xml, stamp);
      if (entry.name.startsWith('word/')) xml = renumberBookmarks(xml);
      data = xml;
    } else {
      data = await entry.async('uint8array');
    }
    target.file(entry.name, data, { date: timestamp, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

function fixTimestamps(xml: string, stamp: string): string {
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/** Bookmark ids only need to be unique within a part and to pair bookmarkStart with bookmarkEnd. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")([^"]*)(")/g, (_, before: string, id: string, after: string) => {
    let n = ids.get(id);
    if (n === undefined) ids.set(id, (n = ids.size));
    return `${before}${n}${after}`;
  });
}
