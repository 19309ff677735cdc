import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { parsePack } from '../../src/packs/user-pack.js';
import { lineOf } from '../support/audit.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function audit(packFile: string, example: string) {
  const { pack, rules } = parsePack(read(packFile), packFile);
  const text = read(`examples/${example}`);
  const doc = auditText(text, `examples/${example}`, { rules, standards: [pack.id] });
  const byId = Object.fromEntries(doc.results.filter((r) => r.standard === pack.id).map((r) => [r.rule, r]));
  return { text, byId, pack };
}

describe('the packs shipped in packs/', () => {
  it('the DC state pack audits the examples, with findings at their lines', () => {
    const draft = audit('packs/dc-22a-6329.yaml', 'new-horizons-draft.yaml');
    expect(draft.pack.jurisdiction).toEqual({ kind: 'state', name: 'District of Columbia' });
    expect(draft.byId['DC-01']).toMatchObject({ status: 'fail', severity: 'error' });
    expect(draft.byId['DC-01']!.message).toMatch(/^The schedule gives 4\.5 hours of treatment a week/);
    expect(draft.byId['DC-01']!.line).toBe(lineOf(draft.text, 'timetable:'));
    expect(draft.byId['DC-07']).toMatchObject({ status: 'fail', severity: 'warning' });
    expect(draft.byId['DC-07']!.line).toBe(lineOf(draft.text, 'exclusions: [co-occurring-mental-health]'));
    const day = audit('packs/dc-22a-6329.yaml', 'summit-day-program.yaml');
    expect(day.byId['DC-03']).toMatchObject({ status: 'fail', severity: 'warning' });
    // A mental-health-only program is outside a substance-use rule.
    const mood = audit('packs/dc-22a-6329.yaml', 'lakeside-mood-iop.yaml');
    expect(Object.values(mood.byId).every((r) => r.status === 'not-applicable')).toBe(true);
    const evening = audit('packs/dc-22a-6329.yaml', 'riverside-evening-iop.yaml');
    expect(['DC-01', 'DC-03', 'DC-05', 'DC-06', 'DC-07', 'DC-08'].map((id) => evening.byId[id]!.status)).toEqual(Array(6).fill('pass'));
  });

  it('the organization pack audits the examples, with findings at their lines', () => {
    const evening = audit('packs/example-org-policy.yaml', 'riverside-evening-iop.yaml');
    expect(evening.pack.jurisdiction.kind).toBe('organization');
    expect(evening.byId['NBH-03']).toMatchObject({ status: 'fail', severity: 'error' });
    expect(evening.byId['NBH-03']!.line).toBe(lineOf(evening.text, 'assessment:'));
    const day = audit('packs/example-org-policy.yaml', 'summit-day-program.yaml');
    expect(day.byId['NBH-01']).toMatchObject({ status: 'fail', severity: 'warning' });
    expect(day.byId['NBH-01']!.line).toBe(lineOf(day.text, 'max_group_size: 12'));
    expect(day.byId['NBH-08']!.status).toBe('fail');
  });
});
