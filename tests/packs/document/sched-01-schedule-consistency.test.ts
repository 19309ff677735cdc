import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/document/sched-01-schedule-consistency.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const morning = (day: string) => ({ day, start: '09:30', end: '12:30', activities: ['group-therapy', 'skills-training'] });

describe('SCHED-01 schedule-consistency', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
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
      { message: 'the summary says 9 treatment hours a week (3 days × 3 h), the timetable sums to 7', pointer: '/schedule/hours_per_day', at: 'hours_per_day:', severity: 'warning', fix: 'Make the schedule summary and the weekly timetable agree: the timetable has 7 treatment hours a week, the summary 9.' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('says so when the summary counts the adjunctive hours as program hours', () => {
    expectFindings(rule, { 'schedule.hours_per_day': 4 }, [
      {
        message: 'the summary says 12 treatment hours a week (3 days × 4 h), the timetable sums to 10.5 (the summary counts the 1.5 adjunctive hours as program hours)',
        fix: 'Make the schedule summary and the weekly timetable agree: the timetable has 10.5 treatment hours a week, the summary 12; count only treatment time, not adjunctive time.',
        pointer: '/schedule/hours_per_day',
        at: 'hours_per_day:',
      },
    ]);
  });

  it('warns when the days differ', () => {
    expectFindings(rule, { 'schedule.days_per_week': 4, 'schedule.hours_per_day': 2.625 }, [
      { message: 'the summary says 4 days a week, the timetable has treatment on 3', pointer: '/schedule/days_per_week', at: 'days_per_week:', severity: 'warning', fix: 'Make the schedule summary and the weekly timetable agree: the timetable has treatment on 3 days a week, the summary says 4.' },
    ]);
  });

  it('warns when evening_or_weekend_option is true but every treatment block is on a weekday morning', () => {
    // The Saturday meeting is not treatment, so it does not make the flag true.
    const timetable = [morning('monday'), morning('wednesday'), morning('friday'), { day: 'saturday', start: '10:00', end: '11:30', activities: ['mutual-support-meeting'] }];
    expectFindings(rule, { 'schedule.timetable': timetable, 'schedule.hours_per_day': 3 }, [
      {
        message: 'evening_or_weekend_option is true, but no treatment block in the timetable starts at 17:00 or later or falls on a weekend',
        fix: 'Add a treatment block starting at 17:00 or later on a weekday, or on a weekend, to the weekly timetable, or stop saying that evening or weekend hours are offered.',
        pointer: '/schedule/evening_or_weekend_option',
        at: 'evening_or_weekend_option:',
      },
    ]);
  });

  it('warns when evening_or_weekend_option is false but the timetable has evening blocks, naming the day', () => {
    expectFindings(rule, { 'schedule.evening_or_weekend_option': false }, [
      {
        message: 'evening_or_weekend_option is false, but the timetable has an evening or weekend treatment block (on monday)',
        fix: 'Correct the schedule: it says no evening or weekend hours are offered, but the weekly timetable has such a treatment block on monday.',
        pointer: '/schedule/evening_or_weekend_option',
        at: 'evening_or_weekend_option:',
      },
    ]);
  });

  it('accepts evening_or_weekend_option true for a Saturday treatment block alone', () => {
    const timetable = [morning('tuesday'), morning('thursday'), { ...morning('saturday'), activities: ['group-counseling', 'family-education'] }];
    expect(runRule(rule, withChanges({ 'schedule.timetable': timetable, 'schedule.hours_per_day': 3 })).status).toBe('pass');
    expect(runRule(rule, withChanges({ 'schedule.timetable': timetable.slice(0, 2), 'schedule.days_per_week': 2, 'schedule.hours_per_day': 3, 'schedule.evening_or_weekend_option': false })).status).toBe('pass');
  });

  it('checks the flag against a timetable that has no summary', () => {
    const noSummary = { 'schedule.days_per_week': undefined, 'schedule.hours_per_day': undefined };
    expect(runRule(rule, withChanges(noSummary)).status).toBe('pass');
    expectFindings(rule, { ...noSummary, 'schedule.evening_or_weekend_option': false }, [
      {
        message: 'evening_or_weekend_option is false, but the timetable has an evening or weekend treatment block (on monday)',
        fix: 'Correct the schedule: it says no evening or weekend hours are offered, but the weekly timetable has such a treatment block on monday.',
        pointer: '/schedule/evening_or_weekend_option',
        at: 'evening_or_weekend_option:',
      },
    ]);
  });

  it('is not applicable with only a summary, or a timetable with neither summary nor flag', () => {
    const summaryOnly = runRule(rule, withChanges({ 'schedule.timetable': undefined }));
    expect(summaryOnly.status).toBe('not-applicable');
    expect(summaryOnly.message).toBe('not applicable: the schedule gives no timetable, or no summary to compare with it');
    const timetableOnly = withChanges({ 'schedule.days_per_week': undefined, 'schedule.hours_per_day': undefined, 'schedule.evening_or_weekend_option': undefined });
    expect(runRule(rule, timetableOnly).status).toBe('not-applicable');
  });
});
