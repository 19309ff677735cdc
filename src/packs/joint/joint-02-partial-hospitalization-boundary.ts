import type { RawFinding } from '../../core/types.js';
import { TREATMENT_ACTIVITIES } from '../../domain/vocabulary.js';
import { defineRule } from '../define.js';
import { auditedAsIop, hours } from '../helpers.js';
import { ASAM_LEVEL_2_5, MEDICARE_PHP_20_HOURS, jointCommitteeAsReported } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-02',
  alias: 'partial-hospitalization-boundary',
  standard: 'joint',
  implements: ['joint:php-boundary', 'asam-criteria-3:2.5-boundary'],
  clause: 'IOP / partial hospitalization boundary',
  title: '20 or more hours a week, or daily 6-hour days, is partial hospitalization, not IOP',
  severity: 'error',
  appliesTo: {
    when: (program) => auditedAsIop(program),
    otherwise: 'the program declares a level of care other than intensive outpatient',
  },
  sources: [
    ASAM_LEVEL_2_5,
    MEDICARE_PHP_20_HOURS,
    jointCommitteeAsReported('programs that schedule daily treatment of six hours a day or more are to be told apart as partial hospitalization'),
  ],
  rationale:
    'The weekly line is the primary one: the ASAM Criteria place partial hospitalization (Level 2.5) at 20 or more hours a week, and Medicare pays for it at 20 hours a week or more. A week at or past it is an error. '
    + 'The 6-hour day comes only from a secondary account of the joint committee, whose words are "scheduled daily treatment" of six hours or more: a program whose every treatment day runs 6 hours gets a warning, '
    + 'and one long day in an otherwise ordinary week (a Saturday workshop in a 12-hour week) is an info note, not partial hospitalization. '
    + 'The level a schedule implies is judged by its weekly hours alone, so this rule, SCHED-02 and the 9-hour floor never contradict each other.',
  remediation: {
    text: 'Keep the week under 20 treatment hours (or declare the program as partial hospitalization), and do not run every treatment day for 6 hours or more.',
    example:
      'schedule:\n  timetable:\n    - { day: monday, start: "17:30", end: "21:00", activities: [group-counseling, psychoeducation] }\n    - { day: wednesday, start: "17:30", end: "21:00", activities: [group-counseling, relapse-prevention] }\n    - { day: thursday, start: "17:30", end: "21:00", activities: [group-counseling, individual-counseling] }',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['partial_hospitalization_week_hours', 'partial_hospitalization_day_hours'],
  check(program, facts, limits) {
    if (facts.treatmentHoursPerWeek === null) {
      return [{
        pointer: '/schedule',
        message: 'the schedule gives no treatment hours, so the weekly and daily intensity cannot be checked: add a timetable or days_per_week and hours_per_day',
        fix: 'Give the weekly treatment hours: add a weekly timetable of treatment blocks, or state how many days a week and hours a day treatment runs.',
      }];
    }
    const findings: RawFinding[] = [];
    const weekly = facts.treatmentHoursPerWeek;
    const weekLimit = limits.partial_hospitalization_week_hours;
    if (weekly >= weekLimit) {
      findings.push({
        pointer: facts.source === 'timetable' ? '/schedule/timetable' : '/schedule',
        message: `${hours(weekly)} treatment hours a week reach the ${hours(weekLimit)} hours a week of partial hospitalization (ASAM Level 2.5): an IOP week stays under ${hours(weekLimit)}`,
        fix: `Bring treatment under ${hours(weekLimit)} hours a week (now ${hours(weekly)}), or declare and run the program as partial hospitalization.`,
      });
    }
    const dayLimit = limits.partial_hospitalization_day_hours;
    // A week already judged at the 2.5 line needs no note about its days.
    if (facts.longDayCount === 0 || facts.longestDayHours === null || weekly >= weekLimit) return findings;
    const daily = facts.longDayCount === facts.daysPerWeek;
    let pointer = '/schedule/hours_per_day';
    if (facts.source === 'timetable' && facts.longestDay !== null) {
      const day = facts.longestDay;
      const timetable = program.schedule?.timetable ?? [];
      const index = timetable.findIndex((b) => b.day === day && b.activities.some((a) => TREATMENT_ACTIVITIES.has(a)));
      pointer = `/schedule/timetable/${index}`;
    }
    if (daily) {
      findings.push({
        pointer,
        message: `every treatment day runs ${hours(dayLimit)} hours or more (the longest ${hours(facts.longestDayHours)}): daily treatment of that length reads as partial hospitalization in the joint committee's specifications (known from a secondary account); shorten the days or declare the level`,
        severity: 'warning',
        fix: `Shorten at least one treatment day to under ${hours(dayLimit)} hours (now every day runs ${hours(dayLimit)} or more, the longest ${hours(facts.longestDayHours)}), or declare the program as partial hospitalization.`,
      });
    } else {
      const which = facts.longestDay ? `on ${facts.longestDay}` : 'on one day';
      findings.push({
        pointer,
        message: `${facts.longDayCount} of ${facts.daysPerWeek} treatment days reach ${hours(dayLimit)} hours (${hours(facts.longestDayHours)} ${which}); a long day now and then does not make ${hours(weekly)} hours a week partial hospitalization, noted only because it is hard to fit around work or school`,
        severity: 'info',
        fix: `No change is needed for the level of care; if clients find the ${hours(facts.longestDayHours)}-hour day ${which} hard to fit around work or school, spread its treatment over more days.`,
      });
    }
    return findings;
  },
});
