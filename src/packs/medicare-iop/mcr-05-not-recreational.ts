import { defineRule } from '../define.js';
import { inWords } from '../helpers.js';
import { MEDICARE_IOP_SERVICES } from '../../domain/sources.js';

/**
 * Timetable activities that are primarily recreational or diversionary. Meditation is left out (it is often
 * taught as a coping skill); meal breaks are not services at all, and the audit never counts them as hours.
 */
const RECREATIONAL = ['recreation', 'fitness', 'social-activity'];

export default defineRule({
  id: 'MCR-05',
  alias: 'not-recreational',
  standard: 'medicare-iop',
  implements: ['medicare-iop:410.44(a)(4)(v)'],
  clause: '42 CFR 410.44(a)(4)(v)',
  title: 'Recreation, fitness and social activities are not furnished as IOP services',
  severity: 'warning',
  sources: [MEDICARE_IOP_SERVICES],
  rationale:
    'Among the services of an IOP, Medicare names activity therapy only when it is individualized and not primarily recreational or diversionary (42 CFR 410.44(a)(4)(v)), and a Medicare contractor says a program of mainly social, recreational or diversionary activities is not an IOP. '
    + 'The rule applies whenever this pack is selected, because Medicare pays. '
    + 'A program may still offer a walk, a gym hour or a social lunch: nothing forbids them as extras, and the audit never counts them toward the weekly hours. '
    + 'What matters is that they are not furnished or billed as IOP services. The timetable cannot show how a block is billed, so naming such blocks is a warning, not an error. '
    + 'Meditation is not flagged (it is often taught as a coping skill), and meal breaks are not services at all.',
  remediation: {
    text: 'Keep recreation, fitness and social activities outside the IOP services you bill (and say so in the program\'s description), or replace them with individualized activity therapy tied to goals in the plan of care.',
    example: 'schedule:\n  timetable:\n    - { day: tuesday, start: "09:00", end: "12:00", activities: [group-therapy, skills-training] }',
  },
  evidence: ['/schedule/timetable'],
  thresholds: [],
  check(program) {
    return (program.schedule?.timetable ?? []).flatMap((block, index) => {
      const named = block.activities.filter((a) => RECREATIONAL.includes(a));
      if (named.length === 0) return [];
      const which = named.join(' and ');
      return [{
        pointer: `/schedule/timetable/${index}/activities`,
        message: `the ${block.day} ${block.start}-${block.end} block schedules ${which}: primarily recreational or diversionary activities are not IOP services Medicare pays for; keep ${named.length > 1 ? 'them' : 'it'} outside the IOP services billed, or replace ${named.length > 1 ? 'them' : 'it'} with individualized activity therapy tied to the plan of care`,
        fix: `Leave the ${named.map(inWords).join(' and ')} in the ${block.day} ${block.start}-${block.end} block out of the IOP services billed to Medicare, or replace ${named.length > 1 ? 'them' : 'it'} with activity therapy tied to each patient's plan of care.`,
      }];
    });
  },
});
