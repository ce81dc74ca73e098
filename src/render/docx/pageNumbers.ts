import type JSZip from 'jszip';

/** A PAGEREF (TOC entry) or NUMPAGES field, up to its end, capturing what follows the instruction. */
const FIELD = /<w:instrText[^>]*>\s*(?:PAGEREF|NUMPAGES)\b[^<]*<\/w:instrText>([\s\S]*?)<w:fldChar w:fldCharType="end"\/>/g;

/**
 * Whether docx's page-number estimator left any page reference or page count blank, which it does from the first
 * thing it cannot lay out exactly (e.g. a character missing from its width tables).
 */
export async function hasBlankPageNumbers(zip: JSZip): Promise<boolean> {
  const parts = Object.keys(zip.files).filter((name) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(name));
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    for (const [, rest] of xml.matchAll(FIELD)) {
      const result = rest.split('w:fldCharType="separate"')[1] ?? '';
      if (!/<w:t(?:\s[^>]*)?>[^<]+<\/w:t>/.test(result)) return true;
    }
  }
  return false;
}
