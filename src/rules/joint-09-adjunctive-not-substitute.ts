import type { RawFinding } from '../core/types.js';
import { ADJUNCTIVE_ACTIVITIES } from '../core/vocabulary.js';
import { defineRule } from './define.js';
import { hours } from './helpers.js';
import { jointElement } from './sources.js';

export default defineRule({
  id: 'JOINT-09',
  alias: 'adjunctive-not-substitute',
  standard: 'joint',
  clause: 'Self-help as an adjunct, never a substitute',
  title: 'Support groups are adjuncts, never substitutes',
  severity: 'error',
  citation: jointElement('self-help as an adjunct, never a substitute'),
  rationale:
    'Mutual-support meetings and other adjunctive activities help recovery, but they are not professional treatment and cannot stand in for it. A schedule that folds them into treatment blocks, or reaches its weekly hours only by counting them, gives clients less treatment than it appears to.',
  remediation: {
    text: 'Give adjunctive activities (mutual-support meetings, recreation, breaks) blocks of their own, and reach the weekly floor with treatment time alone.',
    example:
      'schedule:\n  timetable:\n    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling, psychoeducation] }\n    - { day: wednesday, start: "18:00", end: "21:00", activities: [group-counseling, relapse-prevention] }\n    - { day: thursday, start: "18:00", end: "21:00", activities: [group-counseling, individual-counseling] }\n    - { day: saturday, start: "10:00", end: "11:30", activities: [mutual-support-meeting] }',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['adult_weekly_hours', 'adolescent_weekly_hours'],
  check(program, facts) {
    if (facts.source === 'none') {
      return [{ pointer: '/schedule', message: 'the schedule gives no hours, so treatment time cannot be told apart from adjunctive time: add a timetable' }];
    }
    const findings: RawFinding[] = [];
    const timetable = program.schedule?.timetable ?? [];
    for (const index of facts.mixedBlocks) {
      const adjunctive = (timetable[index]?.activities ?? []).filter((a) => ADJUNCTIVE_ACTIVITIES.has(a));
      findings.push({
        pointer: `/schedule/timetable/${index}`,
        message: `this block mixes treatment with ${adjunctive.join(' and ')}; list adjunctive activities in their own block`,
      });
    }
    const treatment = facts.treatmentHoursPerWeek ?? 0;
    if (treatment < facts.weeklyFloor && treatment + facts.adjunctiveHoursPerWeek >= facts.weeklyFloor) {
      findings.push({
        pointer: '/schedule/timetable',
        message: `the weekly floor of ${hours(facts.weeklyFloor)} hours is reached only by counting ${hours(facts.adjunctiveHoursPerWeek)} hours of adjunctive time: treatment alone is ${hours(treatment)} hours`,
      });
    }
    return findings;
  },
});
