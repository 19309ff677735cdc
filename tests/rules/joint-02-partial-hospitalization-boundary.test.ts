import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-02-partial-hospitalization-boundary.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-02 partial-hospitalization-boundary', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  const block = (day: string, start: string, end: string) => ({ day, start, end, activities: ['group-therapy'] });

  it('fails a 6-hour day at that day\'s first block, naming the implied level', () => {
    const timetable = [block('monday', '17:30', '20:00'), block('tuesday', '09:00', '12:00'), block('tuesday', '13:00', '16:00')];
    const yaml = withChanges({ 'schedule.timetable': timetable, 'schedule.days_per_week': undefined, 'schedule.hours_per_day': undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('6 treatment hours on tuesday reaches the 6-hour partial hospitalization boundary: the schedule implies partial-hospitalization');
    expect(result.pointer).toBe('/schedule/timetable/1');
    expect(result.line).toBe(lineOf(yaml, 'day: tuesday'));
  });

  it('fails a 21-hour week', () => {
    const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    const yaml = withChanges({ 'schedule.timetable': days.map((d) => block(d, '17:00', '20:00')), 'schedule.days_per_week': undefined, 'schedule.hours_per_day': undefined });
    const result = runRule(rule, yaml);
    expect(result.message).toBe('21 treatment hours a week reaches the 20-hour partial hospitalization level: the schedule implies partial-hospitalization');
    expect(result.line).toBe(lineOf(yaml, 'timetable:'));
  });

  it('uses hours_per_day when there is only a summary', () => {
    expectFindings(rule, { 'schedule.timetable': undefined, 'schedule.days_per_week': 2, 'schedule.hours_per_day': 6.5 }, [
      { message: '6.5 treatment hours a day reaches the 6-hour partial hospitalization boundary: the schedule implies partial-hospitalization', pointer: '/schedule/hours_per_day', at: 'hours_per_day:' },
    ]);
  });

  it('does not apply to a program declared as partial hospitalization', () => {
    expect(runRule(rule, withChanges({ 'program.level_of_care': 'partial-hospitalization' })).status).toBe('not-applicable');
  });
});
