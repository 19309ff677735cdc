import { describe, expect, it } from 'vitest';
import { auditText } from '../../../src/core/engine.js';
import { DEFAULT_THRESHOLDS } from '../../../src/domain/thresholds.js';
import type { RuleResult } from '../../../src/core/types.js';
import rule from '../../../src/packs/joint/joint-02-partial-hospitalization-boundary.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const evening = (day: string) => ({ day, start: '17:30', end: '21:00', activities: ['group-counseling', 'relapse-prevention'] });
const DAILY_NOTE = "daily treatment of that length reads as partial hospitalization in the joint committee's specifications (known from a secondary account); shorten the days or declare the level";

function runWith(yaml: string, thresholds: Partial<typeof DEFAULT_THRESHOLDS>): RuleResult {
  return auditText(yaml, 'test.yaml', { rules: [rule], thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } }).results[0]!;
}

describe('JOINT-02 partial-hospitalization-boundary', () => {
  it('passes on the compliant example (3.5-hour days, 10.5 hours a week)', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('notes one 6-hour Saturday in a 12-hour week as info, not partial hospitalization', () => {
    const timetable = [
      { day: 'tuesday', start: '18:00', end: '21:00', activities: ['group-counseling', 'psychoeducation'] },
      { day: 'thursday', start: '18:00', end: '21:00', activities: ['group-counseling', 'relapse-prevention'] },
      { day: 'saturday', start: '09:00', end: '15:00', activities: ['group-therapy', 'skills-training', 'family-education'] },
    ];
    const result = expectFindings(rule, { 'schedule.timetable': timetable, 'schedule.hours_per_day': 4 }, [
      {
        message: '1 of 3 treatment days reach 6 hours (6 on saturday); a long day now and then does not make 12 hours a week partial hospitalization, noted only because it is hard to fit around work or school',
        pointer: '/schedule/timetable/2',
        at: '- day: saturday',
        severity: 'info',
        fix: 'No change is needed for the level of care; if clients find the 6-hour day on saturday hard to fit around work or school, spread its treatment over more days.',
      },
    ]);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
  });

  it('points at the first treatment block of the long day, not at an earlier adjunctive block', () => {
    const timetable = [
      evening('monday'),
      { day: 'tuesday', start: '08:00', end: '09:00', activities: ['mutual-support-meeting'] },
      { day: 'tuesday', start: '09:00', end: '12:00', activities: ['group-therapy'] },
      { day: 'tuesday', start: '13:00', end: '16:00', activities: ['skills-training'] },
      evening('thursday'),
    ];
    const yaml = withChanges({ 'schedule.timetable': timetable });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
    expect(result.message).toBe('1 of 3 treatment days reach 6 hours (6 on tuesday); a long day now and then does not make 13 hours a week partial hospitalization, noted only because it is hard to fit around work or school');
    expect(result.pointer).toBe('/schedule/timetable/2');
    expect(result.line).toBe(lineOf(yaml, 'day: tuesday', lineOf(yaml, 'day: tuesday')));
  });

  it('warns when every treatment day runs 6 hours, even under 20 hours a week', () => {
    const timetable = [
      { day: 'monday', start: '09:00', end: '15:00', activities: ['group-therapy', 'skills-training'] },
      { day: 'wednesday', start: '09:00', end: '15:30', activities: ['group-therapy', 'psychoeducation'] },
      { day: 'saturday', start: '10:00', end: '11:30', activities: ['mutual-support-meeting'] },
    ];
    const result = expectFindings(rule, { 'schedule.timetable': timetable, 'schedule.days_per_week': 2, 'schedule.hours_per_day': 6.25 }, [
      { message: `every treatment day runs 6 hours or more (the longest 6.5): ${DAILY_NOTE}`, pointer: '/schedule/timetable/1', at: '- day: wednesday', severity: 'warning', fix: 'Shorten at least one treatment day to under 6 hours (now every day runs 6 or more, the longest 6.5), or declare the program as partial hospitalization.' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('fails a 21-hour week of short days at the timetable', () => {
    const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    const result = expectFindings(rule, { 'schedule.timetable': days.map(evening), 'schedule.days_per_week': 6 }, [
      {
        message: '21 treatment hours a week reach the 20 hours a week of partial hospitalization (ASAM Level 2.5): an IOP week stays under 20',
        pointer: '/schedule/timetable',
        at: 'timetable:',
        fix: 'Bring treatment under 20 hours a week (now 21), or declare and run the program as partial hospitalization.',
      },
    ]);
    expect(result.severity).toBe('error');
  });

  it('does not count a mutual-support meeting toward the 20 hours', () => {
    // 17.5 treatment hours plus a 3-hour meeting: the week stays intensive outpatient.
    const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map(evening);
    const meeting = { day: 'saturday', start: '10:00', end: '13:00', activities: ['mutual-support-meeting'] };
    expect(runRule(rule, withChanges({ 'schedule.timetable': [...days, meeting], 'schedule.days_per_week': 5 })).status).toBe('pass');
  });

  it('uses the schedule and hours_per_day when there is only a summary', () => {
    const result = expectFindings(rule, { 'schedule.timetable': undefined, 'schedule.days_per_week': 4, 'schedule.hours_per_day': 6.5 }, [
      // The week is judged at the 2.5 line; its 6.5-hour days are not judged a second time.
      { message: '26 treatment hours a week reach the 20 hours a week of partial hospitalization (ASAM Level 2.5): an IOP week stays under 20', pointer: '/schedule', at: 'schedule:', fix: 'Bring treatment under 20 hours a week (now 26), or declare and run the program as partial hospitalization.' },
    ]);
    expect(result.severity).toBe('error');
  });

  it('fails when the schedule gives no treatment hours', () => {
    expectFindings(rule, { schedule: { evening_or_weekend_option: true } }, [
      {
        message: 'the schedule gives no treatment hours, so the weekly and daily intensity cannot be checked: add a timetable or days_per_week and hours_per_day',
        pointer: '/schedule',
        at: 'schedule:',
        fix: 'Give the weekly treatment hours: add a weekly timetable of treatment blocks, or state how many days a week and hours a day treatment runs.',
      },
    ]);
  });

  it('judges against overridden thresholds', () => {
    const result = runWith(COMPLIANT, { partial_hospitalization_day_hours: 3.5, partial_hospitalization_week_hours: 10 });
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    expect(result.findings.map((f) => [f.pointer, f.line, f.severity])).toEqual([
      ['/schedule/timetable', lineOf(COMPLIANT, 'timetable:'), 'error'],
    ]);
    expect(result.findings[0]!.message).toBe('10.5 treatment hours a week reach the 10 hours a week of partial hospitalization (ASAM Level 2.5): an IOP week stays under 10');
    const daily = runWith(COMPLIANT, { partial_hospitalization_day_hours: 3.5 });
    expect(daily.findings.map((f) => [f.pointer, f.line, f.severity])).toEqual([['/schedule/timetable/0', lineOf(COMPLIANT, 'day: monday'), 'warning']]);
    expect(daily.findings[0]!.message).toBe(`every treatment day runs 3.5 hours or more (the longest 3.5): ${DAILY_NOTE}`);
    expect(result.findings[0]!.fix).toBe('Bring treatment under 10 hours a week (now 10.5), or declare and run the program as partial hospitalization.');
    expect(daily.findings[0]!.fix).toBe('Shorten at least one treatment day to under 3.5 hours (now every day runs 3.5 or more, the longest 3.5), or declare the program as partial hospitalization.');
    expect(runWith(COMPLIANT, { partial_hospitalization_day_hours: 4 }).status).toBe('pass');
  });

  it('audits a program that declares no level as an IOP', () => {
    const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    const result = runRule(rule, withChanges({ 'program.level_of_care': undefined, 'schedule.timetable': days.map(evening) }));
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
  });

  it('does not apply to a program declared as partial hospitalization', () => {
    const result = runRule(rule, withChanges({ 'program.level_of_care': 'partial-hospitalization' }));
    expect(result.status).toBe('not-applicable');
    expect(result.message).toBe('not applicable: the program declares a level of care other than intensive outpatient');
  });
});
