import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { RuleResult } from '../../src/core/types.js';
import rule from '../../src/rules/joint-09-adjunctive-not-substitute.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

function runWith(yaml: string, thresholds: Partial<typeof DEFAULT_THRESHOLDS>): RuleResult {
  return auditText(yaml, 'test.yaml', { rules: [rule], thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } }).results[0]!;
}

describe('JOINT-09 adjunctive-not-substitute', () => {
  it('passes on the compliant example, whose mutual-support meeting has its own block', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('fails a block that mixes treatment with a mutual-support meeting, at that block', () => {
    const yaml = withChanges({ 'schedule.timetable.3': { day: 'saturday', start: '10:00', end: '12:00', activities: ['group-counseling', 'mutual-support-meeting'] } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    expect(result.findings).toHaveLength(1);
    expect(result.message).toBe('this block mixes treatment with mutual-support-meeting; list adjunctive activities in their own block');
    expect(result.pointer).toBe('/schedule/timetable/3');
    expect(result.line).toBe(lineOf(yaml, 'day: saturday'));
  });

  it('names every adjunctive activity in a mixed block, whose shared-out time can also mask a shortfall', () => {
    // Monday's 3.5 hours are shared among four activities: only 1.75 count as treatment, 8.75 a week in all.
    expectFindings(rule, { 'schedule.timetable.0.activities': ['group-counseling', 'psychoeducation', 'meditation', 'meal-break'] }, [
      { message: 'this block mixes treatment with meditation and meal-break; list adjunctive activities in their own block', pointer: '/schedule/timetable/0', at: '- {' },
      { message: 'the weekly floor of 9 hours is reached only by counting 3.25 hours of adjunctive time: treatment alone is 8.75 hours', pointer: '/schedule/timetable', at: 'timetable:' },
    ]);
  });

  it('fails when the floor is reached only by counting adjunctive time', () => {
    const timetable = [
      { day: 'monday', start: '18:00', end: '21:00', activities: ['group-counseling'] },
      { day: 'wednesday', start: '18:00', end: '21:00', activities: ['group-counseling'] },
      { day: 'saturday', start: '10:00', end: '13:00', activities: ['mutual-support-meeting'] },
    ];
    expectFindings(rule, { 'schedule.timetable': timetable }, [
      { message: 'the weekly floor of 9 hours is reached only by counting 3 hours of adjunctive time: treatment alone is 6 hours', pointer: '/schedule/timetable', at: 'timetable:' },
    ]);
  });

  it('leaves a plain shortfall to JOINT-01', () => {
    const timetable = [{ day: 'monday', start: '18:00', end: '21:00', activities: ['group-counseling'] }];
    expect(runRule(rule, withChanges({ 'schedule.timetable': timetable })).status).toBe('pass');
  });

  it('judges against the overridden weekly floor', () => {
    // 10.5 treatment hours and 1.5 adjunctive: a floor of 12 is met only with the mutual-support meeting.
    const result = runWith(COMPLIANT, { adult_weekly_hours: 12 });
    expect(result.status).toBe('fail');
    expect(result.message).toBe('the weekly floor of 12 hours is reached only by counting 1.5 hours of adjunctive time: treatment alone is 10.5 hours');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
    expect(runWith(COMPLIANT, { adult_weekly_hours: 12.5 }).status).toBe('pass');
  });

  it('passes a summary-only schedule, which has no adjunctive time to count', () => {
    expect(runRule(rule, withChanges({ 'schedule.timetable': undefined })).status).toBe('pass');
  });

  it('fails when there is no schedule to judge, at the document root', () => {
    expectFindings(rule, { schedule: undefined }, [
      { message: 'the schedule gives no hours, so treatment time cannot be told apart from adjunctive time: add a timetable', pointer: '/schedule', at: 'version:' },
    ]);
  });
});
