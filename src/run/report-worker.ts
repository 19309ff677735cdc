import { parentPort, workerData } from 'node:worker_threads';
import { emptySummary } from '../core/engine.js';
import type { DocumentResult, Summary } from '../core/types.js';
import type { BaselineUse } from '../config/baseline.js';
import { loadReportStream, type Format, type FormatContext } from '../report/index.js';
import { allRules } from '../packs/index.js';
import { expand, storedForm } from './compact.js';
import { loadPolicy, reportPiece, type PolicySetup } from './policy.js';
import { readDocument, refusedResult, UnreadableError, type Source, type Triaged } from './read.js';
import { auditWith, registerSettingsPacks, type AuditSettings } from './settings.js';

/**
 * A worker thread that does a document's whole journey for a streamed report:
 * it reads the file, audits it, applies the policy and writes the document's
 * piece of the report. The main thread only puts the pieces in order (and, in
 * a cached run, reads the files and keeps the results).
 */
export interface ReportJob {
  settings: AuditSettings;
  policy: PolicySetup;
  /** A format that streams (see loadReportStream). */
  format: Format;
  context: Omit<FormatContext, 'rules'>;
  maxBytes: number;
}

/**
 * A document for the worker: a file to read, or, in a cached run (where the
 * main thread has read every file to know its digest), what the main thread
 * found it needs (see triage in run.ts): auditing its text, the result the
 * cache holds, or refusing it.
 */
export type BatchSource = Source | Triaged;

export interface SourceBatch {
  id: number;
  /** Index of the batch's first document in the run. */
  first: number;
  sources: BatchSource[];
}

export interface ReportBatch {
  id: number;
  /**
   * The batch's pieces of the report, joined, in UTF-8 (its buffer is transferred, not copied). A
   * table's text is two-byte (box drawing): sent as a string it was copied into the main thread's
   * heap and encoded there to be written, ~0.35 s of the main thread's CPU on 10,000 documents.
   */
  bytes: Uint8Array;
  summary: Summary;
  /** Waivers (by position in the config) used so far on this thread. */
  usedWaivers: number[];
  /** Baseline entries (by position) matched, and those of documents audited, in this batch (new to this thread). */
  baselineUse?: BaselineUse;
  /** Set when a file could not be read: the batch stops before it. */
  unreadable?: string;
  /** Results of documents sent as text, for the cache, in stored form (by position in the batch). */
  stored?: [number, string][];
}

// Started by bin/worker.cjs (see onWorkers in pool.ts), which passes the job beside the bundle's path.
const job = (workerData as { job: ReportJob }).job;
// The run's pack files are part of this thread's catalog before any result is expanded or formatted.
registerSettingsPacks(job.settings);
const context: FormatContext = { ...job.context, rules: allRules() };
const utf8 = new TextEncoder();
const ready = Promise.all([loadPolicy(job.policy), loadReportStream(job.format)]);

parentPort?.on('message', async (batch: SourceBatch) => {
  const [policy, stream] = await ready;
  if (!stream) throw new Error(`the ${job.format} report cannot be written in pieces`);
  const summary = emptySummary();
  let text = '';
  let unreadable: string | undefined;
  let stored: [number, string][] | undefined;
  for (const [offset, source] of batch.sources.entries()) {
    const { file } = source;
    let audited: DocumentResult;
    if ('stored' in source) audited = expand(source.stored);
    else if ('problem' in source) audited = refusedResult(file, source.problem);
    else if ('text' in source) {
      audited = auditWith(job.settings, source.text, file);
      (stored ??= []).push([offset, storedForm(audited)]);
    } else {
      let read;
      try {
        read = readDocument(source.path!, file, job.maxBytes);
      } catch (error) {
        if (!(error instanceof UnreadableError)) throw error;
        unreadable = error.message;
        break;
      }
      audited = 'problem' in read ? refusedResult(file, read.problem) : auditWith(job.settings, read.text, file);
    }
    text += reportPiece(audited, batch.first + offset, policy, stream, context, summary);
  }
  const bytes = utf8.encode(text);
  const reply: ReportBatch = {
    id: batch.id, bytes, summary, usedWaivers: policy.waivers.used(),
    ...(policy.baseline ? { baselineUse: policy.baseline.takeUse() } : {}), ...(unreadable ? { unreadable } : {}), ...(stored ? { stored } : {}),
  };
  parentPort!.postMessage(reply, [bytes.buffer as ArrayBuffer]);
});
