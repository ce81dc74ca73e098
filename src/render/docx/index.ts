import { Document, Packer } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { DocumentModel } from '../../model/document.js';
import { BodyRenderer } from './blocks.js';
import { sectionFurniture } from './furniture.js';
import { coreProperties, documentTimestamp } from './metadata.js';
import { PAGE } from './page.js';
import { reproducible } from './reproducible.js';
import { documentStyles, tableStylesXml } from './styles.js';

/**
 * Renders the document model to DOCX. The same model always gives the same bytes.
 *
 * Page numbers of the table of contents and the page count are worked out by docx's layout estimator and
 * written into the fields (clean), so Word and LibreOffice show a filled TOC without asking to update fields.
 * `guess: true` keeps numbers coming where the estimator meets something it cannot lay out exactly.
 */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const body = new BodyRenderer(model.blocks);
  const children = body.body(model.blocks);
  const furniture = sectionFurniture(model.furniture);
  const doc = new Document({
    ...coreProperties(model.meta),
    externalStyles: tableStylesXml(),
    styles: documentStyles(model.meta.language),
    numbering: body.numbering.config(),
    pageNumbers: estimatePageNumbersWith({ guess: true }),
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
  return reproducible(await Packer.toBuffer(doc), documentTimestamp(model.meta));
}
