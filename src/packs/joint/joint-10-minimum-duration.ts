import { defineRule } from '../define.js';
import { NIDA_PRINCIPLES, jointCommitteeAsReported } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-10',
  alias: 'minimum-duration',
  standard: 'joint',
  implements: ['joint:typical-length'],
  clause: 'Typical program length',
  title: 'Programs typically run at least 90 days',
  severity: 'info',
  sources: [jointCommitteeAsReported('IOPs typically last a minimum of 90 days, some far longer and some shorter'), NIDA_PRINCIPLES],
  rationale:
    'Outcomes depend on staying in treatment long enough, and NIDA reports that most people need about three months. But the 90 days is "typical", known from a secondary account, not a required length: '
    + 'a shorter planned length is an info note by default (raise the severity in the config to make it count), and a program whose length is set per client by clinical need, with continued-stay review, passes whatever its typical length.',
  remediation: {
    text: 'Plan for at least 90 days (minimum_days: 90 or typical_weeks: 13), or set length per client with continued-stay review.',
    example: 'schedule:\n  program_length: { typical_weeks: 12, individualized: true, continued_stay_review: true }',
  },
  evidence: ['/schedule/program_length'],
  thresholds: ['minimum_program_days'],
  check(program, _facts, limits) {
    const length = program.schedule?.program_length;
    const at = '/schedule/program_length';
    if (length?.individualized === true && length.continued_stay_review === true) return [];
    if (!length || (length.minimum_days === undefined && length.typical_weeks === undefined)) {
      const hint = length?.individualized === true ? ': an individualized length needs continued_stay_review: true to stand on its own' : '';
      const fix = length?.individualized === true
        ? `Add continued-stay review to the individualized program length, or state the planned length (at least ${limits.minimum_program_days} days is typical).`
        : `State the planned program length (at least ${limits.minimum_program_days} days is typical), or set the length per client by clinical need, with continued-stay review.`;
      return [{ pointer: at, message: `the program length is not stated: add minimum_days or typical_weeks, or individualized: true with continued_stay_review: true${hint}`, fix }];
    }
    const days = Math.max(length.minimum_days ?? 0, Math.round((length.typical_weeks ?? 0) * 7));
    if (days >= limits.minimum_program_days) return [];
    const review = length.individualized === true ? ' (individualized, but with no continued-stay review stated)' : '';
    const fix = length.individualized === true
      ? `Add continued-stay review to the individualized program length, or plan at least ${limits.minimum_program_days} days (now ${days}).`
      : `Plan at least ${limits.minimum_program_days} days of treatment (now ${days}), or set the length per client by clinical need, with continued-stay review.`;
    return [{ pointer: at, message: `the program plans ${days} days${review}, shorter than the typical ${limits.minimum_program_days}: plan longer, or set length per client with continued_stay_review: true`, fix }];
  },
});
