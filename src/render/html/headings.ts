import type { Heading } from '../../model/document.js';
import { escapeHtml } from './escape.js';
import { runsHtml } from './inline.js';

/** Model levels 1–4 are h1–h4; HTML has six levels, so nothing deeper is ever lost. */
export function headingTag(level: number): string {
  return `h${Math.min(Math.max(level, 1), 6)}`;
}

/** The number as the PDF prints it: before the text, separated by a space. */
export function numberHtml(number: string | undefined): string {
  return number ? `<span class="nr">${escapeHtml(number)}</span> ` : '';
}

export function headingHtml(heading: Heading): string {
  const tag = headingTag(heading.level);
  return `<${tag} id="${escapeHtml(heading.id)}">${numberHtml(heading.number)}${runsHtml(heading.content)}</${tag}>`;
}
