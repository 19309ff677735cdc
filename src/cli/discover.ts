import type { Source } from '../run/read.js';
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

export type { Source } from '../run/read.js';

const DOCUMENT = /\.ya?ml$/i;
export const STDIN_NAME = '<stdin>';

/**
 * Expands the command line's paths into documents, in a stable order: a file is
 * taken as given; a directory is searched for *.yaml / *.yml (skipping hidden
 * folders and node_modules); a glob is matched from the working directory;
 * `-` is standard input. A path that matches nothing is a usage error.
 */
export async function discover(patterns: readonly string[], cwd: string): Promise<Source[]> {
  if (patterns.length === 0) throw new UsageError('no paths given: name files, directories, globs, or - for standard input');
  const found = new Map<string, Source>();
  const add = (absolute: string, file = displayName(absolute, cwd)) => found.set(absolute, { file, path: absolute });
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
    if (info?.isFile()) {
      add(absolute);
    } else if (info?.isDirectory()) {
      const files = walk(absolute, cwd);
      if (files.length === 0) throw new UsageError(`no program documents (*.yaml, *.yml) found in ${pattern}`);
      for (const { path, file } of files) add(path, file);
    } else if ((globbing ??= await import('tinyglobby')).isDynamicPattern(pattern)) {
      const matches = await globbing.glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      const documents = matches.filter((m) => DOCUMENT.test(m));
      if (documents.length === 0) throw new UsageError(`no program documents match ${pattern}`);
      for (const match of documents) add(resolve(match));
    } else {
      throw new UsageError(`path not found: ${pattern}`);
    }
  }
  const sources = [...found.values()].sort((a, b) => compare(a.file, b.file));
  return stdin ? [{ file: STDIN_NAME, path: null }, ...sources] : sources;
}

/**
 * The documents under a directory, each with its name in reports (what
 * displayName gives, worked out once per directory rather than per file).
 */
function walk(directory: string, cwd: string): { path: string; file: string }[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read directory ${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const files: { path: string; file: string }[] = [];
  const prefix = namePrefix(directory, cwd);
  // `directory` is absolute and normalized: a separator is all that joining needs.
  const base = directory.endsWith(sep) ? directory : `${directory}${sep}`;
  for (const entry of entries.sort((a, b) => compare(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = `${base}${entry.name}`;
    if (entry.isDirectory()) files.push(...walk(path, cwd));
    else if (entry.isFile() && DOCUMENT.test(entry.name)) files.push({ path, file: `${prefix}${entry.name}` });
  }
  return files;
}

/** A path's kind, or nothing when it cannot be looked at (then it may still be a glob). */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
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
