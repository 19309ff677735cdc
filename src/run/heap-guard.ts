import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps a long run's heap near what it holds. V8 sizes the old generation's growth by the
 * machine's memory: on a machine with gigabytes free it lets the heap grow to about four times
 * what survived the last full collection before collecting again. A run keeps little (some
 * tens of MiB: the catalog, the current document, the report's digests), but each document
 * leaves garbage behind, so a 10,000-document run's heap grew to ~150 MiB and its process past
 * 250 MiB before V8 collected. Checked every `every` documents (reading the heap's size costs
 * well under a microsecond): past `floor` bytes, or twice what survived the last collection
 * here, whichever is more, the heap is collected (10-20 ms for what a run keeps).
 * Returns the check, to call after each document.
 */
export function heapGuard(floor = 64 * 1024 * 1024, every = 64): () => void {
  let limit = floor;
  let documents = 0;
  return () => {
    if (++documents % every !== 0 || getHeapStatistics().used_heap_size < limit) return;
    v8Collection()();
    limit = Math.max(floor, 2 * getHeapStatistics().used_heap_size);
  };
}

/**
 * Collects the heap if it holds more than `bytes`: before a large run's last steps (laying out a
 * sectioned report, writing the cache), which allocate much on top of what the documents left
 * behind (up to 64 MiB: see heapGuard). Measured at 10,000 documents with a cold cache: the
 * cache's writing raised the peak by 5-24 MiB, Markdown's and HTML's front matter by ~15 MiB;
 * now by 0-8. A small run's heap is under the default and pays nothing.
 */
export function collectHeapOver(bytes = 32 * 1024 * 1024): void {
  if (getHeapStatistics().used_heap_size > bytes) v8Collection()();
}

/** V8's collection: the whole heap, or with `{ type: 'minor' }` only the young generation. */
type Collection = (options?: { type: 'major' | 'minor' }) => void;

let collect: Collection | undefined;

/** V8's collection, which it hands to scripts only with --expose-gc. */
export function v8Collection(): Collection {
  if (collect === undefined) {
    // Set now, the flag gives the next context `gc`. It is then set back: V8 takes a bundle's compiled code only
    // under the flags it was made with, and a bundle started later in the run (the YAML libraries) would be compiled anew.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as Collection;
    setFlagsFromString('--no-expose-gc');
  }
  return collect;
}
