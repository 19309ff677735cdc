import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/joint/joint-13-medical-as-needed.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('JOINT-13 medical-as-needed', () => {
  it('passes on the compliant example (medical care by referral)', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'medical:'));
    expect(rule.basis).toBe('secondary');
  });

  it('passes medical services on site', () => {
    expect(runRule(rule, withChanges({ 'program.focus': ['mental-health'], 'services.medical': { provided: 'on-site' } })).status).toBe('pass');
  });

  it('fails medical services that are not provided, at the provided field', () => {
    expectFindings(rule, { 'services.medical': { provided: 'none' } }, [
      { message: 'medical services are neither provided on site nor arranged by referral (provided: none): provide them on site or name a referral partner', pointer: '/services/medical/provided', at: 'provided: none', fix: 'Provide medical services as clients need them, on site or with a named referral partner.' },
    ]);
  });

  it('fails when medical services are missing, at the services section', () => {
    expectFindings(rule, { 'services.medical': undefined }, [
      { message: 'no medical services are described: add services.medical', pointer: '/services/medical', at: 'services:', fix: 'Provide medical services as clients need them, on site or with a named referral partner, and describe how.' },
    ]);
  });
});
