import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { isInside } from '../load/paths.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { checkFootnotes } from './footnoteChecks.js';
import { checkGlyphs } from './glyphChecks.js';

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/** Lists in lists beyond this cannot be numbered in a DOCX (Word's nine list levels). */
export const MAX_LIST_DEPTH = 9;
/** Text that might hold lists nested MAX_LIST_DEPTH deep: ten list or quote markers, or deep indentation, before the text on a line. */
const MAY_NEST_DEEP = /^(?:[ \t]*(?:[-*+>]|\d+[.)])[ \t]*){10}|^ {18,}\S/m;

/** A reader that keeps everything the author wrote (links of any kind, images, HTML), so it can be checked. */
const reader = new MarkdownIt('default', { html: true, linkify: false });
reader.validateLink = () => true;

export interface MarkdownPlace {
  /** Path shown to the user. */
  file: string;
  /** Absolute path of the file the text is in (images are relative to it). */
  path: string;
  /** The document folder: nothing may be taken from outside it. */
  dir: string;
  /** File line of the text's first line. */
  line: number;
  field?: string;
}

/**
 * Checks the author's Markdown for what the documents cannot or must not contain: images (not supported;
 * one outside the document folder is refused outright), raw HTML and links other than http(s), mailto and
 * # anchors (both shown as plain text: warned about, so the author knows), footnote references without a note, and
 * characters no font has.
 */
export function checkMarkdown(text: string, place: MarkdownPlace): Diagnostic[] {
  const glyphs = checkGlyphs(text, place);
  if (!/[<\]:]/.test(text)) return glyphs;
  const lines = text.split('\n');
  const out: Diagnostic[] = [];
  const locate = (needle: string, map: [number, number] | null | undefined) => {
    const [from, to] = map ?? [0, lines.length];
    for (const range of [[from, to], [0, lines.length]]) {
      for (let k = range[0]; k < range[1]; k++) {
        const col = lines[k]?.indexOf(needle) ?? -1;
        if (col >= 0) return { line: place.line + k, col: col + 1 };
      }
    }
    return { line: place.line + from, col: 1 };
  };
  const add = (severity: Diagnostic['severity'], needle: string, map: [number, number] | null | undefined, message: string, hint: string) =>
    out.push({ severity, file: place.file, ...locate(needle, map), field: place.field, message, hint });
  const visit = (tokens: Token[], map?: [number, number] | null) => {
    for (const t of tokens) {
      const here = (t.map as [number, number] | null) ?? map;
      if (t.type === 'link_open') {
        const href = t.attrGet('href') ?? '';
        if (!SAFE_LINK.test(href)) {
          add('advarsel', href, here, `lenken «${short(href)}» er ikke tillatt og vises som vanlig tekst`, 'Bare lenker som begynner med https://, http:// eller mailto: blir lenker i dokumentet.');
        }
      } else if (t.type === 'image') {
        const src = t.attrGet('src') ?? '';
        const outside = !/^[a-z][a-z0-9+.-]*:/i.test(src) && (isAbsolute(src) || !isInside(place.dir, resolve(dirname(place.path), safeDecode(src))));
        if (outside) add('feil', src, here, `bildet «${short(src)}» ligger utenfor dokumentmappen`, 'Bilder kan ikke hentes fra utenfor dokumentmappen. Fjern bildet.');
        else add('feil', src, here, `bilder kan ikke brukes i teksten ennå (fant bildet «${short(src)}»)`, 'Fjern bildet, eller beskriv innholdet med tekst eller en tabell. Uten denne feilen ville bildet blitt borte fra brevet uten varsel.');
      } else if (t.type === 'html_block' || t.type === 'html_inline') {
        const tag = /<\/?[a-zA-Z!?][^>\s]*/.exec(t.content)?.[0] ?? t.content.trim();
        if (!/^<\//.test(tag)) add('advarsel', tag, here, `HTML-koden «${short(t.content.trim())}» vises som vanlig tekst`, 'Skriv formatering med Markdown (for eksempel **fet** og [lenketekst](https://…)), ikke HTML.');
      }
      if (t.children) visit(t.children, here);
    }
  };
  visit(reader.parse(text, {}));
  return [...glyphs, ...out, ...checkFootnotes(text, place)];
}

/** Lists nested deeper than MAX_LIST_DEPTH, which no DOCX can hold: one error, at the first list too deep. */
export function checkListDepth(text: string, place: Omit<MarkdownPlace, 'path' | 'dir'>): Diagnostic[] {
  if (!MAY_NEST_DEEP.test(text)) return [];
  let lists = 0;
  for (const t of reader.parse(text, {})) {
    if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') lists--;
    else if ((t.type === 'bullet_list_open' || t.type === 'ordered_list_open') && ++lists > MAX_LIST_DEPTH) {
      return [{ severity: 'feil', file: place.file, line: place.line + (t.map?.[0] ?? 0), col: 1, field: place.field, message: `listen er nestet ${lists} nivåer dypt; Word tillater høyst ${MAX_LIST_DEPTH}`, hint: 'Gjør listen flatere, for eksempel med underoverskrifter i stedet for lister i lister.' }];
    }
  }
  return [];
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 60)}…` : one;
}

