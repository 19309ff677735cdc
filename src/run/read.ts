import { accessSync, closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { decodeDocument, tooLarge } from '../yaml/decode.js';
import type { DocumentResult, Problem } from '../core/types.js';
import { UsageError } from '../cli/errors.js';
import { visible } from '../report/visible.js';
import type { CompactResult } from './compact.js';
import { grownTo } from './temporary.js';

/** A document to audit: its name in reports, and where to read it (null: standard input). */
export interface Source {
  file: string;
  path: string | null;
}

export type ReadResult = { text: string } | { problem: Problem };

/** Thrown when a path cannot be read at all: the run stops with exit code 2. */
export class UnreadableError extends UsageError {}

/**
 * A file's text, or why it cannot be a document; the size limit is checked
 * before the file is read (or, for what has no size, while it is read). Synchronous on purpose: for many small files it is
 * several times faster than a round trip through the thread pool per file.
 */
export function readDocument(path: string, file: string, maxBytes: number): ReadResult {
  // The bytes are needed only until they are decoded, so one buffer serves every file.
  const read = readBytes(path, file, maxBytes, scratchBytes);
  return 'problem' in read ? read : fromBytes(read.bytes, maxBytes);
}

/** Where a file's bytes go: a buffer of exactly `size` bytes. */
export type Allocate = (size: number) => Uint8Array;

/**
 * A file's bytes, not yet decoded, or the problem that it is too large (then it
 * is not read). The bytes go where `allocate` says (by default a buffer of their own).
 * A FIFO is read (for one named on the command line); anything else that is not a
 * regular file cannot be a document.
 */
export function readBytes(
  path: string, file: string, maxBytes: number, allocate: Allocate = (size) => Buffer.allocUnsafe(size),
): { bytes: Uint8Array } | { problem: Problem } {
  let fd: number | undefined;
  try {
    // One open file for the size check and the read (a stat by path costs a second lookup).
    fd = openSync(path, 'r');
    const stats = fstatSync(fd);
    if (!stats.isFile() && !stats.isFIFO()) throw new UnreadableError(`cannot read ${visible(file)}: ${kindOf(stats)}, not a file`);
    if (stats.size > maxBytes) return { problem: tooLarge(stats.size, maxBytes / 1024) };
    if (stats.size === 0) {
      // No size to go by (a FIFO, or a file such as those under /proc): read up to the limit and no further.
      const bytes = readToLimit(fd, maxBytes);
      return bytes ? { bytes } : { problem: tooLarge(maxBytes + 1, maxBytes / 1024) };
    }
    const bytes = allocate(stats.size);
    let filled = 0;
    for (let got = -1; filled < bytes.length && got !== 0; filled += got) got = readSync(fd, bytes, filled, bytes.length - filled, null);
    // A file that shrank since its size was taken gives what it has.
    return { bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    throw error instanceof UnreadableError ? error : unreadable(file, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * An open file read to its end, but never past `limit` bytes: undefined when it holds more. For
 * what has no size to check first (a FIFO, a file of size 0 under /proc), so that an endless
 * source such as /dev/zero behind a pipe costs at most the limit.
 */
export function readToLimit(fd: number, limit: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - total));
    const got = readSync(fd, chunk, 0, chunk.length, null);
    if (got === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, got));
    total += got;
    if (total > limit) return undefined;
  }
}

/**
 * One of the tool's own inputs (a config, a baseline) read whole: a regular file, or a FIFO when
 * `fifo` allows one, of at most `limit` bytes; otherwise why not, in words. Errors of the file
 * system (ENOENT, EACCES) are thrown.
 */
export function readInput(path: string, limit: number, fifo: boolean): { bytes: Buffer } | { refused: string } {
  // Opened without waiting: opening a FIFO to read waits for a writer, for ever if none comes.
  let fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() && !(fifo && stats.isFIFO())) return { refused: `${kindOf(stats)}, not a file` };
    if (stats.size > limit) return { refused: `over the limit of ${sizeInWords(limit)}` };
    if (stats.isFIFO()) {
      // Named on the command line (`--baseline <(git show main:baseline.json)`): read as a stream, waiting for its writer.
      closeSync(fd);
      fd = openSync(path, 'r');
    }
    const bytes = readToLimit(fd, limit);
    return bytes ? { bytes } : { refused: `over the limit of ${sizeInWords(limit)}` };
  } finally {
    closeSync(fd);
  }
}

function sizeInWords(bytes: number): string {
  return bytes >= 1 << 20 ? `${Math.floor(bytes / (1 << 20))} MiB` : `${Math.floor(bytes / 1024)} KiB`;
}

/** What a path is, in words: for messages about paths that are not regular files. */
export function kindOf(entry: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isSymbolicLink'>): string {
  if (entry.isDirectory()) return 'a directory';
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  if (entry.isSocket()) return 'a socket';
  if (entry.isSymbolicLink()) return 'a symbolic link';
  return 'a file';
}

/** One buffer, reused from file to file and grown as needed: for bytes let go of before the next read. */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);
export const scratchBytes: Allocate = (size) => {
  scratch = grownTo(scratch, size);
  return scratch.subarray(0, size);
};

/**
 * Hands out views into large shared buffers, for bytes that are kept (a cached
 * run keeps each document's bytes until it knows whether to audit it): ten
 * thousand files cost a few allocations, not ten thousand.
 */
export function byteArena(chunkSize = 4 * 1024 * 1024): Allocate {
  let chunk = new Uint8Array(0);
  let used = 0;
  return (size) => {
    // A large file gets its own buffer rather than wasting most of a chunk.
    if (size > chunkSize / 4) return Buffer.allocUnsafe(size);
    if (used + size > chunk.length) {
      chunk = Buffer.allocUnsafeSlow(chunkSize);
      used = 0;
    }
    used += size;
    return chunk.subarray(used - size, used);
  };
}

/**
 * Fails as reading would, but without reading: for runs whose files are read
 * later, on worker threads, so that an unreadable path still stops the run
 * before any of its report is written.
 */
export function checkReadable(sources: readonly Source[]): void {
  for (const { path, file } of sources) {
    if (path === null) continue;
    try {
      accessSync(path, constants.R_OK);
    } catch (error) {
      throw unreadable(file, error);
    }
  }
}

function unreadable(file: string, error: unknown): UnreadableError {
  return new UnreadableError(`cannot read ${visible(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

/** The result for a document refused before it was parsed (too large, not text). */
export function refusedResult(file: string, problem: Problem): DocumentResult {
  return { file, verdict: 'invalid', problems: [problem], results: [] };
}

/** Bytes read whole (standard input), refused if over the size limit. */
export function withinLimit(bytes: Uint8Array, maxBytes: number): { bytes: Uint8Array } | { problem: Problem } {
  return bytes.length > maxBytes ? { problem: tooLarge(bytes.length, maxBytes / 1024) } : { bytes };
}

export function fromBytes(bytes: Uint8Array, maxBytes: number): ReadResult {
  const checked = withinLimit(bytes, maxBytes);
  return 'problem' in checked ? checked : decodeDocument(bytes);
}

/** A document to audit, with its place in the run and (when caching) its digest. */
export interface ToAudit {
  index: number;
  file: string;
  text: string;
  digest?: string;
}

/** What a source read needs: refusing (why), its result from the cache (as stored), or auditing (its text; when caching, the digest its result is kept under). */
export type Triaged =
  | { file: string; problem: Problem }
  | { file: string; stored: CompactResult }
  | { file: string; text: string; digest?: string };
