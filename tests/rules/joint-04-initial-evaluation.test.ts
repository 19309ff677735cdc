import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-04-initial-evaluation.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-04 initial-evaluation', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'assessment:'));
  });

  it('fails an assessment in the first week that misses severity and medical conditions', () => {
    expectFindings(rule, { 'admission.assessment.timing': 'first-week', 'admission.assessment.covers': ['co-occurring-mental-health', 'family'] }, [
      { message: 'the assessment happens in the first week, not before enrollment', pointer: '/admission/assessment/timing', at: 'timing:' },
      { message: 'the assessment does not cover substance-use-severity, medical', pointer: '/admission/assessment/covers', at: 'covers:' },
    ]);
  });

  it('does not ask a mental-health-only program for substance-use severity', () => {
    const yaml = withChanges({ 'program.focus': ['mental-health'], 'admission.assessment.covers': ['mental-health', 'medical'] });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('fails when there is no assessment', () => {
    expectFindings(rule, { 'admission.assessment': undefined }, [
      { message: 'no initial assessment is described: add admission.assessment', pointer: '/admission/assessment', at: 'admission:' },
    ]);
  });
});
