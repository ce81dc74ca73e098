import { ZipFile } from 'yazl';

/**
 * A zip archive of the entries, in order, deflated with node:zlib and every entry stamped with one date, so
 * the same entries always give the same bytes.
 */
export function zipEntries(entries: Iterable<[string, string | Uint8Array]>, date: Date): Promise<Buffer> {
  // yazl writes the MS-DOS timestamps from local time; a date whose local fields are the UTC fields of `date`
  // makes the bytes the same in every time zone.
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
  const zip = new ZipFile();
  for (const [name, content] of entries) {
    zip.addBuffer(Buffer.from(content), name, { mtime, forceDosTimestamp: true, compressionLevel: 6 });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
