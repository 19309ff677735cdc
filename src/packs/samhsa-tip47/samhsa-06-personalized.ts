import { THRESHOLDS } from '../../domain/thresholds.js';
import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { tip47 } from '../../domain/sources.js';

const REQUIRED_NEEDS = ['co-occurring', 'family', 'cultural'] as const;

export default defineRule({
  id: 'SAMHSA-06',
  alias: 'personalized',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:6'],
  clause: 'Principle 6',
  title: 'Treatment is personalized',
  severity: 'error',
  sources: [tip47(6), THRESHOLDS.plan_review_max_days.source, THRESHOLDS.plan_review_recommended_days.source],
  rationale:
    'Clients differ in their conditions, families and cultures, and a plan written for the average client fits few of them. A plan built on the assessment, made with the client and reviewed often keeps treatment matched to the person as they change. TIP 47 asks that clients take part in developing their plans, so a plan written without them is an error; a document that does not say draws a warning. TIP 47 names no review interval: 90 days at most (30 recommended) is the catalog\'s convention.',
  remediation: {
    text: 'Write an individualized plan with the client after the assessment, review it at least every 90 days (every 30 recommended; both the catalog\'s convention), and address co-occurring, family and cultural needs.',
    example: 'treatment_planning:\n  individualized: true\n  after_assessment: true\n  client_participates: true\n  review_every_days: 30\n  addresses: [co-occurring, family, cultural]',
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
    if (planning.client_participates === false) {
      findings.push({ pointer: `${at}/client_participates`, message: 'clients do not take part in writing their plans: TIP 47 asks that plans be developed with the client' });
    } else if (planning.client_participates === undefined) {
      findings.push({ pointer: `${at}/client_participates`, message: 'whether clients help write their plans is not stated: set client_participates: true when plans are developed with the client', severity: 'warning' });
    }
    const review = planning.review_every_days;
    if (review === undefined) {
      findings.push({ pointer: `${at}/review_every_days`, message: 'the plan review interval is not stated: add review_every_days' });
    } else if (review > limits.plan_review_max_days) {
      findings.push({ pointer: `${at}/review_every_days`, message: `plans reviewed every ${review} days: the longest acceptable interval is ${limits.plan_review_max_days} (a convention; TIP 47 names no interval)` });
    } else if (review > limits.plan_review_recommended_days) {
      findings.push({ pointer: `${at}/review_every_days`, message: `plans reviewed every ${review} days: every ${limits.plan_review_recommended_days} or fewer is recommended (a convention; TIP 47 names no interval)`, severity: 'warning' });
    }
    const addressed = planning.addresses ?? [];
    const missing = REQUIRED_NEEDS.filter((need) => !addressed.includes(need));
    if (missing.length > 0) {
      findings.push({ pointer: `${at}/addresses`, message: `the plan does not address ${missing.join(', ')} needs` });
    }
    return findings;
  },
});
