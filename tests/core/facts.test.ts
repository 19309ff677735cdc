import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { computeFacts } from '../../src/core/facts.js';
import type { Program } from '../../src/core/program.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';

const base = (schedule: Program['schedule'], populations?: Program['program']['populations']): Program => ({
  version: 1,
  program: { name: 'Test', ...(populations ? { populations } : {}) },
  ...(schedule ? { schedule } : {}),
});
const facts = (schedule: Program['schedule'], populations?: Program['program']['populations']) =>
  computeFacts(base(schedule, populations), DEFAULT_THRESHOLDS);

describe('schedule facts', () => {
  it('sums only treatment activities; adjunctive time is kept apart (the spec example: 7 h, not 9)', () => {
    const f = facts({
      days_per_week: 3,
      hours_per_day: 3,
      timetable: [
        { day: 'monday', start: '18:00', end: '21:00', activities: ['group-counseling', 'psychoeducation'] },
        { day: 'wednesday', start: '18:00', end: '21:00', activities: ['group-counseling', 'relapse-prevention'] },
        { day: 'thursday', start: '17:00', end: '18:00', activities: ['individual-counseling'] },
        { day: 'saturday', start: '10:00', end: '11:30', activities: ['mutual-support-meeting'] },
      ],
    });
    expect(f.source).toBe('timetable');
    expect(f.treatmentHoursPerWeek).toBe(7);
    expect(f.adjunctiveHoursPerWeek).toBe(1.5);
    expect(f.daysPerWeek).toBe(3);
    expect(f.longestDayHours).toBe(3);
    expect(f.longestDay).toBe('monday');
    expect(f.summary).toEqual({ daysPerWeek: 3, hoursPerDay: 3, hoursPerWeek: 9 });
    expect(f.consistent).toBe(false);
    expect(f.impliedLevel).toBe('standard-outpatient');
    expect(f.eveningOrWeekendBlock).toBe(0);
  });

  it('adds blocks on the same day together for the longest day', () => {
    const f = facts({
      timetable: [
        { day: 'tuesday', start: '09:00', end: '12:00', activities: ['group-counseling'] },
        { day: 'tuesday', start: '13:00', end: '16:00', activities: ['skills-training'] },
        { day: 'friday', start: '09:00', end: '12:00', activities: ['group-counseling'] },
      ],
    });
    expect(f.treatmentHoursPerWeek).toBe(9);
    expect(f.longestDayHours).toBe(6);
    expect(f.longestDay).toBe('tuesday');
    expect(f.daysPerWeek).toBe(2);
    // A 6-hour day is partial hospitalization whatever the weekly total.
    expect(f.impliedLevel).toBe('partial-hospitalization');
    expect(f.eveningOrWeekendBlock).toBeNull();
  });

  it('counts only the treatment share of a block that mixes in adjunctive activities', () => {
    const f = facts({ timetable: [{ day: 'monday', start: '18:00', end: '21:00', activities: ['group-counseling', 'mutual-support-meeting'] }] });
    expect(f.treatmentHoursPerWeek).toBe(1.5);
    expect(f.adjunctiveHoursPerWeek).toBe(1.5);
    expect(f.mixedBlocks).toEqual([0]);
  });

  it('uses the summary when there is no timetable', () => {
    const f = facts({ days_per_week: 4, hours_per_day: 2.5 });
    expect(f).toMatchObject({ source: 'summary', treatmentHoursPerWeek: 10, daysPerWeek: 4, longestDayHours: 2.5, consistent: null, impliedLevel: 'intensive-outpatient' });
  });

  it('implies the level from the ASAM bands, with the adolescent floor for adolescent-only programs', () => {
    expect(facts({ days_per_week: 3, hours_per_day: 2 }).impliedLevel).toBe('standard-outpatient');
    expect(facts({ days_per_week: 3, hours_per_day: 2 }, ['adolescents']).impliedLevel).toBe('intensive-outpatient');
    expect(facts({ days_per_week: 3, hours_per_day: 2 }, ['adults', 'adolescents']).impliedLevel).toBe('standard-outpatient');
    expect(facts({ days_per_week: 3, hours_per_day: 3 }).impliedLevel).toBe('intensive-outpatient');
    expect(facts({ days_per_week: 5, hours_per_day: 3.9 }).impliedLevel).toBe('intensive-outpatient');
    expect(facts({ days_per_week: 5, hours_per_day: 4 }).impliedLevel).toBe('partial-hospitalization');
    expect(facts({ days_per_week: 1, hours_per_day: 6 }).impliedLevel).toBe('partial-hospitalization');
  });

  it('has no figures without a schedule', () => {
    expect(facts(undefined)).toMatchObject({ source: 'none', treatmentHoursPerWeek: null, impliedLevel: null, daysPerWeek: null });
  });

  it('reports a block that ends before it starts as an error at its line, never negative hours', () => {
    const yaml = [
      'version: 1',
      'program: { name: Test }',
      'schedule:',
      '  timetable:',
      '    - day: monday',
      '      start: "18:00"',
      '      end: "17:00"',
      '      activities: [group-counseling]',
    ].join('\n');
    const doc = auditText(yaml, 'x.yaml', { rules: [] });
    expect(doc.verdict).toBe('invalid');
    expect(doc.problems).toEqual([
      { kind: 'schedule', pointer: '/schedule/timetable/0/end', message: 'block on monday ends at 17:00, before it starts at 18:00', line: 7, column: 12 },
    ]);
  });
});
