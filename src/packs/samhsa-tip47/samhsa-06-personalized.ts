import { THRESHOLDS } from '../../domain/thresholds.js';
import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { listed } from '../helpers.js';
import { SAMHSA_ADVISORY_2021_SHARED_DECISIONS, tip47 } from '../../domain/sources.js';

const REQUIRED_NEEDS = ['co-occurring', 'family', 'cultural'] as const;
const NEEDS_IN_WORDS: Readonly<Record<(typeof REQUIRED_NEEDS)[number], string>> = {
  'co-occurring': 'co-occurring mental health', family: 'family', cultural: 'cultural',
};

export default defineRule({
  id: 'SAMHSA-06',
  alias: 'personalized',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:6'],
  clause: 'Principle 6',
  title: 'Treatment is personalized',
  severity: 'error',
  sources: [tip47(6), SAMHSA_ADVISORY_2021_SHARED_DECISIONS, THRESHOLDS.plan_review_max_days.source, THRESHOLDS.plan_review_recommended_days.source],
  rationale:
    'Clients differ in their conditions, families and cultures, and a plan written for the average client fits few of them. A plan built on the assessment, made with the client and reviewed often keeps treatment matched to the person as they change. SAMHSA\'s 2021 Advisory, based on TIP 47, names shared decision making among the features that improve engagement, retention and outcomes: a feature that helps, not a condition the Advisory sets, and TIP 47\'s own words on it were not read. So a plan written without the client draws a warning, as does a document that does not say: the principle is then partially met, not failed, while a plan that is not individualized or not built on the assessment is an error. The review interval, 90 days at most (30 recommended), is the catalog\'s convention, not a TIP 47 figure.',
  remediation: {
    text: 'Write an individualized plan with the client after the assessment, review it at least every 90 days (every 30 recommended; both the catalog\'s convention), and address co-occurring, family and cultural needs.',
    example: 'treatment_planning:\n  individualized: true\n  after_assessment: true\n  client_participates: true\n  review_every_days: 30\n  addresses: [co-occurring, family, cultural]',
  },
  evidence: ['/treatment_planning'],
  thresholds: ['plan_review_max_days', 'plan_review_recommended_days'],
  check(program, _facts, limits) {
    const planning = program.treatment_planning;
    const at = '/treatment_planning';
    const longest = limits.plan_review_max_days;
    const recommended = limits.plan_review_recommended_days;
    if (!planning) {
      return [{
        pointer: at,
        message: 'no treatment planning is described: add treatment_planning',
        fix: `Describe treatment planning: an individualized plan for each client, built on the assessment and written with the client, reviewed at least every ${longest} days (every ${recommended} or fewer recommended).`,
      }];
    }
    const findings: RawFinding[] = [];
    if (planning.individualized !== true) {
      findings.push({ pointer: `${at}/individualized`, message: 'treatment plans are not individualized', fix: 'Write an individualized treatment plan for each client, from their own needs and goals.' });
    }
    if (planning.after_assessment !== true) {
      findings.push({ pointer: `${at}/after_assessment`, message: 'treatment plans are not built on the assessment', fix: 'Build each client\'s treatment plan on the findings of their assessment.' });
    }
    if (planning.client_participates === false) {
      findings.push({
        pointer: `${at}/client_participates`,
        message: 'clients do not take part in writing their plans: plans are developed with the client (shared decision making)',
        severity: 'warning',
        fix: 'Develop each treatment plan with the client taking part, and record their agreement.',
      });
    } else if (planning.client_participates === undefined) {
      findings.push({
        pointer: `${at}/client_participates`,
        message: 'whether clients help write their plans is not stated: set client_participates: true when plans are developed with the client',
        severity: 'warning',
        fix: 'State whether clients help write their treatment plans; they should.',
      });
    }
    const review = planning.review_every_days;
    if (review === undefined) {
      findings.push({
        pointer: `${at}/review_every_days`,
        message: `the plan review interval is not stated: add review_every_days (at most ${longest})`,
        fix: `State how often treatment plans are reviewed: at least every ${longest} days, every ${recommended} or fewer recommended.`,
      });
    } else if (review > longest) {
      findings.push({
        pointer: `${at}/review_every_days`,
        message: `plans reviewed every ${review} days: the longest acceptable interval is ${longest} (the catalog's convention, not a TIP 47 figure)`,
        fix: `Review treatment plans at least every ${longest} days (now every ${review}); every ${recommended} or fewer is recommended.`,
      });
    } else if (review > recommended) {
      findings.push({
        pointer: `${at}/review_every_days`,
        message: `plans reviewed every ${review} days: every ${recommended} or fewer is recommended (the catalog's convention, not a TIP 47 figure)`,
        severity: 'warning',
        fix: `Review treatment plans every ${recommended} days or more often (now every ${review}).`,
      });
    }
    const addressed = planning.addresses ?? [];
    const missing = REQUIRED_NEEDS.filter((need) => !addressed.includes(need));
    if (missing.length > 0) {
      findings.push({
        pointer: `${at}/addresses`,
        message: `the plan does not address ${missing.join(', ')} needs`,
        fix: `Make each treatment plan address the client's ${listed(missing.map((need) => NEEDS_IN_WORDS[need]))} needs as well.`,
      });
    }
    return findings;
  },
});
