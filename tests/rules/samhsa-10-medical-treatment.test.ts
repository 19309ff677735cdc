import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/samhsa-10-medical-treatment.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('SAMHSA-10 medical-treatment', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'medical:'));
  });

  it('fails when psychiatric care is absent and no SUD medication is reachable', () => {
    expectFindings(rule, { 'services.psychiatric': undefined, 'services.medications.includes': ['psychiatric-medications'] }, [
      { message: 'no psychiatric services are described: add services.psychiatric', pointer: '/services/psychiatric', at: 'services:' },
      { message: 'no medication for substance use disorders is included: add moud, aud-medications, tobacco-cessation as indicated', pointer: '/services/medications/includes', at: 'medications:' },
    ]);
  });

  it('does not ask a mental-health-only program for substance use medications', () => {
    const yaml = withChanges({ 'program.focus': ['mental-health'], 'services.medications': undefined });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('fails medical care that is not provided', () => {
    expectFindings(rule, { 'services.medical': { provided: 'none' } }, [
      { message: 'medical services are not provided, on site or by referral', pointer: '/services/medical/provided', at: 'provided: none' },
    ]);
  });
});
