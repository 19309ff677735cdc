import { describe, expect, it } from 'vitest';
import { auditText } from '../../../src/core/engine.js';
import { DEFAULT_THRESHOLDS } from '../../../src/domain/thresholds.js';
import type { RuleResult } from '../../../src/core/types.js';
import rule from '../../../src/packs/joint/joint-09-adjunctive-not-substitute.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const ADJUNCTS = 'the meetings are adjuncts and cannot make up treatment time';
const evening = (day: string) => ({ day, start: '18:00', end: '21:00', activities: ['group-counseling', 'relapse-prevention'] });

function runWith(yaml: string, thresholds: Partial<typeof DEFAULT_THRESHOLDS>): RuleResult {
  return auditText(yaml, 'test.yaml', { rules: [rule], thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } }).results[0]!;
}

describe('JOINT-09 adjunctive-not-substitute', () => {
  it('passes on the compliant example, whose mutual-support meeting has its own block', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('passes a group with a test at check-in whose minutes are given', () => {
    const yaml = withChanges({ 'schedule.timetable.0.activities': ['drug-testing', 'group-counseling', 'psychoeducation'], 'schedule.timetable.0.minutes': { 'drug-testing': 10 } });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('notes (info) a mixed block without minutes, which the audit split evenly', () => {
    const result = expectFindings(rule, { 'schedule.timetable.0.activities': ['drug-testing', 'group-counseling', 'psychoeducation'] }, [
      {
        message: 'this monday block mixes treatment with drug-testing and gives no minutes, so the audit split it evenly among its 3 activities: give the minutes of the drug-testing (for example minutes: { drug-testing: 15 })',
        pointer: '/schedule/timetable/0',
        at: '- {',
        severity: 'info',
        fix: 'State how many minutes of the monday 17:30–21:00 block go to drug testing, so that only its treatment time is counted.',
      },
    ]);
    expect(result.severity).toBe('info');
  });

  it('names every adjunctive activity of an evenly split block', () => {
    const activities = ['group-counseling', 'psychoeducation', 'relapse-prevention', 'skills-training', 'meditation', 'meal-break'];
    expectFindings(rule, { 'schedule.timetable.0.activities': activities }, [
      {
        message: 'this monday block mixes treatment with meditation and meal-break and gives no minutes, so the audit split it evenly among its 6 activities: give the minutes of the adjunctive parts (for example minutes: { meditation: 15 })',
        pointer: '/schedule/timetable/0',
        at: '- {',
        severity: 'info',
      },
    ]);
  });

  it('fails mutual-support meetings scheduled while treatment alone misses the floor, at the first meeting', () => {
    // 6 treatment hours and 3 of meetings: the week looks like 9 only if the meetings count.
    const timetable = [evening('monday'), evening('wednesday'), { day: 'saturday', start: '10:00', end: '13:00', activities: ['mutual-support-meeting'] }];
    const result = expectFindings(rule, { 'schedule.timetable': timetable }, [
      {
        message: `the timetable schedules 3 hours of mutual-support meetings while treatment alone is 6 hours, below the floor of 9: ${ADJUNCTS}`,
        pointer: '/schedule/timetable/2',
        at: '- day: saturday',
        fix: 'Add at least 3 hours of treatment a week to reach the 9-hour weekly floor (now 6); keep the mutual-support meetings as an addition, not as program hours.',
      },
    ]);
    expect(result.severity).toBe('error');
  });

  it('fails the meetings even when the floor would be missed with them counted', () => {
    const timetable = [evening('tuesday'), { day: 'thursday', start: '19:00', end: '20:30', activities: ['peer-support-meeting'] }];
    expectFindings(rule, { 'schedule.timetable': timetable }, [
      {
        message: `the timetable schedules 1.5 hours of mutual-support meetings while treatment alone is 3 hours, below the floor of 9: ${ADJUNCTS}`,
        pointer: '/schedule/timetable/1',
        at: '- day: thursday',
      },
    ]);
  });

  it('gives the error and the even-split note together, error first', () => {
    // Monday's 3.5 hours shared among four activities: 1.75 of treatment, 8.75 a week in all.
    const yaml = withChanges({ 'schedule.timetable.0.activities': ['group-counseling', 'psychoeducation', 'meditation', 'meal-break'] });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    // The edit spreads each block over several lines: a block is located at its opening "- {".
    expect(result.findings.map((f) => [f.severity, f.pointer, f.line, f.message])).toEqual([
      ['error', '/schedule/timetable/3', lineOf(yaml, 'day: saturday') - 1, `the timetable schedules 1.5 hours of mutual-support meetings while treatment alone is 8.75 hours, below the floor of 9: ${ADJUNCTS}`],
      ['info', '/schedule/timetable/0', lineOf(yaml, 'day: monday') - 1, 'this monday block mixes treatment with meditation and meal-break and gives no minutes, so the audit split it evenly among its 4 activities: give the minutes of the adjunctive parts (for example minutes: { meditation: 15 })'],
    ]);
  });

  it('leaves a plain shortfall with no meetings to JOINT-01', () => {
    expect(runRule(rule, withChanges({ 'schedule.timetable': [evening('monday')] })).status).toBe('pass');
  });

  it('passes a meeting held alongside treatment that meets the floor', () => {
    const timetable = [evening('monday'), evening('wednesday'), evening('thursday'), { day: 'thursday', start: '18:00', end: '19:00', activities: ['alumni-meeting'] }];
    expect(runRule(rule, withChanges({ 'schedule.timetable': timetable })).status).toBe('pass');
  });

  it('uses the adolescent floor for an adolescent program', () => {
    const timetable = [evening('monday'), { ...evening('wednesday'), start: '16:00', end: '19:30' }, { day: 'saturday', start: '10:00', end: '11:00', activities: ['mutual-support-meeting'] }];
    const yaml = withChanges({ 'program.populations': ['adolescents'], 'schedule.timetable': timetable });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('judges against the overridden weekly floor', () => {
    const result = runWith(COMPLIANT, { adult_weekly_hours: 12 });
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    expect(result.message).toBe(`the timetable schedules 1.5 hours of mutual-support meetings while treatment alone is 10.5 hours, below the floor of 12: ${ADJUNCTS}`);
    expect(result.pointer).toBe('/schedule/timetable/3');
    expect(result.line).toBe(lineOf(COMPLIANT, 'day: saturday'));
    expect(runWith(COMPLIANT, { adult_weekly_hours: 10.5 }).status).toBe('pass');
  });

  it('passes a summary-only schedule, which has no adjunctive time to count', () => {
    expect(runRule(rule, withChanges({ 'schedule.timetable': undefined })).status).toBe('pass');
  });

  it('fails when there is no schedule to judge, at the document root', () => {
    expectFindings(rule, { schedule: undefined }, [
      { message: 'the schedule gives no hours, so treatment time cannot be told apart from adjunctive time: add a timetable', pointer: '/schedule', at: 'version:', fix: "Add a weekly timetable that shows each block's activities, so that treatment time can be told apart from mutual-support meetings and other adjunctive time." },
    ]);
  });
});
