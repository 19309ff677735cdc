import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { hours } from '../helpers.js';
import { FORMAT } from '../../domain/sources.js';

export default defineRule({
  id: 'SCHED-01',
  alias: 'schedule-consistency',
  standard: 'document',
  implements: ['document:summary-matches-timetable'],
  clause: 'Summary and timetable agree',
  title: 'The schedule summary and the timetable agree',
  severity: 'warning',
  appliesTo: {
    when: (program, facts) => facts.source === 'timetable'
      && (facts.summary !== null || program.schedule?.evening_or_weekend_option !== undefined),
    otherwise: 'the schedule gives no timetable, or no summary to compare with it',
  },
  sources: [FORMAT],
  rationale:
    'Readers of a program description take the summary at its word; when it promises more than the timetable delivers, the document misleads. The audit counts the timetable, so the summary (days and hours, and the evening-or-weekend flag) should say the same; a flag may not silently contradict the timetable.',
  remediation: {
    text: 'Make days_per_week, hours_per_day and evening_or_weekend_option match the timetable\'s treatment blocks (adjunctive activities such as mutual-support meetings do not count), or remove the summary.',
    example: 'schedule:\n  days_per_week: 3\n  hours_per_day: 3\n  timetable:\n    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling] }\n    - { day: wednesday, start: "18:00", end: "21:00", activities: [group-counseling] }\n    - { day: thursday, start: "18:00", end: "21:00", activities: [group-counseling] }',
  },
  evidence: ['/schedule/days_per_week', '/schedule/hours_per_day', '/schedule/evening_or_weekend_option'],
  thresholds: [],
  check(program, facts) {
    const findings: RawFinding[] = [];
    const summary = facts.summary;
    const treatment = facts.treatmentHoursPerWeek ?? 0;
    if (summary && summary.daysPerWeek !== facts.daysPerWeek) {
      findings.push({
        pointer: '/schedule/days_per_week',
        message: `the summary says ${summary.daysPerWeek} days a week, the timetable has treatment on ${facts.daysPerWeek}`,
        fix: `Make the schedule summary and the weekly timetable agree: the timetable has treatment on ${facts.daysPerWeek} days a week, the summary says ${summary.daysPerWeek}.`,
      });
    }
    if (summary && Math.abs(summary.hoursPerWeek - treatment) >= 0.01) {
      // A summary that equals treatment plus adjunctive time counts the adjuncts as program hours: say so.
      const countsAdjuncts = facts.adjunctiveHoursPerWeek > 0 && Math.abs(summary.hoursPerWeek - treatment - facts.adjunctiveHoursPerWeek) < 0.01
        ? ` (the summary counts the ${hours(facts.adjunctiveHoursPerWeek)} adjunctive hours as program hours)`
        : '';
      findings.push({
        pointer: '/schedule/hours_per_day',
        message: `the summary says ${hours(summary.hoursPerWeek)} treatment hours a week (${summary.daysPerWeek} days × ${hours(summary.hoursPerDay)} h), the timetable sums to ${hours(treatment)}${countsAdjuncts}`,
        fix: `Make the schedule summary and the weekly timetable agree: the timetable has ${hours(treatment)} treatment hours a week, the summary ${hours(summary.hoursPerWeek)}${countsAdjuncts ? '; count only treatment time, not adjunctive time' : ''}.`,
      });
    }
    const flag = program.schedule?.evening_or_weekend_option;
    if (flag === true && facts.eveningOrWeekendBlock === null) {
      findings.push({
        pointer: '/schedule/evening_or_weekend_option',
        message: 'evening_or_weekend_option is true, but no treatment block in the timetable starts at 17:00 or later or falls on a weekend',
        fix: 'Add a treatment block starting at 17:00 or later on a weekday, or on a weekend, to the weekly timetable, or stop saying that evening or weekend hours are offered.',
      });
    } else if (flag === false && facts.eveningOrWeekendBlock !== null) {
      const day = program.schedule!.timetable![facts.eveningOrWeekendBlock]!.day;
      findings.push({
        pointer: '/schedule/evening_or_weekend_option',
        message: `evening_or_weekend_option is false, but the timetable has an evening or weekend treatment block (on ${day})`,
        fix: `Correct the schedule: it says no evening or weekend hours are offered, but the weekly timetable has such a treatment block on ${day}.`,
      });
    }
    return findings;
  },
});
