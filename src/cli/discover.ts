import type { Source } from '../run/read.js';
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Ignorer, type IgnoreSettings } from './ignore.js';
import { kindOf } from '../run/read.js';
import { visible } from '../report/visible.js';
import { UsageError } from './errors.js';

export type { Source } from '../run/read.js';

const DOCUMENT = /\.ya?ml$/i;
export const STDIN_NAME = '<stdin>';

export interface Discovered {
  /** The documents, in a stable order, each once however many names lead to it. */
  sources: Source[];
  /** The real path of every document read from a path: what a report or the cache must never replace. */
  realPaths: ReadonlySet<string>;
  /** What a directory search passed over that looked like a document, and why (for the report's notices). */
  skipped: string[];
}

export interface DiscoverOptions extends IgnoreSettings {
  /** The name standard input's document goes by in reports, waivers and excludes (`--stdin-filename`). */
  stdinFilename?: string;
}

/** A document found under one of its names. */
interface Found extends Source {
  path: string;
  real: string;
}

/**
 * Expands the command line's paths into documents, in a stable order: a file (or
 * a FIFO, `<(…)` in a shell) is taken as given; a directory is searched for
 * *.yaml / *.yml (skipping hidden folders and node_modules, following symbolic
 * links); a glob is matched from the working directory; `-` is standard input.
 * A document reached by several names (links, a folder and a glob) is audited
 * once, under the first of its names in report order, so a folder and a glob
 * over the same files give the same report. A path that matches nothing is a usage error.
 *
 * A search (a folder or a glob) leaves out what --ignore, the config's exclude: and the
 * .gitignore files say, and YAML files that are not program documents (a docker-compose.yml,
 * a workflow), with one notice naming them. A file named on the command line is always read
 * as a program document, unless --ignore or exclude: name it (then a notice says so, as ESLint does).
 */
