import { Document, Packer } from 'docx';
import type { DocumentModel } from '../../model/document.js';
import { BodyRenderer } from './blocks.js';
import { sectionFurniture } from './furniture.js';
import { coreProperties, documentTimestamp } from './metadata.js';
import { PAGE } from './page.js';
import { sharedPageNumbers } from './pageNumbers.js';
import { reproducible, type PackageFiles } from './reproducible.js';
import { documentStyles, tableStylesXml } from './styles.js';

function buildDocument(model: DocumentModel): Document {
  const body = new BodyRenderer(model.blocks);
  const children = body.body(model.blocks);
  const furniture = sectionFurniture(model.furniture);
  return new Document({
    ...coreProperties(model.meta),
    externalStyles: tableStylesXml(),
    styles: documentStyles(model.meta.language),
    numbering: body.numbering.config(),
    pageNumbers: sharedPageNumbers(model, body.anchors),
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
 * The package's parts as docx's Packer compiles them before zipping (its static `compiler`, pinned docx 9.15): they
 * are zipped once, by `reproducible`, instead of zipped, unzipped and zipped again. Falls back to Packer's zip.
 */
function compile(file: Document): PackageFiles | Promise<PackageFiles> {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile === 'function') return compiler.compile(file);
  return Packer.toBuffer(file).then(async (buffer) => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(buffer);
    const files = new Map<string, Uint8Array>();
    for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
    return files;
  });
}

/**
 * Renders the document model to DOCX. The same model always gives the same bytes. The TOC's page numbers and the page
 * count are those of the shared pagination (see pageNumbers.ts), written into the fields clean.
 */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  return reproducible(await compile(buildDocument(model)), documentTimestamp(model.meta));
}
