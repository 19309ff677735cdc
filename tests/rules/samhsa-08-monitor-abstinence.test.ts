import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/samhsa-08-monitor-abstinence.js';
import { COMPLIANT, lineOf, runRule, withChanges } from '../support/audit.js';

describe('SAMHSA-08 monitor-abstinence', () => {
  it('passes with random, weekly urine testing', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'drug_testing:'));
  });

  it('is not applicable to a mental-health-only program', () => {
    const yaml = withChanges({ 'program.focus': ['mental-health'], 'services.drug_testing': undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('not-applicable');
    expect(result.message).toMatch(/no substance use/);
  });

  it('fails when testing is scheduled rather than random, at the schedule line', () => {
    const yaml = withChanges({ 'services.drug_testing.schedule': 'scheduled' });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    expect(result.message).toBe('testing is scheduled, not random: clients can predict it');
    expect(result.pointer).toBe('/services/drug_testing/schedule');
    expect(result.line).toBe(lineOf(yaml, 'drug_testing:'));
  });

  it('fails on self-report and on fewer tests than the threshold', () => {
    const yaml = withChanges({ 'services.drug_testing.method': 'self-report', 'services.drug_testing.per_week': 0.5 });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.findings.map((f) => f.pointer)).toEqual(['/services/drug_testing/method', '/services/drug_testing/per_week']);
    expect(result.findings[1]!.message).toBe('0.5 test(s) a week is below the minimum of 1');
  });

  it('fails hair testing, which cannot show weekly use', () => {
    const result = runRule(rule, withChanges({ 'services.drug_testing.method': 'hair' }));
    expect(result.status).toBe('fail');
    expect(result.message).toBe("'hair' looks back over weeks, so it cannot show use week by week: use urine, oral fluid, breath or blood");
  });

  it('fails when drug testing is missing, located at the nearest parent', () => {
    const yaml = withChanges({ 'services.drug_testing': undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('no drug testing is described: add services.drug_testing');
    expect(result.line).toBe(lineOf(yaml, 'services:'));
    expect(result.column).toBe(1);
  });
});
