import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/document/sched-04-timetable-services.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SCHED-04 timetable-services', () => {
  it('passes on the compliant example, whose scheduled services are all on site', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.pointer).toBe('/schedule/timetable');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  // Any edit lays the flow-style blocks out over several lines: a block is located at its opening "- {", the line above its day.
  const blockLine = (yaml: string, day: string) => lineOf(yaml, `day: ${day}`) - 1;

  it('warns when the timetable schedules a service the list says is not provided, at that block', () => {
    const yaml = withChanges({ 'services.family': { provided: 'none' } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('warning');
    expect(result.findings).toHaveLength(1);
    expect(result.message).toBe('the thursday block schedules family-education, but services.family is not provided (provided: none)');
    expect(result.findings[0]!.fix).toBe('Make the services and the weekly timetable agree: the thursday block schedules family education, but the services say family services are not provided.');
    expect(result.pointer).toBe('/schedule/timetable/2');
    expect(result.line).toBe(blockLine(yaml, 'thursday'));
  });

  it('notes (info) a scheduled service the list gives by referral', () => {
    const yaml = withChanges({ 'services.individual_counseling': { provided: 'referral', partner: 'Eastside Counseling Associates' } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
    expect(result.findings).toHaveLength(1);
    expect(result.message).toBe("the tuesday block schedules individual-counseling, but services.individual_counseling is provided by referral: if a partner delivers it in the program's blocks, say on-site and name the partner");
    expect(result.findings[0]!.fix).toBe("If a partner delivers individual counseling in the program's own tuesday block, describe the service as on site and name the partner; otherwise take it out of the timetable.");
    expect(result.pointer).toBe('/schedule/timetable/1');
    expect(result.line).toBe(blockLine(yaml, 'tuesday'));
  });

  it('reports a service once, at the first block that schedules it', () => {
    // Group counseling runs on Monday, Tuesday and Thursday.
    expectFindings(rule, { 'services.group_counseling': { provided: 'none' } }, [
      { message: 'the monday block schedules group-counseling, but services.group_counseling is not provided (provided: none)', pointer: '/schedule/timetable/0', at: '- {' },
    ]);
  });

  it('gives the worst severity when one service is missing and another is by referral', () => {
    const yaml = withChanges({ 'services.family': { provided: 'none' }, 'services.psychoeducation': { provided: 'referral' } });
    const result = runRule(rule, yaml);
    expect(result.severity).toBe('warning');
    expect(result.findings.map((f) => [f.severity, f.pointer, f.line])).toEqual([
      ['info', '/schedule/timetable/0', blockLine(yaml, 'monday')],
      ['warning', '/schedule/timetable/2', blockLine(yaml, 'thursday')],
    ]);
  });

  it('maps activities to their service: a drug test at check-in needs drug_testing', () => {
    const yaml = withChanges({
      'schedule.timetable.0.activities': ['drug-testing', 'group-counseling', 'psychoeducation'],
      'schedule.timetable.0.minutes': { 'drug-testing': 10 },
      'services.drug_testing': { provided: 'none' },
    });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('the monday block schedules drug-testing, but services.drug_testing is not provided (provided: none)');
    expect(result.pointer).toBe('/schedule/timetable/0');
    // The edit spreads the block over several lines: it is located at its opening "- {".
    expect(result.line).toBe(lineOf(yaml, 'day: monday') - 1);
  });

  it('leaves a scheduled service the list does not mention to the service rules', () => {
    expect(runRule(rule, withChanges({ 'services.psychoeducation': undefined })).status).toBe('pass');
  });

  it('is not applicable without a timetable', () => {
    const result = runRule(rule, withChanges({ 'schedule.timetable': undefined }));
    expect(result.status).toBe('not-applicable');
    expect(result.message).toBe('not applicable: the schedule has no timetable');
  });
});
