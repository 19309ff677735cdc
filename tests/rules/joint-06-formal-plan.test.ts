import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-06-formal-plan.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-06 formal-plan', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'treatment_planning:'));
  });

  it('fails without a formal plan built after the assessment', () => {
    expectFindings(rule, { 'treatment_planning.formal_plan': false, 'treatment_planning.after_assessment': undefined }, [
      { message: 'no formal treatment plan is written', pointer: '/treatment_planning/formal_plan', at: 'formal_plan:' },
      { message: 'the plan is not developed after the assessment', pointer: '/treatment_planning/after_assessment', at: 'treatment_planning:' },
    ]);
  });
});
