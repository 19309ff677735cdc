import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-03-contact-hours-range.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-03 contact-hours-range', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('warns below 6 hours a week', () => {
    const result = expectFindings(rule, { 'schedule.timetable': undefined, 'schedule.days_per_week': 2, 'schedule.hours_per_day': 2.5 }, [
      { message: '5 treatment hours a week is outside the 6–30 hour range', pointer: '/schedule', at: 'schedule:', severity: 'warning' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('accepts exactly 30 and warns above it', () => {
    expect(runRule(rule, withChanges({ 'schedule.timetable': undefined, 'schedule.days_per_week': 5, 'schedule.hours_per_day': 6 })).status).toBe('pass');
    expect(runRule(rule, withChanges({ 'schedule.timetable': undefined, 'schedule.days_per_week': 6, 'schedule.hours_per_day': 5.5 })).message).toBe('33 treatment hours a week is outside the 6–30 hour range');
  });

  it('fails when there are no hours at all', () => {
    expect(runRule(rule, withChanges({ schedule: { evening_or_weekend_option: true } })).status).toBe('fail');
  });
});
