import type { RawFinding } from '../core/types.js';
import { ADJUNCTIVE_ACTIVITIES } from '../core/vocabulary.js';
import { defineRule } from './define.js';
import { hours } from './helpers.js';
import { jointElement } from './sources.js';

export default defineRule({
  id: 'JOINT-09',
  alias: 'adjunctive-not-substitute',
  standard: 'joint',
  clause: 'Self-help as an adjunct',
  title: 'Support groups are adjuncts, never substitutes',
  severity: 'error',
  citation: jointElement('self-help groups are an adjunct to treatment, never a substitute for it'),
  rationale:
    'Mutual-support meetings help, but they are not professional treatment. A schedule that folds them into treatment blocks, or reaches its weekly hours only by counting them, delivers less treatment than it claims.',
  remediation: {
    text: 'List adjunctive activities (mutual-support meetings, recreation, breaks) in blocks of their own, and meet the weekly floor with treatment alone.',
    example: 'schedule:\n  timetable:\n    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling, psychoeducation] }\n    - { day: saturday, start: "10:00", end: "11:30", activities: [mutual-support-meeting] }',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['adult_weekly_hours', 'adolescent_weekly_hours'],
  check(program, facts) {
    if (facts.source === 'none') {
      return [{ pointer: '/schedule', message: 'the schedule gives no hours, so treatment time cannot be told from adjunctive time: add a timetable' }];
    }
    const findings: RawFinding[] = [];
    const timetable = program.schedule?.timetable ?? [];
    for (const index of facts.mixedBlocks) {
      const adjunctive = (timetable[index]?.activities ?? []).filter((a) => ADJUNCTIVE_ACTIVITIES.has(a));
      findings.push({ pointer: `/schedule/timetable/${index}`, message: `this block mixes treatment with ${adjunctive.join(', ')}: list adjunctive activities in a block of their own` });
    }
    const treatment = facts.treatmentHoursPerWeek ?? 0;
    if (treatment < facts.weeklyFloor && treatment + facts.adjunctiveHoursPerWeek >= facts.weeklyFloor) {
      findings.push({
        pointer: '/schedule/timetable',
        message: `the weekly floor of ${hours(facts.weeklyFloor)} hours is reached only by counting ${hours(facts.adjunctiveHoursPerWeek)} adjunctive hours; treatment alone is ${hours(treatment)}`,
      });
    }
    return findings;
  },
});
