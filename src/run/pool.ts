import { Worker } from 'node:worker_threads';
import type { DocumentResult } from '../core/types.js';
import { expand } from './compact.js';
import type { AuditSettings } from './settings.js';
import type { Batch, BatchResult } from './worker.js';

const BATCH_SIZE = 64;

/**
 * Audits documents on worker threads, one per spare core, in batches. Each
 * batch's results are handed to `onBatch` as it finishes, with the index of its
 * first document (batches may finish out of order). The list of documents is
 * consumed (emptied).
 */
export async function auditOnWorkers(
  workerUrl: URL, threads: number, settings: AuditSettings,
  documents: { file: string; text: string }[], onBatch: (first: number, results: DocumentResult[]) => void,
): Promise<void> {
  const batches: Batch[] = [];
  for (let i = 0; i < documents.length; i += BATCH_SIZE) batches.push({ id: batches.length, documents: documents.slice(i, i + BATCH_SIZE) });
  // The batches now own the texts; the caller's list is emptied so each text can be freed once sent.
  documents.length = 0;
  let next = 0;
  // A small young generation keeps each thread's garbage (parse trees of finished documents) from piling up.
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(workerUrl, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: 8 } }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= batches.length) return resolve();
        const batch = batches[next]!;
        // The text is needed only until it is sent: let it go, so memory does not grow with the run.
        batches[next++] = { id: batch.id, documents: [] };
        worker.postMessage(batch);
      };
      worker.on('message', (message: BatchResult) => {
        send();
        onBatch(message.id * BATCH_SIZE, message.results.map(expand));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (code !== 0) reject(new Error(`a worker thread stopped with code ${code}`)); });
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
