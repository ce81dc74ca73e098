import type { Letterhead, Signatures } from '../../model/document.js';
import { recipientRuns, referenceTable } from '../../layout/letterhead.js';
import { escapeHtml } from './escape.js';
import { runsHtml } from './inline.js';
import { tableHtml } from './tables.js';

const lines = (texts: readonly string[]) => texts.map(escapeHtml).join('<br>');

/** The letterhead: the sender set apart as in the PDF, the recipient, and the reference fields as a borderless table. */
export function letterheadHtml(head: Letterhead): string {
  return `<header class="brevhode"><div class="avsender"><p>${escapeHtml(head.sender)}</p></div>`
    + `<div class="mottaker"><p>${runsHtml(recipientRuns(head))}</p></div>`
    + `<div class="referanser">${tableHtml(referenceTable(head))}</div></header>`;
}

/** The closing: the greeting, then the signatories side by side. */
export function signaturesHtml(block: Signatures): string {
  return `<div class="signaturer">${block.greeting.map((g) => `<p>${escapeHtml(g)}</p>`).join('')}`
    + `${block.signatories.map((s) => `<div class="signatar"><p>${lines(s)}</p></div>`).join('')}</div>`;
}
