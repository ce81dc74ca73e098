import { TableOfContents } from 'docx';
import type { TocBlock } from '../../model/document.js';
import type { BodyChild, Renderer } from './context.js';
import { TOC_LEVELS } from './headings.js';
import { STYLE } from './styles.js';

/**
 * A real TOC field over Heading1–Heading3 (headings left out of the TOC use the unlisted heading styles, so
 * Word's own "Update table" gives the same entries). docx fills the field's result with the entries and, since the
 * document is given a page-number estimator, their page numbers, and writes the field clean so Word shows it as is.
 */
export function renderToc(r: Renderer, toc: TocBlock): BodyChild[] {
  return [
    r.paragraph({ style: STYLE.tocHeading, text: toc.title }),
    new TableOfContents(toc.title, { hyperlink: true, headingStyleRange: `1-${TOC_LEVELS}` }),
  ];
}
