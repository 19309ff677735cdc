import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { encoded, grownTo, removeWhileOpen } from './temporary.js';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { DocumentResult } from '../core/types.js';
import { BUILD_ID } from '../generated/build-id.js';
import { collectHeapOver } from './heap-guard.js';
import { isCompactResult, storedForm, type CompactResult } from './compact.js';

/**
 * Audit results kept between runs (`--cache`), in the manner of ESLint's cache:
 * an entry is reused only when the file's content, the tool build and the
 * audit settings are all unchanged. Entries hold the audit before waivers and
 * the baseline are applied, so a changed waiver or baseline never needs a
 * re-audit and can never be served stale. A cache that cannot be read is
 * simply empty: the cache may speed a run up, never change its result.
 *
 * What it trusts, and who may write it: the cache file and the run memo beside
 * it (`<cache>.report`) are written by this tool, and can be written by anyone
 * who can write those files, that is the local user running it, who can just
 * as well edit the documents, the config or the tool. Nothing read from them is
 * trusted unchecked. Each entry carries a check, a SHA-256 digest over the tool
 * build, the settings key, the file's name, its content digest and the stored
 * result; the memo's check covers the build, the run key, the exit code and
 * the report's bytes. A stored result must also have the shape of one
 * (isCompactResult). An entry or memo that fails (damaged, cut short, written
 * by another build or under other settings, edited by hand) is a miss: the
 * document is audited again, the run is run again. It never stops the run,
 * and never passes a document the audit did not pass. The check has no
 * secret key, so it guards against accidental damage and stale or foreign
 * entries, not against a determined local user, who can compute it just as
 * the tool does.
 */
const FORMAT = 2;

/**
 * The cache file is a header line, `{"format":2,"key":"…"}`, then one line per
 * document: its name as a JSON string, a tab, the content digest, a tab, the
 * entry's check, a tab, the compact result as JSON (JSON never holds a raw tab
 * or line break). A result stays text until it is used, so a large cache costs
 * its size in memory, not the size of its objects.
 */
interface Entry {
  digest: string;
  check: string;
  /** The result as read from the cache file, or, for one this run audited, where it lies in the spool file. */
  json: string | { at: number; length: number };
}

/** An entry's check: binds its result to the build, the settings key, the file and its content. */
function entryCheck(key: string, file: string, digest: string, json: string): string {
  return createHash('sha256').update(`entry\0${BUILD_ID}\0${key}\0${file}\0${digest}\0`).update(json).digest('hex');
}

export class AuditCache {
  private changed = false;

  private constructor(readonly key: string, private readonly entries: Map<string, Entry>) {}

  /** Opens the cache at `path` for runs with this settings key; a missing, corrupt or foreign file gives an empty cache. */
  static async open(path: string, key: string): Promise<AuditCache> {
    try {
      const text = await readFile(path, 'utf8');
      const lines = text.split('\n');
      const header = JSON.parse(lines[0]!) as { format?: unknown; key?: unknown };
      if (header.format === FORMAT && header.key === key) {
        const entries = new Map<string, Entry>();
        for (let i = 1; i < lines.length; i++) {
          const line = lines[i]!;
          const first = line.indexOf('\t');
          const second = line.indexOf('\t', first + 1);
          const third = line.indexOf('\t', second + 1);
          // A damaged line is left out: that document is audited again.
          if (first === -1 || second === -1 || third === -1) continue;
          let file: unknown;
          try {
            file = JSON.parse(line.slice(0, first));
          } catch {
            continue;
          }
          if (typeof file === 'string') {
            entries.set(file, { digest: line.slice(first + 1, second), check: line.slice(second + 1, third), json: line.slice(third + 1) });
          }
        }
        return new AuditCache(key, entries);
      }
    } catch {
      // Unreadable or not ours: start afresh.
    }
    const cache = new AuditCache(key, new Map());
    cache.changed = true;
    return cache;
  }

  /**
   * The entry as stored (without the rule catalog's fields), for a thread that expands it itself;
   * undefined unless it is this file's, for this content, and passes its check and the shape check.
   */
  stored(file: string, digest: string): CompactResult | undefined {
    const entry = this.entries.get(file);
    if (!entry) return undefined;
    const json = this.text(entry);
    if (entry.digest !== digest || entry.check !== entryCheck(this.key, file, digest, json)) return undefined;
    let result: unknown;
    try {
      result = JSON.parse(json);
    } catch {
      return undefined;
    }
    // A damaged entry is a miss, never a wrong result.
    return isCompactResult(result, file) ? result : undefined;
  }

