import type { DocumentModel } from '../../model/document.js';
import { footnotesIn } from '../../model/footnotes.js';
import { blocksHtml } from './blocks.js';
import { escapeHtml } from './escape.js';
import { fontFaceCss } from './fonts.js';
import { footerHtml } from './furniture.js';
import { footnotesHtml } from './inline.js';
import { styleCss } from './style.js';
import { tocHeadings } from './toc.js';
import { watermarkCss, watermarkHtml } from './watermark.js';

function metaHtml(model: DocumentModel): string {
  const { meta } = model;
  const tags: Array<[string, string | undefined]> = [
    ['author', meta.author],
    ['description', meta.subject],
    ['keywords', meta.keywords?.join(', ')],
    ['dcterms.date', meta.date],
    ['generator', 'styringsdok'],
  ];
  return tags.filter(([, v]) => v).map(([name, v]) => `<meta name="${name}" content="${escapeHtml(v!)}">`).join('\n');
}

/**
 * Renders the document model to one self-contained, accessible HTML file: semantic headings numbered as in the PDF,
 * the table of contents as navigation, tables with captions and header scopes, the fonts embedded, a print style
 * sheet. No script: the file reads the same with JavaScript off.
 */
export function renderHtml(model: DocumentModel): string {
  const lang = model.meta.language.slice(0, 2);
  const body = blocksHtml(model.blocks, { toc: tocHeadings(model.blocks) });
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.meta.title)}</title>
${metaHtml(model)}
<style>
${fontFaceCss(model)}
${styleCss(model.furniture)}${watermarkCss(model.furniture)}
</style>
</head>
<body>
<div class="ark">
${watermarkHtml(model.furniture)}<main>
${body}${footnotesHtml(footnotesIn(model.blocks))}
</main>
${footerHtml(model.furniture)}
</div>
</body>
</html>
`;
}
