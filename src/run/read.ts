import { accessSync, closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeDocument, tooLarge } from '../core/decode.js';
import type { DocumentResult, Problem } from '../core/types.js';
import { UsageError } from '../cli/errors.js';

/** A document to audit: its name in reports, and where to read it (null: standard input). */
export interface Source {
  file: string;
  path: string | null;
}

export type ReadResult = { text: string; bytes: Uint8Array } | { problem: Problem };

/** Thrown when a path cannot be read at all: the run stops with exit code 2. */
export class UnreadableError extends UsageError {}

/**
 * A file's text, or why it cannot be a document; the size limit is checked
 * before the file is read. Synchronous on purpose: for many small files it is
 * several times faster than a round trip through the thread pool per file.
 */
export function readDocument(path: string, file: string, maxBytes: number): ReadResult {
  const read = readBytes(path, file, maxBytes);
  return 'problem' in read ? read : fromBytes(read.bytes, maxBytes);
}

/** A file's bytes, not yet decoded, or the problem that it is too large (then it is not read). */
export function readBytes(path: string, file: string, maxBytes: number): { bytes: Uint8Array } | { problem: Problem } {
  let fd: number | undefined;
  try {
    // One open file for the size check and the read (a stat by path costs a second lookup).
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { problem: tooLarge(size, maxBytes / 1024) };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    throw unreadable(file, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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
  return new UnreadableError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

/** The result for a document refused before it was parsed (too large, not text). */
export function refusedResult(file: string, problem: Problem): DocumentResult {
  return { file, verdict: 'invalid', problems: [problem], results: [] };
}

export function fromBytes(bytes: Uint8Array, maxBytes: number): ReadResult {
  if (bytes.length > maxBytes) return { problem: tooLarge(bytes.length, maxBytes / 1024) };
  const decoded = decodeDocument(bytes);
  return 'problem' in decoded ? decoded : { text: decoded.text, bytes };
}
