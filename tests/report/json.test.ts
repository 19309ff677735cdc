import { describe, expect, it } from 'vitest';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import type { AuditResult, DocumentResult } from '../../src/core/types.js';
import { packResults } from '../../src/packs/crosswalk.js';
import { PACKS, RULES } from '../../src/packs/index.js';
import { selectPacks } from '../../src/packs/select.js';
import { json } from '../../src/report/json.js';
import { context, examplesResult, trickyResult } from './fixture.js';

/** The JSON report is written piece by piece; it must be exactly what JSON.stringify writes for the whole result. */
describe('json report', () => {
  // What each document carries besides its audit: the selected packs' ratings, and the requirements each failure touches.
  const packs = selectPacks(undefined, PACKS);
  const selected = new Set(packs.map((p) => p.id));
  const enrich = (d: DocumentResult, quiet: boolean) => {
    if (d.verdict === 'invalid') return d;
    const results = (quiet ? d.results.filter((r) => r.status === 'fail') : d.results).map((r) => (r.status === 'fail' || r.status === 'waived'
      ? { ...r, requirements: RULES.find((x) => x.id === r.rule)!.implements.filter((k) => selected.has(k.split(':')[0]!)) }
      : r));
    return { ...d, results, packs: packResults(d, packs, RULES) };
  };
  const reference = (result: AuditResult, quiet: boolean) => `${JSON.stringify({
    ...result,
    documents: result.documents.map((d) => enrich(d, quiet)),
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

  it('gives every result and finding its fingerprint, in the form the report schema documents', () => {
    const report = JSON.parse(json(examplesResult(), context));
    const form = new RegExp(reportSchema.$defs.fingerprint.pattern);
    let findings = 0;
    for (const doc of report.documents) {
      for (const r of doc.results) {
        expect(r.fingerprint).toMatch(form);
        for (const f of r.findings) {
          expect(f.fingerprint).toMatch(form);
          findings++;
        }
      }
    }
    expect(findings).toBeGreaterThan(20);
    expect(reportSchema.$defs.finding.properties.fingerprint).toEqual({ $ref: '#/$defs/fingerprint' });
    expect(reportSchema.$defs.ruleResult.properties.fingerprint).toEqual({ $ref: '#/$defs/fingerprint' });
  });
});
