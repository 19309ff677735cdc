import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { computeFacts } from '../../src/domain/facts.js';
import type { Program } from '../../src/domain/program.js';
import { DEFAULT_THRESHOLDS } from '../../src/domain/thresholds.js';

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
    expect(f.longDayCount).toBe(1);
    // The level is read from the weekly hours alone: one 6-hour day in a 9-hour week is still Level 2.1.
    expect(f.impliedLevel).toBe('intensive-outpatient');
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
    // One 6-hour day a week is 6 hours a week: below the adult floor, whatever the day's length.
    expect(facts({ days_per_week: 1, hours_per_day: 6 })).toMatchObject({ impliedLevel: 'standard-outpatient', longDayCount: 1 });
    expect(facts({ days_per_week: 4, hours_per_day: 6 })).toMatchObject({ impliedLevel: 'partial-hospitalization', longDayCount: 4 });
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

  it('reports minutes for an activity the block does not list, at that key', () => {
    const yaml = [
      'version: 1',
      'program: { name: Test }',
      'schedule:',
      '  timetable:',
      '    - day: tuesday',
      '      start: "17:45"',
      '      end: "21:00"',
      '      activities: [group-counseling, relapse-prevention]',
      '      minutes:',
      '        drug-testing: 10',
    ].join('\n');
    const doc = auditText(yaml, 'x.yaml', { rules: [] });
    expect(doc.verdict).toBe('invalid');
    expect(doc.problems).toEqual([
      {
        kind: 'schedule',
        pointer: '/schedule/timetable/0/minutes/drug-testing',
        message: "minutes are given for 'drug-testing', which the block on tuesday does not list in its activities",
        line: 10,
        column: 9,
      },
    ]);
  });

  it('reports minutes that add up past the length of the block, at its minutes', () => {
    const yaml = [
      'version: 1',
      'program: { name: Test }',
      'schedule:',
      '  timetable:',
      '    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling] }',
      '    - day: wednesday',
      '      start: "18:00"',
      '      end: "19:30"',
      '      activities: [drug-testing, group-counseling, psychoeducation]',
      '      minutes:',
      '        group-counseling: 60',
      '        psychoeducation: 45',
    ].join('\n');
    const doc = auditText(yaml, 'x.yaml', { rules: [] });
    expect(doc.verdict).toBe('invalid');
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]).toMatchObject({
      kind: 'schedule',
      pointer: '/schedule/timetable/1/minutes',
      message: 'the block on wednesday (18:00–19:30) lasts 90 minutes, but its activities are given 105',
      line: 10,
    });
  });

  it('accepts minutes that fill the block exactly', () => {
    const yaml = [
      'version: 1',
      'program: { name: Test }',
      'schedule:',
      '  timetable:',
      '    - { day: friday, start: "18:00", end: "19:00", activities: [drug-testing, group-counseling], minutes: { drug-testing: 15, group-counseling: 45 } }',
    ].join('\n');
    expect(auditText(yaml, 'x.yaml', { rules: [] }).problems).toEqual([]);
  });
});

describe('minutes within a block', () => {
  const checkIn = { day: 'tuesday' as const, start: '17:45', end: '21:00', activities: ['drug-testing', 'group-counseling', 'relapse-prevention'] };

  it('deducts the minutes given to a test at check-in: a 3¼-hour group with a 10-minute test counts 3 h 05', () => {
    const f = facts({ timetable: [{ ...checkIn, minutes: { 'drug-testing': 10 } }] });
    expect(f.treatmentHoursPerWeek).toBe(3.08);
    expect(f.adjunctiveHoursPerWeek).toBe(0.17);
    expect(f.mixedBlocks).toEqual([0]);
    expect(f.evenSplitBlocks).toEqual([]);
  });

  it('splits the same block evenly when it gives no minutes, and lists it as an even split', () => {
    // 195 minutes among three activities: 65 each, two of them treatment.
    const f = facts({ timetable: [checkIn] });
    expect(f.treatmentHoursPerWeek).toBe(2.17);
    expect(f.adjunctiveHoursPerWeek).toBe(1.08);
    expect(f.mixedBlocks).toEqual([0]);
    expect(f.evenSplitBlocks).toEqual([0]);
  });

  it('does not list a treatment-only block as mixed or evenly split', () => {
    const f = facts({ timetable: [{ day: 'monday', start: '18:00', end: '21:00', activities: ['group-therapy', 'psychoeducation'] }] });
    expect(f).toMatchObject({ treatmentHoursPerWeek: 3, mixedBlocks: [], evenSplitBlocks: [] });
  });
});

