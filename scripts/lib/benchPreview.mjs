// For scripts/bench.mjs: how long a writer waits in `styringsdok preview` from saving a one-line change to seeing it.
// In headless Chromium when it is installed (the time until the open page's DOM has the new text), otherwise with a
// plain client of the server-sent events (the time until the server serves the new HTML).
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function fetchText(url) {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    }).on('error', reject).end();
  });
}

/** Starts preview and returns its address once it listens, with a way to stop it. */
async function startPreview(nodeArgs) {
  const child = spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('close', resolve));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview startet ikke:\n${stderr.slice(-2000)}`)), 120_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = /Forhåndsvisning: (http:\/\/\S+)/.exec(stdout);
      if (m) (clearTimeout(timer), resolve(m[1]));
    });
  });
  return { url, stop: async () => (child.kill('SIGINT'), await exited) };
}

/** Waits until `ready()` is true: the first build, and the PDF and DOCX of the previous change, are done. */
async function until(ready, what, ms = 120_000) {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`preview: ventet forgjeves på ${what}`);
    await sleep(50);
  }
}

/**
 * `changes` times: waits until the PDF and DOCX of the previous change are written, then appends a numbered line to
 * `file` and measures until the page shows it. Returns the median and the slowest, in seconds, and how it was measured.
 */
export async function timePreview(nodeArgs, file, page, { changes = 20 } = {}) {
  const preview = await startPreview(nodeArgs);
  const pageUrl = new URL(page, preview.url).href;
  const original = readFileSync(file, 'utf8');
  const browser = await launchChromium();
  const settled = async () => {
    const html = await fetchText(pageUrl);
    return html.includes('.pdf"') && !html.includes('bygges …');
  };
  const times = [];
  try {
    await until(settled, 'første bygging');
    const tab = browser ? await browser.newPage() : undefined;
    if (tab) await tab.goto(pageUrl);
    for (let i = 1; i <= changes; i++) {
      await until(settled, 'PDF og DOCX');
      await sleep(100);
      const marker = `En endret linje nummer ${i}.`;
      let seen;
      if (tab) {
        // The page notes the moment its DOM has the new text; the same clock as this process's Date.now().
        seen = tab.evaluate((text) => new Promise((resolve) => {
          const check = () => document.querySelector('main')?.textContent?.includes(text) && (observer.disconnect(), resolve(Date.now()));
          const observer = new MutationObserver(check);
          observer.observe(document, { childList: true, subtree: true, characterData: true });
        }), marker);
        await sleep(20); // the observer is in place before the change
      } else {
        seen = (async () => {
          await until(async () => (await fetchText(pageUrl)).includes(marker), 'den nye teksten', 60_000);
          return Date.now();
        })();
      }
      const start = Date.now();
      writeFileSync(file, `${original.trimEnd()}\n${marker}\n`);
      times.push(((await seen) - start) / 1000);
    }
  } finally {
    writeFileSync(file, original);
    await browser?.close();
    await preview.stop();
  }
  return { median: median(times), max: Math.max(...times), changes, measuredIn: browser ? 'chromium' : 'http' };
}
