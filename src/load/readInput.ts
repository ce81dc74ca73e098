import { readFileSync, statSync } from 'node:fs';
import { FileSystemError, onPath } from './fileSystemError.js';

/** Far above any steering document (the 2023 letter is about 0,3 MB). */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/**
 * Reads a file named on the command line (a PDF, a certificate). Only a regular file of at most `maxBytes`:
 * reading a device or a pipe (/dev/zero, a FIFO) would never end, and a huge file would fill the memory.
 */
export function readInput(path: string, maxBytes: number): Buffer {
  const stat = onPath(path, 'lese', () => statSync(path));
  if (stat.isDirectory()) throw new FileSystemError(path, 'kan ikke lese den: det er en mappe, ikke en fil', 'Oppgi en fil, ikke en mappe.', 'EISDIR');
  if (!stat.isFile()) throw new FileSystemError(path, 'kan ikke lese den: det er ikke en vanlig fil (men for eksempel en enhet eller et rør)', 'Oppgi en vanlig fil.', 'EINVAL');
  if (stat.size > maxBytes) throw new FileSystemError(path, `kan ikke lese den: filen er på ${Math.ceil(stat.size / 1024 / 1024)} MB; største tillatte størrelse er ${maxBytes / 1024 / 1024} MB`, 'Sjekk at dette er riktig fil.', 'EFBIG');
  return onPath(path, 'lese', () => readFileSync(path));
}
