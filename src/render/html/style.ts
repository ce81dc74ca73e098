import type { PageFurniture } from '../../model/document.js';
import { BODY, COLORS, HEADINGS, PAGE, SMALL, SPACING, TABLE, TABLE_TEXT, TOC_TEXT, FURNITURE } from '../../layout/theme.js';
import { FONT_STACK } from './fonts.js';

const pt = (n: number) => `${+n.toFixed(2)}pt`;
const lineHeight = (style: { size: number; leading: number }) => +(style.leading / style.size).toFixed(3);

/** A CSS string literal; "<" escaped too, so that no text can close the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** "Side {side} av {sider}" as generated content: the page counters in place of the placeholders. */
function pageNumberContent(format: string): string {
  const parts = format.split(/(\{sider?\})/).filter(Boolean);
  return parts.map((part) => (part === '{side}' ? 'counter(page)' : part === '{sider}' ? 'counter(pages)' : cssString(part))).join(' ');
}

/** Print: A4 with the PDF's margins, its page numbers and its running header (not on the first page). */
function printCss(furniture: PageFurniture): string {
  const margins = [PAGE.marginTop, PAGE.marginRight, PAGE.marginBottom, PAGE.marginLeft].map(pt).join(' ');
  const furnitureFont = `font-family:${FONT_STACK};font-size:${pt(FURNITURE.size)};color:${COLORS.muted}`;
  const pageNumber = furniture.pageNumberFormat.trim() ? `@bottom-right{content:${pageNumberContent(furniture.pageNumberFormat)};${furnitureFont}}` : '';
  const header = furniture.header ? `@top-left{content:${cssString(furniture.header)};${furnitureFont}}` : '';
  return `@page{size:A4;margin:${margins};${pageNumber}${header}}
@page:first{@top-left{content:none}}
@media print{
body{background:none}
.ark{box-shadow:none;margin:0;padding:0;max-width:none}
.sideskift{break-after:page}
h1,h2,h3,h4,h5,h6{break-after:avoid}
tr,.signaturer,.merknad,.hold-sammen{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
}`;
}

/** The look of the PDF (src/render/pdf/theme.ts): sizes in points, the same colours, an A4 sheet on screen. */
export function styleCss(furniture: PageFurniture): string {
  const headings = Object.entries(HEADINGS).map(([level, h]) =>
    `h${level}{font-size:${pt(h.size)};line-height:${lineHeight(h)};margin:${pt(h.before)} 0 ${pt(h.after)};font-weight:700${h.italic ? ';font-style:italic' : ''}}`).join('\n');
  return `*,*::before,*::after{box-sizing:border-box}
html{font-family:${FONT_STACK};font-kerning:none;font-size:${pt(BODY.size)};line-height:${lineHeight(BODY)};color:${BODY.color}}
body{margin:0;background:#e6e8eb}
.ark{background:#fff;max-width:210mm;margin:24px auto;padding:${pt(PAGE.marginTop)} ${pt(PAGE.marginRight)} ${pt(PAGE.marginBottom)} ${pt(PAGE.marginLeft)};box-shadow:0 1px 6px rgba(0,0,0,.25)}
@media (max-width:210mm){.ark{margin:0;padding:16px}}
p{margin:0 0 ${pt(SPACING.paragraph)}}
${headings}
h5,h6{font-size:${pt(BODY.size)};margin:${pt(SPACING.block)} 0 0}
a{color:${COLORS.link}}
.nr{font-variant-numeric:tabular-nums}
ul,ol{margin:0 0 ${pt(SPACING.paragraph)};padding-left:${pt(SPACING.listIndent)}}
li>p{margin-bottom:${pt(SPACING.tightParagraph)}}
li>ul,li>ol{margin-bottom:0}
ul ul{list-style-type:"– "}
ul ul ul{list-style-type:circle}
.tabell{border-collapse:collapse;width:100%;margin:0 0 ${pt(SPACING.block)};font-size:${pt(TABLE_TEXT.size)};line-height:${lineHeight(TABLE_TEXT)}}
.tabell caption{text-align:left;font-weight:700;font-size:${pt(BODY.size)};padding-bottom:${pt(SPACING.tightParagraph)}}
.tabell th,.tabell td{padding:${pt(TABLE.padY)} ${pt(TABLE.padX)};text-align:left;vertical-align:top;border-bottom:${pt(TABLE.ruleWidth)} solid ${TABLE.rule};hyphens:manual;overflow-wrap:break-word}
.tabell thead th{background:${TABLE.headerFill};border-bottom:${pt(TABLE.headerRuleWidth)} solid ${TABLE.headerRule}}
.tabell tbody th{font-weight:400}
.tabell .r{text-align:right}
.tabell td.r{white-space:nowrap;overflow-wrap:normal}
.tabell .c{text-align:center}
.brevhode{margin-bottom:${pt(SPACING.block)}}
.avsender{text-align:center;text-transform:uppercase;letter-spacing:1.2pt;font-size:12pt;line-height:${+(16 / 12).toFixed(3)};margin-bottom:40pt}
.avsender p{margin:0}
.mottaker{margin-bottom:26pt}
.mottaker p{margin:0}
.referanser{margin-bottom:30pt}
.referanser table{table-layout:fixed}
.referanser thead th,.referanser tbody td{border:0;background:none;padding:0 8pt 0 0;line-height:1.3}
.referanser thead th{font-size:8pt;font-weight:400;color:${COLORS.muted}}
.referanser tbody td{font-size:10.5pt}
nav.innhold{margin-bottom:${pt(SPACING.block * 2)}}
nav.innhold ol{list-style:none;margin:0;padding:0;font-size:${pt(TOC_TEXT.size)};line-height:${lineHeight(TOC_TEXT)}}
nav.innhold ol ol{padding-left:16pt}
nav.innhold>ol>li{margin-top:4pt;font-weight:700}
nav.innhold ol ol li{font-weight:400}
nav.innhold a{color:inherit;text-decoration:none}
nav.innhold a:hover,nav.innhold a:focus{text-decoration:underline}
.signaturer{display:flex;flex-wrap:wrap;margin-top:${pt(BODY.leading)}}
.signaturer>:not(.signatar){flex:0 0 100%}
.signaturer>p:last-of-type{margin-bottom:${pt(BODY.leading)}}
.signatar{flex:1 1 0;max-width:50%;padding-right:12pt;margin-bottom:${pt(BODY.leading)}}
.signatar p{margin:0}
.merknad{font-size:${pt(SMALL.size)};line-height:${lineHeight(SMALL)};color:${SMALL.color};margin:${pt(SPACING.paragraph)} 0}
.merknad p{margin-bottom:4pt}
.fotnoter{margin-top:${pt(SPACING.block * 2)};padding-top:6pt;border-top:0.4pt solid ${COLORS.rule};font-size:${pt(SMALL.size)};line-height:${lineHeight(SMALL)};color:${SMALL.color}}
.fotnoter ol{margin:0;padding-left:16pt}
a[role=doc-noteref]{text-decoration:none}
.sideskift{height:0}
.sidefot{display:flex;gap:10pt;margin-top:${pt(SPACING.block * 3)};padding-top:6pt;border-top:0.4pt solid ${COLORS.rule};font-size:${pt(FURNITURE.firstPageFooterSize)};line-height:${lineHeight({ size: FURNITURE.firstPageFooterSize, leading: FURNITURE.firstPageFooterLeading })}}
.sidefot p{flex:1 1 0;margin:0}
${printCss(furniture)}`;
}
