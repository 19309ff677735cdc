import { describe, expect, it } from 'vitest';
import { auditText } from '../../../src/core/engine.js';
import { DEFAULT_THRESHOLDS } from '../../../src/domain/thresholds.js';
import type { RuleResult } from '../../../src/core/types.js';
import rule from '../../../src/packs/joint/joint-10-minimum-duration.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const NOT_STATED = 'the program length is not stated: add minimum_days or typical_weeks, or individualized: true with continued_stay_review: true';
const SHORTER = 'plan longer, or set length per client with continued_stay_review: true';

function runWith(yaml: string, thresholds: Partial<typeof DEFAULT_THRESHOLDS>): RuleResult {
  return auditText(yaml, 'test.yaml', { rules: [rule], thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } }).results[0]!;
}

describe('JOINT-10 minimum-duration', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.line).toBe(lineOf(COMPLIANT, 'program_length:'));
  });

  it('notes (info, never an error) a 6-week program, giving the length in days', () => {
    const result = expectFindings(rule, { 'schedule.program_length': { typical_weeks: 6 } }, [
      {
        message: `the program plans 42 days, shorter than the typical 90: ${SHORTER}`, pointer: '/schedule/program_length', at: 'program_length:', severity: 'info',
        fix: 'Plan at least 90 days of treatment (now 42), or set the length per client by clinical need, with continued-stay review.',
      },
    ]);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
  });

  it('takes the longer of the minimum days and the typical weeks', () => {
    expectFindings(rule, { 'schedule.program_length': { minimum_days: 60, typical_weeks: 8 } }, [
      { message: `the program plans 60 days, shorter than the typical 90: ${SHORTER}`, pointer: '/schedule/program_length', at: 'program_length:', severity: 'info' },
    ]);
    expect(runRule(rule, withChanges({ 'schedule.program_length': { minimum_days: 60, typical_weeks: 13 } })).status).toBe('pass');
  });

  it('accepts 13 typical weeks (91 days) without a minimum', () => {
    expect(runRule(rule, withChanges({ 'schedule.program_length': { typical_weeks: 13 } })).status).toBe('pass');
  });

  it('passes a length set per client with continued-stay review, whatever its typical length', () => {
    expect(runRule(rule, withChanges({ 'schedule.program_length': { typical_weeks: 8, individualized: true, continued_stay_review: true } })).status).toBe('pass');
    expect(runRule(rule, withChanges({ 'schedule.program_length': { individualized: true, continued_stay_review: true } })).status).toBe('pass');
  });

  it('notes an individualized length with no continued-stay review as a short one', () => {
    expectFindings(rule, { 'schedule.program_length': { typical_weeks: 8, individualized: true } }, [
      {
        message: `the program plans 56 days (individualized, but with no continued-stay review stated), shorter than the typical 90: ${SHORTER}`,
        pointer: '/schedule/program_length',
        at: 'program_length:',
        severity: 'info',
        fix: 'Add continued-stay review to the individualized program length, or plan at least 90 days (now 56).',
      },
    ]);
  });

  it('asks for continued-stay review when an individualized length gives no figures', () => {
    expectFindings(rule, { 'schedule.program_length': { individualized: true } }, [
      {
        message: `${NOT_STATED}: an individualized length needs continued_stay_review: true to stand on its own`,
        pointer: '/schedule/program_length',
        at: 'program_length:',
        severity: 'info',
        fix: 'Add continued-stay review to the individualized program length, or state the planned length (at least 90 days is typical).',
      },
    ]);
  });

  it('notes a length that is not stated, at the schedule', () => {
    expectFindings(rule, { 'schedule.program_length': undefined }, [
      {
        message: NOT_STATED, pointer: '/schedule/program_length', at: 'schedule:', severity: 'info',
        fix: 'State the planned program length (at least 90 days is typical), or set the length per client by clinical need, with continued-stay review.',
      },
    ]);
  });

  it('notes an empty program_length, at that line', () => {
    expectFindings(rule, { 'schedule.program_length': {} }, [
      { message: NOT_STATED, pointer: '/schedule/program_length', at: 'program_length:', severity: 'info' },
    ]);
  });

  it('judges against an overridden minimum', () => {
    const result = runWith(COMPLIANT, { minimum_program_days: 120 });
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
    expect(result.message).toBe(`the program plans 98 days, shorter than the typical 120: ${SHORTER}`);
    expect(result.findings[0]!.fix).toBe('Plan at least 120 days of treatment (now 98), or set the length per client by clinical need, with continued-stay review.');
    expect(result.line).toBe(lineOf(COMPLIANT, 'program_length:'));
    expect(runWith(COMPLIANT, { minimum_program_days: 98 }).status).toBe('pass');
  });

  it('can be raised to a warning in the config', () => {
    const yaml = withChanges({ 'schedule.program_length': { typical_weeks: 6 } });
    const result = auditText(yaml, 'test.yaml', { rules: [rule], severities: { 'JOINT-10': 'warning' } }).results[0]!;
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('warning');
  });
});
