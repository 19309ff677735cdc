import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { RuleResult } from '../../src/core/types.js';
import rule from '../../src/rules/joint-02-partial-hospitalization-boundary.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

const IMPLIES = 'the schedule implies partial hospitalization, not intensive outpatient';
const evening = (day: string) => ({ day, start: '17:30', end: '21:00', activities: ['group-counseling'] });

function runWith(yaml: string, thresholds: Partial<typeof DEFAULT_THRESHOLDS>): RuleResult {
  return auditText(yaml, 'test.yaml', { rules: [rule], thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } }).results[0]!;
}

describe('JOINT-02 partial-hospitalization-boundary', () => {
  it('passes on the compliant example (3.5-hour days, 10.5 hours a week)', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('fails a 6-hour day at the line of that block, naming the implied level', () => {
    const yaml = withChanges({ 'schedule.timetable.0': { day: 'monday', start: '09:00', end: '15:00', activities: ['group-counseling'] } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    expect(result.findings).toHaveLength(1);
    expect(result.message).toBe(`6 treatment hours on monday reach the 6-hour day that marks partial hospitalization (an IOP day stays under it): ${IMPLIES}`);
    expect(result.pointer).toBe('/schedule/timetable/0');
    expect(result.line).toBe(lineOf(yaml, 'day: monday'));
  });

  it('points at the first treatment block of the long day, not at an earlier adjunctive block', () => {
    const timetable = [
      evening('monday'),
      { day: 'tuesday', start: '08:00', end: '09:00', activities: ['mutual-support-meeting'] },
      { day: 'tuesday', start: '09:00', end: '12:00', activities: ['group-therapy'] },
      { day: 'tuesday', start: '13:00', end: '16:00', activities: ['skills-training'] },
    ];
    const yaml = withChanges({ 'schedule.timetable': timetable });
    const result = runRule(rule, yaml);
    expect(result.message).toBe(`6 treatment hours on tuesday reach the 6-hour day that marks partial hospitalization (an IOP day stays under it): ${IMPLIES}`);
    expect(result.pointer).toBe('/schedule/timetable/2');
    expect(result.line).toBe(lineOf(yaml, 'day: tuesday', lineOf(yaml, 'day: tuesday')));
  });

  it('fails a 21-hour week of short days at the timetable', () => {
    const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    const yaml = withChanges({ 'schedule.timetable': days.map(evening), 'schedule.days_per_week': 6 });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.findings).toHaveLength(1);
    expect(result.message).toBe(`21 treatment hours a week reach the 20 hours a week that mark partial hospitalization (an IOP week stays under it): ${IMPLIES}`);
    expect(result.pointer).toBe('/schedule/timetable');
    expect(result.line).toBe(lineOf(yaml, 'timetable:'));
  });

  it('uses hours_per_day and the schedule when there is only a summary', () => {
    expectFindings(rule, { 'schedule.timetable': undefined, 'schedule.days_per_week': 4, 'schedule.hours_per_day': 6.5 }, [
      { message: `6.5 treatment hours a day reach the 6-hour day that marks partial hospitalization (an IOP day stays under it): ${IMPLIES}`, pointer: '/schedule/hours_per_day', at: 'hours_per_day:' },
      { message: `26 treatment hours a week reach the 20 hours a week that mark partial hospitalization (an IOP week stays under it): ${IMPLIES}`, pointer: '/schedule', at: 'schedule:' },
    ]);
  });

  it('fails when the schedule gives no treatment hours', () => {
    expectFindings(rule, { schedule: { evening_or_weekend_option: true } }, [
      { message: 'the schedule gives no treatment hours, so the daily and weekly intensity cannot be checked: add a timetable or days_per_week and hours_per_day', pointer: '/schedule', at: 'schedule:' },
    ]);
  });

  it('judges against overridden thresholds', () => {
    const result = runWith(COMPLIANT, { partial_hospitalization_day_hours: 3.5, partial_hospitalization_week_hours: 10 });
    expect(result.status).toBe('fail');
    expect(result.findings.map((f) => [f.pointer, f.line])).toEqual([
      ['/schedule/timetable/0', lineOf(COMPLIANT, 'day: monday')],
      ['/schedule/timetable', lineOf(COMPLIANT, 'timetable:')],
    ]);
    expect(result.findings[0]!.message).toBe(`3.5 treatment hours on monday reach the 3.5-hour day that marks partial hospitalization (an IOP day stays under it): ${IMPLIES}`);
    expect(result.findings[1]!.message).toBe(`10.5 treatment hours a week reach the 10 hours a week that mark partial hospitalization (an IOP week stays under it): ${IMPLIES}`);
    expect(runWith(COMPLIANT, { partial_hospitalization_day_hours: 4 }).status).toBe('pass');
  });

  it('audits a program that declares no level as an IOP', () => {
    const yaml = withChanges({ 'program.level_of_care': undefined, 'schedule.timetable.0': { day: 'monday', start: '09:00', end: '15:00', activities: ['group-counseling'] } });
    expect(runRule(rule, yaml).status).toBe('fail');
  });

  it('does not apply to a program declared as partial hospitalization', () => {
    const result = runRule(rule, withChanges({ 'program.level_of_care': 'partial-hospitalization' }));
    expect(result.status).toBe('not-applicable');
    expect(result.message).toBe('not applicable: the program declares a level of care other than intensive outpatient');
  });
});
