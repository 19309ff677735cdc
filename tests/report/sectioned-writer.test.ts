import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/core/types.js';
import { emptySummary } from '../../src/core/engine.js';
import { junitCounts, junitStream, junit } from '../../src/report/junit.js';
import { sarif, sarifStream } from '../../src/report/sarif.js';
import { github, githubReport } from '../../src/report/github.js';
import { json, jsonStream } from '../../src/report/json.js';
import type { ReportKind } from '../../src/report/index.js';
import { wholeSectioned, type FormatContext, type SectionedStream } from '../../src/report/types.js';
import { reportWriter, spoolFiles } from '../../src/run/report-writer.js';
import { context, controlResult, examplesResult, trickyResult } from './fixture.js';

/**
 * A report writer must give exactly the bytes of the whole report (wholeSectioned for a
 * sectioned report), whether a section stays in memory or goes through a temporary file,
 * and a slow reader must be waited for.
 */
async function written(report: ReportKind, result: ReturnType<typeof examplesResult>, ctx: FormatContext, spool: number, slow = false, spooled = true): Promise<string> {
  const pieces: (string | Uint8Array)[] = [];
  let waits = 0;
  const writer = reportWriter(report, ctx, {
    write: (piece) => { pieces.push(typeof piece === 'string' ? piece : Buffer.from(piece)); },
    drained: () => (slow ? new Promise<void>((resolve) => { waits++; setImmediate(resolve); }) : undefined),
  }, spool);
  try {
    writer.start(result);
    result.documents.forEach((doc, index) => writer.document(doc, index));
    if (spooled && spool === 1 && report.kind === 'sectioned' && result.documents.length > 0) expect(spoolFiles().length).toBeGreaterThan(0);
    await writer.end(result, result.documents.length);
  } finally {
    writer.discard();
  }
  if (slow && spool === 1 && report.kind === 'sectioned' && result.documents.length > 0) expect(waits).toBeGreaterThan(0);
  return Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString('utf8');
}

/** A small sectioned report with three sections, one of them often empty, separators and an empty form. */
const testStream: SectionedStream<{ file: string; failed: boolean }> = {
  sections: ['index', 'failures', 'details'],
  start: (head) => `# ${head.tool.name}\n`,
  document: (doc) => ({
    index: `- ${doc.file}`,
    ...(doc.verdict === 'fail' ? { failures: `* ${doc.file} ✗ (ünïcödé)` } : {}),
    details: `## ${doc.file}\n${doc.results.map((r) => `${r.rule} ${r.status}`).join('\n')}\n`,
  }),
  front: (tail, digests) => `${digests.filter((d) => d.failed).length} of ${digests.length} failed; ${tail.summary.documents} documents\n`,
  around: (section) => ({ before: `<${section}>\n`, after: `\n</${section}>\n` }),
  separator: (section) => (section === 'details' ? '' : '\n'),
  empty: (section) => `<${section}/>\n`,
  end: (_tail, documents) => `(${documents})\n`,
};
const testDigest = (doc: DocumentResult) => ({ file: doc.file, failed: doc.verdict === 'fail' });

const results = { examples: examplesResult(), tricky: trickyResult(), controls: controlResult(), none: { ...examplesResult(), documents: [], summary: emptySummary() } };
const quiet = { ...context, quiet: true };

describe('the report writer', () => {
  for (const [name, result] of Object.entries(results)) {
    for (const spool of [1, 64, 1 << 22]) {
      it(`writes ${name} as the whole formatters do, sections spooled after ${spool} characters`, async () => {
        const sectioned = (stream: SectionedStream<unknown>, digest: (doc: DocumentResult, ctx: FormatContext) => unknown): ReportKind => ({ kind: 'sectioned', stream, digest });
        expect(await written(sectioned(testStream as SectionedStream<unknown>, testDigest), result, context, spool, true)).toBe(wholeSectioned(testStream, testDigest)(result, context));
        for (const ctx of [context, quiet]) {
          expect(await written(sectioned(sarifStream as SectionedStream<unknown>, () => null), result, ctx, spool)).toBe(sarif(result, ctx));
          expect(await written(sectioned(junitStream as SectionedStream<unknown>, junitCounts), result, ctx, spool, true)).toBe(junit(result, ctx));
          const report = githubReport();
          // Its one section (log lines past what could be annotated) may get nothing from a small run.
          expect(await written(sectioned(report.stream as SectionedStream<unknown>, report.digest), result, ctx, spool, false, false)).toBe(github(result, ctx));
          expect(await written({ kind: 'stream', stream: jsonStream }, result, ctx, spool)).toBe(json(result, ctx));
          expect(await written({ kind: 'whole', formatter: junit }, result, ctx, spool)).toBe(junit(result, ctx));
        }
        expect(spoolFiles()).toEqual([]);
      });
    }
  }

  it('gives the empty forms when no document gave a section anything', () => {
    const text = wholeSectioned(testStream, testDigest)(results.none, context);
    expect(text).toBe('# iop-audit\n0 of 0 failed; 0 documents\n<index/>\n<failures/>\n<details/>\n(0)\n');
    expect(JSON.parse(sarif(results.none, context)).runs[0]).toMatchObject({ artifacts: [], results: [] });
  });

  it('removes its temporary files when the run stops before the end', () => {
    const result = results.examples;
    const writer = reportWriter({ kind: 'sectioned', stream: junitStream as SectionedStream<unknown>, digest: junitCounts }, context, { write: () => {} }, 1);
    writer.start(result);
    result.documents.forEach((doc, index) => writer.document(doc, index));
    const files = spoolFiles();
    expect(files.length).toBeGreaterThan(0);
    writer.discard();
    for (const file of files) expect(existsSync(file)).toBe(false);
  });
});
