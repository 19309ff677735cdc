import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-01-weekly-intensity.js';
import { COMPLIANT, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-01 weekly-intensity', () => {
  it('passes 10.5 timetabled treatment hours for adults, located at the timetable', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('fails 7 hours for adults, not counting the mutual-support meeting', () => {
    const yaml = withChanges({ 'schedule.timetable.2': { day: 'thursday', start: '18:00', end: '18:30', activities: ['individual-counseling'] } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('7.5 treatment hours a week is below the floor of 9 for adults');
    expect(result.pointer).toBe('/schedule/timetable');
    expect(result.line).toBe(lineOf(yaml, 'timetable:'));
  });

  it('uses the adolescent floor of 6 only when every population is adolescent', () => {
    const sevenHalf = { 'schedule.timetable.2': { day: 'thursday', start: '18:00', end: '18:30', activities: ['individual-counseling'] } };
    expect(runRule(rule, withChanges({ ...sevenHalf, 'program.populations': ['adolescents'] })).status).toBe('pass');
    const mixed = runRule(rule, withChanges({ ...sevenHalf, 'program.populations': ['adults', 'adolescents'] }));
    expect(mixed.status).toBe('fail');
    expect(mixed.message).toBe('7.5 treatment hours a week is below the floor of 9 for adults and adolescents');
  });

  it('uses the summary when there is no timetable', () => {
    const yaml = withChanges({ 'schedule.timetable': undefined, 'schedule.days_per_week': 2, 'schedule.hours_per_day': 4 });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('8 treatment hours a week is below the floor of 9 for adults');
    expect(result.line).toBe(lineOf(yaml, 'schedule:'));
  });

  it('fails, never passes, when the schedule gives no hours', () => {
    const yaml = withChanges({ schedule: { evening_or_weekend_option: true } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/^the schedule gives no treatment hours/);
  });
});
