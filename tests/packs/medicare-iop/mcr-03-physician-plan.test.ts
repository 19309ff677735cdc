import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/medicare-iop/mcr-03-physician-plan.js';
import { expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

/** A federally qualified health center's IOP that Medicare pays for, its plans reviewed by the psychiatrist. */
const medicare = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  'program.payers': ['medicare'],
  'program.settings': ['federally-qualified-health-center'],
  'treatment_planning.physician_reviewed': true,
  'treatment_planning.review_every_days': 21,
  ...changes,
});

describe('MCR-03 physician-plan', () => {
  it('passes a written, individualized, physician-reviewed plan, located at treatment_planning', () => {
    const yaml = withChanges(medicare());
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(yaml, 'treatment_planning:'));
    expect(rule.basis).toBe('primary');
  });

  it('fails a plan no physician reviews', () => {
    expectFindings(rule, medicare({ 'treatment_planning.physician_reviewed': false }), [
      { message: 'no physician establishes or reviews the plan of care (physician_reviewed: false): have a physician, usually the one who certifies the need, establish or review and sign each plan', pointer: '/treatment_planning/physician_reviewed', at: 'physician_reviewed: false', fix: 'Have a physician, usually the one who certifies the need, establish or review and sign each plan of care.' },
    ]);
  });

  it('fails when the physician\'s part is not stated, at treatment_planning', () => {
    expectFindings(rule, medicare({ 'treatment_planning.physician_reviewed': undefined }), [
      { message: 'a physician\'s part in the plan of care is not stated: have a physician establish or review and sign each plan, and set physician_reviewed: true', pointer: '/treatment_planning/physician_reviewed', at: 'treatment_planning:', fix: 'State that a physician establishes or reviews and signs each plan of care.' },
    ]);
  });

  it('fails an unwritten, standard plan', () => {
    expectFindings(rule, medicare({ 'treatment_planning.formal_plan': false, 'treatment_planning.individualized': false }), [
      { message: 'there is no written plan of care (formal_plan: false): Medicare pays only for services a written plan sets out; write one for each patient', pointer: '/treatment_planning/formal_plan', at: 'formal_plan: false', fix: 'Write a plan of care for each patient that sets out the services they receive.' },
      { message: 'the plan of care is not individualized (individualized: false): build each patient\'s plan from their own diagnosis, services and goals', pointer: '/treatment_planning/individualized', at: 'individualized: false', fix: "Build each patient's plan of care from their own diagnosis, services and goals." },
    ]);
  });

  it('only warns when the plan is reviewed less often than the need is recertified', () => {
    const result = expectFindings(rule, medicare({ 'treatment_planning.review_every_days': 90 }), [
      { message: 'the plan of care is reviewed every 90 days, less often than the need must be recertified (60 days): review it at least at each recertification', pointer: '/treatment_planning/review_every_days', at: 'review_every_days: 90', severity: 'warning', fix: 'Review each plan of care at least every 60 days, at each recertification (now every 90).' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('fails when there is no plan at all, at the document root', () => {
    expectFindings(rule, medicare({ treatment_planning: undefined }), [
      { message: 'no plan of care is described: add treatment_planning with formal_plan: true, individualized: true and physician_reviewed: true', pointer: '/treatment_planning', at: 'version: 1', fix: 'Keep a written, individualized plan of care for each patient, established or reviewed and signed by a physician, and describe it.' },
    ]);
  });
});
