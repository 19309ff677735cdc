import { defineRule } from './define.js';
import { JOINT_IOP_SPECIFICATIONS, NIDA_PRINCIPLES } from './sources.js';

export default defineRule({
  id: 'JOINT-10',
  alias: 'minimum-duration',
  standard: 'joint',
  clause: 'Program length',
  title: 'Programs typically run at least 90 days',
  severity: 'warning',
  citation: `${JOINT_IOP_SPECIFICATIONS}: a typical minimum of 90 days; ${NIDA_PRINCIPLES}`,
  rationale:
    'Good outcomes depend on staying in treatment long enough, and gains tend to level off only at around three months. A program planned to end sooner stops before most clients have reached that point.',
  remediation: {
    text: 'Plan the program for at least 90 days, stated as a minimum length in days or a typical length in weeks (13 weeks or more).',
    example: 'schedule:\n  program_length: { minimum_days: 90, typical_weeks: 13 }',
  },
  evidence: ['/schedule/program_length'],
  thresholds: ['minimum_program_days'],
  check(program, _facts, limits) {
    const length = program.schedule?.program_length;
    const at = '/schedule/program_length';
    if (!length || (length.minimum_days === undefined && length.typical_weeks === undefined)) {
      return [{ pointer: at, message: 'the program length is not stated: add schedule.program_length with minimum_days or typical_weeks' }];
    }
    const days = Math.max(length.minimum_days ?? 0, (length.typical_weeks ?? 0) * 7);
    if (days >= limits.minimum_program_days) return [];
    return [{ pointer: at, message: `the program runs ${days} days, shorter than the typical minimum of ${limits.minimum_program_days} days` }];
  },
});
