import { getMeasurer, loadFaces, needsFallback } from '../../layout/fonts.js';
import { fallbackWidthPerPoint } from '../../core/fallbackFonts.js';
import { fontRuns } from '../../layout/fontRuns.js';
import type { DrawOp, LinkOp, TextOp, TocPageOp } from '../../layout/ops.js';
import { fallbackFontName } from './fonts.js';
import type { Tagger } from './tagger.js';
import { paintSvg } from './svgPainter.js';

type Doc = PDFKit.PDFDocument;

const LEADER_GAP = 3;

interface TextInternals {
  _fragment?: (text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions) => void;
}

/**
 * One line of text at a baseline, no wrapping. With the pinned pdfkit this calls its fragment writer directly: doc.text()
 * writes exactly the same but first copies its options and afterwards measures the text again only to advance doc.x,
 * which a positioned layout never reads.
 */
function drawText(doc: Doc, text: string, x: number, baseline: number, characterSpacing = 0): void {
  const options = { lineBreak: false, baseline: 'alphabetic', characterSpacing } as const;
  const fragment = (doc as unknown as TextInternals)._fragment;
  if (typeof fragment === 'function' && !text.includes('\n')) fragment.call(doc, text, x, baseline, options);
  else doc.text(text, x, baseline, options);
}

/** A text operation; text with characters Arimo lacks is drawn run by run, each run advancing by its measured width. */
function paintText(doc: Doc, op: TextOp): void {
  doc.fillColor(op.color);
  if (!needsFallback(op.text, op.font)) {
    doc.font(op.font).fontSize(op.size);
    drawText(doc, op.text, op.x, op.baseline, op.characterSpacing ?? 0);
    return;
  }
  const m = getMeasurer();
  let x = op.x;
  for (const run of fontRuns(loadFaces()[op.font].metrics.cmap, op.text)) {
    const width = m.width(run.text, op.font, op.size, op.characterSpacing);
    doc.font(run.fallback ? fallbackFontName(doc, run.fallback) : op.font).fontSize(op.size);
    if (run.fallback === 'arabic') drawRightToLeft(doc, run.text, x + width, op);
    else drawText(doc, run.text, x, op.baseline, op.characterSpacing ?? 0);
    x += width;
  }
}

/**
 * An Arabic run, word by word from its right end: fontkit shapes and orders each word right to left, but pdfkit lays
 * out a string one word at a time, left to right. The words stay in logical order in the content stream.
 */
function drawRightToLeft(doc: Doc, text: string, right: number, op: TextOp): void {
  let end = right;
  for (const word of text.split(/(\s+)/)) {
    if (word === '') continue;
    end -= fallbackWidthPerPoint('arabic', word) * op.size;
    if (word.trim() !== '') drawText(doc, word, end, op.baseline, op.characterSpacing ?? 0);
  }
}

/** Draws the dot leader and page number of a TOC entry, now that the heading's page is known. */
function paintTocPage(doc: Doc, op: TocPageOp, pageOf: ReadonlyMap<string, number>, tagger: Tagger): void {
  const page = pageOf.get(op.headingId);
  if (page === undefined) return;
  const m = getMeasurer();
  const number = String(page);
  const numberWidth = m.width(number, op.font, op.size);
  const dot = '.';
  const dotPitch = m.width('. ', 'regular', op.size);
  const leaderEnd = op.right - numberWidth - LEADER_GAP;
  const count = Math.floor((leaderEnd - op.leaderStart) / dotPitch);
  doc.fillColor(op.color);
  if (count > 0) {
    // Dots on a fixed grid from the right so the leaders of all entries line up.
    const first = leaderEnd - count * dotPitch;
    tagger.artifact('Layout');
    doc.font('regular').fontSize(op.size);
    drawText(doc, Array(count).fill(dot).join(' '), first, op.baseline);
  }
  tagger.begin(op.node);
  doc.font(op.font).fontSize(op.size);
  drawText(doc, number, op.right - numberWidth, op.baseline);
}

/** A link annotation's structure entry and alternate description (a PDF string, hence the String object). */
function linkOptions(op: LinkOp, tagger: Tagger): PDFKit.Mixins.AnnotationOption {
  return { ...tagger.annotationOptions(op.node), ...(op.label ? { Contents: new String(op.label) } : {}) } as PDFKit.Mixins.AnnotationOption;
}

/**
 * Paints operations, marking each as content of its structure node or as an artifact (furniture, which has no node,
 * and rules and backgrounds). The caller ends the open marked-content sequence (tagger.end) before the page ends.
 */
export function paintOps(doc: Doc, ops: DrawOp[], pageOf: ReadonlyMap<string, number>, tagger: Tagger): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'text':
        tagger.begin(op.node);
        paintText(doc, op);
        if (op.underline) {
          const width = getMeasurer().width(op.text.trimEnd(), op.font, op.size, op.characterSpacing);
          const y = op.baseline + op.size * 0.12;
          doc.save().lineWidth(0.5).strokeColor(op.color).moveTo(op.x, y).lineTo(op.x + width, y).stroke().restore();
        }
        break;
      case 'rect':
        tagger.artifact(op.node ? 'Layout' : 'Pagination');
        doc.save().rect(op.x, op.y, op.w, op.h).fill(op.fill).restore();
        break;
      case 'rule':
        tagger.artifact(op.node ? 'Layout' : 'Pagination');
        doc.save().lineWidth(op.width).strokeColor(op.color).moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).stroke().restore();
        break;
      case 'link':
        if (op.href.startsWith('#')) {
          if (!pageOf.has(op.href.slice(1))) break;
          doc.goTo(op.x, op.y, op.w, op.h, op.href.slice(1), linkOptions(op, tagger));
        } else {
          doc.link(op.x, op.y, op.w, op.h, op.href, linkOptions(op, tagger));
        }
        tagger.attachAnnotation(op.node);
        break;
      case 'dest':
        doc.addNamedDestination(op.name, 'XYZ', op.x, op.y, null);
        break;
      case 'tocPage':
        paintTocPage(doc, op, pageOf, tagger);
        break;
      case 'node':
        if (op.node) tagger.ensure(op.node);
        break;
      case 'watermark': {
        // An artifact, so the mark stays out of the text flow and the structure.
        tagger.artifact('Pagination');
        const width = getMeasurer().width(op.text, op.font, op.size, op.characterSpacing);
        doc.save().rotate(op.angle, { origin: [op.centreX, op.centreY] }).font(op.font).fontSize(op.size).fillColor(op.color);
        drawText(doc, op.text, op.centreX - width / 2, op.centreY + op.size * 0.35, op.characterSpacing);
        doc.restore();
        break;
      }
      case 'svg':
        tagger.begin(op.node);
        doc.save();
        paintSvg(doc, op);
        doc.restore();
        break;
    }
  }
}
