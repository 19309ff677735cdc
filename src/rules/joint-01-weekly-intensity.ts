import { defineRule } from './define.js';
import { hours } from './helpers.js';
import { ASAM_CRITERIA, SAMHSA_ADVISORY_2021 } from './sources.js';

export default defineRule({
  id: 'JOINT-01',
  alias: 'weekly-intensity',
  standard: 'joint',
  clause: 'Level 2.1 weekly floor',
  title: 'At least 9 treatment hours a week (6 for adolescent-only programs)',
  severity: 'error',
  citation: `${ASAM_CRITERIA}, Level 2.1 (intensive outpatient): 9 or more hours a week for adults, 6 or more for adolescents; restated in the ${SAMHSA_ADVISORY_2021}`,
  rationale:
    'Below the floor a program delivers standard outpatient care whatever it is called. Only formal treatment counts: time in mutual-support meetings or recreation does not.',
  remediation: {
    text: 'Schedule enough treatment blocks to reach the floor for every population you serve (adults 9 hours, adolescent-only programs 6).',
    example:
      'schedule:\n  timetable:\n    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling, psychoeducation] }\n    - { day: wednesday, start: "18:00", end: "21:00", activities: [group-counseling, relapse-prevention] }\n    - { day: thursday, start: "18:00", end: "21:00", activities: [group-counseling, individual-counseling] }',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['adult_weekly_hours', 'adolescent_weekly_hours'],
  check(program, facts) {
    const pointer = facts.source === 'timetable' ? '/schedule/timetable' : '/schedule';
    if (facts.treatmentHoursPerWeek === null) {
      return [{ pointer, message: 'the schedule gives no treatment hours: add a timetable or days_per_week and hours_per_day' }];
    }
    if (facts.treatmentHoursPerWeek >= facts.weeklyFloor) return [];
    const who = program.program.populations?.length ? program.program.populations.join(' and ') : 'adults (populations not stated)';
    return [{
      pointer,
      message: `${hours(facts.treatmentHoursPerWeek)} treatment hours a week is below the floor of ${hours(facts.weeklyFloor)} for ${who}`,
    }];
  },
});