export async function discover(patterns: readonly string[], cwd: string, options: DiscoverOptions = {}): Promise<Discovered> {
  if (patterns.length === 0) throw new UsageError('no paths given: name files, directories, globs, or - for standard input');
  const found: Found[] = [];
  const skipped: string[] = [];
  const notPrograms: string[] = [];
  const ignorer = new Ignorer({ ...options, cwd });
  const add = (path: string, file = displayName(path, cwd)) => found.push({ file, path, real: realOrSame(path) });
  /** A file named on the command line, unless --ignore or exclude: leave it out. */
  const addNamed = (path: string, shown: string) => {
    const by = ignorer.byGlob(path);
    if (by === undefined) add(path);
    else skipped.push(`skipped ${shown}: excluded by ${by}`);
  };
  let stdin = false;
  // The glob library loads only for a path that is neither a file nor a folder: its start-up
  // (it looks for an optional module on disk) would otherwise cost every run.
  let globbing: typeof import('tinyglobby') | undefined;
  for (const pattern of patterns) {
    if (pattern === '-') {
      stdin = true;
      continue;
    }
    const absolute = resolve(cwd, pattern);
    const info = statOrNothing(absolute);
    if (info?.isFile() || info?.isFIFO()) {
      addNamed(absolute, pattern);
    } else if (info?.isDirectory()) {
      const before = found.length;
      const passedOver = notPrograms.length;
      walk(absolute, realOrSame(absolute), cwd, { found, skipped, notPrograms, scanned: new Set(), ignorer, root: absolute });
      if (found.length === before) throw new UsageError(`no program documents (*.yaml, *.yml) found in ${visible(pattern)}${notProgramsNote(notPrograms.length - passedOver)}`);
    } else if (info) {
      throw new UsageError(`cannot read ${visible(pattern)}: ${kindOf(info)}, not a file or a directory`);
    } else if ((globbing ??= await import('tinyglobby')).isDynamicPattern(pattern)) {
      const matches = await globbing.glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      const passedOver = notPrograms.length;
      const documents = matches.map((m) => resolve(m)).filter((m) => DOCUMENT.test(m) && !(ignorer.active && ignorer.ignoredOnTheWay(m, cwd)));
      let added = 0;
      for (const match of documents) {
        if (looksLikeProgram(match)) {
          add(match);
          added++;
        } else {
          notPrograms.push(displayName(match, cwd));
        }
      }
      if (added === 0) throw new UsageError(`no program documents match ${visible(pattern)}${notProgramsNote(notPrograms.length - passedOver)}`);
    } else {
      throw new UsageError(`path not found: ${visible(pattern)}`);
    }
  }
  const sources: Source[] = [];
  const realPaths = new Set<string>();
  for (const { file, path, real } of found.sort((a, b) => compare(a.file, b.file))) {
    if (realPaths.has(real)) continue;
    realPaths.add(real);
    sources.push({ file, path });
  }
  const uniqueNotPrograms = [...new Set(notPrograms)].sort(compare);
  if (uniqueNotPrograms.length > 0) skipped.push(notProgramsNotice(uniqueNotPrograms));
  if (options.stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename names the document read from standard input: give - among the paths');
  if (stdin) {
    const named = options.stdinFilename;
    const excludedBy = named === undefined ? undefined : ignorer.byGlob(resolve(cwd, named));
    if (excludedBy !== undefined) skipped.push(`skipped standard input (${named}): excluded by ${excludedBy}`);
    else sources.unshift({ file: named === undefined ? STDIN_NAME : displayName(resolve(cwd, named), cwd), path: null });
  }
  return { sources, realPaths, skipped };
}

/** At most this many files are named in the notice about files that are not program documents. */
const NAMED_AT_MOST = 10;

/** One notice for every YAML file a search passed over as not a program document: how many, and which. */
function notProgramsNotice(files: readonly string[]): string {
  const named = files.slice(0, NAMED_AT_MOST).map((f) => visible(f)).join(', ');
  const more = files.length > NAMED_AT_MOST ? ` and ${files.length - NAMED_AT_MOST} more` : '';
  const count = files.length === 1 ? '1 YAML file that is not a program document' : `${files.length} YAML files that are not program documents`;
  return `skipped ${count} (no top-level program: key): ${named}${more}`;
}

function notProgramsNote(count: number): string {
  return count === 0 ? '' : ` (passed over ${count} YAML file${count === 1 ? '' : 's'} with no top-level program: key)`;
}

/** How much of a file is read at a time to look for its `program:` key; most documents fit in one read. */
const SNIFF_CHUNK = 16 * 1024;
/** Beyond this, a file is taken for a document without looking further (the reader refuses what is too large). */
const SNIFF_LIMIT = 1024 * 1024;
/** Bytes of a chunk's end carried to the next read, so that a key split between two reads is still found. */
const CARRIED = 16;
let sniffBuffer: Buffer | undefined;

/**
 * Whether a YAML file found by a search may be a program document: it has a top-level
 * `program:` key (or is a flow mapping, which cannot be told apart without parsing). Only the
 * bytes are looked at, never parsed: the document is parsed once, when it is audited. A file
 * that cannot be read, or is binary or UTF-16, is taken for a document, so that reading it
 * reports why.
 */
export function looksLikeProgram(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = (sniffBuffer ??= Buffer.allocUnsafe(CARRIED + SNIFF_CHUNK));
    let kept = 0;
    for (let total = 0; total < SNIFF_LIMIT;) {
      const got = readSync(fd, buffer, kept, SNIFF_CHUNK, null);
      if (got === 0) return false;
      const end = kept + got;
      if (total === 0) {
        // UTF-16 (a byte-order mark, or NUL bytes) and binary files are the reader's to refuse.
        if (buffer[0] === 0xfe || buffer[0] === 0xff || buffer.subarray(0, end).includes(0)) return true;
        const start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
        if (buffer[start] === 0x7b /* { */ || hasProgramKey(buffer, start, end, true)) return true;
      } else if (hasProgramKey(buffer, 0, end, false)) {
        return true;
      }
      total += got;
      kept = Math.min(CARRIED, end);
      buffer.copy(buffer, 0, end - kept, end);
    }
    return true;
  } catch {
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const PROGRAM = Buffer.from('program');

/**
 * A top-level `program` key in bytes[from, to): `program` at the start of a line (or of the
 * file, or after `--- `), bare or quoted, then optional blanks and a colon. `fileStart`: `from`
 * is the file's first byte (otherwise it is carried from the read before, where a key that
 * starts there was already looked for).
 */
function hasProgramKey(bytes: Buffer, from: number, to: number, fileStart: boolean): boolean {
  for (let at = bytes.indexOf(PROGRAM, from); at !== -1 && at + PROGRAM.length <= to; at = bytes.indexOf(PROGRAM, at + 1)) {
    let before = at - 1;
    const quote = before >= from && (bytes[before] === 0x22 || bytes[before] === 0x27) ? bytes[before--] : undefined;
    const lineStart = before < from ? fileStart : bytes[before] === 0x0a || startsAfterMarker(bytes, before);
    if (!lineStart) continue;
    let after = at + PROGRAM.length;
    if (quote !== undefined && bytes[after++] !== quote) continue;
    while (after < to && (bytes[after] === 0x20 || bytes[after] === 0x09)) after++;
    if (bytes[after] === 0x3a /* : */) return true;
  }
  return false;
}

/** Whether the blank at `at` ends a line's `---` document marker (`--- program:` is a top-level key too). */
function startsAfterMarker(bytes: Buffer, at: number): boolean {
  if (bytes[at] !== 0x20 && bytes[at] !== 0x09) return false;
  let i = at;
  while (i > 0 && (bytes[i - 1] === 0x20 || bytes[i - 1] === 0x09)) i--;
  return i >= 3 && bytes[i - 1] === 0x2d && bytes[i - 2] === 0x2d && bytes[i - 3] === 0x2d && (i === 3 || bytes[i - 4] === 0x0a);
}

interface Walk {
  found: Found[];
  skipped: string[];
  /** YAML files found that are not program documents (see looksLikeProgram). */
  notPrograms: string[];
  ignorer: Ignorer;
  /** The folder named on the command line that this search started from. */
  root: string;
  /** Real paths of the folders searched so far: a link back into one (a loop, or a second way in) is not followed again. */
  scanned: Set<string>;
}

/**
 * Adds the documents under a directory (`real` is its real path), each with its
 * name in reports (what displayName gives, worked out once per directory rather
 * than per file). Entries go in report order, so that a folder reached by two
 * names is searched under the first.
 */
function walk(directory: string, real: string, cwd: string, into: Walk): void {
  into.scanned.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read directory ${visible(directory)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const prefix = namePrefix(directory, cwd);
  // Both paths are absolute and normalized: a separator is all that joining needs.
  const base = directory.endsWith(sep) ? directory : `${directory}${sep}`;
  const realBase = real.endsWith(sep) ? real : `${real}${sep}`;
  // Each entry with what it is (for a link, what it leads to) and its real path.
  const kept: { name: string; kind: Dirent | Stats; real: string; order: string }[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    let kind: Dirent | Stats = entry;
    let entryReal = `${realBase}${entry.name}`;
    if (entry.isSymbolicLink()) {
      const target = statOrNothing(`${base}${entry.name}`);
      if (!target) {
        if (DOCUMENT.test(entry.name)) into.skipped.push(`skipped ${prefix}${entry.name}: a symbolic link that cannot be followed`);
        continue;
      }
      kind = target;
      entryReal = realOrSame(`${base}${entry.name}`);
    }
    if (into.ignorer.active && (kind.isDirectory() || DOCUMENT.test(entry.name)) && into.ignorer.ignored(`${base}${entry.name}`, kind.isDirectory(), into.root)) continue;
    // A folder sorts by its name and a slash, as the names of the files in it do.
    kept.push({ name: entry.name, kind, real: entryReal, order: kind.isDirectory() ? `${entry.name}/` : entry.name });
  }
  for (const { name, kind, real: entryReal } of kept.sort((a, b) => compare(a.order, b.order))) {
    const path = `${base}${name}`;
    if (kind.isDirectory()) {
      if (!into.scanned.has(entryReal)) walk(path, entryReal, cwd, into);
    } else if (!DOCUMENT.test(name)) {
      continue;
    } else if (kind.isFile()) {
      if (looksLikeProgram(path)) into.found.push({ file: `${prefix}${name}`, path, real: entryReal });
      else into.notPrograms.push(`${prefix}${name}`);
    } else {
      // A FIFO found by a search could keep the run waiting: only one named on the command line is read.
      into.skipped.push(`skipped ${prefix}${name}: ${kindOf(kind)}, not a file`);
    }
  }
}

/** A path's kind (following links), or nothing when it cannot be looked at (then it may still be a glob). */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The path with every link resolved; a path that has none to resolve (`/dev/fd/63`, a pipe) stands for itself. */
export function realOrSame(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** What displayName puts before the names of the files in a directory (the working directory may lie below it). */
function namePrefix(directory: string, cwd: string): string {
  // The working directory is shown by its absolute path, but the files in it by their own names.
  if (relative(cwd, directory) === '') return '';
  const shown = displayName(directory, cwd);
  return shown.endsWith('/') ? shown : `${shown}/`;
}

/** Paths in reports: relative to the working directory when inside it, always with forward slashes. */
function displayName(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const name = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
  return name.split(sep).join('/');
}

/** Code-point order, independent of locale, so reports are byte-identical everywhere. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
