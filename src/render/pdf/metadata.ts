import { createHash } from 'node:crypto';
import type { DocumentModel } from '../../model/document.js';

const CREATOR = 'Styringsdok';
const PRODUCER = 'Styringsdok (PDFKit)';

/** The document's own date (noon UTC), so that builds are reproducible. */
function documentDate(model: DocumentModel): Date {
  const date = new Date(`${model.meta.date}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/**
 * Document info and conformance: PDF/A-2a (pdfkit adds the pdfaid XMP entries and the sRGB output intent with its ICC
 * profile) and PDF/UA-1 (see PDF_UA), tagged (structure tree, MarkInfo), document language and title shown in the
 * viewer's title bar.
 */
export function documentOptions(model: DocumentModel): PDFKit.PDFDocumentOptions {
  const stamp = documentDate(model);
  return {
    autoFirstPage: false,
    // No default font: pdfkit would read and parse Helvetica's metrics for every document (a tenth of a batch
    // worker's time) though nothing is drawn in it; registerFonts sets the document's fonts.
    font: null as unknown as string,
    size: 'A4',
    margin: 0,
    lang: model.meta.language,
    displayTitle: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    info: {
      Title: model.meta.title,
      Author: model.meta.author,
      ...(model.meta.subject ? { Subject: model.meta.subject } : {}),
      ...(model.meta.keywords?.length ? { Keywords: model.meta.keywords.join(', ') } : {}),
      Creator: CREATOR,
      Producer: PRODUCER,
      CreationDate: stamp,
      ModDate: stamp,
    },
  };
}

/**
 * pdfkit derives the file /ID from the info dictionary only, so two different documents with the same metadata would
 * share an ID. Derive it from the whole model instead (still deterministic).
 */
export function setFileId(doc: PDFKit.PDFDocument, model: DocumentModel): void {
  const id = createHash('sha256').update(JSON.stringify(model)).digest().subarray(0, 16);
  (doc as unknown as { _id: Buffer })._id = id;
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);

/**
 * The XMP properties that mirror the document info (PDF/A requires them to agree) plus dc:language. Replaces pdfkit's
 * own, which does not escape XML, gives the Creator as pdf:Producer and leaves out xmp:ModifyDate.
 */
export function xmpInfo(model: DocumentModel): string {
  const { meta } = model;
  const date = documentDate(model).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${CREATOR}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    ...(meta.subject ? [`<dc:description>${alt(meta.subject)}</dc:description>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(meta.language)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${PRODUCER}</pdf:Producer>`,
    ...(meta.keywords?.length ? [`<pdf:Keywords>${escapeXml(meta.keywords.join(', '))}</pdf:Keywords>`] : []),
    '</rdf:Description>',
    ...PDF_UA,
  ].join('\n');
}

/**
 * PDF/UA-1 identification. pdfkit writes either pdfaid or pdfuaid, never both, so it is added here; PDF/A allows the
 * pdfuaid namespace only with an extension schema that describes it.
 */
const PDF_UA = [
  '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"'
    + ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
  '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
  '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
  '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
  '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
  '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
  '<pdfaProperty:name>part</pdfaProperty:name>',
  '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
  '<pdfaProperty:category>internal</pdfaProperty:category>',
  '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
  '</rdf:li></rdf:Seq></pdfaSchema:property>',
  '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
  '</rdf:Description>',
  '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
  '<pdfuaid:part>1</pdfuaid:part>',
  '</rdf:Description>',
];

/** Makes pdfkit write xmpInfo instead of its own info properties into the XMP packet (the pdfaid entries stay its own). */
export function setXmpInfo(doc: PDFKit.PDFDocument, model: DocumentModel): void {
  const internals = doc as unknown as MetadataInternals;
  internals._addInfo = () => internals.appendXML(xmpInfo(model));
  internals.endMetadata = () => writeMetadataStream(internals);
}

interface MetadataInternals {
  _addInfo(): void;
  appendXML(xml: string): void;
  endMetadata(): void;
  metadata: { end(): void; getXML(): string };
  ref(data: object): PDFKit.PDFKitReference & { compress: boolean; write(data: Buffer): void; end(): void };
  _root: { data: { Metadata?: unknown } };
}

/** pdfkit's own endMetadata, except that it also puts a lowercase /length beside the /Length the stream gets. */
function writeMetadataStream(doc: MetadataInternals): void {
  doc._addInfo();
  doc.metadata.end();
  const ref = doc.ref({ Type: 'Metadata', Subtype: 'XML' });
  ref.compress = false;
  ref.write(Buffer.from(doc.metadata.getXML(), 'utf-8'));
  ref.end();
  doc._root.data.Metadata = ref;
}
