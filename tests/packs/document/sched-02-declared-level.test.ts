import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/document/sched-02-declared-level.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const noSummary = { 'schedule.days_per_week': undefined, 'schedule.hours_per_day': undefined };
// One 6-hour Tuesday in a 9-hour week.
const oneLongDay = [
  { day: 'tuesday', start: '09:00', end: '15:00', activities: ['group-therapy', 'skills-training'] },
  { day: 'thursday', start: '09:00', end: '12:00', activities: ['group-therapy', 'psychoeducation'] },
];
const fourHourDays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({ day, start: '09:00', end: '13:00', activities: ['group-therapy', 'skills-training'] }));

describe('SCHED-02 declared-level', () => {
  it('passes when the declared IOP matches the schedule', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.line).toBe(lineOf(COMPLIANT, 'level_of_care:'));
  });

  it('reads the level from the weekly hours alone: one 6-hour day in a 9-hour week is still an IOP', () => {
    expect(runRule(rule, withChanges({ ...noSummary, 'schedule.timetable': oneLongDay })).status).toBe('pass');
  });

  it('fails an IOP whose week reaches 20 hours, naming the implied level at level_of_care', () => {
    const yaml = withChanges({ ...noSummary, 'schedule.timetable': fourHourDays });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    expect(result.message).toBe('declared intensive outpatient (ASAM Level 2.1), but the schedule (20 treatment hours a week) implies partial hospitalization (ASAM Level 2.5)');
    expect(result.findings[0]!.fix).toBe('Declare partial hospitalization (ASAM Level 2.5), or change the schedule to deliver intensive outpatient (ASAM Level 2.1): at least 9 and under 20 treatment hours a week (now 20).');
    expect(result.pointer).toBe('/program/level_of_care');
    expect(result.line).toBe(lineOf(yaml, 'level_of_care:'));
    expect(result.column).toBe(18);
  });

  it('fails an IOP below the weekly floor as standard outpatient', () => {
    expectFindings(rule, { 'schedule.timetable': undefined, 'schedule.days_per_week': 2, 'schedule.hours_per_day': 3 }, [
      {
        message: 'declared intensive outpatient (ASAM Level 2.1), but the schedule (6 treatment hours a week) implies standard outpatient (ASAM Level 1)',
        fix: 'Declare standard outpatient (ASAM Level 1), or change the schedule to deliver intensive outpatient (ASAM Level 2.1): at least 9 and under 20 treatment hours a week (now 6).',
        pointer: '/program/level_of_care',
        at: 'level_of_care:',
      },
    ]);
  });

  it('accepts the same 6 hours for an adolescent IOP', () => {
    const yaml = withChanges({ 'program.populations': ['adolescents'], 'schedule.timetable': undefined, 'schedule.days_per_week': 2, 'schedule.hours_per_day': 3 });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('fails a program declared as partial hospitalization whose week is an IOP week, even with a 6-hour day', () => {
    expectFindings(rule, { 'program.level_of_care': 'partial-hospitalization', ...noSummary, 'schedule.timetable': oneLongDay }, [
      {
        message: 'declared partial hospitalization (ASAM Level 2.5), but the schedule (9 treatment hours a week) implies intensive outpatient (ASAM Level 2.1)',
        fix: 'Declare intensive outpatient (ASAM Level 2.1), or change the schedule to deliver partial hospitalization (ASAM Level 2.5): 20 treatment hours a week or more (now 9).',
        pointer: '/program/level_of_care',
        at: 'level_of_care:',
      },
    ]);
  });

  it('accepts a program that declares the level its schedule delivers', () => {
    expect(runRule(rule, withChanges({ 'program.level_of_care': 'partial-hospitalization', ...noSummary, 'schedule.timetable': fourHourDays })).status).toBe('pass');
    expect(runRule(rule, withChanges({ 'program.level_of_care': 'standard-outpatient', 'schedule.timetable': undefined, 'schedule.days_per_week': 1, 'schedule.hours_per_day': 1.5 })).status).toBe('pass');
  });

  it('does not judge a residential program by its outpatient hours', () => {
    expect(runRule(rule, withChanges({ 'program.level_of_care': 'residential' })).status).toBe('pass');
  });

  it('fails when the schedule gives no treatment hours, at the schedule', () => {
    expectFindings(rule, { schedule: { evening_or_weekend_option: true } }, [
      { message: 'the schedule gives no treatment hours, so the declared level (intensive outpatient (ASAM Level 2.1)) cannot be confirmed', pointer: '/schedule', at: 'schedule:', fix: 'Give the weekly treatment hours (a weekly timetable of treatment blocks, or the days a week and hours a day), so that the declared level, intensive outpatient (ASAM Level 2.1), can be confirmed.' },
    ]);
  });

  it('fails when no level is declared', () => {
    const yaml = withChanges({ 'program.level_of_care': undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('the program does not declare its level_of_care');
    expect(result.findings[0]!.fix).toBe("Declare the program's level of care, for example intensive outpatient (ASAM Level 2.1).");
    expect(result.line).toBe(lineOf(yaml, 'program:'));
  });
});
