import { defineRule } from '../define.js';
import { MEDICARE_CERTIFYING_PHYSICIAN, MEDICARE_IOP_RECERTIFICATION } from '../../domain/sources.js';
import { MEDICARE_IOP_RECERTIFY_DAYS } from './pack.js';

const LIMIT = MEDICARE_IOP_RECERTIFY_DAYS;

export default defineRule({
  id: 'MCR-02',
  alias: 'recertification',
  standard: 'medicare-iop',
  implements: ['medicare-iop:424.24(d)(3)'],
  clause: '42 CFR 424.24(d)(3)(ii)',
  title: 'A physician recertifies the need at least every 60 days',
  severity: 'error',
  sources: [MEDICARE_IOP_RECERTIFICATION, MEDICARE_CERTIFYING_PHYSICIAN],
  rationale:
    'The certification does not last for the whole stay: a physician who treats the patient confirms, at intervals the provider chooses but never more than 60 days apart, that the patient still needs at least 9 hours a week of intensive outpatient services. '
    + 'The rule applies whenever this pack is selected, that is, when Medicare pays. '
    + 'The 60 days are the regulation\'s own number; accounts of the statute word it as "every other month", and the statute was not read. '
    + 'A program that recertifies every 90 days, the interval Medicare sets for outpatient therapy plans, fails. '
    + 'The regulation sets no separate date for the first recertification (partial hospitalization has one, the 18th day), so the one interval the document states is the whole test.',
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
        message: `the need is recertified every ${days} days, less often than the ${LIMIT} days Medicare allows between recertifications: recertify at least every ${LIMIT} days`,
        fix: `Have a physician recertify each patient's need at least every ${LIMIT} days (now every ${days}).`,
      }];
    }
    return [];
  },
});
