import { defineRule } from '../define.js';
import { hours, hoursCount, inWords } from '../helpers.js';
import { ASAM_LEVEL_2_1, SAMHSA_ADVISORY_2021 } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-01',
  alias: 'weekly-intensity',
  standard: 'joint',
  implements: ['joint:iop-hours', 'asam-criteria-3:2.1-adults', 'asam-criteria-3:2.1-adolescents'],
  clause: 'Level 2.1 weekly floor',
  title: 'At least 9 treatment hours a week (6 for adolescents)',
  severity: 'error',
  sources: [ASAM_LEVEL_2_1, SAMHSA_ADVISORY_2021],
  rationale:
    'Below the floor a program delivers standard outpatient care whatever it is called. Only formal treatment counts: time in mutual-support meetings, recreation or a test at check-in does not, and blocks that overlap count once, as one client attends them. One schedule serves every age group in the program, so it must meet the highest of their floors (adults 9, adolescents 6); the message names each.',
  remediation: {
    text: 'Schedule enough treatment blocks to reach the floor for every age group you serve (adults 9 hours, adolescents 6).',
    example:
      'schedule:\n  timetable:\n    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling, psychoeducation] }\n    - { day: wednesday, start: "18:00", end: "21:00", activities: [group-counseling, relapse-prevention] }\n    - { day: thursday, start: "18:00", end: "21:00", activities: [group-counseling, individual-counseling] }',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['adult_weekly_hours', 'adolescent_weekly_hours'],
  check(program, facts) {
    const pointer = facts.source === 'timetable' ? '/schedule/timetable' : '/schedule';
    if (facts.treatmentHoursPerWeek === null) {
      return [{
        pointer,
        message: 'the schedule gives no treatment hours: add a timetable or days_per_week and hours_per_day',
        fix: 'Give the weekly treatment hours: add a weekly timetable of treatment blocks, or state how many days a week and hours a day treatment runs.',
      }];
    }
    if (facts.treatmentHoursPerWeek >= facts.weeklyFloor) return [];
    const weekly = hours(facts.treatmentHoursPerWeek);
    const stated = program.program.populations?.some((p) => facts.floors.some((f) => f.population === p));
    const missed = facts.floors.filter((f) => facts.treatmentHoursPerWeek! < f.hours);
    const met = facts.floors.filter((f) => facts.treatmentHoursPerWeek! >= f.hours);
    const below = missed.map((f) => `${hours(f.hours)} for ${f.population}`).join(' and ');
    const but = met.length > 0 ? ` (it meets the floor of ${met.map((f) => `${hours(f.hours)} for ${f.population}`).join(' and ')})` : '';
    const unstated = stated ? '' : ' (no age group stated)';
    // The highest floor missed is the one to reach: it meets the others with it.
    const highest = missed.reduce((a, b) => (b.hours > a.hours ? b : a));
    return [{
      pointer,
      message: `${weekly} treatment hours a week is below the floor of ${below}${unstated}${but}`,
      fix: `Add at least ${hoursCount(highest.hours - facts.treatmentHoursPerWeek)} of treatment a week to reach the ${hours(highest.hours)}-hour weekly floor for ${inWords(highest.population)} (now ${weekly}); mutual-support meetings and recreation do not count toward it.`,
    }];
  },
});
