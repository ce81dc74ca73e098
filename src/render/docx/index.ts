import { Document, Packer, Paragraph } from 'docx';
import type { DocumentModel } from '../../model/document.js';
import { footnotesIn } from '../../model/footnotes.js';
import type { AnchorNames } from './anchors.js';
import { inlineChildren } from './inline.js';
import { BodyRenderer } from './blocks.js';
import { sectionFurniture } from './furniture.js';
import { coreProperties, documentTimestamp } from './metadata.js';
import { PAGE } from './page.js';
import { sharedPageNumbers } from './pageNumbers.js';
import { reproducible, type PackageFiles } from './reproducible.js';
import { drawCharts } from '../../layout/charts/drawCharts.js';
import { documentStyles, tableStylesXml } from './styles.js';

/** The document's notes for Word's footnotes part, by number (the ids the references in the text use). */
function footnotes(model: DocumentModel, anchors: AnchorNames): Record<number, { children: Paragraph[] }> {
  return Object.fromEntries(footnotesIn(model.blocks).map((note) => [note.number, {
    children: [new Paragraph({ style: 'FootnoteText', children: inlineChildren(note.content, anchors) })],
  }]));
}

function buildDocument(model: DocumentModel): Document {
  const body = new BodyRenderer(model.blocks);
  const children = body.body(model.blocks);
  const furniture = sectionFurniture(model.furniture);
  return new Document({
    ...coreProperties(model.meta),
    externalStyles: tableStylesXml(model.meta.language),
    styles: documentStyles(model.meta.language),
    numbering: body.numbering.config(),
    footnotes: footnotes(model, body.anchors),
    pageNumbers: sharedPageNumbers(model, body.anchors),
    // Word and LibreOffice hyphenate in the document's language, as the PDF's line breaker does.
    hyphenation: { autoHyphenation: true },
    sections: [{
      properties: {
        titlePage: furniture.titlePage,
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: {
            top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginLeft, right: PAGE.marginRight,
            header: PAGE.header, footer: PAGE.footer,
          },
        },
      },
      headers: furniture.headers,
      footers: furniture.footers,
      children,
    }],
  });
}

interface Compiler {
  compile(file: Document): PackageFiles;
}

/**
 * The package's parts as docx's Packer compiles them before zipping (its static `compiler`, in the pinned docx 9.15):
 * they are zipped once, by `reproducible`, instead of zipped by docx, unzipped and zipped again.
 */
function compile(file: Document): PackageFiles {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx no longer exposes Packer.compiler: check the renderer against the installed docx version');
  return compiler.compile(file);
}

/**
 * Renders the document model to DOCX. The same model always gives the same bytes. The TOC's page numbers and the page
 * count are those of the shared pagination (see pageNumbers.ts), written into the fields clean.
 */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  await drawCharts([model]);
  return reproducible(compile(buildDocument(model)), documentTimestamp(model.meta));
}
