import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/sched-01-schedule-consistency.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('SCHED-01 schedule-consistency', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'days_per_week:'));
  });

  const specExample = {
    'schedule.days_per_week': 3,
    'schedule.hours_per_day': 3,
    'schedule.timetable': [
      { day: 'monday', start: '18:00', end: '21:00', activities: ['group-counseling', 'psychoeducation'] },
      { day: 'wednesday', start: '18:00', end: '21:00', activities: ['group-counseling', 'relapse-prevention'] },
      { day: 'thursday', start: '17:00', end: '18:00', activities: ['individual-counseling'] },
      { day: 'saturday', start: '10:00', end: '11:30', activities: ['mutual-support-meeting'] },
    ],
  };

  it('warns when the summary promises 9 hours and the timetable delivers 7 (mutual support not counted)', () => {
    const result = expectFindings(rule, specExample, [
      { message: 'the summary says 9 treatment hours a week (3 days × 3 h), the timetable sums to 7', pointer: '/schedule/hours_per_day', at: 'hours_per_day:', severity: 'warning' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('warns when the days differ', () => {
    expectFindings(rule, { 'schedule.days_per_week': 4, 'schedule.hours_per_day': 2.625 }, [
      { message: 'the summary says 4 days a week, the timetable has treatment on 3', pointer: '/schedule/days_per_week', at: 'days_per_week:', severity: 'warning' },
    ]);
  });

  it('is not applicable with only a summary or only a timetable', () => {
    expect(runRule(rule, withChanges({ 'schedule.timetable': undefined })).status).toBe('not-applicable');
    expect(runRule(rule, withChanges({ 'schedule.days_per_week': undefined })).status).toBe('not-applicable');
  });
});
