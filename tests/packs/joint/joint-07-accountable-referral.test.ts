import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/joint/joint-07-accountable-referral.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('JOINT-07 accountable-referral', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'referral_responsibility:'));
    expect(rule.basis).toBe('primary');
  });

  it('fails a referral without a partner, a missing core service and responsibility declined', () => {
    expectFindings(rule, {
      'treatment_planning.referral_responsibility': false,
      'services.medical': { provided: 'referral' },
      'services.case_management': undefined,
    }, [
      { message: 'the program does not take responsibility for the services it refers out (referral_responsibility: false)', pointer: '/treatment_planning/referral_responsibility', at: 'referral_responsibility:', fix: 'Take responsibility for the services clients are referred to: arrange each referral and follow up that the client is served.' },
      { message: 'medical care is provided by referral, but no referral partner is named: add services.medical.partner', pointer: '/services/medical/partner', at: 'medical:', fix: "Name the partner that provides medical care to the program's clients by referral." },
      { message: 'case management is not described, so the program neither provides it nor has a referral arrangement: add services.case_management', pointer: '/services/case_management', at: 'services:', fix: 'Provide case management on site, or arrange it with a named referral partner, and describe how.' },
    ]);
  });

  it('checks the partner of every referred service, not only the core ones', () => {
    expectFindings(rule, { 'services.medications': { provided: 'referral', includes: ['moud'] } }, [
      { message: 'medications is provided by referral, but no referral partner is named: add services.medications.partner', pointer: '/services/medications/partner', at: 'medications:' },
    ]);
  });

  it('fails a core service marked none, at its provided field', () => {
    expectFindings(rule, { 'services.case_management': { provided: 'none' } }, [
      { message: 'the program neither provides case management nor has a referral arrangement for it (provided: none): provide it on site or name a referral partner', pointer: '/services/case_management/provided', at: 'provided: none', fix: 'Provide case management on site, or arrange it with a named referral partner.' },
    ]);
  });

  it('leaves family services to JOINT-11, so one gap is cited once', () => {
    expect(runRule(rule, withChanges({ 'services.family': { provided: 'none' } })).status).toBe('pass');
  });

  it('reads the partner of referred services outside the core, such as drug testing', () => {
    expectFindings(rule, { 'services.drug_testing': { provided: 'referral', method: 'oral-fluid', schedule: 'random', per_week: 2 } }, [
      { message: 'drug testing is provided by referral, but no referral partner is named: add services.drug_testing.partner', pointer: '/services/drug_testing/partner', at: 'drug_testing:', fix: "Name the partner that provides drug testing to the program's clients by referral." },
    ]);
  });

  it('passes core services arranged by referral with named partners', () => {
    const yaml = withChanges({
      'services.individual_counseling': { provided: 'referral', partner: 'Northside Counseling Associates' },
      'services.case_management': { provided: 'referral', partner: 'County Care Coordination' },
    });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('leaves medical and psychiatric care to their own rules (JOINT-13, SAMHSA-10)', () => {
    const yaml = withChanges({ 'services.medical': { provided: 'none' }, 'services.psychiatric': undefined });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('fails when referral responsibility is not stated', () => {
    expectFindings(rule, { 'treatment_planning.referral_responsibility': undefined }, [
      { message: 'responsibility for referrals is not stated: set treatment_planning.referral_responsibility: true', pointer: '/treatment_planning/referral_responsibility', at: 'treatment_planning:', fix: 'State that the program remains responsible for the services it refers clients to: it arranges each referral and follows up that the client is served.' },
    ]);
  });

  it('names every core service when there is no services section', () => {
    const yaml = withChanges({ services: undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/^individual counseling is not described, so the program neither provides it nor has a referral arrangement: add services.individual_counseling; /);
    expect(result.line).toBe(lineOf(yaml, 'version:'));
    expect(result.findings.map((f) => f.pointer)).toEqual([
      '/services/individual_counseling', '/services/group_counseling', '/services/case_management',
    ]);
  });
});
