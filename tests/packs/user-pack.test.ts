import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { PackError, parsePack } from '../../src/packs/user-pack.js';
import { COMPLIANT, lineOf, withChanges } from '../support/audit.js';

/** A small state-style pack, written the way a consultant would. */
const PACK = `# Hypothetical state rule, for tests
pack: state-iop
title: State IOP rule
publisher: State Department of Health
edition: "Rule 12.4 (2025)"
year: 2025
jurisdiction: { kind: state, name: Example State }
requirements:
  - id: "12.4(a)"
    title: Adults receive at least 10 hours a week
    source: { basis: primary, work: "Example State Admin. Code, Rule 12.4 (2025)", at: "12.4(a)", words: "no fewer than ten hours of services per week for adults" }
  - id: "12.4(b)"
    title: A named crisis method
    source: { basis: convention, work: "state surveyor guidance", words: "surveyors ask how clients reach help after hours" }
  - id: "12.4(c)"
    title: Outcome measures
    source: { basis: primary, work: "Example State Admin. Code, Rule 12.4 (2025)", at: "12.4(c)", words: "at least three outcome measures" }
rules:
  - id: ST-01
    alias: state-adult-hours
    implements: ["12.4(a)"]
    title: At least 10 treatment hours a week for adults
    severity: error
    applies_when: { populations: [adults] }
    look: { fact: treatment_hours_per_week }
    check: { at_least: 10 }
    message: "{value} treatment hours a week; the state requires {expected}"
    remediation: { text: Add a treatment block., example: "schedule:\\n  days_per_week: 4" }
  - id: ST-02
    alias: state-crisis-method
    implements: ["12.4(b)"]
    title: Crisis method is one the state accepts
    severity: warning
    look: { pointer: /services/crisis/method }
    check: { one_of: [on-call-clinician, mobile-crisis-team] }
    message: "crisis method is {value}; the state accepts {expected}"
    remediation: { text: Name an accepted crisis method., example: "services:\\n  crisis: { available_24_7: true, method: on-call-clinician }" }
  - id: ST-03
    alias: state-outcomes
    implements: ["12.4(c)"]
    title: At least three outcome measures
    severity: error
    look: { pointer: /quality/outcome_measures }
    check: { count_at_least: 3 }
    message: "{value} named; the state requires {expected}"
    remediation: { text: Name three outcome measures., example: "quality:\\n  outcome_measures: [retention, abstinence, readmission]" }
`;

function run(yaml: string) {
  const { rules } = parsePack(PACK, 'packs/state.yaml');
  const doc = auditText(yaml, 'p.yaml', { rules, standards: ['state-iop'] });
  return Object.fromEntries(doc.results.filter((r) => r.standard === 'state-iop').map((r) => [r.rule, r]));
}

