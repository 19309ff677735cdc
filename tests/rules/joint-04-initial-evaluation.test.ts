import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-04-initial-evaluation.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-04 initial-evaluation', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'assessment:'));
  });

  it('fails an evaluation in the first week that misses substance-use severity and medical conditions', () => {
    expectFindings(rule, { 'admission.assessment.timing': 'first-week', 'admission.assessment.covers': ['co-occurring-mental-health', 'family'] }, [
      { message: 'the evaluation happens in the first week, after enrollment: evaluate before enrollment', pointer: '/admission/assessment/timing', at: 'timing:' },
      { message: 'the evaluation does not cover medical, substance-use-severity (it covers co-occurring-mental-health, family): add them to covers', pointer: '/admission/assessment/covers', at: 'covers:' },
    ]);
  });

  it('fails an evaluation that is not done at all', () => {
    expectFindings(rule, { 'admission.assessment.timing': 'none' }, [
      { message: 'no evaluation is done (timing: none): evaluate every client before enrollment', pointer: '/admission/assessment/timing', at: 'timing:' },
    ]);
  });

  it('fails when the timing is not stated, at the assessment', () => {
    expectFindings(rule, { 'admission.assessment.timing': undefined }, [
      { message: 'when the evaluation happens is not stated: set timing: before-enrollment', pointer: '/admission/assessment/timing', at: 'assessment:' },
    ]);
  });

  it('fails an evaluation without mental health', () => {
    expectFindings(rule, { 'admission.assessment.covers': ['substance-use-severity', 'medical'] }, [
      { message: 'the evaluation does not cover co-occurring-mental-health (it covers substance-use-severity, medical): add it to covers', pointer: '/admission/assessment/covers', at: 'covers:' },
    ]);
  });

  it('fails when covers is not stated, naming everything missing', () => {
    expectFindings(rule, { 'admission.assessment.covers': undefined }, [
      { message: 'the evaluation does not say what it covers: add medical, co-occurring-mental-health, substance-use-severity to covers', pointer: '/admission/assessment/covers', at: 'assessment:' },
    ]);
  });

  it('does not ask a mental-health-only program for substance-use severity', () => {
    const yaml = withChanges({ 'program.focus': ['mental-health'], 'admission.assessment.covers': ['mental-health', 'medical'] });
    expect(runRule(rule, yaml).status).toBe('pass');
    const without = withChanges({ 'program.focus': ['mental-health'], 'admission.assessment.covers': ['medical'] });
    expect(runRule(rule, without).message).toBe('the evaluation does not cover mental-health (it covers medical): add it to covers');
  });

  it('asks for substance-use severity when the focus is not stated', () => {
    const yaml = withChanges({ 'program.focus': undefined, 'admission.assessment.covers': ['mental-health', 'medical'] });
    expect(runRule(rule, yaml).message).toBe('the evaluation does not cover substance-use-severity (it covers mental-health, medical): add it to covers');
  });

  it('fails when there is no assessment, at the nearest parent', () => {
    expectFindings(rule, { 'admission.assessment': undefined }, [
      { message: 'no initial evaluation is described: add admission.assessment with timing: before-enrollment and what it covers', pointer: '/admission/assessment', at: 'admission:' },
    ]);
  });
});
