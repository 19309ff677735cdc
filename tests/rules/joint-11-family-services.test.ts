import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-11-family-services.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-11 family-services', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'family:'));
  });

  it('fails family services that are not provided', () => {
    expectFindings(rule, { 'services.family': { provided: 'none' } }, [
      { message: 'family services are not provided, on site or by referral', pointer: '/services/family/provided', at: 'provided: none' },
    ]);
  });

  it('fails when family services are missing', () => {
    expectFindings(rule, { 'services.family': undefined }, [
      { message: 'no family services are described: add services.family', pointer: '/services/family', at: 'services:' },
    ]);
  });
});
