import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-07-accountable-referral.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-07 accountable-referral', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'referral_responsibility:'));
  });

  it('fails a referral without a partner, a missing core service and no stated responsibility', () => {
    expectFindings(rule, {
      'treatment_planning.referral_responsibility': false,
      'services.medical': { provided: 'referral' },
      'services.case_management': undefined,
    }, [
      { message: 'the program does not state that it arranges the services it does not provide', pointer: '/treatment_planning/referral_responsibility', at: 'referral_responsibility:' },
      { message: 'medical is provided by referral, but no referral partner is named', pointer: '/services/medical/partner', at: 'medical:' },
      { message: 'case management is neither provided nor arranged by referral: add services.case_management', pointer: '/services/case_management', at: 'services:' },
    ]);
  });

  it('fails a core service marked none', () => {
    expectFindings(rule, { 'services.family': { provided: 'none' } }, [
      { message: 'family is neither provided nor arranged by referral (provided: none)', pointer: '/services/family/provided', at: 'provided: none' },
    ]);
  });
});