describe('blocks that overlap count once', () => {
  const group = { day: 'monday' as const, start: '18:00', end: '21:00', activities: ['group-counseling', 'psychoeducation'] };
  const thursday = { day: 'thursday' as const, start: '18:00', end: '21:00', activities: ['group-counseling', 'skills-training'] };

  it('counts an individual session pulled from group time once', () => {
    const f = facts({ timetable: [group, { day: 'monday', start: '18:00', end: '18:45', activities: ['individual-counseling'] }, thursday] });
    expect(f.treatmentHoursPerWeek).toBe(6);
    expect(f.longestDayHours).toBe(3);
    expect(f.daysPerWeek).toBe(2);
    expect(f.overlaps).toEqual([{ first: 0, second: 1, duplicate: false }]);
  });

  it('counts a block listed twice once, and marks the pair as a duplicate', () => {
    const f = facts({ timetable: [group, thursday, { ...group, activities: ['psychoeducation', 'group-counseling'] }] });
    expect(f.treatmentHoursPerWeek).toBe(6);
    expect(f.overlaps).toEqual([{ first: 0, second: 2, duplicate: true }]);
  });

  it('counts two parallel tracks at the same hour once', () => {
    const f = facts({ timetable: [group, { day: 'monday', start: '18:00', end: '21:00', activities: ['group-therapy', 'skills-training'] }] });
    expect(f.treatmentHoursPerWeek).toBe(3);
    expect(f.overlaps).toEqual([{ first: 0, second: 1, duplicate: false }]);
  });

  it('counts the span of blocks that overlap in part, not their sum', () => {
    // 18:00–20:00 and 19:30–21:00 span three hours, not three and a half.
    const f = facts({
      timetable: [
        { day: 'wednesday', start: '18:00', end: '20:00', activities: ['group-counseling'] },
        { day: 'wednesday', start: '19:30', end: '21:00', activities: ['relapse-prevention'] },
        { day: 'wednesday', start: '21:00', end: '21:30', activities: ['individual-counseling'] },
      ],
    });
    expect(f.treatmentHoursPerWeek).toBe(3.5);
    expect(f.overlaps).toEqual([{ first: 0, second: 1, duplicate: false }]);
  });

  it('adds nothing for a mutual-support meeting held alongside treatment at the same hour', () => {
    const f = facts({ timetable: [group, { day: 'monday', start: '18:00', end: '21:00', activities: ['mutual-support-meeting'] }] });
    expect(f.treatmentHoursPerWeek).toBe(3);
    expect(f.adjunctiveHoursPerWeek).toBe(0);
    expect(f.overlaps).toEqual([{ first: 0, second: 1, duplicate: false }]);
  });

  it('does not treat blocks that only touch as overlapping', () => {
    const f = facts({ timetable: [{ ...group, end: '19:30' }, { day: 'monday', start: '19:30', end: '21:00', activities: ['skills-training'] }] });
    expect(f.treatmentHoursPerWeek).toBe(3);
    expect(f.overlaps).toEqual([]);
  });
});

