import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/medicare-iop/mcr-04-weekly-hours.js';
import { expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

/** A hospital outpatient department's IOP that Medicare pays for. */
const medicare = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  'program.payers': ['medicare', 'commercial'],
  'program.settings': ['hospital-outpatient-department'],
  ...changes,
});

/** Three weekday mornings of a given length. */
const mornings = (end: string) => [
  { day: 'monday', start: '09:00', end, activities: ['group-therapy', 'psychoeducation'] },
  { day: 'wednesday', start: '09:00', end, activities: ['group-therapy', 'skills-training'] },
  { day: 'friday', start: '09:00', end, activities: ['group-therapy', 'individual-counseling'] },
];

describe('MCR-04 weekly-hours', () => {
  it('passes 10.5 hours a week, located at the timetable', () => {
    const yaml = withChanges(medicare());
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(yaml, 'timetable:'));
    expect(rule.basis).toBe('secondary');
    expect(rule.sources.map((s) => s.basis)).toEqual(['secondary', 'primary', 'primary']);
  });

  it('passes exactly 9 hours and 19 hours', () => {
    const summary = (hoursPerDay: number, days: number) => medicare({ 'schedule.timetable': undefined, 'schedule.days_per_week': days, 'schedule.hours_per_day': hoursPerDay });
    expect(runRule(rule, withChanges(medicare({ 'schedule.timetable': mornings('12:00'), 'schedule.days_per_week': 3, 'schedule.hours_per_day': 3 }))).status).toBe('pass');
    expect(runRule(rule, withChanges(summary(3.8, 5))).status).toBe('pass');
  });

  it('fails a week under 9 hours, naming the shortfall', () => {
    expectFindings(rule, medicare({ 'schedule.timetable': mornings('11:30'), 'schedule.days_per_week': 3, 'schedule.hours_per_day': 2.5 }), [
      { message: 'the schedule offers 7.5 treatment hours a week, fewer than the 9 each Medicare IOP patient is certified to need: add 1.5 hours or more of services a week', pointer: '/schedule/timetable', at: 'timetable:', fix: 'Add at least 1.5 hours of services a week to reach the 9 hours each Medicare IOP patient is certified to need (now 7.5).' },
    ]);
  });

  it('warns at 20 hours a week: partial hospitalization\'s minimum, but no IOP ceiling in the regulation', () => {
    const result = expectFindings(rule, medicare({ 'schedule.timetable': undefined, 'schedule.days_per_week': 5, 'schedule.hours_per_day': 4 }), [
      { message: 'the schedule offers 20 treatment hours a week, at or over the 20 a week that partial hospitalization starts at, and Medicare contractors describe an IOP as fewer: keep a Medicare IOP under 20 hours a week, or run it as partial hospitalization for patients who would otherwise need inpatient care', pointer: '/schedule', at: 'schedule:', severity: 'warning', fix: 'Bring services under 20 hours a week (now 20), or run the program as partial hospitalization.' },
    ]);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('warning');
  });

  it('keeps the shortfall under 9 hours an error', () => {
    const result = runRule(rule, withChanges(medicare({ 'schedule.timetable': mornings('11:30'), 'schedule.days_per_week': 3, 'schedule.hours_per_day': 2.5 })));
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
  });

  it('does not count recreation toward the 9 hours', () => {
    const timetable = [...mornings('11:30'), { day: 'tuesday', start: '13:00', end: '15:00', activities: ['recreation', 'fitness'] }];
    const result = runRule(rule, withChanges(medicare({ 'schedule.timetable': timetable, 'schedule.days_per_week': 4, 'schedule.hours_per_day': 2.5 })));
    expect(result.status).toBe('fail');
    expect(result.message).toContain('7.5 treatment hours a week');
  });

  it('fails when the schedule gives no hours', () => {
    expectFindings(rule, medicare({ schedule: { evening_or_weekend_option: true } }), [
      { message: 'the schedule gives no treatment hours, so the weekly hours Medicare certifies cannot be checked: add a timetable or days_per_week and hours_per_day', pointer: '/schedule', at: 'schedule:', fix: 'Give the weekly treatment hours: add a weekly timetable of treatment blocks, or state how many days a week and hours a day treatment runs.' },
    ]);
  });

  it('does not apply to a program declared as partial hospitalization', () => {
    expect(runRule(rule, withChanges(medicare({ 'program.level_of_care': 'partial-hospitalization' }))).status).toBe('not-applicable');
  });
});
