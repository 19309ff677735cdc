import type { Source } from '../run/read.js';
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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
 */
export async function discover(patterns: readonly string[], cwd: string): Promise<Discovered> {
  if (patterns.length === 0) throw new UsageError('no paths given: name files, directories, globs, or - for standard input');
  const found: Found[] = [];
  const skipped: string[] = [];
  const add = (path: string, file = displayName(path, cwd)) => found.push({ file, path, real: realOrSame(path) });
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
      add(absolute);
    } else if (info?.isDirectory()) {
      const before = found.length;
      walk(absolute, realOrSame(absolute), cwd, { found, skipped, scanned: new Set() });
      if (found.length === before) throw new UsageError(`no program documents (*.yaml, *.yml) found in ${visible(pattern)}`);
    } else if (info) {
      throw new UsageError(`cannot read ${visible(pattern)}: ${kindOf(info)}, not a file or a directory`);
    } else if ((globbing ??= await import('tinyglobby')).isDynamicPattern(pattern)) {
      const matches = await globbing.glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      const documents = matches.filter((m) => DOCUMENT.test(m));
      if (documents.length === 0) throw new UsageError(`no program documents match ${visible(pattern)}`);
      for (const match of documents) add(resolve(match));
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
  return { sources: stdin ? [{ file: STDIN_NAME, path: null }, ...sources] : sources, realPaths, skipped };
}

interface Walk {
  found: Found[];
  skipped: string[];
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
      into.found.push({ file: `${prefix}${name}`, path, real: entryReal });
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
