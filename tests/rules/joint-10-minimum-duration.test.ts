import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-10-minimum-duration.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-10 minimum-duration', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'program_length:'));
  });

  it('warns on a 6-week program, giving the length in days', () => {
    const result = expectFindings(rule, { 'schedule.program_length': { typical_weeks: 6 } }, [
      { message: 'the program runs 42 days, shorter than the typical minimum of 90', pointer: '/schedule/program_length', at: 'program_length:', severity: 'warning' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('accepts 13 typical weeks (91 days) without a minimum', () => {
    expect(runRule(rule, withChanges({ 'schedule.program_length': { typical_weeks: 13 } })).status).toBe('pass');
  });

  it('warns when the length is not stated', () => {
    expectFindings(rule, { 'schedule.program_length': undefined }, [
      { message: 'the program length is not stated: add schedule.program_length with minimum_days or typical_weeks', pointer: '/schedule/program_length', at: 'schedule:', severity: 'warning' },
    ]);
  });
});
