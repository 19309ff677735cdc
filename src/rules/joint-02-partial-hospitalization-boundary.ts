import type { RawFinding } from '../core/types.js';
import { TREATMENT_ACTIVITIES } from '../core/vocabulary.js';
import { defineRule } from './define.js';
import { auditedAsIop, hours } from './helpers.js';
import { ASAM_CRITERIA, JOINT_IOP_SPECIFICATIONS } from './sources.js';

export default defineRule({
  id: 'JOINT-02',
  alias: 'partial-hospitalization-boundary',
  standard: 'joint',
  clause: 'IOP / partial hospitalization boundary',
  title: '6 or more hours a day is partial hospitalization, not IOP',
  severity: 'error',
  appliesTo: {
    when: (program) => auditedAsIop(program),
    otherwise: 'the program declares a level of care other than intensive outpatient',
  },
  citation: `${JOINT_IOP_SPECIFICATIONS}: the 6 hours a day boundary between intensive outpatient and partial hospitalization; ${ASAM_CRITERIA}, Level 2.5: 20 or more hours a week`,
  rationale:
    'An intensive outpatient program is meant to leave clients their working, school and home lives, which a day of 6 treatment hours or a week of 20 no longer does. A schedule past either line delivers partial hospitalization in intensity and has to meet that level\'s standards, whatever the program calls itself.',
  remediation: {
    text: 'Keep every treatment day under 6 hours and the week under 20 hours, or declare the program as partial hospitalization.',
    example:
      'schedule:\n  timetable:\n    - { day: monday, start: "17:30", end: "21:00", activities: [group-counseling, psychoeducation] }\n    - { day: wednesday, start: "17:30", end: "21:00", activities: [group-counseling, relapse-prevention] }\n    - { day: thursday, start: "17:30", end: "21:00", activities: [group-counseling, individual-counseling] }',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['partial_hospitalization_day_hours', 'partial_hospitalization_week_hours'],
  check(program, facts, limits) {
    if (facts.treatmentHoursPerWeek === null) {
      return [{ pointer: '/schedule', message: 'the schedule gives no treatment hours, so the daily and weekly intensity cannot be checked: add a timetable or days_per_week and hours_per_day' }];
    }
    const implied = `the schedule implies ${(facts.impliedLevel ?? 'partial-hospitalization').replace(/-/g, ' ')}, not intensive outpatient`;
    const findings: RawFinding[] = [];
    const dayLimit = limits.partial_hospitalization_day_hours;
    if (facts.longestDayHours !== null && facts.longestDayHours >= dayLimit) {
      let pointer = '/schedule/hours_per_day';
      let when = 'a day';
      if (facts.source === 'timetable' && facts.longestDay !== null) {
        const day = facts.longestDay;
        const timetable = program.schedule?.timetable ?? [];
        // The day's first treatment block; a leading adjunctive-only block is not where the treatment day is.
        const treatmentBlock = timetable.findIndex((b) => b.day === day && b.activities.some((a) => TREATMENT_ACTIVITIES.has(a)));
        const index = treatmentBlock >= 0 ? treatmentBlock : timetable.findIndex((b) => b.day === day);
        pointer = index >= 0 ? `/schedule/timetable/${index}` : '/schedule/timetable';
        when = `on ${day}`;
      }
      findings.push({
        pointer,
        message: `${hours(facts.longestDayHours)} treatment hours ${when} reach the ${hours(dayLimit)}-hour day that marks partial hospitalization (an IOP day stays under it): ${implied}`,
      });
    }
    const weekLimit = limits.partial_hospitalization_week_hours;
    if (facts.treatmentHoursPerWeek >= weekLimit) {
      findings.push({
        pointer: facts.source === 'timetable' ? '/schedule/timetable' : '/schedule',
        message: `${hours(facts.treatmentHoursPerWeek)} treatment hours a week reach the ${hours(weekLimit)} hours a week that mark partial hospitalization (an IOP week stays under it): ${implied}`,
      });
    }
    return findings;
  },
});
