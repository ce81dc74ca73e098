import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAndWrite } from '../../src/build/buildDocument.js';
import { DocxWorker } from '../../src/build/docxWorker.js';
import { checkDocument, composeChecked } from '../../src/documents.js';
import type { DocumentModel } from '../../src/model/document.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { docxParts, part, textOf } from '../helpers/docxXml.js';
import { SMALL_LETTER } from '../helpers/fixtures.js';

const { composed } = composeChecked(await checkDocument(SMALL_LETTER));
const model = composed!.model;
const workers: DocxWorker[] = [];
afterAll(() => Promise.all(workers.map((w) => w.close())));
const started = () => {
  const worker = new DocxWorker();
  workers.push(worker);
  return worker;
};

describe('DocxWorker (watch renders the DOCX in a worker thread while the PDF renders in the main thread)', () => {
  it('renders the same bytes as the main thread, and renderAndWrite writes them next to the PDF', async () => {
    const worker = started();
    const here = Buffer.from(await renderDocx(model));
    expect(Buffer.from(await worker.render(model)).equals(here)).toBe(true);

    const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-docxworker-')), 'dok');
    const written = await renderAndWrite(composed!, out, ['docx', 'pdf', 'md'], undefined, worker.render);
    expect(written).toEqual([`${out}.docx`, `${out}.pdf`, `${out}.md`]);
    expect(readFileSync(`${out}.docx`).equals(here)).toBe(true);
    expect(textOf(part(await docxParts(readFileSync(`${out}.docx`)), 'word/document.xml'))).toContain('Tildeling av midler');
    expect(readFileSync(`${out}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a render the worker cannot finish (it is stopped) is rendered in this thread, as are later ones', async () => {
    const worker = started();
    const here = Buffer.from(await renderDocx(model));
    const pending = worker.render(model);
    await worker.close();
    expect(Buffer.from(await pending).equals(here)).toBe(true);
    expect(Buffer.from(await worker.render(model)).equals(here)).toBe(true);
  });

  it("an error in the rendering itself fails the render with the worker's stack trace", async () => {
    const worker = started();
    const broken = { ...model, blocks: [{ type: 'table', align: [], widths: [], head: [], body: null }] } as unknown as DocumentModel;
    await expect(worker.render(broken)).rejects.toThrow(/TypeError[\s\S]*at /);
  });
});
