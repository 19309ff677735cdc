import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/joint/joint-11-family-services.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('JOINT-11 family-services', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'family:'));
    expect(rule.basis).toBe('secondary');
  });

  it('passes family services arranged by referral', () => {
    const yaml = withChanges({ 'services.family': { provided: 'referral', partner: 'Eastside Family Counseling Center', formats: ['multifamily-group', 'couples-therapy'] } });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('warns when family services are provided on site but no format is named', () => {
    const result = expectFindings(rule, { 'services.family': { provided: 'on-site' } }, [
      { message: 'family services are provided on site, but no format is named: list the formats offered in formats (for example family-therapy, family-education or multifamily-group)', pointer: '/services/family/formats', at: 'family:', severity: 'warning', fix: 'Name the family services offered, for example family therapy, family education or a multifamily group.' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('warns when family services by referral name no format, even as an empty list', () => {
    expectFindings(rule, { 'services.family': { provided: 'referral', partner: 'Lakeview Family Institute', formats: [] } }, [
      { message: 'family services are arranged by referral, but no format is named: list the formats offered in formats (for example family-therapy, family-education or multifamily-group)', pointer: '/services/family/formats', at: 'formats:', severity: 'warning' },
    ]);
  });

  it('fails family services that are not provided, at the provided field', () => {
    expectFindings(rule, { 'services.family': { provided: 'none' } }, [
      { message: 'family services are neither provided on site nor arranged by referral (provided: none): provide them on site or name a referral partner', pointer: '/services/family/provided', at: 'provided: none', fix: 'Offer family services (for example family therapy, family education or a multifamily group), on site or with a named referral partner.' },
    ]);
  });

  it('fails when family services are missing, at the services section', () => {
    expectFindings(rule, { 'services.family': undefined }, [
      { message: 'no family services are described: add services.family', pointer: '/services/family', at: 'services:', fix: 'Offer family services (for example family therapy, family education or a multifamily group), on site or with a named referral partner, and describe them.' },
    ]);
  });
});
