import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/document/sched-03-overlapping-blocks.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SCHED-03 overlapping-blocks', () => {
  it('passes on the compliant example, whose blocks do not overlap', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.pointer).toBe('/schedule/timetable');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('passes blocks that only touch (one ends as the next starts)', () => {
    const timetable = [
      { day: 'monday', start: '17:30', end: '19:00', activities: ['group-counseling'] },
      { day: 'monday', start: '19:00', end: '20:30', activities: ['psychoeducation'] },
      { day: 'tuesday', start: '17:30', end: '19:00', activities: ['individual-counseling'] },
    ];
    expect(runRule(rule, withChanges({ 'schedule.timetable': timetable })).status).toBe('pass');
  });

  it('notes (info) an individual session pulled from group time, at the later block', () => {
    const result = expectFindings(rule, { 'schedule.timetable.4': { day: 'tuesday', start: '17:30', end: '18:15', activities: ['individual-counseling'] } }, [
      {
        message: 'this tuesday block (17:30–18:15) overlaps block 2 (17:30–21:00): a client attends one at a time, so the time they share is counted once',
        fix: 'If these are choices for different clients, nothing needs to change; otherwise correct the times so that the tuesday 17:30–18:15 block and the 17:30–21:00 block do not overlap.',
        pointer: '/schedule/timetable/4',
        at: '- day: tuesday',
        severity: 'info',
      },
    ]);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
  });

  it('notes two parallel tracks at the same hour', () => {
    const timetable = [
      { day: 'wednesday', start: '18:00', end: '21:00', activities: ['group-counseling', 'relapse-prevention'] },
      { day: 'wednesday', start: '18:00', end: '21:00', activities: ['group-therapy', 'skills-training'] },
      { day: 'friday', start: '18:00', end: '21:00', activities: ['group-counseling', 'psychoeducation'] },
    ];
    const yaml = withChanges({ 'schedule.timetable': timetable });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
    expect(result.message).toBe('this wednesday block (18:00–21:00) overlaps block 1 (18:00–21:00): a client attends one at a time, so the time they share is counted once');
    expect(result.pointer).toBe('/schedule/timetable/1');
    expect(result.line).toBe(lineOf(yaml, '- day: wednesday', lineOf(yaml, '- day: wednesday')));
  });

  it('warns about a block listed twice, at the copy', () => {
    const copy = { day: 'thursday', start: '17:30', end: '21:00', activities: ['skills-training', 'group-counseling', 'family-education'] };
    const result = expectFindings(rule, { 'schedule.timetable.4': copy }, [
      { message: 'this block repeats block 3 (thursday 17:30–21:00): it is counted once; remove the copy', pointer: '/schedule/timetable/4', at: '- day: thursday', severity: 'warning', fix: 'Remove the second copy of the thursday 17:30–21:00 block from the weekly timetable.' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('reports every overlapping pair in block order, the worst severity for the rule', () => {
    const timetable = [
      { day: 'monday', start: '18:00', end: '21:00', activities: ['group-counseling', 'psychoeducation'] },
      { day: 'monday', start: '18:00', end: '18:50', activities: ['individual-counseling'] },
      { day: 'monday', start: '18:00', end: '21:00', activities: ['psychoeducation', 'group-counseling'] },
    ];
    const yaml = withChanges({ 'schedule.timetable': timetable });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('warning');
    expect(result.findings.map((f) => [f.severity, f.pointer, f.message])).toEqual([
      ['info', '/schedule/timetable/1', 'this monday block (18:00–18:50) overlaps block 1 (18:00–21:00): a client attends one at a time, so the time they share is counted once'],
      ['warning', '/schedule/timetable/2', 'this block repeats block 1 (monday 18:00–21:00): it is counted once; remove the copy'],
      ['info', '/schedule/timetable/2', 'this monday block (18:00–21:00) overlaps block 2 (18:00–18:50): a client attends one at a time, so the time they share is counted once'],
    ]);
  });

  it('is not applicable to a timetable of one block', () => {
    const result = runRule(rule, withChanges({ 'schedule.timetable': [{ day: 'monday', start: '18:00', end: '21:00', activities: ['group-counseling'] }] }));
    expect(result.status).toBe('not-applicable');
    expect(result.message).toBe('not applicable: the timetable has fewer than two blocks');
  });
});