  /**
   * Whether a file read twice in this run (first for its digest, then in its turn: see KEPT_BYTES in
   * run.ts) changed in between. The run memo is keyed on the first reading, so it is not written.
   */
  changedDuringRun = false;

  /** A file's content digest, as entries are keyed. */
  digestOf(bytes: Uint8Array): string {
    return digestOf(bytes);
  }

  set(file: string, digest: string, result: DocumentResult): void {
    this.store(file, digest, storedForm(result));
  }

  /**
   * Keeps a result already in its stored form (storedForm), as a worker thread sends it: in a
   * private temporary file until the cache is written, so that a large run's new entries (about
   * 11 KB each) are not all held in memory.
   */
  store(file: string, digest: string, json: string): void {
    const bytes = encoded(json);
    if (this.spool === undefined) {
      const path = join(tmpdir(), `iop-audit-cache-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.tmp`);
      this.spool = { path, fd: openSync(path, 'wx+', 0o600), size: 0 };
      removeWhileOpen(path);
    }
    const at = this.spool.size;
    for (let done = 0; done < bytes.length;) done += writeSync(this.spool.fd, bytes, done, bytes.length - done, at + done);
    this.spool.size += bytes.length;
    this.entries.set(file, { digest, check: entryCheck(this.key, file, digest, json), json: { at, length: bytes.length } });
    this.changed = true;
  }

  private spool: { path: string; fd: number; size: number } | undefined;

  /** An entry's result as text, read back from the spool file when it lies there. */
  private text(entry: Entry): string {
    if (typeof entry.json === 'string') return entry.json;
    const { at, length } = entry.json;
    this.readBuffer = grownTo(this.readBuffer, length);
    for (let done = 0; done < length;) done += readSync(this.spool!.fd, this.readBuffer, done, length - done, at + done);
    return this.readBuffer.toString('utf8', 0, length);
  }

  /** One buffer for every entry read back from the spool: the text is decoded from it at once. */
  private readBuffer = Buffer.allocUnsafeSlow(64 * 1024);

  /** Removes the spool file (once the cache is written, or when the run stops). */
  close(): void {
    if (this.spool === undefined) return;
    closeSync(this.spool.fd);
    rmSync(this.spool.path, { force: true });
    this.spool = undefined;
  }

  /** Whether anything changed since the cache was opened (nothing to write otherwise). */
  get dirty(): boolean {
    return this.changed;
  }

