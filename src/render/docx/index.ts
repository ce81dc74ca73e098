import { Document, Packer, type PageNumberEstimator } from 'docx';
import { estimatePageNumbers, estimatePageNumbersWith } from 'docx/layout';
import JSZip from 'jszip';
import type { DocumentModel } from '../../model/document.js';
import { BodyRenderer } from './blocks.js';
import { sectionFurniture } from './furniture.js';
import { coreProperties, documentTimestamp } from './metadata.js';
import { PAGE } from './page.js';
import { hasBlankPageNumbers } from './pageNumbers.js';
import { reproducible } from './reproducible.js';
import { documentStyles, tableStylesXml } from './styles.js';

function buildDocument(model: DocumentModel, pageNumbers: PageNumberEstimator): Document {
  const body = new BodyRenderer(model.blocks);
  const children = body.body(model.blocks);
  const furniture = sectionFurniture(model.furniture);
  return new Document({
    ...coreProperties(model.meta),
    externalStyles: tableStylesXml(),
    styles: documentStyles(model.meta.language),
    numbering: body.numbering.config(),
    pageNumbers,
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

/**
 * Renders the document model to DOCX. The same model always gives the same bytes.
 *
 * The TOC's page numbers and the page count are worked out by docx's layout estimator and written into the fields
 * (clean), so Word and LibreOffice show a filled TOC without asking to update fields. The exact estimator is tried
 * first; where it stops at something it cannot lay out exactly it leaves numbers blank, and the document is then
 * built again with its best-guess mode (about twice as slow, so not the default).
 */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  let zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocument(model, estimatePageNumbers)));
  if (await hasBlankPageNumbers(zip)) {
    zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocument(model, estimatePageNumbersWith({ guess: true }))));
  }
  return reproducible(zip, documentTimestamp(model.meta));
}
