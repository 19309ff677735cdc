import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-03-use-motivation.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SAMHSA-03 use-motivation', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'motivation_assessed:'));
  });

  it('fails when motivation is neither assessed nor worked with', () => {
    expectFindings(rule, {
      'engagement.motivation_assessed': false,
      'admission.assessment.covers': ['substance-use-severity', 'medical'],
      'engagement.motivational_approach': undefined,
      approaches: ['cognitive-behavioral-therapy'],
    }, [
      { message: 'motivation is not assessed at intake: set engagement.motivation_assessed or add motivation to the assessment', pointer: '/engagement/motivation_assessed', at: 'motivation_assessed:', fix: "Assess each client's motivation for change at intake, as part of the initial assessment." },
      { message: 'no motivational approach is in use: name motivational-interviewing or motivational-enhancement-therapy', pointer: '/engagement/motivational_approach', at: 'engagement:', fix: 'Use a motivational approach (motivational interviewing or motivational enhancement therapy) and name it among the approaches in use.' },
    ]);
  });

  it('accepts motivation named in what the intake assessment covers', () => {
    const yaml = withChanges({
      'engagement.motivation_assessed': false,
      'admission.assessment.covers': ['substance-use-severity', 'mental-health', 'motivation', 'housing'],
    });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('accepts motivation in the assessment and MI among the approaches', () => {
    const yaml = withChanges({ 'engagement.motivation_assessed': undefined, 'engagement.motivational_approach': undefined });
    expect(runRule(rule, yaml).status).toBe('pass');
  });
});
