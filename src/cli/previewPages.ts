import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import { escapeHtml } from '../render/html/escape.js';
import { countText } from './report.js';

/** What preview knows of one document: where it is served and how its last builds went. */
export interface PreviewDocument {
  /** Its name in the addresses: the output base relative to the output folder, with forward slashes. */
  name: string;
  /** The folder shown to the user. */
  folder: string;
  /** Served HTML pages (the main one first, then variants), by address. */
  pages: string[];
  /** Served PDF and DOCX files, by address. */
  files: string[];
  diagnostics: Diagnostic[];
  /** Set when the last build stopped for another reason than the content. */
  failure?: string;
  /** Whether the PDF and DOCX are being built again. */
  rebuilding: boolean;
}

export const EVENTS_PATH = '/_hendelser';
/** Where the pages fetch their new body from: this prefix before a page's own address. */
export const BODY_PREFIX = '/_innhold';

// Not in Arimo: the page embeds only the characters of the document, and the panel shows other text.
const PANEL_CSS = `<style>
.sd-panel{font:14px/1.4 "Liberation Sans",Arial,sans-serif;background:#1d2733;color:#fff;padding:8px 16px}
.sd-panel a{color:#fff}
.sd-panel ul{margin:6px 0 0;padding:0;list-style:none}
.sd-panel li{padding:4px 8px;margin-top:4px;border-left:4px solid #f2b33d;background:#2c3947;white-space:pre-wrap}
.sd-panel li.feil{border-left-color:#ff6b6b}
@media print{.sd-panel{display:none}}
</style>`;

/**
 * The preview's only script: on each build of this page's document (or of any, on the overview), it fetches the
 * page's new body and puts it in place. The fonts and styles stay loaded, so the new text shows within milliseconds.
 */
function reloadScript(name: string): string {
  return `<script>
(() => {
  const mine = ${JSON.stringify(name).replace(/</g, '\\u003c')};
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  let busy = false, again = false;
  const refresh = async () => {
    if (busy) { again = true; return; }
    busy = true;
    try {
      const response = await fetch(${JSON.stringify(BODY_PREFIX)} + location.pathname, { cache: 'no-store' });
      if (response.ok) document.body.innerHTML = await response.text();
    } finally {
      busy = false;
      if (again) { again = false; refresh(); }
    }
  };
  events.onmessage = (e) => { if (mine === '' || e.data === mine) refresh(); };
})();
</script>`;
}

function diagnosticsHtml(document: PreviewDocument): string {
  const items = sortDiagnostics(document.diagnostics).map((d) => `<li class="${d.severity}">${escapeHtml(formatDiagnostic(d))}</li>`);
  if (document.failure) items.unshift(`<li class="feil">${escapeHtml(document.failure)}</li>`);
  return items.length ? `<ul>${items.join('')}</ul>` : '';
}

function statusText(document: PreviewDocument): string {
  const errors = document.diagnostics.filter((d) => d.severity === 'feil').length;
  return document.failure ? 'bygging mislyktes' : countText(errors, document.diagnostics.length - errors);
}

function fileLinks(document: PreviewDocument): string {
  const links = document.files.map((path) => `<a href="${escapeHtml(path)}">${escapeHtml(path.split('/').pop()!)}</a>`);
  if (document.rebuilding) links.push('<span>PDF og DOCX bygges …</span>');
  return links.join(' · ');
}

/** The bar above a document in preview: back to the overview, the PDF and DOCX, and every error and warning. */
function panelHtml(document: PreviewDocument): string {
  const links = fileLinks(document);
  return `<aside class="sd-panel" aria-label="Forhåndsvisning"><p><a href="/">Alle dokumenter</a> · ${escapeHtml(document.folder)}: ${statusText(document)}${links ? ` · ${links}` : ''}</p>${diagnosticsHtml(document)}</aside>`;
}

/** A built page as preview serves it: with the panel and the reload script, which the written file never has. */
export function previewPage(html: string, document: PreviewDocument): string {
  return html
    .replace('</head>', () => `${PANEL_CSS}\n${reloadScript(document.name)}\n</head>`)
    .replace(/<body>/, () => `<body>\n${panelHtml(document)}`);
}

function shell(title: string, name: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${PANEL_CSS}
${reloadScript(name)}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The inside of a page's body: what the script puts in place of the old. */
export function bodyOf(page: string): string {
  const start = page.indexOf('<body>');
  const end = page.lastIndexOf('</body>');
  return start === -1 || end === -1 ? page : page.slice(start + '<body>'.length, end);
}

/** A document that has no HTML yet because its content has errors: the errors, and nothing else. */
export function errorPage(document: PreviewDocument): string {
  return shell(`${document.folder} – ikke bygget`, document.name, `${panelHtml(document)}\n<main><h1>${escapeHtml(document.folder)} er ikke bygget</h1><p>Rett feilene over; siden oppdateres av seg selv når filene lagres.</p></main>`);
}

/** The overview: every document with its pages, files and state. */
export function indexPage(documents: readonly PreviewDocument[], root: string): string {
  const rows = documents.map((d) => {
    const pages = d.pages.length ? d.pages : [`/${d.name}.html`];
    const pageLinks = pages.map((p) => `<a href="${escapeHtml(p)}">${escapeHtml(p.slice(1))}</a>`).join(', ');
    const links = fileLinks(d);
    return `<li>${pageLinks} (${escapeHtml(d.folder)}: ${statusText(d)})${links ? ` · ${links}` : ''}</li>`;
  });
  const list = rows.length ? `<ul>${rows.join('')}</ul>` : '<p>Ingen dokumenter er bygget ennå.</p>';
  return shell(`Forhåndsvisning av ${root}`, '', `<main class="sd-panel"><h1>Forhåndsvisning av ${escapeHtml(root)}</h1>${list}<p>Sidene oppdateres av seg selv når innholdet lagres.</p></main>`);
}
