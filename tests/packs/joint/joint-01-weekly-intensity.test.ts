import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/joint/joint-01-weekly-intensity.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

// Thursday cut to a half-hour individual session: 3.5 + 3.5 + 0.5 = 7.5 treatment hours.
const sevenAndAHalf = { 'schedule.timetable.2': { day: 'thursday', start: '18:00', end: '18:30', activities: ['individual-counseling'] } };

describe('JOINT-01 weekly-intensity', () => {
  it('passes 10.5 timetabled treatment hours for adults, located at the timetable', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.pointer).toBe('/schedule/timetable');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('fails 7.5 hours for adults, not counting the mutual-support meeting', () => {
    const yaml = withChanges(sevenAndAHalf);
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    expect(result.message).toBe('7.5 treatment hours a week is below the floor of 9 for adults');
    expect(result.pointer).toBe('/schedule/timetable');
    expect(result.line).toBe(lineOf(yaml, 'timetable:'));
  });

  it('uses the adolescent floor of 6 for an adolescent program', () => {
    expect(runRule(rule, withChanges({ ...sevenAndAHalf, 'program.populations': ['adolescents'] })).status).toBe('pass');
  });

  it('holds a program serving adolescents and adults to the higher floor, and says which it meets', () => {
    expectFindings(rule, { ...sevenAndAHalf, 'program.populations': ['adults', 'adolescents'] }, [
      { message: '7.5 treatment hours a week is below the floor of 9 for adults (it meets the floor of 6 for adolescents)', pointer: '/schedule/timetable', at: 'timetable:', fix: 'Add at least 1.5 hours of treatment a week to reach the 9-hour weekly floor for adults (now 7.5); mutual-support meetings and recreation do not count toward it.' },
    ]);
  });

  it('holds young adults to the adult floor alongside adolescents', () => {
    expectFindings(rule, { ...sevenAndAHalf, 'program.populations': ['adolescents', 'young-adults'] }, [
      { message: '7.5 treatment hours a week is below the floor of 9 for young-adults (it meets the floor of 6 for adolescents)', pointer: '/schedule/timetable', at: 'timetable:', fix: 'Add at least 1.5 hours of treatment a week to reach the 9-hour weekly floor for young adults (now 7.5); mutual-support meetings and recreation do not count toward it.' },
    ]);
  });

  it('judges a justice-involved adult program by the adult floor', () => {
    expect(runRule(rule, withChanges({ 'program.populations': ['adults', 'justice-involved'] })).status).toBe('pass');
    expectFindings(rule, { ...sevenAndAHalf, 'program.populations': ['adults', 'justice-involved'] }, [
      { message: '7.5 treatment hours a week is below the floor of 9 for adults', pointer: '/schedule/timetable', at: 'timetable:' },
    ]);
  });

  it('deducts the minutes of a test at check-in from treatment time', () => {
    // Three 3-hour evenings with a 10-minute test on Monday: 8 h 50 of treatment.
    const evening = (day: string) => ({ day, start: '18:00', end: '21:00', activities: ['group-counseling', 'relapse-prevention'] });
    const timetable = [
      { ...evening('monday'), activities: ['drug-testing', 'group-counseling', 'psychoeducation'], minutes: { 'drug-testing': 10 } },
      evening('wednesday'),
      evening('thursday'),
    ];
    expectFindings(rule, { 'schedule.timetable': timetable, 'schedule.hours_per_day': 3 }, [
      { message: '8.83 treatment hours a week is below the floor of 9 for adults', pointer: '/schedule/timetable', at: 'timetable:', fix: 'Add at least 0.17 hours of treatment a week to reach the 9-hour weekly floor for adults (now 8.83); mutual-support meetings and recreation do not count toward it.' },
    ]);
    // Starting ten minutes earlier makes up for the test.
    const earlier = [{ ...timetable[0], start: '17:50' }, timetable[1], timetable[2]];
    expect(runRule(rule, withChanges({ 'schedule.timetable': earlier })).status).toBe('pass');
  });

  it('counts individual sessions held during group time once, so they do not lift a short week', () => {
    const timetable = [
      { day: 'monday', start: '18:00', end: '20:30', activities: ['group-counseling', 'psychoeducation'] },
      { day: 'monday', start: '18:00', end: '18:50', activities: ['individual-counseling'] },
      { day: 'wednesday', start: '18:00', end: '20:30', activities: ['group-counseling', 'relapse-prevention'] },
      { day: 'wednesday', start: '18:00', end: '18:50', activities: ['individual-counseling'] },
      { day: 'thursday', start: '18:00', end: '20:30', activities: ['group-counseling', 'skills-training'] },
    ];
    expectFindings(rule, { 'schedule.timetable': timetable }, [
      { message: '7.5 treatment hours a week is below the floor of 9 for adults', pointer: '/schedule/timetable', at: 'timetable:' },
    ]);
  });

  it('uses the summary when there is no timetable, located at the schedule', () => {
    expectFindings(rule, { 'schedule.timetable': undefined, 'schedule.days_per_week': 2, 'schedule.hours_per_day': 4 }, [
      { message: '8 treatment hours a week is below the floor of 9 for adults', pointer: '/schedule', at: 'schedule:', fix: 'Add at least 1 hour of treatment a week to reach the 9-hour weekly floor for adults (now 8); mutual-support meetings and recreation do not count toward it.' },
    ]);
  });

  it('fails, never passes, when the schedule gives no hours', () => {
    expectFindings(rule, { schedule: { evening_or_weekend_option: true } }, [
      { message: 'the schedule gives no treatment hours: add a timetable or days_per_week and hours_per_day', pointer: '/schedule', at: 'schedule:', fix: 'Give the weekly treatment hours: add a weekly timetable of treatment blocks, or state how many days a week and hours a day treatment runs.' },
    ]);
  });
});
