import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/joint/joint-06-formal-plan.js';
import { COMPLIANT, expectFindings, lineOf, runRule } from '../../support/audit.js';

describe('JOINT-06 formal-plan', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'treatment_planning:'));
    expect(rule.basis).toBe('primary');
  });

  it('fails without a formal plan or one built after the assessment', () => {
    expectFindings(rule, { 'treatment_planning.formal_plan': false, 'treatment_planning.after_assessment': false }, [
      { message: 'no formal treatment plan is written (formal_plan: false)', pointer: '/treatment_planning/formal_plan', at: 'formal_plan:', fix: 'Write a formal treatment plan for each client.' },
      { message: 'the plan is not developed after the assessment (after_assessment: false)', pointer: '/treatment_planning/after_assessment', at: 'after_assessment:', fix: "Develop each client's plan after their assessment, from its findings." },
    ]);
  });

  it('fails when the two fields are not stated, at the section', () => {
    expectFindings(rule, { 'treatment_planning.formal_plan': undefined, 'treatment_planning.after_assessment': undefined }, [
      { message: 'whether a formal treatment plan is written is not stated: set formal_plan: true', pointer: '/treatment_planning/formal_plan', at: 'treatment_planning:', fix: 'State that a formal, written treatment plan is kept for each client.' },
      { message: 'whether the plan is developed after the assessment is not stated: set after_assessment: true', pointer: '/treatment_planning/after_assessment', at: 'treatment_planning:', fix: "State that each client's plan is developed after their assessment." },
    ]);
  });

  it('fails when treatment planning is missing, at the document root', () => {
    expectFindings(rule, { treatment_planning: undefined }, [
      { message: 'no treatment planning is described: add treatment_planning with formal_plan: true and after_assessment: true', pointer: '/treatment_planning', at: 'version:', fix: 'Write a formal treatment plan for each client, developed after their assessment, and describe it.' },
    ]);
  });
});
