import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { parseMarkdownFile } from './frontMatter.js';
import { parseOnce } from './parseCache.js';
import { fileSystemError, isErrnoError } from './fileSystemError.js';
import { displayPath, isInside } from './paths.js';
import { readText } from './readText.js';
import { parseYaml, type YamlSource } from './yamlSource.js';

/** One content file after loading: its YAML (front matter or whole file) with positions, and its Markdown body. */
export interface ContentFile {
  /** Path inside the document folder, with forward slashes: "oppdrag/2023-01.md". */
  name: string;
  /** Path as shown to the user. */
  file: string;
  yaml: YamlSource;
  body: string;
  bodyLine: number;
}

export interface LoadedFolder {
  dir: string;
  files: Map<string, ContentFile>;
  /** Template overrides in the folder's maler/: template name → absolute path. */
  templates: Map<string, string>;
  /** Content files that exist but could not be read or parsed (their diagnostics say why). */
  unreadable: Set<string>;
  diagnostics: Diagnostic[];
}

const TEMPLATE_FOLDER = 'maler';
/** All of a document's text together: ten times the largest content file, far above any real document. */
export const MAX_DOCUMENT_CHARS = 50 * 1024 * 1024;
/** Files the program reads from a document folder. */
const CONTENT_NAME = /\.(md|ya?ml|hbs)$/;

/** Reads every Markdown and YAML file of a document folder; all problems are collected, none thrown. */
export function loadFolder(dir: string): LoadedFolder {
  const result: LoadedFolder = { dir, files: new Map(), templates: new Map(), unreadable: new Set(), diagnostics: [] };
  let kind;
  try {
    kind = statSync(dir, { throwIfNoEntry: false });
  } catch (e) {
    if (!isErrnoError(e)) throw e;
    result.diagnostics.push(fileSystemError(e, dir, 'lese').toDiagnostic());
    return result;
  }
  if (!kind?.isDirectory()) {
    result.diagnostics.push({ severity: 'feil', file: displayPath(dir), line: 0, col: 0, message: kind ? 'dette er en fil, ikke en mappe' : 'mappen finnes ikke', hint: 'Oppgi mappen som inneholder dokumentets brev.md eller rapport.md.' });
    return result;
  }
  let total = 0;
  for (const path of walk(dir, realpathSync(dir), result.diagnostics)) {
    const name = relative(dir, path).split(sep).join('/');
    if (name.startsWith(`${TEMPLATE_FOLDER}/`)) {
      if (name.endsWith('.hbs')) result.templates.set(name.slice(TEMPLATE_FOLDER.length + 1, -'.hbs'.length), path);
      continue;
    }
    if (!name.endsWith('.md') && !/\.ya?ml$/.test(name)) continue;
    const text = readText(path);
    if (!text.ok) {
      result.diagnostics.push(text.diagnostic);
      result.unreadable.add(name);
      continue;
    }
    total += text.text.length;
    if (total > MAX_DOCUMENT_CHARS) {
      result.diagnostics.push({ severity: 'feil', file: displayPath(dir), line: 0, col: 0, message: `innholdsfilene i mappen er til sammen på mer enn ${MAX_DOCUMENT_CHARS / 1024 / 1024} MB tekst; resten leses ikke`, hint: 'Sjekk at mappen bare inneholder dokumentets egne filer (ikke for eksempel eksporter eller kopier av andre dokumenter).' });
      break;
    }
    addText(result, name, displayPath(path), text.text);
  }
  return result;
}

/**
 * Loads content given as texts (name inside the folder → text) instead of files on disk: the same parsing
 * as loadFolder, for tests and tools that generate content.
 */
export function loadTexts(dir: string, texts: Iterable<[string, string]>): LoadedFolder {
  const result: LoadedFolder = { dir, files: new Map(), templates: new Map(), unreadable: new Set(), diagnostics: [] };
  for (const [name, text] of texts) addText(result, name, `${displayPath(dir)}/${name}`, text);
  return result;
}

function addText(result: LoadedFolder, name: string, file: string, text: string): void {
  if (name.endsWith('.md')) {
    const { source, diagnostics } = parseOnce(file, text, (t) => parseMarkdownFile(t, file), (r) => ({ ...r, source: r.source && { ...r.source, front: copyYaml(r.source.front) } }));
    result.diagnostics.push(...diagnostics);
    if (source) result.files.set(name, { name, file, yaml: source.front, body: source.body, bodyLine: source.bodyLine });
    else result.unreadable.add(name);
  } else {
    const { source, diagnostics } = parseOnce(file, text, (t) => parseYaml(t, file), (r) => ({ ...r, source: r.source && copyYaml(r.source) }));
    result.diagnostics.push(...diagnostics);
    if (source) result.files.set(name, { name, file, yaml: source, body: '', bodyLine: 0 });
    else result.unreadable.add(name);
  }
}

/** Parsed YAML with data of its own (see parseOnce). */
const copyYaml = (source: YamlSource): YamlSource => ({ ...source, data: structuredClone(source.data) });

/**
 * The files under `dir`, in name order. A symbolic link is followed when it points inside the document folder
 * (`root`, with links resolved) and is an error otherwise: a chapter that silently went missing would be worse.
 * Folders that cannot be read are reported, and the rest is still read.
 */
function* walk(dir: string, root: string, diagnostics: Diagnostic[]): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    if (!isErrnoError(e)) throw e;
    diagnostics.push(fileSystemError(e, dir, 'lese').toDiagnostic());
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = linkTarget(path, root, diagnostics);
      if (target?.isDirectory()) yield* walk(path, root, diagnostics);
      else if (target?.isFile()) yield path;
    } else if (entry.isDirectory()) yield* walk(path, root, diagnostics);
    else if (entry.isFile()) yield path;
  }
}

function pointsToFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // broken or looping: not a folder
  }
}

/** What a link points to, when it may be read. Links to other files than content (an image) are left alone. */
function linkTarget(path: string, root: string, diagnostics: Diagnostic[]): ReturnType<typeof statSync> {
  const problem = (message: string, hint: string) => {
    if (CONTENT_NAME.test(path) || pointsToFolder(path)) diagnostics.push({ severity: 'feil', file: displayPath(path), line: 0, col: 0, message, hint });
    return undefined;
  };
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    if (!isErrnoError(e)) throw e;
    if (e.code === 'ENOENT') return problem('snarveien (symbolsk lenke) peker til noe som ikke finnes', 'Rett eller fjern snarveien.');
    const { problem: message, hint } = fileSystemError(e, path, 'lese');
    return problem(message, hint);
  }
  if (!isInside(root, real)) return problem(`snarveien (symbolsk lenke) peker utenfor dokumentmappen, til ${displayPath(real)}; den leses ikke`, 'Kopier filen inn i dokumentmappen i stedet for å lenke til den.');
  return statSync(real);
}
