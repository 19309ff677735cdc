import { defineRule } from './define.js';
import { hours } from './helpers.js';
import { JOINT_IOP_SPECIFICATIONS } from './sources.js';

export default defineRule({
  id: 'JOINT-03',
  alias: 'contact-hours-range',
  standard: 'joint',
  clause: 'Contact hours',
  title: 'IOP contact hours fall within 6–30 a week',
  severity: 'warning',
  citation: `${JOINT_IOP_SPECIFICATIONS}: 6 to 30 contact hours a week`,
  rationale:
    'The joint committee placed intensive outpatient care between 6 and 30 contact hours a week. A weekly schedule outside that band describes a lighter or a heavier kind of care than the committee had in mind, and deserves a second look.',
  remediation: {
    text: 'Schedule between 6 and 30 treatment hours a week.',
    example: 'schedule:\n  days_per_week: 3\n  hours_per_day: 3.5',
  },
  evidence: ['/schedule/timetable', '/schedule'],
  thresholds: ['contact_hours_min', 'contact_hours_max'],
  check(_program, facts, limits) {
    const weekly = facts.treatmentHoursPerWeek;
    if (weekly === null) {
      return [{ pointer: '/schedule', message: 'the schedule gives no treatment hours: add a timetable or days_per_week and hours_per_day' }];
    }
    const pointer = facts.source === 'timetable' ? '/schedule/timetable' : '/schedule';
    const range = `the ${hours(limits.contact_hours_min)}–${hours(limits.contact_hours_max)} contact hours a week of an IOP`;
    if (weekly < limits.contact_hours_min) return [{ pointer, message: `${hours(weekly)} treatment hours a week is below ${range}` }];
    if (weekly > limits.contact_hours_max) return [{ pointer, message: `${hours(weekly)} treatment hours a week is above ${range}` }];
    return [];
  },
});
