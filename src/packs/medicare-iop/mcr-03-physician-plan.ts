import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { MEDICARE_IOP_PLAN, convention } from '../../domain/sources.js';
import { MEDICARE_IOP_RECERTIFY_DAYS } from './pack.js';

const RECERTIFY = MEDICARE_IOP_RECERTIFY_DAYS;

export default defineRule({
  id: 'MCR-03',
  alias: 'physician-plan',
  standard: 'medicare-iop',
  implements: ['medicare-iop:424.24(d)(2)'],
  clause: '42 CFR 424.24(d)(1)(iii) and (d)(2)',
  title: 'An individualized written plan of care, established and periodically reviewed by a physician',
  severity: 'error',
  sources: [
    MEDICARE_IOP_PLAN,
    convention(`the plan is reviewed at least as often as the need is recertified (${RECERTIFY} days), since each recertification rests on it; a longer interval is a warning, because the regulation says only "periodically"`),
  ],
  rationale:
    'Medicare pays for the services an individualized written plan of care sets out; a physician establishes the plan, together with the program\'s staff, and reviews it from time to time. '
    + 'The rule applies whenever this pack is selected, because Medicare pays for the care. '
    + 'A counselor may draft the plan, since the regulation has the physician work with the staff: what matters is that it is written, built for the patient, and that a physician makes it theirs and reviews it. '
    + 'The document says this with one flag (physician_reviewed), read as the physician signing and reviewing each plan. '
    + `The regulation asks for periodic review without a number of days, so a review interval longer than the ${RECERTIFY}-day recertification is only a warning (a convention), and an unstated interval is not judged here.`,
  remediation: {
    text: 'Keep a written, individualized plan of care for each patient, established or reviewed and signed by a physician, and review it at least at each recertification.',
    example: `treatment_planning:\n  formal_plan: true\n  individualized: true\n  physician_reviewed: true\n  review_every_days: 30`,
  },
  evidence: ['/treatment_planning'],
  thresholds: [],
  check(program) {
    const at = '/treatment_planning';
    const plan = program.treatment_planning;
    if (!plan) {
      return [{
        pointer: at,
        message: 'no plan of care is described: add treatment_planning with formal_plan: true, individualized: true and physician_reviewed: true',
        fix: 'Keep a written, individualized plan of care for each patient, established or reviewed and signed by a physician, and describe it.',
      }];
    }
    const findings: RawFinding[] = [];
    if (plan.formal_plan !== true) {
      findings.push({ pointer: `${at}/formal_plan`, message: plan.formal_plan === false
        ? 'there is no written plan of care (formal_plan: false): Medicare pays only for services a written plan sets out; write one for each patient'
        : 'a written plan of care is not stated: set formal_plan: true and keep one for each patient',
      fix: plan.formal_plan === false
        ? 'Write a plan of care for each patient that sets out the services they receive.'
        : 'State that a written plan of care is kept for each patient.' });
    }
    if (plan.individualized !== true) {
      findings.push({ pointer: `${at}/individualized`, message: plan.individualized === false
        ? 'the plan of care is not individualized (individualized: false): build each patient\'s plan from their own diagnosis, services and goals'
        : 'the plan of care is not stated to be individualized: set individualized: true and build each plan from the patient\'s own diagnosis, services and goals',
      fix: plan.individualized === false
        ? 'Build each patient\'s plan of care from their own diagnosis, services and goals.'
        : 'State that each plan of care is individualized: built from the patient\'s own diagnosis, services and goals.' });
    }
    if (plan.physician_reviewed !== true) {
      findings.push({ pointer: `${at}/physician_reviewed`, message: plan.physician_reviewed === false
        ? 'no physician establishes or reviews the plan of care (physician_reviewed: false): have a physician, usually the one who certifies the need, establish or review and sign each plan'
        : 'a physician\'s part in the plan of care is not stated: have a physician establish or review and sign each plan, and set physician_reviewed: true',
      fix: plan.physician_reviewed === false
        ? 'Have a physician, usually the one who certifies the need, establish or review and sign each plan of care.'
        : 'State that a physician establishes or reviews and signs each plan of care.' });
    }
    const every = plan.review_every_days;
    if (every !== undefined && every > RECERTIFY) {
      findings.push({
        pointer: `${at}/review_every_days`,
        severity: 'warning',
        message: `the plan of care is reviewed every ${every} days, less often than the need must be recertified (${RECERTIFY} days): review it at least at each recertification`,
        fix: `Review each plan of care at least every ${RECERTIFY} days, at each recertification (now every ${every}).`,
      });
    }
    return findings;
  },
});
