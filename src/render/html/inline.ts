import { isFootnote, type FootnoteReference, type Inline, type Run } from '../../model/document.js';
import { escapeHtml } from './escape.js';
import { bindPercent } from '../../layout/text/noBreak.js';

/** Only the link targets the model promises (http, https, mailto, internal "#id"); anything else is plain text. */
const SAFE_HREF = /^(https?:|mailto:|#)/i;

function runHtml(run: Run): string {
  if (run.text === '\n') return '<br>';
  let html = escapeHtml(bindPercent(run.text));
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

/** A footnote reference: the note's number, linked to the note, which links back (DPUB-ARIA roles). */
function footnoteRefHtml(note: FootnoteReference): string {
  return `<a href="#fn${note.number}" id="fnref${note.number}" role="doc-noteref"><sup>${note.number}</sup></a>`;
}

/** A paragraph's content: runs and footnote references. */
export function inlinesHtml(content: readonly Inline[]): string {
  return content.map((part) => (isFootnote(part) ? footnoteRefHtml(part) : runHtml(part))).join('');
}

/** The document's footnotes as a numbered list after the body, each with a link back to its reference. */
export function footnotesHtml(notes: readonly FootnoteReference[]): string {
  if (notes.length === 0) return '';
  const items = notes.map((n) => `<li id="fn${n.number}" value="${n.number}">${runsHtml(n.content)} <a href="#fnref${n.number}" role="doc-backlink" aria-label="Tilbake til fotnote ${n.number}">↩</a></li>`);
  return `\n<section class="fotnoter" role="doc-endnotes">\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
}
