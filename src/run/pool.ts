import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { addSummary, emptySummary } from '../core/engine.js';
import type { DocumentResult, Summary } from '../core/types.js';
import { expand } from './compact.js';
import { v8Collection } from './heap-guard.js';
import { UnreadableError, type ToAudit } from './read.js';
import type { BatchSource, ReportBatch, ReportJob, SourceBatch } from './report-worker.js';
import type { AuditSettings } from './settings.js';
import type { BaselineUse } from '../config/baseline.js';
import type { Batch, BatchResult } from './worker.js';

/** Documents a batch of auditOnWorkers holds. */
const BATCH_SIZE = 64;

/**
 * Audits documents on worker threads, in batches taken from `take` as they are
 * sent (so only the texts of the batches in flight are held), and hands each
 * result to `onResult` with the document it was taken as (without its text).
 * Batches may finish out of order.
 */
export async function auditOnWorkers(
  workerUrl: URL, threads: number, settings: AuditSettings,
  take: () => ToAudit | undefined, onResult: (document: Omit<ToAudit, 'text'>, result: DocumentResult) => void,
  pause?: () => Promise<void> | undefined,
): Promise<void> {
  // What each batch sent holds, by id, until its results are in.
  const sent = new Map<number, Omit<ToAudit, 'text'>[]>();
  let nextId = 0;
  const nextBatch = (): Batch | undefined => {
    const documents: Batch['documents'] = [];
    const taken: Omit<ToAudit, 'text'>[] = [];
    for (let next = take(); next; next = documents.length < BATCH_SIZE ? take() : undefined) {
      const { text, ...document } = next;
      documents.push({ file: document.file, text });
      taken.push(document);
    }
    if (documents.length === 0) return undefined;
    sent.set(nextId, taken);
    return { id: nextId++, documents };
  };
  await onWorkers(workerUrl, settings, threads, nextBatch, () => {}, (message: BatchResult) => {
    const taken = sent.get(message.id)!;
    sent.delete(message.id);
    message.results.forEach((result, i) => onResult(taken[i]!, expand(result)));
  }, pause);
}

/** What a streamed report on worker threads does with what the workers send back. */
export interface ReportHooks {
  /**
   * Runs once the threads are starting and before any batch is sent (they take
   * tens of milliseconds to boot, which it can use); if it throws, nothing is sent.
   */
  start: () => void;
  /** Writes the next piece of the report (UTF-8), in source order. */
  write: (bytes: Uint8Array) => void;
  onProgress: (file: string) => void;
  /** While it holds (the report's reader is behind), no batch is sent. */
  pause?: () => Promise<void> | undefined;
  /** Receives the stored form of each document sent as text (see BatchSource), by its index in the run. */
  onStored?: (index: number, stored: string) => void;
}

/**
 * Writes a streamed report on worker threads: each reads, audits and formats a
 * batch of documents, and the pieces are written here in source order. Returns
 * the run's summary and the waivers used. An unreadable file stops the run
 * there (its UnreadableError message is thrown) after the pieces before it are written.
 */
export async function reportOnWorkers(
  workerUrl: URL, threads: number, job: ReportJob, count: number, sources: Iterator<BatchSource>, hooks: ReportHooks,
): Promise<{ summary: Summary; usedWaivers: Set<number>; baselineUse: BaselineUse }> {
  const { start, write, onProgress, pause, onStored } = hooks;
  const summary = emptySummary();
  const usedWaivers = new Set<number>();
  const matched = new Set<number>();
  const audited = new Set<number>();
  const waiting = new Map<number, ReportBatch>();
  // Where each batch sent starts in the run, by id, and the files it holds (until it is written).
  const firsts: number[] = [];
  const files: (string[] | undefined)[] = [];
  let cut = 0;
  let written = 0;
  let writtenBytes = 0;
  let stop: string | undefined;
  const collect = youngCollection();
  let uncollected = 0;
  // Batches are cut as they are sent, sized by the report written so far (see batchSize).
  const nextBatch = (): SourceBatch | undefined => {
    if (cut >= count) return undefined;
    const first = cut;
    const writtenDocuments = written < firsts.length ? firsts[written]! : cut;
    cut = Math.min(count, first + batchSize(writtenBytes, writtenDocuments));
    // Taken from the sources only now, so that only the batches in flight are held.
    const batch: BatchSource[] = [];
    for (let index = first; index < cut; index++) batch.push(sources.next().value as BatchSource);
    firsts.push(first);
    files.push(batch.map((source) => source.file));
    return { id: firsts.length - 1, first, sources: batch };
  };
  // No more threads than first batches: a thread would have nothing to do.
  await onWorkers(workerUrl, job, Math.min(threads, Math.ceil(count / FIRST_BATCH)), nextBatch, start, (reply: ReportBatch) => {
    reply.usedWaivers.forEach((position) => usedWaivers.add(position));
    reply.baselineUse?.matched.forEach((position) => matched.add(position));
    reply.baselineUse?.audited.forEach((position) => audited.add(position));
    if (onStored) for (const [offset, stored] of reply.stored ?? []) onStored(firsts[reply.id]! + offset, stored);
    waiting.set(reply.id, reply);
    for (let next = waiting.get(written); next && stop === undefined; next = waiting.get(written)) {
      waiting.delete(written);
      write(next.bytes);
      writtenBytes += next.bytes.length;
      uncollected += next.bytes.length;
      if (uncollected >= COLLECT_AFTER) {
        collect();
        uncollected = 0;
      }
      addSummary(summary, next.summary);
      for (const file of files[written]!) onProgress(file);
      files[written] = undefined;
      stop = next.unreadable;
      written++;
    }
    return stop === undefined;
  }, pause);
  if (stop !== undefined) throw new UnreadableError(stop);
  return { summary, usedWaivers, baselineUse: { matched: [...matched], audited: [...audited] } };
}

