import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/medicare-iop/mcr-05-not-recreational.js';
import { expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

/** A community mental health center's IOP that Medicare pays for. */
const medicare = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  'program.payers': ['medicare', 'medicaid'],
  'program.settings': ['community-mental-health-center'],
  ...changes,
});

describe('MCR-05 not-recreational', () => {
  it('passes a timetable of treatment and mutual-support blocks, located at the timetable', () => {
    const yaml = withChanges(medicare());
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(yaml, 'timetable:'));
    expect(rule.severity).toBe('warning');
  });

  it('passes meal breaks and meditation: not flagged as recreation', () => {
    const yaml = withChanges(medicare({ 'schedule.timetable.4': { day: 'thursday', start: '21:00', end: '21:30', activities: ['meal-break', 'meditation'] } }));
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('warns about a recreation block, naming day, time and activity', () => {
    expectFindings(rule, medicare({ 'schedule.timetable.3.activities': ['recreation'] }), [
      { message: 'the saturday 10:00-11:30 block schedules recreation: primarily recreational or diversionary activities are not IOP services Medicare pays for; keep it outside the IOP services billed, or replace it with individualized activity therapy tied to the plan of care', pointer: '/schedule/timetable/3/activities', at: 'activities: [ recreation ]', severity: 'warning', fix: "Leave the recreation in the saturday 10:00-11:30 block out of the IOP services billed to Medicare, or replace it with activity therapy tied to each patient's plan of care." },
    ]);
  });

  it('warns once per block, naming every such activity in it', () => {
    const result = expectFindings(rule, medicare({
      'schedule.timetable.0.activities': ['group-counseling', 'psychoeducation', 'social-activity'],
      'schedule.timetable.2.activities': ['fitness', 'recreation'],
    }), [
      { message: 'the monday 17:30-21:00 block schedules social-activity: primarily recreational or diversionary activities are not IOP services Medicare pays for; keep it outside the IOP services billed, or replace it with individualized activity therapy tied to the plan of care', pointer: '/schedule/timetable/0/activities', at: 'social-activity ]', severity: 'warning' },
      { message: 'the thursday 17:30-21:00 block schedules fitness and recreation: primarily recreational or diversionary activities are not IOP services Medicare pays for; keep them outside the IOP services billed, or replace them with individualized activity therapy tied to the plan of care', pointer: '/schedule/timetable/2/activities', at: 'activities: [ fitness, recreation ]', severity: 'warning', fix: "Leave the fitness and recreation in the thursday 17:30-21:00 block out of the IOP services billed to Medicare, or replace them with activity therapy tied to each patient's plan of care." },
    ]);
    expect(result.severity).toBe('warning');
  });
});
