import JSZip from 'jszip';

/** The parts of a DOCX as text, by path inside the archive. */
export async function docxParts(docx: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const parts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async('string'));
  }
  return parts;
}

/** One part's XML; fails loudly when the part is missing. */
export function part(parts: Map<string, string>, path: string): string {
  const xml = parts.get(path);
  if (xml === undefined) throw new Error(`no ${path} in the DOCX (has: ${[...parts.keys()].join(', ')})`);
  return xml;
}

/** The visible text of an XML fragment: the contents of its w:t elements, joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('');
}

/** The w:p elements of a part, in order. */
export function paragraphsOf(xml: string): string[] {
  return xml.match(/<w:p\b(?:(?!<w:p\b)[\s\S])*?<\/w:p>/g) ?? [];
}

/** The paragraph style id of a w:p element, if any. */
export function styleOf(paragraph: string): string | undefined {
  return /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1];
}

export function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
