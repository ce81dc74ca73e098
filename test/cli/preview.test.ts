import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { preview } from '../../src/cli/commands/preview.js';
import { main } from '../../src/cli/main.js';
import { copyFixture, edit } from '../helpers/fixtures.js';

interface Reply {
  status: number;
  type: string;
  body: string;
}

/** A request with the path exactly as given: no client normalises "..", so the server sees what an attacker sends. */
function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The preview's server-sent events: the document names, as they come. */
function listen(url: string): { names: string[]; close: () => void } {
  const names: string[] = [];
  const { hostname, port } = new URL(url);
  const req = request({ hostname, port, path: '/_hendelser' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      for (const m of chunk.matchAll(/^data: (.*)$/gm)) names.push(m[1]);
    });
  });
  req.on('error', () => {});
  req.end();
  return { names, close: () => req.destroy() };
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, ms = 45_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('styringsdok preview', () => {
  const dir = copyFixture();
  const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-preview-')), 'output');
  const stop = new AbortController();
  let url = '';
  let running: Promise<number>;

  beforeAll(async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const ready = new Promise<string>((resolve) => {
      running = preview(dir, out, { port: 0, signal: stop.signal, onReady: resolve });
    });
    url = await ready;
    await waitFor('the PDF and DOCX', async () => (await get(url, '/')).body.includes('dok.docx'));
  });

  afterAll(async () => {
    stop.abort();
    expect(await running).toBe(0);
    vi.restoreAllMocks();
  });

  it('lists the documents and serves each with its PDF and DOCX', async () => {
    const index = await get(url, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<a href="/dok.html">dok.html</a>');
    const page = await get(url, '/dok.html');
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<a href="/dok.pdf">dok.pdf</a>');
    expect(page.body).toMatch(/<h1 id="[^"]+"><span class="nr">1<\/span> /);
    // The reload script is preview's own: the written file has none.
    expect(page.body).toContain('new EventSource("/_hendelser")');
    expect(readFileSync(join(out, 'dok.html'), 'utf8')).not.toContain('<script');
    const pdf = await get(url, '/dok.pdf');
    expect([pdf.status, pdf.type, pdf.body.slice(0, 5)]).toEqual([200, 'application/pdf', '%PDF-']);
  });

  it('serves nothing outside the outputs', async () => {
    expect(existsSync(join(out, 'dok.html'))).toBe(true);
    const outside = [
      '/../package.json',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/.%2e/dok.html',
      '//etc/passwd',
      '/etc/passwd',
      `/${join(out, 'dok.html')}`,
      `/${encodeURIComponent(join(out, 'dok.html'))}`,
      '/dok.md',
      '/dok.html%00.pdf',
      '/%zz',
      '/brev.md',
      '/kapitler/innledning.md',
    ];
    for (const path of outside) expect([path, (await get(url, path)).status]).toEqual([path, 404]);
  });

  it('answers only requests for 127.0.0.1 or localhost', async () => {
    expect((await get(url, '/', { Host: 'angriper.example:80' })).status).toBe(403);
    expect((await get(url, '/', { Host: `localhost:${new URL(url).port}` })).status).toBe(200);
  });

  it('tells the pages about a change, then shows the new text, and the errors with file and line', async () => {
    const events = listen(url);
    try {
      await new Promise((r) => setTimeout(r, 100));
      edit(dir, 'kapitler/innledning.md', /\n(?=[^\n]*$)/, '\nEn ny setning fra forhåndsvisningstesten.\n');
      await waitFor('the event', () => events.names.includes('dok'));
      expect((await get(url, '/dok.html')).body).toContain('En ny setning fra forhåndsvisningstesten.');

      edit(dir, 'maal/2.md', 'nr: 2', 'nr: to');
      await waitFor('the error', async () => /maal\/2\.md:2:\d+: feil \(nr\)/.test((await get(url, '/dok.html')).body));
      const page = (await get(url, '/dok.html')).body;
      expect(page).toContain('class="feil"');
      // The last good version stays in view under the errors.
      expect(page).toContain('En ny setning fra forhåndsvisningstesten.');
      edit(dir, 'maal/2.md', 'nr: to', 'nr: 2');
      await waitFor('the fix', async () => !(await get(url, '/dok.html')).body.includes('class="feil"'));
    } finally {
      events.close();
    }
  });
});

describe('styringsdok preview on the command line', () => {
  it('needs one existing folder and a port number', async () => {
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    expect(await main(['preview'])).toBe(1);
    expect(await main(['preview', '.', '--port', 'åtti'])).toBe(1);
    expect(await main(['preview', join(tmpdir(), 'finnes-ikke-123')])).toBe(1);
    vi.restoreAllMocks();
    expect(err).toMatch(/preview trenger én mappe/);
    expect(err).toMatch(/--port må være et portnummer \(0–65535\), ikke «åtti»/);
    expect(err).toMatch(/finnes-ikke-123: feil: mappen finnes ikke/);
  });
});
