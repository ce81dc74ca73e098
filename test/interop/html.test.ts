import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { preview } from '../../src/cli/commands/preview.js';
import { main } from '../../src/cli/main.js';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { copyFixture, edit } from '../helpers/fixtures.js';

// The HTML as readers and assistive technology get it: in Debian's Chromium, checked with axe-core against
// WCAG 2.1 A and AA, and preview's live update seen in the browser's DOM.
const CONTENT = join(import.meta.dirname, '../../content');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'styringsdok-interop-html-'));
let browser: Browser;

type Axe = { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> };

/** axe-core's WCAG 2.1 A and AA violations on the open page, one line each. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (tags) => {
    const { violations: found } = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
  }, WCAG_21_AA);
}

/** Every .html file below `dir`, as paths relative to it. */
const htmlFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();

function quiet(): void {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
}

beforeAll(async () => {
  quiet();
  try {
    expect(await main(['build', CONTENT, '--out', out, '--format', 'html'])).toBe(0);
  } finally {
    vi.restoreAllMocks();
  }
  const launched = await launchChromium();
  if (!launched) throw new Error('Chromium mangler: kjør «npm run test:interop», som installerer Debian-pakken chromium');
  browser = launched;
});

afterAll(async () => {
  await browser?.close();
});

describe('the examples in Chromium', () => {
  it('builds the HTML of every example, the årsrapport publication versions too', () => {
    expect(htmlFiles(out)).toEqual([
      'imdi-2020/arsrapport-publisering.html', 'imdi-2020/arsrapport.html',
      'imdi-2023/arsrapport-publisering.html', 'imdi-2023/arsrapport.html', 'imdi-2023/halvarsrapport.html', 'imdi-2023/tildelingsbrev.html',
      'imdi-2023/tillegg-1.html', 'imdi-2024/tildelingsbrev.html', 'kd-hkdir-2024/tildelingsbrev.html',
    ]);
  });

  it('has no WCAG 2.1 A or AA violation in any of them, and sets the text in the embedded Arimo', async () => {
    for (const file of htmlFiles(out)) {
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: 'load' });
        expect([file, await violations(page)]).toEqual([file, []]);
        const result = await page.evaluate(async () => {
          await document.fonts.ready;
          const loaded = [...document.fonts].filter((f) => f.family === 'Arimo' && f.status === 'loaded').map((f) => `${f.weight} ${f.style}`);
          return { loaded, h1: document.querySelector('main h1')?.textContent };
        });
        expect(result.loaded).toEqual(expect.arrayContaining(['400 normal', '700 normal']));
        expect(result.h1).toBeTruthy();
      } finally {
        await page.close();
      }
    }
  });

  it('prints on A4 pages', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(out, 'imdi-2023/tildelingsbrev.html')).href);
      const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true }));
      const text = pdf.toString('latin1');
      const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
      expect(Number(box?.[1])).toBeCloseTo(595.28, 0);
      expect(Number(box?.[2])).toBeCloseTo(841.89, 0);
      expect(text.match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });
});

describe('preview in Chromium', () => {
  it('shows a saved change in the open page, and the errors of a broken file, without reloading; its pages pass axe too', async () => {
    const dir = copyFixture();
    const stop = new AbortController();
    quiet();
    let running: Promise<number> | undefined;
    try {
      const url = await new Promise<string>((resolve) => {
        running = preview(dir, join(mkdtempSync(join(tmpdir(), 'styringsdok-interop-preview-')), 'output'), { port: 0, signal: stop.signal, onReady: resolve });
      });
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForSelector('a[href="/dok.html"]');
      expect(await violations(page)).toEqual([]);
      await page.goto(`${url}dok.html`);
      expect(await violations(page)).toEqual([]);
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

      edit(dir, 'kapitler/innledning.md', /\n(?=[^\n]*$)/, '\nEn ny setning sett i nettleseren.\n');
      await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('En ny setning sett i nettleseren.'), { timeout: 20_000 });

      edit(dir, 'maal/2.md', 'nr: 2', 'nr: to');
      await page.waitForFunction(() => /maal\/2\.md:2:\d+: feil/.test(document.querySelector('.sd-panel')?.textContent ?? ''), { timeout: 20_000 });
      // The page was updated in place: the script's state is still there, and so is the last good text.
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      expect(await page.evaluate(() => document.querySelector('main')?.textContent?.includes('En ny setning sett i nettleseren.'))).toBe(true);
      await page.close();
    } finally {
      stop.abort();
      expect(await running).toBe(0);
      vi.restoreAllMocks();
    }
  });
});
