import type { DocumentMeta, DocumentModel, PageFurniture } from '../model/document.js';
import { PlacedBlocks, type BlockBuilders } from './blocks.js';
import { markdownToBlocks } from './markdownToModel.js';
import { neutralizeMarkdown } from './markdownText.js';
import { numberFootnotes } from './numberFootnotes.js';
import { numberHeadings } from './numberHeadings.js';
import { resolveChapterReferences } from './chapterReferences.js';
import type { Templates } from './templates.js';

/** What a document kind hands to composeDocument: its templates and view, its generated blocks, its furniture. */
export interface DocumentParts {
  templates: Templates;
  /** What the templates read. */
  view: object;
  /** The kind's fixed texts in the document's language (`@tekst` in templates). */
  texts: Record<string, string>;
  blocks: BlockBuilders;
  meta: DocumentMeta;
  furniture: PageFurniture;
  /** The table of contents' title in the document's language. */
  tocTitle: string;
}

/**
 * Every kind's compose step: the templates write the prose and place the generated blocks; the Markdown
 * is parsed into the model with the blocks put in place, and the headings and footnotes are numbered.
 */
export function composeDocument(parts: DocumentParts): DocumentModel {
  const placed = new PlacedBlocks(parts.blocks);
  // Neutralized before anything reads it, so raw HTML and unsafe links are text in every output.
  const markdown = neutralizeMarkdown(tidy(parts.templates.render('dokument', parts.view, parts.texts, placed)));
  return { meta: parts.meta, furniture: parts.furniture, blocks: numberFootnotes(resolveChapterReferences(numberHeadings(markdownToBlocks(markdown, placed, parts.tocTitle)))) };
}

/** Collapses the blank lines that template control lines leave behind. */
function tidy(markdown: string): string {
  return `${markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
