import type { RawFinding } from '../core/types.js';
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
  citation: `${JOINT_IOP_SPECIFICATIONS}: a program of 6 or more hours a day is partial hospitalization; ${ASAM_CRITERIA}, Level 2.5: 20 or more hours a week`,
  rationale:
    'An IOP lets clients keep work, school and home life; a program that takes 6 hours of a day, or 20 hours of a week, is partial hospitalization in intensity and must meet that level\'s requirements, whatever it is called.',
  remediation: {
    text: 'Keep every treatment day under 6 hours and the week under 20, or declare the program as partial hospitalization.',
    example: 'schedule:\n  timetable:\n    - { day: monday, start: "09:00", end: "12:00", activities: [group-therapy, skills-training] }',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['partial_hospitalization_day_hours', 'partial_hospitalization_week_hours'],
  check(program, facts, limits) {
    if (facts.treatmentHoursPerWeek === null) {
      return [{ pointer: '/schedule', message: 'the schedule gives no treatment hours: add a timetable or days_per_week and hours_per_day' }];
    }
    const findings: RawFinding[] = [];
    const implies = `the schedule implies ${facts.impliedLevel}`;
    if (facts.longestDayHours !== null && facts.longestDayHours >= limits.partial_hospitalization_day_hours) {
      const block = facts.source === 'timetable' ? (program.schedule?.timetable ?? []).findIndex((b) => b.day === facts.longestDay) : -1;
      const pointer = block >= 0 ? `/schedule/timetable/${block}` : '/schedule/hours_per_day';
      const day = facts.longestDay ? ` on ${facts.longestDay}` : ' a day';
      findings.push({ pointer, message: `${hours(facts.longestDayHours)} treatment hours${day} reaches the ${hours(limits.partial_hospitalization_day_hours)}-hour partial hospitalization boundary: ${implies}` });
    }
    if (facts.treatmentHoursPerWeek >= limits.partial_hospitalization_week_hours) {
      const pointer = facts.source === 'timetable' ? '/schedule/timetable' : '/schedule';
      findings.push({ pointer, message: `${hours(facts.treatmentHoursPerWeek)} treatment hours a week reaches the ${hours(limits.partial_hospitalization_week_hours)}-hour partial hospitalization level: ${implies}` });
    }
    return findings;
  },
});
