import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { EVENTS_PATH } from './previewPages.js';

/** What an address leads to: a page made now, a file written by the build, or nothing (404). */
export type Served = { page: () => Promise<string> } | { file: string } | undefined;

export interface PreviewServer {
  url: string;
  /** Tells the open pages that a document has been built again. */
  notify(name: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The path of a request as sent, decoded; undefined when it cannot be decoded or has a "." or ".." segment. Not
 * normalised as a URL would be: a path that needs normalising is not one of the addresses preview gives out.
 */
function requestPath(req: IncomingMessage): string | undefined {
  try {
    const path = decodeURIComponent((req.url ?? '/').replace(/[?#].*$/s, ''));
    return path.split(/[/\\]/).some((segment) => segment === '.' || segment === '..') ? undefined : path;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

const notFound = (res: ServerResponse) => send(res, 404, 'text/plain; charset=utf-8', 'Finnes ikke.\n');

/**
 * Serves preview on 127.0.0.1 only. `lookup` decides what each address is: it knows only the documents' outputs, so
 * any other path (with "..", encoded or not, or absolute) is simply not found. Requests naming another host are
 * refused, so that a web page cannot reach the preview through a name that points to this machine.
 */
export function startPreviewServer(port: number, lookup: (path: string) => Served): Promise<PreviewServer> {
  const listeners = new Set<ServerResponse>();
  let hosts = new Set<string>();
  const server = createServer(async (req, res) => {
    if (!hosts.has(req.headers.host ?? '')) return send(res, 403, 'text/plain; charset=utf-8', 'Forhåndsvisningen svarer bare på 127.0.0.1 og localhost.\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Bare GET.\n');
    const path = requestPath(req);
    if (path === EVENTS_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': tilkoblet\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    const served = path === undefined ? undefined : lookup(path);
    try {
      if (!served) return notFound(res);
      if ('page' in served) return send(res, 200, 'text/html; charset=utf-8', await served.page());
      return send(res, 200, TYPES[extname(served.file)] ?? 'application/octet-stream', await readFile(served.file));
    } catch {
      // The file went away between the build and the request (a build under way replaces it).
      notFound(res);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      hosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        notify: (name) => {
          for (const res of listeners) res.write(`data: ${name.replace(/\n/g, ' ')}\n\n`);
        },
        close: () => new Promise<void>((done) => {
          for (const res of listeners) res.end();
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}
