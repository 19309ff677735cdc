import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { CONVENTION_NOTE, tip47 } from './sources.js';

const REQUIRED_NEEDS = ['co-occurring', 'family', 'cultural'] as const;

export default defineRule({
  id: 'SAMHSA-06',
  alias: 'personalized',
  standard: 'samhsa',
  clause: 'Principle 6',
  title: 'Treatment is personalized',
  severity: 'error',
  citation: tip47(6, 'Assess and address individual treatment needs'),
  rationale:
    'Clients differ in their conditions, families and cultures, and a plan written for the average client fits few of them. A plan built on the assessment and reviewed often keeps treatment matched to the person as they change.',
  remediation: {
    text: `Write an individualized plan after the assessment, review it at least every 90 days (30 recommended), and address co-occurring, family and cultural needs. ${CONVENTION_NOTE}`,
    example: 'treatment_planning:\n  individualized: true\n  after_assessment: true\n  review_every_days: 30\n  addresses: [co-occurring, family, cultural]',
  },
  evidence: ['/treatment_planning'],
  thresholds: ['plan_review_max_days', 'plan_review_recommended_days'],
  check(program, _facts, limits) {
    const planning = program.treatment_planning;
    const at = '/treatment_planning';
    if (!planning) return [{ pointer: at, message: 'no treatment planning is described: add treatment_planning' }];
    const findings: RawFinding[] = [];
    if (planning.individualized !== true) findings.push({ pointer: `${at}/individualized`, message: 'treatment plans are not individualized' });
    if (planning.after_assessment !== true) findings.push({ pointer: `${at}/after_assessment`, message: 'treatment plans are not built on the assessment' });
    const review = planning.review_every_days;
    if (review === undefined) {
      findings.push({ pointer: `${at}/review_every_days`, message: 'the plan review interval is not stated: add review_every_days' });
    } else if (review > limits.plan_review_max_days) {
      findings.push({ pointer: `${at}/review_every_days`, message: `plans reviewed every ${review} days: the longest acceptable interval is ${limits.plan_review_max_days}` });
    } else if (review > limits.plan_review_recommended_days) {
      findings.push({ pointer: `${at}/review_every_days`, message: `plans reviewed every ${review} days: every ${limits.plan_review_recommended_days} or fewer is recommended`, severity: 'warning' });
    }
    const addressed = planning.addresses ?? [];
    const missing = REQUIRED_NEEDS.filter((need) => !addressed.includes(need));
    if (missing.length > 0) {
      findings.push({ pointer: `${at}/addresses`, message: `the plan does not address ${missing.join(', ')} needs` });
    }
    return findings;
  },
});
