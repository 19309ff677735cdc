import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/sched-02-declared-level.js';
import { COMPLIANT, lineOf, runRule, withChanges } from '../support/audit.js';

const sixHourDays = [
  { day: 'monday', start: '09:00', end: '15:00', activities: ['group-therapy'] },
  { day: 'wednesday', start: '09:00', end: '12:00', activities: ['group-therapy'] },
];

describe('SCHED-02 declared-level', () => {
  it('passes when the declared IOP matches the schedule', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'level_of_care:'));
  });

  it('fails an IOP whose schedule has a 6-hour day, naming the implied level', () => {
    const yaml = withChanges({ 'schedule.timetable': sixHourDays, 'schedule.days_per_week': undefined, 'schedule.hours_per_day': undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('declared intensive outpatient (ASAM Level 2.1), but the schedule (9 treatment hours a week, longest day 6 h) implies partial hospitalization (ASAM Level 2.5)');
    expect(result.line).toBe(lineOf(yaml, 'level_of_care:'));
    expect(result.column).toBe(18);
  });

  it('fails an IOP below the weekly floor as standard outpatient', () => {
    const yaml = withChanges({ 'schedule.timetable': undefined, 'schedule.days_per_week': 2, 'schedule.hours_per_day': 3 });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/implies standard outpatient \(ASAM Level 1\)$/);
  });

  it('accepts a program that declares the level its schedule delivers', () => {
    const yaml = withChanges({ 'program.level_of_care': 'partial-hospitalization', 'schedule.timetable': sixHourDays, 'schedule.days_per_week': undefined, 'schedule.hours_per_day': undefined });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('fails when no level is declared', () => {
    const yaml = withChanges({ 'program.level_of_care': undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('the program does not declare its level_of_care');
    expect(result.line).toBe(lineOf(yaml, 'program:'));
  });
});
