import { defineRule } from '../define.js';
import { auditedAsIop, hours, hoursCount } from '../helpers.js';
import { MEDICARE_IOP, MEDICARE_IOP_HOURS_BAND, MEDICARE_PHP_20_HOURS } from '../../domain/sources.js';
import { MEDICARE_IOP_MINIMUM_HOURS, MEDICARE_PHP_HOURS } from './pack.js';

const MIN = MEDICARE_IOP_MINIMUM_HOURS;
const PHP = MEDICARE_PHP_HOURS;

export default defineRule({
  id: 'MCR-04',
  alias: 'weekly-hours',
  standard: 'medicare-iop',
  implements: ['medicare-iop:weekly-hours'],
  clause: 'IOP weekly hours: at least 9 (42 CFR 424.24(d)(1)(i), 410.44(c)(1)); 20 is partial hospitalization\'s minimum (410.43(c)(1))',
  title: 'The schedule offers 9 to 19 hours of services a week',
  severity: 'error',
  appliesTo: {
    when: (program) => auditedAsIop(program),
    otherwise: 'the program declares a level of care other than intensive outpatient',
  },
  sources: [MEDICARE_IOP_HOURS_BAND, MEDICARE_IOP, MEDICARE_PHP_20_HOURS],
  rationale:
    'Each Medicare IOP patient is certified as needing at least 9 hours of services a week (42 CFR 424.24(d)(1)(i); the programs are meant for such patients, 410.44(c)(1)), so a schedule that offers fewer cannot deliver what is certified: an error. '
    + 'The regulation sets no top for an IOP. Twenty hours a week is the minimum of partial hospitalization (410.43(c)(1)) and Medicare contractors describe IOP as 9 to 19 hours, so a schedule at or over 20 draws a warning, not an error: it has a partial hospitalization program\'s intensity, but whether its care is paid as IOP depends on its patients, and partial hospitalization also needs patients who would otherwise need inpatient care (424.24(e)(1)(i)). '
    + 'The rule applies whenever this pack is selected (Medicare pays) and the program presents itself as an IOP. '
    + 'The band itself, 9 to 19 hours, is the contractors\' description and not a number in the regulation, so the rule\'s basis is labelled secondary, while its two ends rest on primary rules. '
    + 'Hours are treatment hours as the audit counts them: recreation, meals, mutual-support meetings and other adjunctive time never count.',
  remediation: {
    text: `Schedule at least ${MIN} and fewer than ${PHP} hours of services a week; ${PHP} or more a week is the intensity of partial hospitalization.`,
    example:
      'schedule:\n  timetable:\n    - { day: monday, start: "09:00", end: "12:00", activities: [group-therapy, psychoeducation] }\n    - { day: wednesday, start: "09:00", end: "12:00", activities: [group-therapy, individual-counseling] }\n    - { day: friday, start: "09:00", end: "12:00", activities: [skills-training, family-therapy] }',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: [],
  check(_program, facts) {
    const weekly = facts.treatmentHoursPerWeek;
    if (weekly === null) {
      return [{
        pointer: '/schedule',
        message: 'the schedule gives no treatment hours, so the weekly hours Medicare certifies cannot be checked: add a timetable or days_per_week and hours_per_day',
        fix: 'Give the weekly treatment hours: add a weekly timetable of treatment blocks, or state how many days a week and hours a day treatment runs.',
      }];
    }
    const pointer = facts.source === 'timetable' ? '/schedule/timetable' : '/schedule';
    if (weekly < MIN) {
      return [{
        pointer,
        message: `the schedule offers ${hours(weekly)} treatment hours a week, fewer than the ${MIN} each Medicare IOP patient is certified to need: add ${hours(MIN - weekly)} hours or more of services a week`,
        fix: `Add at least ${hoursCount(MIN - weekly)} of services a week to reach the ${MIN} hours each Medicare IOP patient is certified to need (now ${hours(weekly)}).`,
      }];
    }
    if (weekly >= PHP) {
      return [{
        pointer,
        severity: 'warning',
        message: `the schedule offers ${hours(weekly)} treatment hours a week, at or over the ${PHP} a week that partial hospitalization starts at, and Medicare contractors describe an IOP as fewer: keep a Medicare IOP under ${PHP} hours a week, or run it as partial hospitalization for patients who would otherwise need inpatient care`,
        fix: `Bring services under ${PHP} hours a week (now ${hours(weekly)}), or run the program as partial hospitalization.`,
      }];
    }
    return [];
  },
});
