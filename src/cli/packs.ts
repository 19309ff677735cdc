import { dirname, relative, resolve, sep } from 'node:path';
import { registerPacks } from '../packs/index.js';
import { PackError, parsePack, type LoadedPack } from '../packs/user-pack.js';
import { readInput } from '../run/read.js';
import { visible } from '../report/visible.js';
import { UsageError } from './errors.js';

/** A pack file is written by hand, like a config: a mebibyte is more than any needs. */
const PACK_LIMIT = 1024 * 1024;

export interface PackFile {
  /** As messages and reports name it. */
  file: string;
  text: string;
}

/**
 * Reads pack files (regular files only, within the size limit), validates
 * them and adds them to the catalog. Any problem is a usage error naming the
 * file, line and column.
 */
export function loadPackFiles(paths: ReadonlyArray<{ path: string; from: string }>, cwd: string): { files: PackFile[]; loaded: LoadedPack[] } {
  const files: PackFile[] = [];
  const loaded: LoadedPack[] = [];
  for (const { path, from } of paths) {
    const absolute = resolve(from, path);
    const file = shown(absolute, cwd);
    let read: ReturnType<typeof readInput>;
    try {
      read = readInput(absolute, PACK_LIMIT, false);
    } catch (error) {
      throw new UsageError(`cannot read pack ${visible(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if ('refused' in read) throw new UsageError(`cannot read pack ${visible(file)}: ${read.refused}`);
    const text = read.bytes.toString('utf8');
    try {
      loaded.push(parsePack(text, file));
    } catch (error) {
      // The message carries the file's name and the pack's own text (a requirement, a pattern): either may hold control characters.
      if (error instanceof PackError) throw new UsageError(visible(error.message));
      throw error;
    }
    files.push({ file, text });
  }
  try {
    registerPacks(loaded);
  } catch (error) {
    throw new UsageError(visible((error as Error).message));
  }
  return { files, loaded };
}

/** The config's `packs:`, which are relative to the config's folder. */
export function configPackPaths(packs: readonly string[] | undefined, configPath: string): Array<{ path: string; from: string }> {
  return (packs ?? []).map((path) => ({ path, from: dirname(configPath) }));
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/');
}
