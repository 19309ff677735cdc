import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { FORMAT } from '../../domain/sources.js';

export default defineRule({
  id: 'SCHED-03',
  alias: 'overlapping-blocks',
  standard: 'document',
  implements: ['document:blocks-counted-once'],
  clause: 'Hours as one client attends them',
  title: 'Timetable blocks that overlap are counted once',
  severity: 'warning',
  appliesTo: {
    when: (program) => (program.schedule?.timetable?.length ?? 0) > 1,
    otherwise: 'the timetable has fewer than two blocks',
  },
  sources: [FORMAT],
  rationale:
    'A client cannot be in two blocks at once, so the audit counts the hours one client attends: blocks that overlap on a day (an individual session pulled from group time, two tracks at the same hour) count once, for the time they span. '
    + 'That is ordinary and only noted (info). The same block listed twice is a slip in the document that would double the hours of a tool that added blocks up: a warning.',
  remediation: {
    text: 'Remove blocks listed twice; overlapping blocks for parallel sessions may stay (they are counted once).',
    example: 'schedule:\n  timetable:\n    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling, psychoeducation] }\n    - { day: monday, start: "18:00", end: "18:45", activities: [individual-counseling] }   # pulled from group time',
  },
  evidence: ['/schedule/timetable'],
  thresholds: [],
  check(program, facts) {
    const timetable = program.schedule?.timetable ?? [];
    const findings: RawFinding[] = [];
    for (const { first, second, duplicate } of facts.overlaps) {
      const a = timetable[first]!;
      const b = timetable[second]!;
      findings.push(duplicate
        ? {
          pointer: `/schedule/timetable/${second}`,
          message: `this block repeats block ${first + 1} (${a.day} ${a.start}–${a.end}): it is counted once; remove the copy`,
          fix: `Remove the second copy of the ${a.day} ${a.start}–${a.end} block from the weekly timetable.`,
        }
        : {
          pointer: `/schedule/timetable/${second}`,
          message: `this ${b.day} block (${b.start}–${b.end}) overlaps block ${first + 1} (${a.start}–${a.end}): a client attends one at a time, so the time they share is counted once`,
          severity: 'info',
          fix: `If these are choices for different clients, nothing needs to change; otherwise correct the times so that the ${b.day} ${b.start}–${b.end} block and the ${a.start}–${a.end} block do not overlap.`,
        });
    }
    return findings;
  },
});
