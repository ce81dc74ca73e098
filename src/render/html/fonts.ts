import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isFootnote, type Block, type DocumentModel, type Run } from '../../model/document.js';
import { readTtfMetrics, type TtfMetrics } from '../../core/ttf.js';
import { subsetTtf } from './subsetTtf.js';

type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** The Arimo faces the PDF embeds, with the weight and style each is declared under. */
const FACES: Record<Face, { file: string; weight: number; style: 'normal' | 'italic' }> = {
  regular: { file: '400Regular/Arimo_400Regular.ttf', weight: 400, style: 'normal' },
  bold: { file: '700Bold/Arimo_700Bold.ttf', weight: 700, style: 'normal' },
  italic: { file: '400Regular_Italic/Arimo_400Regular_Italic.ttf', weight: 400, style: 'italic' },
  boldItalic: { file: '700Bold_Italic/Arimo_700Bold_Italic.ttf', weight: 700, style: 'italic' },
};

/** Arimo has Arial's and Liberation Sans' metrics: where the embedded face cannot load, the lines break the same. */
export const FONT_STACK = 'Arimo, "Liberation Sans", Arial, Helvetica, sans-serif';

/**
 * Characters every subset keeps besides the document's own: ASCII, Latin-1 and common punctuation, for what the style
 * sheet writes (list numbers, dashes, page numbers) and what a reader's browser may add. A character outside the
 * subset would show blank, since the subset keeps the font's character map whole.
 */
const ALWAYS = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i), ...Array.from({ length: 96 }, (_, i) => 160 + i)) + '–—‘’“”«»…•◦§€−\u2010';

const loaded = new Map<Face, { data: Buffer; metrics: TtfMetrics }>();
const subsets = new Map<Face, { text: string; uri: string }>();

function font(face: Face) {
  let entry = loaded.get(face);
  if (!entry) {
    const data = readFileSync(createRequire(import.meta.url).resolve(`@expo-google-fonts/arimo/${FACES[face].file}`));
    entry = { data, metrics: readTtfMetrics(data) };
    loaded.set(face, entry);
  }
  return entry;
}

/** The face's subset for `text` as a data URI; the last one per face is kept, for preview's rebuilds of one document. */
function dataUri(face: Face, text: string): string {
  const cached = subsets.get(face);
  if (cached?.text === text) return cached.uri;
  const { data, metrics } = font(face);
  const glyphs = [...text].map((c) => metrics.glyphId(c.codePointAt(0)!));
  const uri = `data:font/ttf;base64,${subsetTtf(data, glyphs).toString('base64')}`;
  subsets.set(face, { text, uri });
  return uri;
}

/** The faces the document is set in, and every character it shows (upper case too: the letterhead is in capitals). */
function usage(model: DocumentModel): { faces: Face[]; text: string } {
  const used = new Set<Face>(['regular', 'bold']);
  const chars = new Set<string>(ALWAYS);
  const add = (text: string | undefined) => {
    for (const c of `${text ?? ''}${(text ?? '').toLocaleUpperCase('nb-NO')}`) chars.add(c);
  };
  const runs = (list: readonly Run[]) => {
    for (const r of list) {
      if (r.italic) used.add(r.bold ? 'boldItalic' : 'italic');
      add(r.text);
    }
  };
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'heading') {
        if (block.level >= 4) used.add('boldItalic'); // as in the PDF
        add(block.number);
        runs(block.content);
      } else if (block.type === 'paragraph') block.content.forEach((part) => (isFootnote(part) ? runs(part.content) : runs([part])));
      else if (block.type === 'list') block.items.forEach(visit);
      else if (block.type === 'table') [...block.head, ...block.body, ...block.foot].flat().forEach(runs);
      else if ('children' in block) visit(block.children);
      else if (block.type === 'letterhead') [block.sender, ...block.recipient, ...block.references.flatMap((r) => [r.label, r.value])].forEach(add);
      else if (block.type === 'signatures') [...block.greeting, ...block.signatories.flat()].forEach(add);
      else if (block.type === 'toc') add(block.title);
    }
  };
  visit(model.blocks);
  const { furniture } = model;
  for (const text of [furniture.header, furniture.pageNumberFormat, ...(furniture.firstPageFooter ?? []).flat()]) add(text);
  return { faces: (Object.keys(FACES) as Face[]).filter((f) => used.has(f)), text: [...chars].sort().join('') };
}

/** @font-face rules for the faces the document uses, each embedded as a subset with the document's characters. */
export function fontFaceCss(model: DocumentModel): string {
  const { faces, text } = usage(model);
  return faces.map((face) => `@font-face{font-family:Arimo;font-weight:${FACES[face].weight};font-style:${FACES[face].style};font-display:swap;src:url(${dataUri(face, text)}) format("truetype")}`).join('\n');
}
