import { Worker } from 'node:worker_threads';
import type { DocumentResult } from '../core/types.js';
import { expand, type CompactResult } from './compact.js';
import type { AuditSettings } from './settings.js';
import type { Batch, BatchResult } from './worker.js';

const BATCH_SIZE = 64;

/**
 * Audits documents on worker threads, one per spare core, in batches; results
 * come back in input order, identical to a single-threaded run.
 */
export async function auditOnWorkers(
  workerUrl: URL, threads: number, settings: AuditSettings,
  documents: { file: string; text: string }[], onDone: (count: number) => void,
): Promise<DocumentResult[]> {
  const batches: Batch[] = [];
  for (let i = 0; i < documents.length; i += BATCH_SIZE) batches.push({ id: batches.length, documents: documents.slice(i, i + BATCH_SIZE) });
  const results: CompactResult[][] = new Array(batches.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(workerUrl, { workerData: settings }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= batches.length) return resolve();
        worker.postMessage(batches[next++]);
      };
      worker.on('message', (message: BatchResult) => {
        results[message.id] = message.results;
        onDone(message.results.length);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (code !== 0) reject(new Error(`a worker thread stopped with code ${code}`)); });
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat().map(expand);
}
