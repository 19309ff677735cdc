import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { junit } from '../../src/report/junit.js';
import { sarif } from '../../src/report/sarif.js';
import { table } from '../../src/report/table.js';
import { context, examplesResult } from './fixture.js';

/** The technical formats carry each finding's own fix beside it, as the client formats do (#15). */
describe('each finding\'s fix in the technical formats', () => {
  const result = examplesResult();
  const draft = result.documents.find((d) => d.file.endsWith('new-horizons-draft.yaml'))!;
  const wait = draft.results.find((r) => r.rule === 'SAMHSA-02')!.findings.find((f) => f.pointer.endsWith('days_to_first_session'))!;

  it('has a fix to show', () => {
    expect(wait.fix).toBe('Shorten the wait from first contact to the first session by at least 14 days, to 7 days or fewer (now 21).');
  });

  it('table: on the line after the finding, marked with an arrow', () => {
    const text = table(result, { ...context, width: 400 });
    expect(text).toContain(`→ ${wait.fix}`);
  });

  it('SARIF: in the result\'s properties', () => {
    const log = JSON.parse(sarif(result, context));
    const found = log.runs[0].results.find((r: { ruleId: string; locations: { logicalLocations?: { fullyQualifiedName?: string }[] }[]; properties: { fix?: string } }) =>
      r.ruleId === 'SAMHSA-02' && r.properties.fix === wait.fix);
    expect(found).toBeDefined();
  });

  it('JUnit: in the failure\'s text', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(junit(result, context));
    const suites = [parsed.testsuites.testsuite].flat();
    const suite = suites.find((s: { '@_name': string }) => s['@_name'].includes('new-horizons-draft'));
    const testcase = [suite.testcase].flat().find((t: { '@_name': string }) => t['@_name'].startsWith('SAMHSA-02'));
    expect(String(testcase.failure['#text'])).toContain(`Fix: ${wait.fix}`);
    // And the requirements the failure touches in the selected packs (the crosswalk).
    expect(String(testcase.failure['#text'])).toMatch(/\nRequirements: samhsa-tip47:2\b/);
  });
});
