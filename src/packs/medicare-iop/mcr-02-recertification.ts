import { defineRule } from '../define.js';
import { MEDICARE_CERTIFYING_PHYSICIAN, MEDICARE_IOP_RECERTIFICATION } from '../../domain/sources.js';
import { MEDICARE_IOP_RECERTIFY_DAYS } from './pack.js';

const LIMIT = MEDICARE_IOP_RECERTIFY_DAYS;

export default defineRule({
  id: 'MCR-02',
  alias: 'recertification',
  standard: 'medicare-iop',
  implements: ['medicare-iop:424.24(d)-recertification'],
  clause: '42 CFR 424.24(d), recertification',
  title: 'A physician recertifies the need at least every other month (60 days)',
  severity: 'error',
  sources: [MEDICARE_IOP_RECERTIFICATION, MEDICARE_CERTIFYING_PHYSICIAN],
  rationale:
    'The certification does not last for the whole stay: Medicare asks a physician to confirm, no less often than every other month, that the patient still needs intensive outpatient services. '
    + 'The rule applies whenever this pack is selected, that is, when Medicare pays. '
    + 'Accounts of the final rule give the interval as "every other month" or as 60 days; the catalog uses 60 days, so a program that recertifies every 60 days or more often passes under either reading. '
    + 'A program that recertifies every 90 days, the interval Medicare sets for outpatient therapy plans, fails. '
    + 'The document has one interval; when the first recertification falls due was not found in the sources read and is not judged.',
  remediation: {
    text: `Have the physician recertify each patient's need at least every ${LIMIT} days, and state the interval.`,
    example: `admission:\n  certification:\n    by: physician\n    minimum_hours_per_week: 9\n    recertify_every_days: ${LIMIT}`,
  },
  evidence: ['/admission/certification/recertify_every_days'],
  thresholds: [],
  check(program) {
    const at = '/admission/certification/recertify_every_days';
    const days = program.admission?.certification?.recertify_every_days;
    if (days === undefined) {
      return [{
        pointer: at,
        message: `how often the physician recertifies the need is not stated: set recertify_every_days to at most ${LIMIT}`,
        fix: `State how often a physician recertifies each patient's need: at least every ${LIMIT} days.`,
      }];
    }
    if (days > LIMIT) {
      return [{
        pointer: at,
        message: `the need is recertified every ${days} days, less often than Medicare's every other month (${LIMIT} days): recertify at least every ${LIMIT} days`,
        fix: `Have a physician recertify each patient's need at least every ${LIMIT} days (now every ${days}).`,
      }];
    }
    return [];
  },
});
