import { defineRule } from '../define.js';
import { hours, hoursCount } from '../helpers.js';
import { jointCommitteeAsReported } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-03',
  alias: 'contact-hours-range',
  standard: 'joint',
  implements: ['joint:contact-hours'],
  clause: 'Typical contact hours',
  title: 'IOP contact hours typically fall within 6–30 a week',
  severity: 'info',
  appliesTo: {
    // One fact is judged once: weeks below the floor or at the partial-hospitalization line are JOINT-01's and JOINT-02's.
    when: (_program, facts) => facts.treatmentHoursPerWeek !== null
      && facts.treatmentHoursPerWeek >= facts.weeklyFloor
      && facts.impliedLevel === 'intensive-outpatient',
    otherwise: 'the weekly hours are missing or outside the Level 2.1 band, which JOINT-01 and JOINT-02 judge; the typical range is not judged a second time',
  },
  sources: [jointCommitteeAsReported('contact hours for IOPs typically range from six to 30 a week')],
  rationale:
    'The joint committee\'s figure is a description of what is typical, known only from a secondary account, not a requirement: a week outside it is an info note, never a failure (raise its severity in the config to make it one). '
    + 'With the default thresholds the 6–30 range holds every week inside the 9–19 hour band, so the rule only speaks when thresholds are tuned; weeks outside the band are judged by JOINT-01 and JOINT-02, not twice.',
  remediation: {
    text: 'Schedule between 6 and 30 treatment hours a week.',
    example: 'schedule:\n  days_per_week: 3\n  hours_per_day: 3.5',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['contact_hours_min', 'contact_hours_max'],
  check(_program, facts, limits) {
    const weekly = facts.treatmentHoursPerWeek!;
    const pointer = facts.source === 'timetable' ? '/schedule/timetable' : '/schedule';
    // Worded only for a finding: most programs are within the range.
    const range = () => `the ${hours(limits.contact_hours_min)}–${hours(limits.contact_hours_max)} contact hours a week typical of an IOP`;
    if (weekly < limits.contact_hours_min) {
      return [{
        pointer,
        message: `${hours(weekly)} treatment hours a week is below ${range()}`,
        fix: `Consider adding at least ${hoursCount(limits.contact_hours_min - weekly)} of treatment a week to reach the ${hours(limits.contact_hours_min)} contact hours typical of an IOP (now ${hours(weekly)}).`,
      }];
    }
    if (weekly > limits.contact_hours_max) {
      return [{
        pointer,
        message: `${hours(weekly)} treatment hours a week is above ${range()}`,
        fix: `Consider cutting at least ${hoursCount(weekly - limits.contact_hours_max)} of treatment a week to stay within the ${hours(limits.contact_hours_max)} contact hours typical of an IOP (now ${hours(weekly)}).`,
      }];
    }
    return [];
  },
});
