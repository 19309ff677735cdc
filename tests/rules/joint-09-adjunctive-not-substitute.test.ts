import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-09-adjunctive-not-substitute.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-09 adjunctive-not-substitute', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('fails a block that mixes treatment with a mutual-support meeting, at that block', () => {
    const yaml = withChanges({ 'schedule.timetable.3': { day: 'saturday', start: '10:00', end: '12:00', activities: ['group-counseling', 'mutual-support-meeting'] } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('this block mixes treatment with mutual-support-meeting: list adjunctive activities in a block of their own');
    expect(result.pointer).toBe('/schedule/timetable/3');
    expect(result.line).toBe(lineOf(yaml, 'day: saturday'));
  });

  it('fails when the floor is reached only by counting adjunctive time', () => {
    const timetable = [
      { day: 'monday', start: '18:00', end: '21:00', activities: ['group-counseling'] },
      { day: 'wednesday', start: '18:00', end: '21:00', activities: ['group-counseling'] },
      { day: 'saturday', start: '10:00', end: '13:00', activities: ['mutual-support-meeting'] },
    ];
    expectFindings(rule, { 'schedule.timetable': timetable }, [
      { message: 'the weekly floor of 9 hours is reached only by counting 3 adjunctive hours; treatment alone is 6', pointer: '/schedule/timetable', at: 'timetable:' },
    ]);
  });

  it('fails when there is no schedule to judge', () => {
    expectFindings(rule, { schedule: undefined }, [
      { message: 'the schedule gives no hours, so treatment time cannot be told from adjunctive time: add a timetable', pointer: '/schedule', at: 'version:' },
    ]);
  });
});
