import type { Run } from '../../model/document.js';
import { escapeHtml } from './escape.js';

/** Only the link targets the model promises (http, https, mailto, internal "#id"); anything else is plain text. */
const SAFE_HREF = /^(https?:|mailto:|#)/i;

function runHtml(run: Run): string {
  if (run.text === '\n') return '<br>';
  let html = escapeHtml(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.href && SAFE_HREF.test(run.href)) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
  return html;
}

export function runsHtml(runs: readonly Run[]): string {
  return runs.map(runHtml).join('');
}

/** The runs' text without formatting (captions, the table of contents, the title). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (r.text === '\n' ? ' ' : r.text)).join('');
}
