import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { RuleResult } from '../../src/core/types.js';
import rule from '../../src/rules/joint-10-minimum-duration.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

function runWith(yaml: string, thresholds: Partial<typeof DEFAULT_THRESHOLDS>): RuleResult {
  return auditText(yaml, 'test.yaml', { rules: [rule], thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } }).results[0]!;
}

describe('JOINT-10 minimum-duration', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'program_length:'));
  });

  it('warns on a 6-week program, giving the length in days', () => {
    const result = expectFindings(rule, { 'schedule.program_length': { typical_weeks: 6 } }, [
      { message: 'the program runs 42 days, shorter than the typical minimum of 90 days', pointer: '/schedule/program_length', at: 'program_length:', severity: 'warning' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('takes the longer of the minimum days and the typical weeks', () => {
    expectFindings(rule, { 'schedule.program_length': { minimum_days: 60, typical_weeks: 8 } }, [
      { message: 'the program runs 60 days, shorter than the typical minimum of 90 days', pointer: '/schedule/program_length', at: 'program_length:', severity: 'warning' },
    ]);
    expect(runRule(rule, withChanges({ 'schedule.program_length': { minimum_days: 60, typical_weeks: 13 } })).status).toBe('pass');
  });

  it('accepts 13 typical weeks (91 days) without a minimum', () => {
    expect(runRule(rule, withChanges({ 'schedule.program_length': { typical_weeks: 13 } })).status).toBe('pass');
  });

  it('warns when the length is not stated, at the schedule', () => {
    expectFindings(rule, { 'schedule.program_length': undefined }, [
      { message: 'the program length is not stated: add schedule.program_length with minimum_days or typical_weeks', pointer: '/schedule/program_length', at: 'schedule:', severity: 'warning' },
    ]);
  });

  it('warns on an empty program_length, at that line', () => {
    expectFindings(rule, { 'schedule.program_length': {} }, [
      { message: 'the program length is not stated: add schedule.program_length with minimum_days or typical_weeks', pointer: '/schedule/program_length', at: 'program_length:', severity: 'warning' },
    ]);
  });

  it('judges against an overridden minimum', () => {
    const result = runWith(COMPLIANT, { minimum_program_days: 120 });
    expect(result.status).toBe('fail');
    expect(result.message).toBe('the program runs 98 days, shorter than the typical minimum of 120 days');
    expect(result.line).toBe(lineOf(COMPLIANT, 'program_length:'));
    expect(runWith(COMPLIANT, { minimum_program_days: 98 }).status).toBe('pass');
  });
});
