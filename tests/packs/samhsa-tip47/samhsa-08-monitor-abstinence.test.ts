import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-08-monitor-abstinence.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const FIT = 'urine, oral fluid, breath or blood at least 1 a week, or a sweat patch worn continuously and changed weekly';

describe('SAMHSA-08 monitor-abstinence', () => {
  it('passes with random, weekly urine testing', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.line).toBe(lineOf(COMPLIANT, 'drug_testing:'));
  });

  it('is not applicable to a mental-health-only program', () => {
    const yaml = withChanges({ 'program.focus': ['mental-health'], 'services.drug_testing': undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('not-applicable');
    expect(result.message).toMatch(/no substance use/);
  });

  it('passes breath, blood and oral-fluid tests taken often enough', () => {
    for (const method of ['breath', 'blood', 'oral-fluid']) {
      const yaml = withChanges({ 'services.drug_testing': { provided: 'referral', partner: 'Valley Toxicology', method, schedule: 'random', per_week: 2 } });
      expect(runRule(rule, yaml).status, method).toBe('pass');
    }
  });

  it('passes a sweat patch worn continuously without a count of tests a week', () => {
    const yaml = withChanges({ 'services.drug_testing': { provided: 'on-site', method: 'sweat-patch', schedule: 'scheduled' } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(yaml, 'drug_testing:'));
  });

  it('fails urine testing less often than drug_tests_per_week, at per_week', () => {
    expectFindings(rule, { 'services.drug_testing.per_week': 0.5 }, [
      { message: '0.5 test(s) a week is below the minimum of 1', pointer: '/services/drug_testing/per_week', at: 'drug_testing:', fix: 'Test each client at least once a week (now 0.5 a week).' },
    ]);
  });

  it('judges frequency against a tuned drug_tests_per_week', async () => {
    const { auditText } = await import('../../../src/core/engine.js');
    const doc = auditText(COMPLIANT, 't.yaml', { rules: [rule], thresholds: { drug_tests_per_week: 2 } });
    expect(doc.results[0]!.message).toBe('1 test(s) a week is below the minimum of 2');
    expect(doc.results[0]!.findings[0]!.fix).toBe('Test each client at least 2 times a week (now 1 a week).');
    // The methods that fit are named with the tuned count too, in the message and in the fix.
    const missing = auditText(withChanges({ 'services.drug_testing': undefined }), 't.yaml', { rules: [rule], thresholds: { drug_tests_per_week: 3 } });
    expect(missing.results[0]!.message).toBe('no drug testing is described: add services.drug_testing (urine, oral fluid, breath or blood at least 3 a week, or a sweat patch worn continuously and changed weekly)');
    expect(missing.results[0]!.findings[0]!.fix).toBe('Test every client for drug use objectively: urine, oral fluid, breath or blood tests at least 3 times a week, or a sweat patch worn continuously and changed weekly, on random days.');
  });

  it('warns, not errs, when testing is scheduled rather than random', () => {
    const yaml = withChanges({ 'services.drug_testing.schedule': 'scheduled' });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('warning');
    expect(result.message).toBe('testing is scheduled, not random: clients can time their use around the tests, so test at random');
    expect(result.pointer).toBe('/services/drug_testing/schedule');
    expect(result.line).toBe(lineOf(yaml, 'drug_testing:'));
  });

  it('fails hair testing, which looks back months, as an error', () => {
    const result = expectFindings(rule, { 'services.drug_testing.method': 'hair' }, [
      { message: `'hair' looks back months, so it cannot show use week by week: use ${FIT}`, pointer: '/services/drug_testing/method', at: 'drug_testing:', fix: "Replace 'hair' testing, which cannot show in which week use happened, with urine, oral fluid, breath or blood tests at least once a week, or a sweat patch worn continuously and changed weekly." },
    ]);
    expect(result.severity).toBe('error');
  });

  it('fails self-report, which is not objective, as an error (with a low count too)', () => {
    const yaml = withChanges({ 'services.drug_testing.method': 'self-report', 'services.drug_testing.per_week': 0.5 });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    expect(result.findings.map((f) => f.pointer)).toEqual(['/services/drug_testing/method', '/services/drug_testing/per_week']);
    expect(result.findings[0]!.message).toBe(`'self-report' is not an objective method: use ${FIT}`);
    expect(result.findings[1]!.message).toBe('0.5 test(s) a week is below the minimum of 1');
  });

  it('fails when drug testing is missing, located at the nearest parent', () => {
    const yaml = withChanges({ 'services.drug_testing': undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe(`no drug testing is described: add services.drug_testing (${FIT})`);
    expect(result.line).toBe(lineOf(yaml, 'services:'));
    expect(result.column).toBe(1);
  });

  it('errs on on-suspicion testing with no count, and warns on its timing', () => {
    expectFindings(rule, { 'services.drug_testing': { provided: 'on-site', method: 'urine', schedule: 'on-suspicion' } }, [
      { message: 'tests per week are not stated: test at least 1 a week', pointer: '/services/drug_testing/per_week', at: 'drug_testing:', fix: 'State how often each client is tested: at least once a week.' },
      { message: 'testing is on-suspicion, not random: clients can time their use around the tests, so test at random', pointer: '/services/drug_testing/schedule', at: 'schedule: on-suspicion', severity: 'warning', fix: 'Test on random days rather than only on suspicion, so that clients cannot time their use around the tests.' },
    ]);
  });
});
