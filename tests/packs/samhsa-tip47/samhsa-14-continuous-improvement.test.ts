import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-14-continuous-improvement.js';
import { auditText } from '../../../src/core/engine.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SAMHSA-14 continuous-improvement', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'quality:'));
  });

  it('fails without measures, with a long review interval and no client feedback', () => {
    expectFindings(rule, { 'quality.outcome_measures': [], 'quality.review_every_months': 24, 'quality.client_feedback': false }, [
      { message: 'no outcome measures are named', pointer: '/quality/outcome_measures', at: 'outcome_measures:', fix: 'Name the outcome measures the program tracks, for example retention, completion, substance use at discharge and symptom scores.' },
      { message: 'outcomes reviewed every 24 months: the longest acceptable interval is 12', pointer: '/quality/review_every_months', at: 'review_every_months:', fix: 'Review outcomes at least every 12 months (now every 24).' },
      { message: 'client feedback is not collected', pointer: '/quality/client_feedback', at: 'client_feedback:', fix: 'Collect feedback from clients regularly, for example a survey during treatment and at discharge.' },
    ]);
  });

  it('fails when the quality section is missing', () => {
    expectFindings(rule, { quality: undefined }, [
      { message: 'no quality improvement is described: add quality', pointer: '/quality', at: 'version:', fix: 'Describe quality improvement: name the outcome measures, review them at least every 12 months, collect client feedback, and keep a plan that turns the reviews into changes.' },
    ]);
  });

  it('judges the review interval against the convention, which a config may tune', () => {
    expect(rule.sources.find((s) => s.words.includes('quality_review_max_months'))).toMatchObject({ basis: 'convention' });
    const yaml = withChanges({ 'quality.review_every_months': 9 });
    expect(runRule(rule, yaml).status).toBe('pass');
    const tuned = auditText(yaml, 't.yaml', { rules: [rule], thresholds: { quality_review_max_months: 6 } }).results[0]!;
    expect(tuned.message).toBe('outcomes reviewed every 9 months: the longest acceptable interval is 6');
  });

  it('warns when there is no improvement plan, at improvement_plan', () => {
    const result = expectFindings(rule, { 'quality.improvement_plan': false }, [
      { message: 'there is no improvement plan (improvement_plan: false): keep a plan that turns outcome reviews into changes and set improvement_plan: true', pointer: '/quality/improvement_plan', at: 'improvement_plan:', severity: 'warning', fix: 'Keep an improvement plan that turns each outcome review into changes to the program.' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('warns when the improvement plan is not stated, at the quality section', () => {
    expectFindings(rule, { 'quality.improvement_plan': undefined }, [
      { message: 'no improvement plan is stated: keep a plan that turns outcome reviews into changes and set improvement_plan: true', pointer: '/quality/improvement_plan', at: 'quality:', severity: 'warning' },
    ]);
  });

  it('names principle 14 as a topic and labels outcome measures and client feedback as the catalog\'s reading', () => {
    expect(rule.sources[0]!.at).toBe('ch. 2, "Principles of Intensive Outpatient Treatment", principle 14 (topic: Improve program administration)');
    expect(rule.sources[1]).toMatchObject({ basis: 'convention' });
    expect(rule.sources[1]!.words).toContain('outcome measures and client feedback are the catalog\'s reading');
    expect(rule.citation).not.toContain('TIP 47 gives no');
  });
});
