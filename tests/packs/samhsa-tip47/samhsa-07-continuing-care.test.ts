import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-07-continuing-care.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SAMHSA-07 continuing-care', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'continuing_care:'));
  });

  it('fails without a discharge plan, a step-down path or follow-up', () => {
    expectFindings(rule, {
      'continuing_care.plan_before_discharge': false,
      'continuing_care.step_down_to': [],
      'continuing_care.follow_up': undefined,
    }, [
      { message: 'no continuing-care plan is made before discharge', pointer: '/continuing_care/plan_before_discharge', at: 'plan_before_discharge:', fix: 'Make a continuing-care plan with each client before discharge.' },
      { message: 'no step-down path is named: list where clients go next', pointer: '/continuing_care/step_down_to', at: 'step_down_to:', fix: 'Name where clients go next when they finish, for example standard outpatient care or recovery support services.' },
      { message: 'follow-up contact after completion is not scheduled: add follow_up.every_days', pointer: '/continuing_care/follow_up/every_days', at: 'continuing_care:', fix: 'Schedule follow-up contact with clients after they complete the program, and state how often (for example every 30 days).' },
      { message: 'how long follow-up lasts is not stated: add follow_up.for_months', pointer: '/continuing_care/follow_up/for_months', at: 'continuing_care:', fix: 'State for how many months follow-up contact continues after completion.' },
    ]);
  });

  it('fails when continuing care is not described, at the top of the document', () => {
    expectFindings(rule, { continuing_care: undefined }, [
      { message: 'no continuing care is described: add continuing_care', pointer: '/continuing_care', at: 'version:', fix: 'Describe continuing care: a plan made with each client before discharge, where clients step down to, and follow-up contact after completion (how often, and for how many months).' },
    ]);
  });

  it('accepts any named step-down path and a short follow-up', () => {
    const yaml = withChanges({ 'continuing_care.step_down_to': ['telehealth-check-ins'], 'continuing_care.follow_up': { every_days: 14, for_months: 3 } });
    expect(runRule(rule, yaml).status).toBe('pass');
  });
});
