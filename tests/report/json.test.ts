import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/core/types.js';
import { json } from '../../src/report/json.js';
import { context, examplesResult, trickyResult } from './fixture.js';

/** The JSON report is written piece by piece; it must be exactly what JSON.stringify writes for the whole result. */
describe('json report', () => {
  const reference = (result: AuditResult, quiet: boolean) => `${JSON.stringify({
    ...result,
    documents: quiet ? result.documents.map((d) => ({ ...d, results: d.results.filter((r) => r.status === 'fail') })) : result.documents,
  }, null, 2)}\n`;

  it.each([
    ['the examples', examplesResult()],
    ['hostile text, waivers and notices', trickyResult()],
    ['no documents', { ...examplesResult(), documents: [] }],
    ['one document', { ...examplesResult(), documents: examplesResult().documents.slice(0, 1) }],
  ])('matches JSON.stringify for %s, quiet or not', (_name, result) => {
    for (const quiet of [false, true]) {
      const text = json(result, { ...context, quiet });
      expect(text).toBe(reference(result, quiet));
      expect(JSON.parse(text)).toEqual(JSON.parse(reference(result, quiet)));
    }
  });
});
