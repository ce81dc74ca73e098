import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPageText {
  /** Lines top to bottom; items on one line left to right, joined with a space where there is a visible gap. */
  lines: string[];
  text: string;
}

export interface PdfContent {
  pages: PdfPageText[];
  info: Record<string, unknown>;
  /** Named destination → 1-based page number. */
  destinations: Map<string, number>;
  outline: Array<{ title: string; depth: number; page: number | undefined }>;
  /** The document language (catalog /Lang). */
  language: string | null;
  /** Link annotations per page: external URL or internal destination name. */
  links: Array<Array<{ url?: string; dest?: string }>>;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function linesOf(items: TextItem[]): string[] {
  const sorted = items
    .filter((item) => item.str !== '')
    .map((item) => ({ str: item.str, x: item.transform[4], y: item.transform[5], w: item.width, size: Math.abs(item.transform[3]) || 10 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<typeof sorted> = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) < Math.min(row[0].size, item.size) * 0.4) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of row) {
      const gap = item.x - end;
      if (text !== '' && gap > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = item.x + item.w;
    }
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** Text of a PDF per page, in reading order (top to bottom, left to right), plus metadata, destinations and bookmarks. */
export async function pdfContent(data: Uint8Array): Promise<PdfContent> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: PdfPageText[] = [];
    const links: PdfContent['links'] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string; dest?: unknown }>;
      links.push(annotations.filter((a) => a.subtype === 'Link').map((a) => ({ url: a.url, dest: typeof a.dest === 'string' ? a.dest : undefined })));
      const content = await page.getTextContent();
      const lines = linesOf(content.items.filter((item): item is TextItem & typeof item => 'str' in item) as TextItem[]);
      pages.push({ lines, text: lines.join('\n') });
    }
    const { info } = await pdf.getMetadata();
    const pageIndexOf = async (dest: unknown): Promise<number | undefined> => {
      const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : (dest as unknown[] | null);
      if (!explicit) return undefined;
      return (await pdf.getPageIndex(explicit[0] as { num: number; gen: number })) + 1;
    };
    const destinations = new Map<string, number>();
    for (const [name, dest] of Object.entries(await pdf.getDestinations())) {
      const page = await pageIndexOf(dest);
      if (page !== undefined) destinations.set(name, page);
    }
    const outline: PdfContent['outline'] = [];
    const walk = async (items: Array<{ title: string; dest: unknown; items: unknown[] }> | null, depth: number) => {
      for (const item of items ?? []) {
        outline.push({ title: item.title, depth, page: await pageIndexOf(item.dest) });
        await walk(item.items as typeof items, depth + 1);
      }
    };
    await walk((await pdf.getOutline()) as Array<{ title: string; dest: unknown; items: unknown[] }> | null, 0);
    const raw = info as Record<string, unknown>;
    return { pages, info: raw, destinations, outline, links, language: (raw.Language as string | undefined) ?? null };
  } finally {
    await pdf.destroy();
  }
}

/** Convenience: just the text per page. */
export async function pdfText(data: Uint8Array): Promise<string[]> {
  return (await pdfContent(data)).pages.map((page) => page.text);
}

/** A structure element as pdfjs reports it per page (content references left out). */
export interface StructElement {
  role: string;
  children: StructElement[];
  /** Text of the marked content directly under this element, in order. */
  text: string[];
}

export interface PdfTagging {
  /** The structure tree of each page (pdfjs gives it per page, rooted at the page's top-level elements). */
  pages: StructElement[];
  /** Text of each page's Artifact marked content. */
  artifacts: string[][];
  /** Text of each page's marked content that belongs to the structure tree (has an MCID). */
  tagged: string[][];
  /** Text drawn outside any marked content. */
  untagged: string[][];
  markInfo: { Marked?: boolean } | null;
  /** The raw XMP packet. */
  xmp: string | null;
  language: string | null;
}

interface RawStructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: RawStructNode[];
}

/** The logical structure of a tagged PDF, with the text of each element and of the artifacts. */
export async function pdfTagging(data: Uint8Array): Promise<PdfTagging> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const result: PdfTagging = { pages: [], artifacts: [], tagged: [], untagged: [], markInfo: null, xmp: null, language: null };
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const textById = new Map<string, string[]>();
      const artifacts: string[] = [];
      const tagged: string[] = [];
      const untagged: string[] = [];
      const stack: Array<{ tag: string; id: string | null }> = [];
      for (const item of content.items as Array<{ type?: string; tag?: string; id?: string | null; str?: string }>) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push({ tag: item.tag ?? '', id: item.id ?? null });
        else if (item.type === 'endMarkedContent') stack.pop();
        else if (typeof item.str === 'string' && item.str.trim() !== '') {
          const inArtifact = stack.some((m) => m.tag === 'Artifact');
          const owner = [...stack].reverse().find((m) => m.id);
          if (inArtifact) artifacts.push(item.str);
          else if (owner?.id) {
            tagged.push(item.str);
            textById.set(owner.id, [...(textById.get(owner.id) ?? []), item.str]);
          } else untagged.push(item.str);
        }
      }
      const convert = (node: RawStructNode): StructElement => {
        const children = node.children ?? [];
        return {
          role: node.role ?? '',
          children: children.filter((c) => c.role !== undefined).map(convert),
          text: children.filter((c) => c.type === 'content' && c.id).flatMap((c) => textById.get(c.id as string) ?? []),
        };
      };
      result.pages.push(convert(((await page.getStructTree()) ?? {}) as RawStructNode));
      result.artifacts.push(artifacts);
      result.tagged.push(tagged);
      result.untagged.push(untagged);
    }
    result.markInfo = (await pdf.getMarkInfo()) as PdfTagging['markInfo'];
    const { info, metadata } = await pdf.getMetadata();
    result.xmp = metadata?.getRaw() ?? null;
    result.language = ((info as Record<string, unknown>).Language as string | undefined) ?? null;
    return result;
  } finally {
    await pdf.destroy();
  }
}

/** Every element of a structure tree, depth first. */
export function structElements(root: StructElement): StructElement[] {
  return [root, ...root.children.flatMap(structElements)];
}

/** All text under an element (its own and its descendants'), joined. */
export function structText(element: StructElement): string {
  return [...element.text, ...element.children.map(structText)].join(' ').replace(/\s+/g, ' ').trim();
}
