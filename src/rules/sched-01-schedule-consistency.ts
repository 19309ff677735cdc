import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { hours } from './helpers.js';

export default defineRule({
  id: 'SCHED-01',
  alias: 'schedule-consistency',
  standard: 'schedule',
  clause: 'Summary and timetable agree',
  title: 'The schedule summary and the timetable agree',
  severity: 'warning',
  appliesTo: {
    when: (_program, facts) => facts.summary !== null && facts.source === 'timetable',
    otherwise: 'the schedule gives only a summary or only a timetable, so there is nothing to compare',
  },
  citation: 'iop-audit program document format, version 1: the schedule summary and the timetable describe the same week (the timetable wins for arithmetic)',
  rationale:
    'Readers of a program description take the summary at its word; when it promises more than the timetable delivers, the document misleads. The audit counts the timetable, so the summary should say the same.',
  remediation: {
    text: 'Make days_per_week and hours_per_day match the timetable\'s treatment blocks (adjunctive activities such as mutual-support meetings do not count), or remove the summary.',
    example: 'schedule:\n  days_per_week: 3\n  hours_per_day: 3\n  timetable:\n    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling] }\n    - { day: wednesday, start: "18:00", end: "21:00", activities: [group-counseling] }\n    - { day: thursday, start: "18:00", end: "21:00", activities: [group-counseling] }',
  },
  evidence: ['/schedule/days_per_week', '/schedule/hours_per_day'],
  thresholds: [],
  check(_program, facts) {
    const summary = facts.summary;
    if (!summary || facts.treatmentHoursPerWeek === null) return [];
    const findings: RawFinding[] = [];
    if (summary.daysPerWeek !== facts.daysPerWeek) {
      findings.push({ pointer: '/schedule/days_per_week', message: `the summary says ${summary.daysPerWeek} days a week, the timetable has treatment on ${facts.daysPerWeek}` });
    }
    if (Math.abs(summary.hoursPerWeek - facts.treatmentHoursPerWeek) >= 0.01) {
      findings.push({
        pointer: '/schedule/hours_per_day',
        message: `the summary says ${hours(summary.hoursPerWeek)} treatment hours a week (${summary.daysPerWeek} days × ${hours(summary.hoursPerDay)} h), the timetable sums to ${hours(facts.treatmentHoursPerWeek)}`,
      });
    }
    return findings;
  },
});
