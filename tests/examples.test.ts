import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../src/core/engine.js';
import { RULES } from '../src/packs/index.js';

const folder = new URL('../examples/', import.meta.url);
const examples = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();

function audit(name: string) {
  const text = readFileSync(new URL(name, folder), 'utf8');
  return { text, doc: auditText(text, `examples/${name}`, { rules: RULES }) };
}

function failing(name: string): string[] {
  return audit(name).doc.results.filter((r) => r.status === 'fail').map((r) => r.rule);
}

describe('shipped examples', () => {
  it('each states its expected verdict, and the audit agrees', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const name of examples) {
      const { text, doc } = audit(name);
      expect(text.startsWith('# yaml-language-server: $schema=../schemas/program.schema.json\n'), name).toBe(true);
      const expected = /^# Expected verdict: (pass|fail)/m.exec(text)?.[1];
      expect(expected, `${name} states no expected verdict`).toBeDefined();
      expect(doc.verdict, name).toBe(expected);
    }
  });

  it('the compliant adult evening IOP passes every rule', () => {
    const { doc } = audit('riverside-evening-iop.yaml');
    // It cites no evidence, so the evidence references check has nothing to check.
    expect(doc.results.map((r) => `${r.rule}:${r.status}`).filter((s) => !s.endsWith(':pass'))).toEqual(['EVID-01:not-applicable']);
    expect(doc.facts).toMatchObject({ treatmentHoursPerWeek: 10.5, longestDayHours: 3.5, daysPerWeek: 3, adjunctiveHoursPerWeek: 1.5, impliedLevel: 'intensive-outpatient', consistent: true });
  });

  it('the mental-health IOP passes, with abstinence monitoring not applicable', () => {
    const { doc } = audit('lakeside-mood-iop.yaml');
    expect(doc.results.find((r) => r.rule === 'SAMHSA-08')!.status).toBe('not-applicable');
    expect(failing('lakeside-mood-iop.yaml')).toEqual([]);
    expect(doc.facts).toMatchObject({ treatmentHoursPerWeek: 12, longestDayHours: 4, longestDay: 'wednesday', daysPerWeek: 4 });
  });

  it('the adolescent IOP passes on the adolescent floor of 6 hours', () => {
    const { doc } = audit('harbor-teen-iop.yaml');
    expect(failing('harbor-teen-iop.yaml')).toEqual([]);
    expect(doc.facts).toMatchObject({ treatmentHoursPerWeek: 7.5, weeklyFloor: 6, impliedLevel: 'intensive-outpatient', adjunctiveHoursPerWeek: 1 });
  });

  it('the day program labelled IOP is partial hospitalization', () => {
    const { doc } = audit('summit-day-program.yaml');
    expect(doc.facts).toMatchObject({ treatmentHoursPerWeek: 30, longestDayHours: 6, impliedLevel: 'partial-hospitalization' });
    // Only the hours are errors; the daytime-only hours and the evaluation's unnamed instruments are warnings,
    // and the short length is an info note: none of these fails the document by itself.
    expect(doc.results.filter((r) => r.status === 'fail').map((r) => `${r.rule}:${r.severity}`))
      .toEqual(['SAMHSA-01:warning', 'JOINT-02:error', 'JOINT-10:info', 'SCHED-02:error']);
  });

  it('the draft fails most principles, each with a located finding', () => {
    const { doc } = audit('new-horizons-draft.yaml');
    const failed = failing('new-horizons-draft.yaml');
    expect(failed.length).toBeGreaterThanOrEqual(20);
    for (const id of ['SAMHSA-01', 'SAMHSA-02', 'SAMHSA-08', 'JOINT-01', 'JOINT-05', 'JOINT-09', 'SCHED-01', 'SCHED-02']) expect(failed).toContain(id);
    for (const r of doc.results.filter((x) => x.status === 'fail')) for (const f of r.findings) expect(f.line).toBeGreaterThan(0);
  });
});
