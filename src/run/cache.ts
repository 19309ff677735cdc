import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { DocumentResult } from '../core/types.js';
import { compact, expand, type CompactResult } from './compact.js';

/**
 * Audit results kept between runs (`--cache`), in the manner of ESLint's cache:
 * an entry is reused only when the file's content, the tool build and the
 * audit settings are all unchanged. Entries hold the audit before waivers and
 * the baseline are applied, so a changed waiver or baseline never needs a
 * re-audit and can never be served stale. A cache that cannot be read is
 * simply empty: the cache may speed a run up, never change its result.
 */
const FORMAT = 1;

interface CacheFile {
  format: number;
  key: string;
  entries: Record<string, { digest: string; result: CompactResult }>;
}

export class AuditCache {
  private readonly entries: Map<string, { digest: string; result: CompactResult }>;
  private changed = false;

  private constructor(readonly key: string, entries: CacheFile['entries']) {
    this.entries = new Map(Object.entries(entries));
  }

  /** Opens the cache at `path` for runs with this settings key; a missing, corrupt or foreign file gives an empty cache. */
  static async open(path: string, key: string): Promise<AuditCache> {
    try {
      const data = JSON.parse(await readFile(path, 'utf8')) as Partial<CacheFile>;
      if (data.format === FORMAT && data.key === key && data.entries && typeof data.entries === 'object') {
        return new AuditCache(key, data.entries);
      }
    } catch {
      // Unreadable or not ours: start afresh.
    }
    const cache = new AuditCache(key, {});
    cache.changed = true;
    return cache;
  }

  /** The content digest entries are keyed on. */
  digestOf(bytes: Uint8Array): string {
    return digestOf(bytes);
  }

  get(file: string, digest: string): DocumentResult | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.digest !== digest) return undefined;
    try {
      return expand(entry.result);
    } catch {
      return undefined; // a damaged entry is a miss, never a wrong result
    }
  }

  set(file: string, digest: string, result: DocumentResult): void {
    this.entries.set(file, { digest, result: compact(result) });
    this.changed = true;
  }

  /** Whether anything changed since the cache was opened (nothing to write otherwise). */
  get dirty(): boolean {
    return this.changed;
  }

  serialize(): string {
    const entries = Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return JSON.stringify({ format: FORMAT, key: this.key, entries } satisfies CacheFile);
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
 * change, or any damage to the file, means a full run.
 */
export interface RunMemo {
  code: number;
  /** The report's bytes, passed through as they are (no decoding: a large report stays cheap). */
  body: Uint8Array;
}

export function runKey(buildId: string, inputs: object): string {
  return createHash('sha256').update(`run\0${buildId}\0`).update(JSON.stringify(inputs)).digest('hex');
}

export function memoPath(cacheLocation: string): string {
  return `${cacheLocation}.report`;
}

export function readMemo(cacheLocation: string, key: string): RunMemo | undefined {
  try {
    const stored = readFileSync(memoPath(cacheLocation));
    const newline = stored.indexOf(0x0a);
    const header = JSON.parse(stored.subarray(0, newline).toString('utf8')) as { format?: unknown; key?: unknown; code?: unknown };
    if (header.format !== FORMAT || header.key !== key || typeof header.code !== 'number') return undefined;
    return { code: header.code, body: stored.subarray(newline + 1) };
  } catch {
    return undefined;
  }
}

export function serializeMemo(key: string, code: number, report: string): string {
  return `${JSON.stringify({ format: FORMAT, key, code })}\n${report}`;
}
