import { availableParallelism } from 'node:os';
import type { DocumentResult } from '../core/types.js';
import type { AuditCache } from './cache.js';
import { expand, type CompactResult } from './compact.js';
import type { Problem } from '../core/types.js';
import { decodeDocument } from '../yaml/decode.js';
import { byteArena, fromBytes, readBytes, readDocument, refusedResult, withinLimit, type Source } from './read.js';
import { auditWith, type AuditSettings } from './settings.js';

export interface RunOptions {
  settings: AuditSettings;
  cache?: AuditCache;
  /** Worker threads to use; 1 audits on the main thread. */
  threads: number;
  /** Where the worker bundle lives (dist/worker.cjs). */
  workerUrl?: URL;
  onProgress?(done: number, file: string): void;
  /** Asked between documents (on workers, between batches); a promise holds auditing until it resolves. */
  pause?(): Promise<void> | undefined;
}

/** Below this many documents to audit, starting threads costs more than it saves (measured on 2 cores: slower at 200 and 300, faster from about 500). */
export const WORKER_THRESHOLD = 500;

/**
 * Default worker threads, at most 8. When the report streams, workers read
 * (unless the cache needs the files read here), audit and format, and the main
 * thread only writes: one worker per core.
 * Otherwise the main thread reads, orders and builds the report: one worker per
 * core but one, and none on one or two cores (measured on 2 cores: two workers
 * beside such a main thread audit 10,000 documents slower, 5.7 s, than the
 * main thread alone, 5.2 s).
 */
export function defaultThreads(streamed: boolean): number {
  const cores = availableParallelism();
  if (streamed) return Math.min(8, cores);
  return cores >= 3 ? Math.min(8, cores - 1) : 1;
}

/**
 * A source as read: its text (or why it cannot be a document). When caching, its
 * content digest, and the bytes are kept undecoded until the document needs
 * auditing: a document found in the cache is never decoded.
 */
export interface SourceText {
  file: string;
  read: { text: string } | { bytes: Uint8Array } | { problem: Problem };
  digest?: string;
}

/** Reads every source, in order; `digest` is given when the run uses the cache. */
export async function readSources(
  sources: readonly Source[], maxBytes: number, readStdin: () => Promise<Uint8Array>, digest?: (bytes: Uint8Array) => string,
): Promise<SourceText[]> {
  const texts: SourceText[] = [];
  const keep = digest ? byteArena() : undefined;
  for (const source of sources) {
    if (digest) {
      const read = source.path === null ? withinLimit(await readStdin(), maxBytes) : readBytes(source.path, source.file, maxBytes, keep);
      texts.push('problem' in read ? { file: source.file, read } : { file: source.file, read, digest: digest(read.bytes) });
      continue;
    }
    const read = source.path === null ? fromBytes(await readStdin(), maxBytes) : readDocument(source.path, source.file, maxBytes);
    texts.push({ file: source.file, read });
  }
  return texts;
}

/** What a source read needs: refusing (why), its result from the cache (as stored), or auditing (its text; when caching, the digest its result is kept under). */
export type Triaged =
  | { file: string; problem: Problem }
  | { file: string; stored: CompactResult }
  | { file: string; text: string; digest?: string };

/**
 * What each source read needs, in source order, decided as it is taken: the
 * list of texts is consumed (emptied), so that bytes and text are not both
 * held for the whole run. Bytes are decoded only for documents to audit.
 */
export function* triage(texts: (SourceText | undefined)[], cache?: AuditCache): Generator<Triaged> {
  for (let index = 0; index < texts.length; index++) {
    const { file, read, digest } = texts[index]!;
    texts[index] = undefined;
    if ('problem' in read) {
      yield { file, problem: read.problem };
      continue;
    }
    const stored = digest ? cache?.stored(file, digest) : undefined;
    if (stored) {
      yield { file, stored };
      continue;
    }
    const decoded = 'text' in read ? read : decodeDocument(read.bytes);
    yield 'problem' in decoded ? { file, problem: decoded.problem } : { file, text: decoded.text, ...(digest ? { digest } : {}) };
  }
  texts.length = 0;
}

/**
 * Audits every source that was read and hands each result to `onResult` in
 * source order, as soon as it and all before it are done (so a large run's
 * report can be written while it runs, and results need not be kept).
 * Documents already in the cache are not audited again; the rest are audited
 * on this thread or, when there are many, on worker threads. Each path gives
 * the same results. The list of texts is consumed (see triage), and each text
 * is freed once audited.
 */
export async function auditSources(
  texts: (SourceText | undefined)[], options: RunOptions, onResult: (result: DocumentResult, index: number) => void,
): Promise<void> {
  const total = texts.length;
  const ready: (DocumentResult | undefined)[] = new Array(total);
  let delivered = 0;
  let done = 0;
  const settle = (index: number, result: DocumentResult) => {
    ready[index] = result;
    options.onProgress?.(++done, result.file);
    while (delivered < total && ready[delivered] !== undefined) {
      const next = ready[delivered]!;
      // Delivered results are not kept here.
      ready[delivered] = undefined;
      onResult(next, delivered++);
    }
  };
  const toAudit: { index: number; file: string; text: string; digest?: string }[] = [];
  let index = 0;
  for (const source of triage(texts, options.cache)) {
    if ('problem' in source) settle(index, refusedResult(source.file, source.problem));
    else if ('stored' in source) settle(index, expand(source.stored));
    else toAudit.push({ index, ...source });
    index++;
  }
  const store = (p: (typeof toAudit)[number], result: DocumentResult) => {
    if (p.digest) options.cache!.set(p.file, p.digest, result);
    settle(p.index, result);
  };
  if (options.threads > 1 && options.workerUrl && toAudit.length >= WORKER_THRESHOLD) {
    // Loaded only for large runs, so a single document never pays for thread start-up code.
    const { auditOnWorkers } = await import('./pool.js');
    const documents = toAudit.map(({ file, text }) => ({ file, text }));
    for (const p of toAudit) p.text = '';
    await auditOnWorkers(options.workerUrl, options.threads, options.settings, documents, (first, results) => {
      results.forEach((result, i) => store(toAudit[first + i]!, result));
    }, options.pause);
  } else {
    for (const p of toAudit) {
      store(p, auditWith(options.settings, p.text, p.file));
      p.text = '';
      const wait = options.pause?.();
      if (wait) await wait;
    }
  }
}
