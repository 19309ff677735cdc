import { availableParallelism } from 'node:os';
import type { DocumentResult } from '../core/types.js';
import type { AuditCache } from './cache.js';
import { fromBytes, readDocument, type ReadResult, type Source } from './read.js';
import { auditWith, type AuditSettings } from './settings.js';

export interface RunOptions {
  settings: AuditSettings;
  cache?: AuditCache;
  /** Worker threads to use; 1 audits on the main thread. */
  threads: number;
  /** Where the worker entry lives (the bundled dist/worker.js). */
  workerUrl?: URL;
  onProgress?(done: number, file: string): void;
}

/** Below this many documents to audit, starting threads costs more than it saves (measured on 2 cores: slower at 200 and 300, faster from about 500). */
const WORKER_THRESHOLD = 500;

/** Default threads: every core, at most 8. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** A source as read: its text (or why it cannot be a document) and, when caching, its content digest. */
export interface SourceText {
  file: string;
  read: ReadResult;
  digest?: string;
}

/** Reads every source, in order; `digest` is given when the run uses the cache. */
export async function readSources(
  sources: readonly Source[], maxBytes: number, readStdin: () => Promise<Uint8Array>, digest?: (bytes: Uint8Array) => string,
): Promise<SourceText[]> {
  const texts: SourceText[] = [];
  for (const source of sources) {
    const read = source.path === null ? fromBytes(await readStdin(), maxBytes) : readDocument(source.path, source.file, maxBytes);
    texts.push({ file: source.file, read, ...(digest && 'text' in read ? { digest: digest(read.bytes) } : {}) });
  }
  return texts;
}

/**
 * Audits every source that was read, in order. Documents already in the cache
 * are not audited again; the rest are audited on this thread or, when there
 * are many, on worker threads. Each path gives the same results.
 */
export async function auditSources(texts: readonly SourceText[], options: RunOptions): Promise<DocumentResult[]> {
  const results: (DocumentResult | undefined)[] = new Array(texts.length);
  const pending: { index: number; file: string; text: string; digest?: string }[] = [];
  let done = 0;
  const progress = (file: string) => options.onProgress?.(++done, file);
  for (const [index, { file, read, digest }] of texts.entries()) {
    if ('problem' in read) {
      results[index] = { file, verdict: 'invalid', problems: [read.problem], results: [] };
      progress(file);
      continue;
    }
    const cached = digest ? options.cache?.get(file, digest) : undefined;
    if (cached) {
      results[index] = cached;
      progress(file);
      continue;
    }
    pending.push({ index, file, text: read.text, ...(digest ? { digest } : {}) });
  }

  let audited: DocumentResult[];
  if (options.threads > 1 && options.workerUrl && pending.length >= WORKER_THRESHOLD) {
    let reported = 0;
    // Loaded only for large runs, so a single document never pays for thread start-up code.
    const { auditOnWorkers } = await import('./pool.js');
    const documents = pending.map(({ file, text }) => ({ file, text }));
    for (const p of pending) p.text = '';
    audited = await auditOnWorkers(options.workerUrl, options.threads, options.settings, documents, (count) => {
      for (let i = 0; i < count; i++) progress(pending[reported++]!.file);
    });
  } else {
    audited = pending.map((p) => {
      const result = auditWith(options.settings, p.text, p.file);
      progress(p.file);
      return result;
    });
  }
  pending.forEach((p, i) => {
    const result = audited[i]!;
    results[p.index] = result;
    if (p.digest) options.cache!.set(p.file, p.digest, result);
  });
  return results as DocumentResult[];
}
