import type { RawFinding } from '../../core/types.js';
import { ADJUNCTIVE_ACTIVITIES, MUTUAL_SUPPORT_ACTIVITIES } from '../../domain/vocabulary.js';
import { defineRule } from '../define.js';
import { hours, hoursCount, inWords } from '../helpers.js';
import { jointElement } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-09',
  alias: 'adjunctive-not-substitute',
  standard: 'joint',
  implements: ['joint:self-help-adjunct'],
  clause: 'Self-help as an adjunct, never a substitute',
  title: 'Support groups are adjuncts, never substitutes',
  severity: 'error',
  sources: [jointElement('self-help as an adjunct, never a substitute', 'self-help groups are a valuable adjunct to professional treatment but not a substitute for it')],
  rationale:
    'Mutual-support meetings help recovery, but they are not professional treatment and cannot stand in for it. The audit never counts them as treatment time. '
    + 'When treatment alone misses the weekly floor and the timetable fills the week with mutual-support meetings, the program is presenting them as its content: that is cited even when the floor would be missed anyway. '
    + 'A block that shares its time with a short adjunctive part (a test at check-in, a meal break) is ordinary: give that part its minutes and it is deducted. Without minutes the audit splits the block evenly and says so in an info note.',
  remediation: {
    text: 'Reach the weekly floor with treatment time alone; schedule mutual-support meetings as adjuncts in blocks of their own, and give the minutes of short adjunctive parts of a block.',
    example:
      'schedule:\n  timetable:\n    - { day: monday, start: "17:50", end: "21:00", activities: [drug-testing, group-counseling, psychoeducation], minutes: { drug-testing: 10 } }\n    - { day: wednesday, start: "18:00", end: "21:00", activities: [group-counseling, relapse-prevention] }\n    - { day: thursday, start: "18:00", end: "21:00", activities: [group-counseling, individual-counseling] }\n    - { day: saturday, start: "10:00", end: "11:30", activities: [mutual-support-meeting] }',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['adult_weekly_hours', 'adolescent_weekly_hours'],
  check(program, facts) {
    if (facts.source === 'none') {
      return [{
        pointer: '/schedule',
        message: 'the schedule gives no hours, so treatment time cannot be told apart from adjunctive time: add a timetable',
        fix: 'Add a weekly timetable that shows each block\'s activities, so that treatment time can be told apart from mutual-support meetings and other adjunctive time.',
      }];
    }
    const findings: RawFinding[] = [];
    const timetable = program.schedule?.timetable ?? [];
    const treatment = facts.treatmentHoursPerWeek ?? 0;
    if (treatment < facts.weeklyFloor && facts.mutualSupportHoursPerWeek > 0) {
      const first = timetable.findIndex((b) => b.activities.some((a) => MUTUAL_SUPPORT_ACTIVITIES.has(a)));
      findings.push({
        pointer: `/schedule/timetable/${first}`,
        message: `the timetable schedules ${hours(facts.mutualSupportHoursPerWeek)} hour${facts.mutualSupportHoursPerWeek === 1 ? '' : 's'} of mutual-support meetings while treatment alone is ${hours(treatment)} hours, below the floor of ${hours(facts.weeklyFloor)}: the meetings are adjuncts and cannot make up treatment time`,
        fix: `Add at least ${hoursCount(facts.weeklyFloor - treatment)} of treatment a week to reach the ${hours(facts.weeklyFloor)}-hour weekly floor (now ${hours(treatment)}); keep the mutual-support meetings as an addition, not as program hours.`,
      });
    }
    for (const index of facts.evenSplitBlocks) {
      const block = timetable[index]!;
      const adjunctive = block.activities.filter((a) => ADJUNCTIVE_ACTIVITIES.has(a));
      findings.push({
        pointer: `/schedule/timetable/${index}`,
        message: `this ${block.day} block mixes treatment with ${adjunctive.join(' and ')} and gives no minutes, so the audit split it evenly among its ${block.activities.length} activities: give the minutes of ${adjunctive.length > 1 ? 'the adjunctive parts' : `the ${adjunctive[0]}`} (for example minutes: { ${adjunctive[0]}: 15 })`,
        severity: 'info',
        fix: `State how many minutes of the ${block.day} ${block.start}–${block.end} block go to ${adjunctive.map(inWords).join(' and ')}, so that only its treatment time is counted.`,
      });
    }
    return findings;
  },
});
