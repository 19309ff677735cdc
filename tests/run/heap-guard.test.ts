import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectHeapOver, heapGuard } from '../../src/run/heap-guard.js';

describe('the heap guard of a long run', () => {
  it('collects the garbage documents leave once the heap passes its floor, and only every so many documents', () => {
    const check = heapGuard(1, 2);
    // What an audited document leaves behind: many small objects no one holds any more.
    let garbage: unknown[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ rule: `R-${i}`, at: [i, i + 1] }));
    expect(garbage.length).toBe(200_000);
    garbage = undefined;
    const before = getHeapStatistics().used_heap_size;
    check(); // the first document: not checked yet
    expect(getHeapStatistics().used_heap_size).toBeGreaterThanOrEqual(before * 0.9);
    check(); // the second: past the floor, collected
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before * 0.8);
  });
});

describe('collecting the heap before a large run\'s last steps', () => {
  it('collects when the heap holds more than asked, and not otherwise', () => {
    let garbage: unknown[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ rule: `R-${i}`, at: [i, i + 1] }));
    expect(garbage.length).toBe(200_000);
    garbage = undefined;
    const before = getHeapStatistics().used_heap_size;
    collectHeapOver(Number.MAX_SAFE_INTEGER);
    expect(getHeapStatistics().used_heap_size).toBeGreaterThanOrEqual(before * 0.9);
    collectHeapOver(1);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before * 0.8);
  });
});
