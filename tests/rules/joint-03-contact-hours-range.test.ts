import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { RuleResult } from '../../src/core/types.js';
import rule from '../../src/rules/joint-03-contact-hours-range.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

const summaryOnly = (days: number, perDay: number) => ({ 'schedule.timetable': undefined, 'schedule.days_per_week': days, 'schedule.hours_per_day': perDay });

function runWith(yaml: string, thresholds: Partial<typeof DEFAULT_THRESHOLDS>): RuleResult {
  return auditText(yaml, 'test.yaml', { rules: [rule], thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } }).results[0]!;
}

describe('JOINT-03 contact-hours-range', () => {
  it('passes on the compliant example (10.5 hours a week)', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('warns below 6 hours a week, at the schedule when only a summary is given', () => {
    const result = expectFindings(rule, summaryOnly(2, 2.5), [
      { message: '5 treatment hours a week is below the 6–30 contact hours a week of an IOP', pointer: '/schedule', at: 'schedule:', severity: 'warning' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('accepts both ends of the range', () => {
    expect(runRule(rule, withChanges(summaryOnly(2, 3))).status).toBe('pass');
    expect(runRule(rule, withChanges(summaryOnly(5, 6))).status).toBe('pass');
  });

  it('warns above 30 hours a week', () => {
    expectFindings(rule, summaryOnly(6, 5.5), [
      { message: '33 treatment hours a week is above the 6–30 contact hours a week of an IOP', pointer: '/schedule', at: 'schedule:', severity: 'warning' },
    ]);
  });

  it('warns at the timetable when the timetable sums outside the range', () => {
    const timetable = [{ day: 'monday', start: '18:00', end: '20:00', activities: ['group-counseling'] }];
    expectFindings(rule, { 'schedule.timetable': timetable }, [
      { message: '2 treatment hours a week is below the 6–30 contact hours a week of an IOP', pointer: '/schedule/timetable', at: 'timetable:', severity: 'warning' },
    ]);
  });

  it('warns when the schedule gives no treatment hours', () => {
    expectFindings(rule, { schedule: { evening_or_weekend_option: true } }, [
      { message: 'the schedule gives no treatment hours: add a timetable or days_per_week and hours_per_day', pointer: '/schedule', at: 'schedule:', severity: 'warning' },
    ]);
  });

  it('judges against overridden thresholds', () => {
    const result = runWith(COMPLIANT, { contact_hours_min: 12 });
    expect(result.status).toBe('fail');
    expect(result.message).toBe('10.5 treatment hours a week is below the 12–30 contact hours a week of an IOP');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
    expect(runWith(COMPLIANT, { contact_hours_max: 10 }).message).toBe('10.5 treatment hours a week is above the 6–10 contact hours a week of an IOP');
  });
});
