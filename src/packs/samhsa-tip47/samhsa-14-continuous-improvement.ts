import { THRESHOLDS } from '../../domain/thresholds.js';
import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { convention, tip47 } from '../../domain/sources.js';

const REVIEW_MONTHS = THRESHOLDS.quality_review_max_months.default;

export default defineRule({
  id: 'SAMHSA-14',
  alias: 'continuous-improvement',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:14'],
  clause: 'Principle 14',
  title: 'The program keeps improving',
  severity: 'error',
  sources: [
    tip47(14),
    convention('outcome measures and client feedback are the catalog\'s reading of what improving the program asks; TIP 47\'s text for principle 14 was not read, and secondary summaries word it as improving program administration'),
    convention(`outcomes reviewed at least every ${REVIEW_MONTHS} months (quality_review_max_months); the interval is the catalog\'s, not a TIP 47 figure`),
    convention('an improvement plan is how review findings become changes; without one the measuring is in place but the improving is not shown, so its absence is a warning'),
  ],
  rationale:
    'A program that measures its outcomes and listens to its clients can see what works and change what does not; one that does not measure cannot tell. '
    + 'Outcome measures and client feedback are the catalog\'s reading of the principle, whose own text in TIP 47 was not read. '
    + `The review interval, at least every ${REVIEW_MONTHS} months, is the catalog's convention, not a TIP 47 figure. `
    + 'Measures and feedback without a plan to act on them leave the improvement unshown: a warning, since the measuring the principle rests on is there.',
  remediation: {
    text: `Name the outcome measures, review them at least every ${REVIEW_MONTHS} months, collect client feedback, and keep an improvement plan that turns the reviews into changes.`,
    example: 'quality:\n  outcome_measures: [retention, completion, symptom-change]\n  review_every_months: 6\n  client_feedback: true\n  improvement_plan: true',
  },
  evidence: ['/quality'],
  thresholds: ['quality_review_max_months'],
  check(program, _facts, limits) {
    const quality = program.quality;
    const at = '/quality';
    const longest = limits.quality_review_max_months;
    if (!quality) {
      return [{
        pointer: at,
        message: 'no quality improvement is described: add quality',
        fix: `Describe quality improvement: name the outcome measures, review them at least every ${longest} months, collect client feedback, and keep a plan that turns the reviews into changes.`,
      }];
    }
    const findings: RawFinding[] = [];
    if (!quality.outcome_measures?.length) {
      findings.push({
        pointer: `${at}/outcome_measures`,
        message: 'no outcome measures are named',
        fix: 'Name the outcome measures the program tracks, for example retention, completion, substance use at discharge and symptom scores.',
      });
    }
    const review = quality.review_every_months;
    if (review === undefined) {
      findings.push({
        pointer: `${at}/review_every_months`,
        message: `the outcome review interval is not stated: add review_every_months (at most ${longest})`,
        fix: `State how often outcomes are reviewed: at least every ${longest} months.`,
      });
    } else if (review > longest) {
      findings.push({
        pointer: `${at}/review_every_months`,
        message: `outcomes reviewed every ${review} months: the longest acceptable interval is ${longest}`,
        fix: `Review outcomes at least every ${longest} months (now every ${review}).`,
      });
    }
    if (quality.client_feedback !== true) {
      findings.push({ pointer: `${at}/client_feedback`, message: 'client feedback is not collected', fix: 'Collect feedback from clients regularly, for example a survey during treatment and at discharge.' });
    }
    if (quality.improvement_plan !== true) {
      const stated = quality.improvement_plan === false ? 'there is no improvement plan (improvement_plan: false)' : 'no improvement plan is stated';
      findings.push({
        pointer: `${at}/improvement_plan`,
        message: `${stated}: keep a plan that turns outcome reviews into changes and set improvement_plan: true`,
        severity: 'warning',
        fix: 'Keep an improvement plan that turns each outcome review into changes to the program.',
      });
    }
    return findings;
  },
});
