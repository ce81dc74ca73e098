import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Block, DocumentModel, Run } from '../../model/document.js';

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

const dataUris = new Map<Face, string>();

function dataUri(face: Face): string {
  let uri = dataUris.get(face);
  if (!uri) {
    const file = createRequire(import.meta.url).resolve(`@expo-google-fonts/arimo/${FACES[face].file}`);
    uri = `data:font/ttf;base64,${readFileSync(file).toString('base64')}`;
    dataUris.set(face, uri);
  }
  return uri;
}

/** The faces the document's text is set in: every face weighs about 320 kB, so those it does not use stay out. */
export function facesUsed(model: DocumentModel): Face[] {
  const used = new Set<Face>(['regular', 'bold']);
  const runs = (list: readonly Run[]) => {
    for (const r of list) if (r.italic) used.add(r.bold ? 'boldItalic' : 'italic');
  };
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'heading') {
        // Level 4 headings are bold italic, as in the PDF.
        if (block.level >= 4) used.add('boldItalic');
        runs(block.content);
      } else if (block.type === 'paragraph') runs(block.content);
      else if (block.type === 'list') block.items.forEach(visit);
      else if (block.type === 'table') [...block.head, ...block.body].flat().forEach(runs);
      else if (block.type === 'div') visit(block.children);
    }
  };
  visit(model.blocks);
  return (Object.keys(FACES) as Face[]).filter((f) => used.has(f));
}

export function fontFaceCss(faces: readonly Face[]): string {
  return faces.map((face) => `@font-face{font-family:Arimo;font-weight:${FACES[face].weight};font-style:${FACES[face].style};font-display:swap;src:url(${dataUri(face)}) format("truetype")}`).join('\n');
}
