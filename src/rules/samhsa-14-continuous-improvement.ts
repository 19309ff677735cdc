import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { CONVENTION_NOTE, tip47 } from './sources.js';

export default defineRule({
  id: 'SAMHSA-14',
  alias: 'continuous-improvement',
  standard: 'samhsa',
  clause: 'Principle 14',
  title: 'The program keeps improving',
  severity: 'error',
  citation: tip47(14, 'Improve program administration'),
  rationale:
    'A program that measures its outcomes and listens to its clients can see what works and change what does not; one that does not measure cannot tell.',
  remediation: {
    text: `Name the outcome measures, review them at least every 12 months, and collect client feedback. ${CONVENTION_NOTE}`,
    example: 'quality:\n  outcome_measures: [retention, abstinence, client-satisfaction]\n  review_every_months: 3\n  client_feedback: true',
  },
  evidence: ['/quality'],
  thresholds: ['quality_review_max_months'],
  check(program, _facts, limits) {
    const quality = program.quality;
    const at = '/quality';
    if (!quality) return [{ pointer: at, message: 'no quality improvement is described: add quality' }];
    const findings: RawFinding[] = [];
    if (!quality.outcome_measures?.length) findings.push({ pointer: `${at}/outcome_measures`, message: 'no outcome measures are named' });
    const review = quality.review_every_months;
    if (review === undefined) {
      findings.push({ pointer: `${at}/review_every_months`, message: 'the outcome review interval is not stated: add review_every_months' });
    } else if (review > limits.quality_review_max_months) {
      findings.push({ pointer: `${at}/review_every_months`, message: `outcomes reviewed every ${review} months: the longest acceptable interval is ${limits.quality_review_max_months}` });
    }
    if (quality.client_feedback !== true) findings.push({ pointer: `${at}/client_feedback`, message: 'client feedback is not collected' });
    return findings;
  },
});