describe('packs written in YAML', () => {
  it('reads a pack: its identity, requirements with their basis, and rules keyed to them', () => {
    const { pack, rules } = parsePack(PACK, 'packs/state.yaml');
    expect(pack).toMatchObject({ id: 'state-iop', edition: 'Rule 12.4 (2025)', jurisdiction: { kind: 'state', name: 'Example State' }, file: 'packs/state.yaml' });
    expect(pack.requirements.map((r) => [r.clause, r.source.basis])).toEqual([['12.4(a)', 'primary'], ['12.4(b)', 'convention'], ['12.4(c)', 'primary']]);
    expect(rules.map((r) => [r.id, r.standard, r.implements[0], r.basis])).toEqual([
      ['ST-01', 'state-iop', 'state-iop:12.4(a)', 'primary'],
      ['ST-02', 'state-iop', 'state-iop:12.4(b)', 'convention'],
      ['ST-03', 'state-iop', 'state-iop:12.4(c)', 'primary'],
    ]);
  });

  it('passes a program that meets every rule, and fails one that does not, at the line of the evidence', () => {
    const passing = run(COMPLIANT);
    expect(Object.values(passing).map((r) => r.status)).toEqual(['pass', 'pass', 'pass']);
    const yaml = withChanges({ 'services.crisis.method': 'crisis-line', 'quality.outcome_measures': ['retention'] });
    const failing = run(yaml);
    expect(failing['ST-02']).toMatchObject({ status: 'fail', severity: 'warning', message: 'crisis method is crisis-line; the state accepts one of on-call-clinician, mobile-crisis-team' });
    expect(failing['ST-02']!.line).toBe(lineOf(yaml, 'method: crisis-line'));
    expect(failing['ST-03']).toMatchObject({ status: 'fail', severity: 'error', message: 'retention named; the state requires at least 3 item(s)' });
  });

  it('judges a computed fact, and applies only where applies_when matches', () => {
    const short = withChanges({ 'schedule.timetable.2': { day: 'thursday', start: '18:00', end: '18:30', activities: ['individual-counseling'] } });
    expect(run(short)['ST-01']).toMatchObject({ status: 'fail', message: '7.5 treatment hours a week; the state requires at least 10' });
    expect(run(COMPLIANT)['ST-01']!.status).toBe('pass');
    const teens = run(withChanges({ 'program.populations': ['adolescents'] }));
    expect(teens['ST-01']).toMatchObject({ status: 'not-applicable', message: 'not applicable: the rule applies only to programs with populations adults' });
  });

  it('gives a line-precise error for a typo in a pack, with a did-you-mean', () => {
    const typo = PACK.replace('    look: { pointer: /services/crisis/method }', '    lok: { pointer: /services/crisis/method }');
    expect(() => parsePack(typo, 'packs/state.yaml')).toThrow(PackError);
    try {
      parsePack(typo, 'packs/state.yaml');
    } catch (error) {
      const e = error as PackError;
      expect([e.line, e.column]).toEqual([lineOf(typo, 'lok:'), 5]);
      expect(e.message).toMatch(/^invalid pack packs\/state\.yaml:\d+:5: unknown key 'lok' in rules\[1\]; did you mean 'look'\?/);
    }
  });

  it('refuses a rule that implements a requirement the pack does not have, and a pattern that does not compile', () => {
    const unknown = PACK.replace('implements: ["12.4(c)"]', 'implements: ["12.4(d)"]');
    expect(() => parsePack(unknown, 'p.yaml')).toThrow(`invalid pack p.yaml:${lineOf(unknown, '12.4(d)')}:`);
    expect(() => parsePack(unknown, 'p.yaml')).toThrow("implements '12.4(d)', which is not a requirement of this pack");
    const badPattern = PACK.replace('check: { one_of: [on-call-clinician, mobile-crisis-team] }', 'check: { matches: "(" }');
    expect(() => parsePack(badPattern, 'p.yaml')).toThrow('the pattern does not compile');
  });

  it('runs every check of the closed set as its name says', async () => {
    const { passes } = await import('../../src/packs/checks.js');
    expect(passes({ present: true }, [])).toBe(false);
    expect(passes({ present: true }, 'x')).toBe(true);
    expect(passes({ equals: 3 }, 3)).toBe(true);
    expect(passes({ one_of: ['a', 'b'] }, ['a', 'b'])).toBe(true);
    expect(passes({ one_of: ['a'] }, ['a', 'c'])).toBe(false);
    expect(passes({ not_one_of: ['hair'] }, 'urine')).toBe(true);
    expect(passes({ not_one_of: ['hair'] }, undefined)).toBe(true);
    expect(passes({ includes: 'moud' }, ['moud'])).toBe(true);
    expect(passes({ excludes: 'receiving-moud' }, ['receiving-moud'])).toBe(false);
    expect(passes({ at_least: 9 }, 8.5)).toBe(false);
    expect(passes({ at_most: 12 }, undefined)).toBe(false);
    expect(passes({ between: [9, 19] }, 19)).toBe(true);
    expect(passes({ matches: '^C-SSRS' }, 'C-SSRS screener', /^C-SSRS/u)).toBe(true);
    expect(passes({ count_at_most: 2 }, ['a', 'b', 'c'])).toBe(false);
  });
});