describe('long days, floors, hours offered and the implied level', () => {
  it('counts the treatment days of 6 hours or more', () => {
    const f = facts({
      timetable: [
        { day: 'tuesday', start: '09:00', end: '12:00', activities: ['group-therapy'] },
        { day: 'tuesday', start: '13:00', end: '16:00', activities: ['skills-training'] },
        { day: 'wednesday', start: '09:00', end: '14:59', activities: ['group-therapy'] },
        { day: 'saturday', start: '09:00', end: '15:30', activities: ['group-counseling', 'psychoeducation'] },
      ],
    });
    expect(f.longDayCount).toBe(2);
    expect(f.longestDayHours).toBe(6.5);
    expect(f.longestDay).toBe('saturday');
  });

  it('gives each age group its floor and meets the highest', () => {
    const f = facts({ days_per_week: 3, hours_per_day: 2.5 }, ['adolescents', 'young-adults']);
    expect(f.floors).toEqual([{ population: 'adolescents', hours: 6 }, { population: 'young-adults', hours: 9 }]);
    expect(f.weeklyFloor).toBe(9);
    expect(f.impliedLevel).toBe('standard-outpatient');
  });

  it('uses the adult floor when the populations name no age group', () => {
    const f = facts({ days_per_week: 3, hours_per_day: 3 }, ['justice-involved']);
    expect(f.floors).toEqual([{ population: 'adults', hours: 9 }]);
    expect(f.weeklyFloor).toBe(9);
    expect(facts({ days_per_week: 3, hours_per_day: 3 }, ['older-adults', 'justice-involved']).floors).toEqual([{ population: 'older-adults', hours: 9 }]);
  });

  it('finds the first treatment block of each kind of hours', () => {
    const f = facts({
      timetable: [
        { day: 'saturday', start: '09:00', end: '10:00', activities: ['mutual-support-meeting'] },
        { day: 'monday', start: '10:00', end: '13:00', activities: ['group-therapy'] },
        { day: 'tuesday', start: '15:30', end: '18:30', activities: ['group-counseling'] },
        { day: 'wednesday', start: '17:00', end: '20:00', activities: ['group-counseling'] },
        { day: 'sunday', start: '11:00', end: '13:00', activities: ['family-therapy'] },
      ],
    });
    // The Saturday meeting is not treatment, so the first weekend block is Sunday's.
    expect(f.hoursOffered).toEqual({ evening: 3, weekend: 4, afterSchool: 2, daytime: 1 });
    expect(f.eveningOrWeekendBlock).toBe(3);
  });

  it('counts a weekend block as after school, and has no daytime hours in an evening-only week', () => {
    const f = facts({
      timetable: [
        { day: 'saturday', start: '10:00', end: '13:00', activities: ['group-counseling'] },
        { day: 'thursday', start: '18:00', end: '21:00', activities: ['group-counseling'] },
      ],
    });
    expect(f.hoursOffered).toEqual({ evening: 1, weekend: 0, afterSchool: 0, daytime: null });
    expect(f.eveningOrWeekendBlock).toBe(0);
  });

  it('implies Level 2.1 for a 12-hour week with one 6-hour Saturday', () => {
    const f = facts({
      timetable: [
        { day: 'tuesday', start: '18:00', end: '21:00', activities: ['group-counseling', 'psychoeducation'] },
        { day: 'thursday', start: '18:00', end: '21:00', activities: ['group-counseling', 'relapse-prevention'] },
        { day: 'saturday', start: '09:00', end: '15:00', activities: ['group-therapy', 'skills-training', 'family-education'] },
      ],
    });
    expect(f).toMatchObject({ treatmentHoursPerWeek: 12, longDayCount: 1, longestDay: 'saturday', impliedLevel: 'intensive-outpatient' });
  });

  it('implies partial hospitalization from 20 hours a week', () => {
    const day = (d: 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday') => ({ day: d, start: '09:00', end: '13:00', activities: ['group-therapy', 'skills-training'] });
    const f = facts({ timetable: [day('monday'), day('tuesday'), day('wednesday'), day('thursday'), day('friday')] });
    expect(f).toMatchObject({ treatmentHoursPerWeek: 20, longDayCount: 0, impliedLevel: 'partial-hospitalization' });
    expect(facts({ timetable: [day('monday'), day('tuesday'), day('wednesday'), day('thursday'), { ...day('friday'), end: '12:59' }] }).impliedLevel).toBe('intensive-outpatient');
  });
});

describe('schedule facts: overlapping blocks as one client attends them', () => {
  const mixed = { day: 'saturday' as const, start: '10:00', end: '13:00', activities: ['group-counseling', 'mutual-support-meeting'] };

  it('counts a mixed block listed twice at its own treatment share, not its whole span', () => {
    const once = facts({ timetable: [mixed] });
    const twice = facts({ timetable: [mixed, { ...mixed }] });
    expect(once).toMatchObject({ treatmentHoursPerWeek: 1.5, adjunctiveHoursPerWeek: 1.5, mutualSupportHoursPerWeek: 1.5 });
    expect(twice).toMatchObject({ treatmentHoursPerWeek: 1.5, adjunctiveHoursPerWeek: 1.5, mutualSupportHoursPerWeek: 1.5 });
    expect(twice.overlaps).toEqual([{ first: 0, second: 1, duplicate: true }]);
  });

  it('keeps a timed check-in test deducted when the block is listed twice', () => {
    const block = { day: 'monday' as const, start: '17:45', end: '21:00', activities: ['drug-testing', 'group-counseling'], minutes: { 'drug-testing': 10 } };
    expect(facts({ timetable: [block, { ...block }] }).treatmentHoursPerWeek).toBe(3.08);
  });

  it('counts mutual-support time once, and not at all while the client is in treatment at the same hour', () => {
    const meeting = { day: 'saturday' as const, start: '10:00', end: '11:30', activities: ['mutual-support-meeting'] };
    expect(facts({ timetable: [meeting, { ...meeting }] }).mutualSupportHoursPerWeek).toBe(1.5);
    const parallel = facts({ timetable: [{ day: 'saturday', start: '10:00', end: '11:30', activities: ['group-counseling'] }, meeting] });
    expect(parallel).toMatchObject({ treatmentHoursPerWeek: 1.5, adjunctiveHoursPerWeek: 0, mutualSupportHoursPerWeek: 0 });
  });

  it('lets a client in a partly overlapping pair attend the treatment first, then the rest', () => {
    const f = facts({ timetable: [
      { day: 'tuesday', start: '18:00', end: '20:00', activities: ['group-counseling'] },
      { day: 'tuesday', start: '19:00', end: '21:00', activities: ['mutual-support-meeting'] },
    ] });
    expect(f).toMatchObject({ treatmentHoursPerWeek: 2, adjunctiveHoursPerWeek: 1, mutualSupportHoursPerWeek: 1 });
  });
});