/** A report batch's documents: at first FIRST_BATCH; then as many as make about BATCH_BYTES of report, at the rate written so far, within MIN_BATCH..MAX_BATCH. */
function batchSize(writtenBytes: number, writtenDocuments: number): number {
  if (writtenDocuments === 0) return FIRST_BATCH;
  const perDocument = writtenBytes / writtenDocuments;
  return Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.round(BATCH_BYTES / Math.max(1, perDocument))));
}

/**
 * A report batch's size in bytes of report. A batch's piece is held whole on its worker (as text,
 * then as bytes) and here until written, two batches in flight per worker: batches of 64 documents
 * made pieces of ~1.6 MB of table and ~7 MB of JSON, and a JSON report of 10,000 documents on two
 * threads took 306-356 MiB (its workers' heaps full of large strings). Sized to about 512 KB
 * (measured against 1 and 2 MB): table 184-198 -> 175-181 MiB, JSON 306-356 -> 186 MiB with ~30%
 * less CPU (28 -> 19 s user).
 */
const BATCH_BYTES = 512 * 1024;
const FIRST_BATCH = 8;
const MIN_BATCH = 4;
const MAX_BATCH = 64;

/** Bytes of report written between two young-generation collections of this thread's heap (see youngCollection). */
const COLLECT_AFTER = 4 * 1024 * 1024;

/**
 * A collection of this thread's young generation (under a millisecond: this thread holds little).
 * The report's pieces come from the workers in transferred buffers (about 512 KB each, see
 * BATCH_BYTES) that are garbage once written; this thread allocates too little to collect on its own, and V8
 * counts the buffers only as external memory, collected past 64 MiB of it. Collected every 4 MB
 * written, a streamed table of 10,000 documents on two threads peaked at ~190 MiB instead of ~240.
 */
function youngCollection(): () => void {
  const gc = v8Collection();
  return () => gc({ type: 'minor' });
}

/**
 * Runs batches on `threads` workers, two batches in flight per worker, each
 * taken from `nextBatch` as it is sent (undefined: none left), handing each
 * reply to `onReply`; when it returns `false`, no more batches are sent.
 * `start` runs after the workers are created, before the first batch. None is
 * sent while `pause` holds (the report's reader is behind), so memory does not grow with the run.
 */
async function onWorkers<Reply>(
  workerUrl: URL, workerData: unknown, threads: number, nextBatch: () => unknown, start: () => void,
  onReply: (reply: Reply) => boolean | void, pause?: () => Promise<void> | undefined,
): Promise<void> {
  let stopped = false;
  let finished = false;
  // Each thread's heap is bounded: an old generation of at most 1 GiB puts V8 on its thriftier
  // heap growth (a 1 MiB document on the full reader needs under 128 MiB). The young generation
  // is a trade of memory for time, measured on 10,000 documents: 8 MiB (as 12) scavenges ~440
  // times, 16 MiB (as 13) ~240 times, ~4% faster for ~8 MiB more peak memory (about 137 MiB).
  const resourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 };
  // A thread starts at bin/worker.cjs, which runs the bundle (dist/*.cjs) from its code cache.
  const entry = new URL('../bin/worker.cjs', workerUrl);
  const data = { bundle: fileURLToPath(workerUrl), job: workerData };
  // Each thread optimises its hot code itself rather than on V8's background threads. With every core
  // busy auditing, background compilations wait for a core, and a thread runs unoptimised code for
  // longer: on 10,000 documents on two cores this made a run ~6% slower (median of 16). The flag is read when
  // an isolate starts, so it takes effect in the workers created below and leaves this thread's as it is.
  setFlagsFromString('--no-concurrent-recompilation');
  const workers = Array.from({ length: threads }, () => new Worker(entry, { workerData: data, resourceLimits }));
  try {
    start();
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      // Sends the next batch; once there is none to send (or the run stopped), the worker is done when its last reply is in.
      const send = () => {
        const batch = stopped || finished ? undefined : nextBatch();
        if (batch === undefined) {
          finished = true;
          if (inFlight === 0) resolve();
          return;
        }
        inFlight++;
        worker.postMessage(batch);
      };
      worker.on('message', (reply: Reply) => {
        inFlight--;
        const wait = pause?.();
        // The next batch goes out first, so the worker is not idle while the reply is handled.
        if (!wait) send();
        if (onReply(reply) === false) stopped = true;
        if (wait) wait.then(send, reject);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (code !== 0) reject(new Error(`a worker thread stopped with code ${code}`)); });
      // Two batches in flight: the worker starts the second while its reply to the first is on its
      // way, instead of idling for the round trip (~7% of a worker's time on 10,000 documents).
      send();
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
