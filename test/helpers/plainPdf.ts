import PDFDocument from 'pdfkit';

/** A small PDF made straight with pdfkit, so signing tests do not depend on the renderer. */
export function plainPdf(text = 'Tildelingsbrev til test'): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}