  /**
   * The cache file, in pieces made as they are written (the header, then a line per document in
   * file-name order): never one large string, nor a second copy of every entry.
   */
  *serialize(): Generator<string> {
    collectHeapOver();
    const files = [...this.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    yield JSON.stringify({ format: FORMAT, key: this.key });
    for (const file of files) {
      const entry = this.entries.get(file)!;
      yield `\n${JSON.stringify(file)}\t${entry.digest}\t${entry.check}\t${this.text(entry)}`;
    }
    yield '\n';
  }
}

export function digestOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The settings key: the tool build plus every setting that changes an audit result. */
export function settingsKey(buildId: string, settings: object): string {
  return createHash('sha256').update(buildId).update('\0').update(JSON.stringify(settings)).digest('hex');
}

/**
 * The whole run, remembered: when every input of a run is the same as last
 * time (each file's name and content, the settings, the report options, the
 * waivers and the date they are judged on, the baseline), the report and exit
 * code are the same too, so they are kept beside the cache and given back
 * without auditing or formatting anything. The key names every input; any
 * change, or any damage to the file (its check covers the code and the
 * report's bytes), means a full run.
 */
export interface RunMemo {
  code: number;
  /** Why the run failed, as it said on stderr (see exitReason). */
  reason?: string;
  /** Copies the report's bytes out, as they are, in pieces (a large report is never held whole). */
  copyTo(write: (piece: Uint8Array) => void | Promise<void>): Promise<void>;
}

export function runKey(buildId: string, inputs: object): string {
  return createHash('sha256').update(`run\0${buildId}\0`).update(JSON.stringify(inputs)).digest('hex');
}

export function memoPath(cacheLocation: string): string {
  return `${cacheLocation}.report`;
}

/** The memo's check: binds the report's bytes and the exit code to the build and the run key (the code comes last, as it is known last). */
function memoHash(key: string) {
  return createHash('sha256').update(`memo\0${BUILD_ID}\0${key}\0`);
}
const memoCheck = (hash: ReturnType<typeof memoHash>, code: number, reason: string | undefined) => hash.update(`\0${code}\0${reason ?? ''}`).digest('hex');

/** How much of a memo is read at a time: a large report is never held whole. */
const MEMO_READ_BYTES = 1 << 20;

/**
 * The run memo at `cacheLocation` for this run key, checked (its bytes read in pieces):
 * the exit code and a way to copy the report out, or undefined for a miss.
 */
export function readMemo(cacheLocation: string, key: string): RunMemo | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(memoPath(cacheLocation), 'r');
    const first = Buffer.allocUnsafe(Math.min(MEMO_READ_BYTES, 64 * 1024));
    const got = readSync(fd, first, 0, first.length, 0);
    const newline = first.subarray(0, got).indexOf(0x0a);
    if (newline === -1) return undefined;
    const header: unknown = JSON.parse(first.subarray(0, newline).toString('utf8'));
    if (typeof header !== 'object' || header === null) return undefined;
    const { format, key: storedKey, code, reason, check } = header as Record<string, unknown>;
    // A run that writes a report ends with 0 (passed) or 1 (findings); 2 never leaves a memo.
    if (format !== FORMAT || storedKey !== key || (code !== 0 && code !== 1)) return undefined;
    if (reason !== undefined && typeof reason !== 'string') return undefined;
    const hash = memoHash(key);
    const opened = fd;
    const read = (position: number) => {
      const piece = Buffer.allocUnsafe(MEMO_READ_BYTES);
      const got = readSync(opened, piece, 0, MEMO_READ_BYTES, position);
      return got === MEMO_READ_BYTES ? piece : piece.subarray(0, got);
    };
    for (let position = newline + 1, piece = read(position); piece.length > 0; position += piece.length, piece = read(position)) hash.update(piece);
    if (memoCheck(hash, code, reason) !== check) return undefined;
    fd = undefined;
    return {
      code,
      ...(reason !== undefined ? { reason } : {}),
      async copyTo(write) {
        try {
          for (let position = newline + 1, piece = read(position); piece.length > 0; position += piece.length, piece = read(position)) await write(piece);
        } finally {
          closeSync(opened);
        }
      },
    };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The memo file whole: a header line (with the check), then the report (given whole or in pieces). */
export function serializeMemo(key: string, code: number, report: string | readonly (string | Uint8Array)[], reason?: string): (string | Uint8Array)[] {
  const pieces = typeof report === 'string' ? [report] : report;
  const hash = memoHash(key);
  for (const piece of pieces) hash.update(piece);
  return [memoHeader(key, code, memoCheck(hash, code, reason), reason), ...pieces];
}

const memoHeader = (key: string, code: number, check: string, reason: string | undefined) =>
  `${JSON.stringify({ format: FORMAT, key, code, ...(reason !== undefined ? { reason } : {}), check })}\n`;

/**
 * Records a report for the run memo while it is written: its bytes go to a private
 * temporary file (a large report is never held) and into the check. At the end,
 * `header` gives the memo's first line and `copyTo` the report.
 */
export class MemoRecorder {
  private readonly hash;
  private readonly path: string;
  private fd: number | undefined;

  constructor(private readonly key: string) {
    this.hash = memoHash(key);
    this.path = join(tmpdir(), `iop-audit-memo-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.tmp`);
    this.fd = openSync(this.path, 'wx+', 0o600);
    removeWhileOpen(this.path);
  }

  record(piece: string | Uint8Array): void {
    const bytes = typeof piece === 'string' ? encoded(piece) : piece;
    this.hash.update(bytes);
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd!, bytes, done, bytes.length - done);
  }

  header(code: number, reason?: string): string {
    return memoHeader(this.key, code, memoCheck(this.hash, code, reason), reason);
  }

  /** Copies the report out in pieces of one buffer, refilled for each: `write` must be done with a piece when it returns. */
  copyTo(write: (piece: Uint8Array) => void): void {
    // A new mebibyte for each read was garbage collected only every few tens of them: ~20 MiB more at the run's end.
    const piece = Buffer.allocUnsafe(MEMO_READ_BYTES);
    for (let position = 0; ;) {
      const read = readSync(this.fd!, piece, 0, MEMO_READ_BYTES, position);
      if (read === 0) return;
      position += read;
      write(read === MEMO_READ_BYTES ? piece : piece.subarray(0, read));
    }
  }

  discard(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.path, { force: true });
  }
}

