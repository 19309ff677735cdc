import { parentPort, workerData } from 'node:worker_threads';
import { compact, type CompactResult } from './compact.js';
import { auditWith, type AuditSettings } from './settings.js';

/** A worker thread: audits batches of documents sent by the main thread, in the order given. */
export interface Batch {
  id: number;
  documents: { file: string; text: string }[];
}

export interface BatchResult {
  id: number;
  results: CompactResult[];
}

// Started by bin/worker.cjs (see onWorkers in pool.ts), which passes the job beside the bundle's path.
const settings = (workerData as { job: AuditSettings }).job;
parentPort?.on('message', (batch: Batch) => {
  const results = batch.documents.map((d) => compact(auditWith(settings, d.text, d.file)));
  parentPort!.postMessage({ id: batch.id, results } satisfies BatchResult);
});
