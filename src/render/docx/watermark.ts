import { AlignmentType, Paragraph, TextRun } from 'docx';

/** The draft's mark (UTKAST) as the first line of every page's header: Word keeps it out of the body text. */
export function watermarkParagraphs(watermark: string | undefined): Paragraph[] {
  if (!watermark) return [];
  return [new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [new TextRun({ text: watermark, bold: true, size: 24, color: 'C00000', characterSpacing: 60 })],
  })];
}
