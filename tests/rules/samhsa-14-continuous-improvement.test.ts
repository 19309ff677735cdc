import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/samhsa-14-continuous-improvement.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('SAMHSA-14 continuous-improvement', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'quality:'));
  });

  it('fails without measures, with a long review interval and no client feedback', () => {
    expectFindings(rule, { 'quality.outcome_measures': [], 'quality.review_every_months': 24, 'quality.client_feedback': false }, [
      { message: 'no outcome measures are named', pointer: '/quality/outcome_measures', at: 'outcome_measures:' },
      { message: 'outcomes reviewed every 24 months: the longest acceptable interval is 12', pointer: '/quality/review_every_months', at: 'review_every_months:' },
      { message: 'client feedback is not collected', pointer: '/quality/client_feedback', at: 'client_feedback:' },
    ]);
  });

  it('fails when the quality section is missing', () => {
    expectFindings(rule, { quality: undefined }, [
      { message: 'no quality improvement is described: add quality', pointer: '/quality', at: 'version:' },
    ]);
  });
});
