import { displayPath } from './paths.js';
import type { Diagnostic } from '../core/diagnostics.js';

/** What the program was doing with the path when the file system refused: the message says it in these words. */
export type FileAction = 'lese' | 'skrive' | 'opprette' | 'slette' | 'flytte';

/**
 * A file-system operation that failed for a reason the user can do something about (permissions, a full disk,
 * a file where a folder should be, …). The message is Norwegian and names the path; `code` is the errno name.
 */
export class FileSystemError extends Error {
  constructor(readonly path: string, readonly problem: string, readonly hint: string, readonly code?: string) {
    super(path ? `${displayPath(path)}: ${problem}` : problem);
    this.name = 'FileSystemError';
  }

  toDiagnostic(): Diagnostic {
    return { severity: 'feil', file: displayPath(this.path), line: 0, col: 0, message: this.problem, hint: this.hint };
  }
}

type Explained = { message: string; hint: string };

const VERB: Record<FileAction, string> = { lese: 'lese', skrive: 'skrive til', opprette: 'opprette', slette: 'slette', flytte: 'flytte' };

function explain(code: string | undefined, action: FileAction): Explained {
  const cannot = `kan ikke ${VERB[action]} den`;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { message: `${cannot}: ingen tilgang`, hint: action === 'lese' ? 'Gi deg selv lesetilgang til filen eller mappen, eller flytt innholdet til en mappe du har tilgang til.' : 'Velg en mappe du har skrivetilgang til (for eksempel med --out), eller be om tilgang.' };
    case 'EROFS':
      return { message: `${cannot}: filsystemet er skrivebeskyttet`, hint: 'Velg en mappe på en disk du kan skrive til, for eksempel med --out.' };
    case 'ENOSPC':
      return { message: `${cannot}: disken er full`, hint: 'Frigjør plass på disken, eller velg en annen mappe med --out. Tidligere filer er ikke endret.' };
    case 'EDQUOT':
      return { message: `${cannot}: diskkvoten din er brukt opp`, hint: 'Slett filer du ikke trenger, eller be om større kvote. Tidligere filer er ikke endret.' };
    case 'EISDIR':
      return { message: `${cannot}: det er en mappe, ikke en fil`, hint: action === 'lese' ? 'Oppgi en fil, ikke en mappe.' : 'Flytt eller gi nytt navn til mappen, eller velg en annen utdatamappe med --out.' };
    case 'ENOTDIR':
      return { message: `${cannot}: en del av stien er en fil, ikke en mappe`, hint: 'Sjekk stien: en fil står der en mappe skulle vært. Velg en annen mappe, for eksempel med --out.' };
    case 'ENOENT':
      return { message: `${cannot}: den finnes ikke`, hint: 'Sjekk at stien er skrevet riktig og at filen eller mappen finnes.' };
    case 'EEXIST':
      if (action === 'opprette') return { message: `${cannot}: det står en fil med dette navnet, der mappen skulle vært`, hint: 'Velg en annen mappe (for eksempel med --out), eller flytt eller gi nytt navn til filen.' };
      return { message: `${cannot}: det finnes allerede noe med dette navnet`, hint: 'Flytt eller gi nytt navn til det som står der, eller velg et annet navn.' };
    case 'ELOOP':
      return { message: `${cannot}: snarveiene (symbolske lenker) går i ring`, hint: 'Rett eller fjern snarveien.' };
    case 'ENAMETOOLONG':
      return { message: `${cannot}: navnet eller stien er for lang`, hint: 'Bruk kortere mappe- og filnavn, eller en mappe nærmere roten.' };
    case 'EMFILE':
    case 'ENFILE':
      return { message: `${cannot}: for mange åpne filer`, hint: 'Lukk andre programmer og prøv igjen, eller bygg færre dokumenter om gangen.' };
    case 'EBUSY':
    case 'ETXTBSY':
      return { message: `${cannot}: filen er i bruk av et annet program`, hint: 'Lukk filen i programmet som har den åpen (for eksempel Word eller en PDF-leser), og prøv igjen.' };
    case 'EIO':
      return { message: `${cannot}: lese- eller skrivefeil på disken`, hint: 'Sjekk disken eller nettverksstasjonen, og prøv igjen.' };
    case 'EXDEV':
      return { message: `${cannot}: den ligger på en annen disk`, hint: 'Velg en utdatamappe på samme disk.' };
    case 'EINVAL':
    case 'ENXIO':
    case 'ENODEV':
    case 'EOPNOTSUPP':
      return { message: `${cannot}: filsystemet støtter ikke dette`, hint: 'Velg en vanlig mappe på en vanlig disk.' };
    default:
      return { message: `${cannot} (${code ?? 'ukjent årsak'})`, hint: 'Sjekk at stien er riktig og at du har tilgang, og prøv igjen.' };
  }
}

/**
 * The errors Node's fs functions throw: an errno name (EACCES), or, from rmSync and cpSync, a Node code
 * naming one (ERR_FS_EISDIR) or a copy problem (ERR_FS_CP_DIR_TO_NON_DIR).
 */
export function isErrnoError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^(E[A-Z]+|ERR_FS_\w+)$/.test((e as NodeJS.ErrnoException).code!);
}

const errno = (code: string | undefined) => code?.replace(/^ERR_FS_(?:CP_)?(E[A-Z]+)$/, '$1');

const ACTION_OF_SYSCALL: Record<string, FileAction> = {
  open: 'lese', read: 'lese', scandir: 'lese', stat: 'lese', lstat: 'lese', readlink: 'lese', realpath: 'lese', access: 'lese',
  write: 'skrive', fsync: 'skrive', copyfile: 'skrive', mkdir: 'opprette', mkdtemp: 'opprette', link: 'opprette',
  unlink: 'slette', rmdir: 'slette', rm: 'slette', rename: 'flytte',
};

/** A file-system error as the user should see it; `action` says what was being done (defaults from the syscall). */
export function fileSystemError(e: NodeJS.ErrnoException, path = e.path ?? '', action?: FileAction): FileSystemError {
  const code = errno(e.code);
  const { message, hint } = explain(code, action ?? ACTION_OF_SYSCALL[e.syscall ?? ''] ?? 'skrive');
  return new FileSystemError(path, message, hint, code);
}

/** Runs `fn`; a file-system error it throws becomes a FileSystemError about `path`. */
export function onPath<T>(path: string, action: FileAction, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isErrnoError(e)) throw fileSystemError(e, path, action);
    throw e;
  }
}

/** A FileSystemError for any error that carries an errno (and no other), for the outermost handlers. */
export function asFileSystemError(e: unknown): FileSystemError | undefined {
  if (e instanceof FileSystemError) return e;
  return isErrnoError(e) ? fileSystemError(e) : undefined;
}
