import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-13-medical-as-needed.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-13 medical-as-needed', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'medical:'));
  });

  it('fails medical services that are not provided', () => {
    expectFindings(rule, { 'services.medical': { provided: 'none' } }, [
      { message: 'medical services are not provided, on site or by referral', pointer: '/services/medical/provided', at: 'provided: none' },
    ]);
  });

  it('fails when medical services are missing', () => {
    expectFindings(rule, { 'services.medical': undefined }, [
      { message: 'no medical services are described: add services.medical', pointer: '/services/medical', at: 'services:' },
    ]);
  });
});
