import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-11-family-services.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-11 family-services', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'family:'));
  });

  it('passes family services arranged by referral', () => {
    expect(runRule(rule, withChanges({ 'services.family': { provided: 'referral', partner: 'Family Counseling Center' } })).status).toBe('pass');
  });

  it('fails family services that are not provided, at the provided field', () => {
    expectFindings(rule, { 'services.family': { provided: 'none' } }, [
      { message: 'family services are neither provided on site nor arranged by referral (provided: none)', pointer: '/services/family/provided', at: 'provided: none' },
    ]);
  });

  it('fails when family services are missing, at the services section', () => {
    expectFindings(rule, { 'services.family': undefined }, [
      { message: 'no family services are described: add services.family', pointer: '/services/family', at: 'services:' },
    ]);
  });
});
