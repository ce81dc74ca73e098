import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCUMENTS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchor(m[1])));
}

/** The relative links of a Markdown file (outside code blocks): target file and optional anchor. */
function linksOf(file: string): Array<{ target: string; hash?: string }> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((href) => !/^[a-z]+:/i.test(href))
    .map((href) => {
      const [path, hash] = href.split('#');
      return { target: path ? resolve(dirname(file), path) : file, hash };
    });
}

function brokenLinks(file: string): string[] {
  return linksOf(file)
    .filter(({ target, hash }) => !existsSync(target) || (hash !== undefined && target.endsWith('.md') && !anchorsOf(target).has(hash)))
    .map(({ target, hash }) => `${basename(target)}${hash ? `#${hash}` : ''}`);
}

describe('links in README.md and docs/', () => {
  it.each(DOCUMENTS)('every relative link in %s resolves, anchors included', (doc) => {
    expect(brokenLinks(join(ROOT, doc))).toEqual([]);
  });

  it('finds a missing file and a missing anchor, and accepts a heading with Norwegian letters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lenker-'));
    writeFileSync(join(dir, 'a.md'), '# Faste tekster på bokmål\n\n[ok](#faste-tekster-på-bokmål) [x](b.md) [y](#finnes-ikke) [z](a.md#faste-tekster-på-bokmål)\n');
    expect(brokenLinks(join(dir, 'a.md'))).toEqual(['b.md', 'a.md#finnes-ikke']);
  });
});
