import { availableParallelism } from 'node:os';
import type { DocumentResult } from '../core/types.js';
import type { AuditCache } from './cache.js';
import { expand } from './compact.js';
import { heapGuard } from './heap-guard.js';
import type { Problem } from '../core/types.js';
import { decodeDocument } from '../yaml/decode.js';
import { byteArena, scratchBytes, fromBytes, readBytes, readDocument, refusedResult, withinLimit, type Source, type ToAudit, type Triaged } from './read.js';
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
 * Default worker threads, at most 8, by the machine's cores. On one or two cores, none. Threads
 * there cost ~30% more CPU than one thread for the same work: two threads auditing at once each
 * run slower (so did two separate one-thread runs side by side, and an allocation-heavy script,
 * while a plain loop did not), so two threads are faster only from a few thousand documents, and
 * only when the machine is otherwise idle (medians of 3, table: 1,000 documents 1.00 s against 0.93,
 * 3,000 1.96 against 2.21, 10,000 4.86 against 5.96; on a busy machine, slower at all three).
 * And each thread has its own heap: with two, a table or JSON report of 10,000 documents takes
 * 170-210 MiB, SARIF, Markdown and HTML (built here from the workers' results) 213-219 MiB and a
 * cold --cache run 235-245 MiB, over the 200 MiB the tool allows itself on one thread (--threads 2
 * asks for them; before the texts were taken as batches go out, 305-355 and 270-405 MiB). On more
 * cores (not measured here): when the report streams, workers read, audit and format and the main
 * thread only writes, one worker per core; otherwise the main thread reads, orders and builds the
 * report, one worker per core but one.
 */
export function defaultThreads(streamed: boolean): number {
  const cores = availableParallelism();
  if (cores <= 2) return 1;
  return streamed ? Math.min(8, cores) : Math.min(8, cores - 1);
}

/**
 * A source as read: its text (or why it cannot be a document). When caching, its
 * content digest, and the bytes are kept undecoded until the document needs
 * auditing: a document found in the cache is never decoded.
 */
export interface SourceText {
  file: string;
  /** A file not read yet (`path`) is read when its turn comes, so that a run does not hold every text at once. */
  read: { text: string } | { bytes: Uint8Array } | { problem: Problem } | { path: string; maxBytes: number };
  /** The content digest (when caching); for a file to be read again (`path`), that of the bytes read first. */
  digest?: string;
}

/**
 * How many bytes a cached run keeps from its first reading of the files (for their digests) until
 * their turn comes; files past it are read again then. Keeping every file cost a cold run of
 * 10,000 documents (46 MB) up to 245 MiB at its peak; a second read from the page cache costs far less than it saves.
 */
export const KEPT_BYTES = 16 * 1024 * 1024;

/** Reads every source, in order; `digest` is given when the run uses the cache. */
export async function readSources(
  sources: readonly Source[], maxBytes: number, readStdin: () => Promise<Uint8Array>, digest?: (bytes: Uint8Array) => string,
  keptBytes = KEPT_BYTES,
): Promise<SourceText[]> {
  const texts: SourceText[] = [];
  const keep = digest ? byteArena() : undefined;
  let kept = 0;
  for (const source of sources) {
    if (digest) {
      const read = source.path === null ? withinLimit(await readStdin(), maxBytes) : readBytes(source.path, source.file, maxBytes, kept < keptBytes ? keep : scratchBytes);
      if ('problem' in read) {
        texts.push({ file: source.file, read });
      } else if (source.path !== null && kept >= keptBytes) {
        texts.push({ file: source.file, read: { path: source.path, maxBytes }, digest: digest(read.bytes) });
      } else {
        kept += read.bytes.length;
        texts.push({ file: source.file, read, digest: digest(read.bytes) });
      }
      continue;
    }
    texts.push({ file: source.file, read: source.path === null ? fromBytes(await readStdin(), maxBytes) : { path: source.path, maxBytes } });
  }
  return texts;
}


/**
 * What each source read needs, in source order, decided as it is taken: the
 * list of texts is consumed (emptied), so that bytes and text are not both
 * held for the whole run. Bytes are decoded only for documents to audit.
 */
export function* triage(texts: (SourceText | undefined)[], cache?: AuditCache): Generator<Triaged> {
  for (let index = 0; index < texts.length; index++) {
    const { file } = texts[index]!;
    let { digest } = texts[index]!;
    const given = texts[index]!.read;
    texts[index] = undefined;
    let read: { text: string } | { bytes: Uint8Array } | { problem: Problem };
    if (!('path' in given)) read = given;
    else if (digest === undefined) read = readDocument(given.path, file, given.maxBytes);
    else {
      // Read again for its turn (past the bytes a cached run keeps): a file changed since is cached under what it holds now.
      read = readBytes(given.path, file, given.maxBytes, scratchBytes);
      if (!('problem' in read) && cache) {
        const now = cache.digestOf(read.bytes);
        if (now !== digest) cache.changedDuringRun = true;
        digest = now;
      }
    }
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
  const store = (p: { index: number; file: string; digest?: string }, result: DocumentResult) => {
    if (p.digest) options.cache!.set(p.file, p.digest, result);
    settle(p.index, result);
  };
  const onWorkers = options.threads > 1 && options.workerUrl !== undefined;
  if (!onWorkers || (!options.cache && total < WORKER_THRESHOLD)) {
    // One thread: each document is read, audited and handed on in turn, so only one text is held at a time.
    const collectWhenGrown = heapGuard();
    let index = 0;
    for (const source of triage(texts, options.cache)) {
      if ('problem' in source) settle(index, refusedResult(source.file, source.problem));
      else if ('stored' in source) settle(index, expand(source.stored));
      else store({ index, ...source }, auditWith(options.settings, source.text, source.file));
      index++;
      collectWhenGrown();
      const wait = options.pause?.();
      if (wait) await wait;
    }
    return;
  }
  // The documents to audit are taken from the sources as they are needed, so that a run on threads holds
  // only the texts of the batches in flight. The first WORKER_THRESHOLD are held back to learn whether
  // there are enough for threads (a cached run knows only as it goes which documents the cache lacks).
  const sources = triage(texts, options.cache);
  let index = 0;
  const nextToAudit = (): ToAudit | undefined => {
    for (let taken = sources.next(); !taken.done; taken = sources.next()) {
      const source = taken.value;
      const at = index++;
      if ('problem' in source) settle(at, refusedResult(source.file, source.problem));
      else if ('stored' in source) settle(at, expand(source.stored));
      else return { index: at, ...source };
    }
    return undefined;
  };
  const held: ToAudit[] = [];
  for (let next = nextToAudit(); next; next = held.length < WORKER_THRESHOLD ? nextToAudit() : undefined) held.push(next);
  if (held.length >= WORKER_THRESHOLD) {
    // Loaded only for large runs, so a single document never pays for thread start-up code.
    const { auditOnWorkers } = await import('./pool.js');
    // Each held document is released once taken for a batch.
    const take = () => held.shift() ?? nextToAudit();
    // This thread builds the report from the workers' results: its heap is kept in check as on one thread.
    const collectWhenGrown = heapGuard(32 * 1024 * 1024);
    await auditOnWorkers(options.workerUrl!, options.threads, options.settings, take, (document, result) => {
      store(document, result);
      collectWhenGrown();
    }, options.pause);
    return;
  }
  for (const p of held) {
    store(p, auditWith(options.settings, p.text, p.file));
    p.text = '';
    const wait = options.pause?.();
    if (wait) await wait;
  }
}
