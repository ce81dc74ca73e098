import type { Block, Div } from '../../model/document.js';

/**
 * The named containers of the model (see Div in src/model/document.ts), each as a classed element the style sheet
 * lays out like the PDF. One place, so that typed letterhead and signature nodes can replace the names later.
 */
const ELEMENTS: Record<string, { tag: string; className: string }> = {
  brevhode: { tag: 'header', className: 'brevhode' },
  mottaker: { tag: 'div', className: 'mottaker' },
  referanser: { tag: 'div', className: 'referanser' },
  signaturer: { tag: 'div', className: 'signaturer' },
  signatar: { tag: 'div', className: 'signatar' },
  merknad: { tag: 'div', className: 'merknad' },
  'hold-sammen': { tag: 'div', className: 'hold-sammen' },
};

/** In the letterhead the paragraphs before the first container are the sender's name, set apart like the PDF's. */
function letterheadChildren(div: Div, render: (blocks: Block[]) => string): string {
  const first = div.children.findIndex((b) => b.type !== 'paragraph');
  const sender = first === -1 ? div.children : div.children.slice(0, first);
  const rest = first === -1 ? [] : div.children.slice(first);
  return `<div class="avsender">${render(sender)}</div>${render(rest)}`;
}

export function divHtml(div: Div, render: (blocks: Block[]) => string): string {
  const element = ELEMENTS[div.name];
  if (!element) return render(div.children);
  const inner = div.name === 'brevhode' ? letterheadChildren(div, render) : render(div.children);
  return `<${element.tag} class="${element.className}">${inner}</${element.tag}>`;
}
