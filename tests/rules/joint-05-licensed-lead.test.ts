import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-05-licensed-lead.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-05 licensed-lead', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'clinical_lead:'));
  });

  it('fails an unlicensed administrator with a peer certification', () => {
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'program-director', credential: 'CADC', licensed: false } }, [
      { message: "'program-director' is not a clinical role that can lead care", pointer: '/staffing/clinical_lead/role', at: 'role: program-director' },
      { message: 'the clinical lead is not licensed', pointer: '/staffing/clinical_lead/licensed', at: 'licensed: false' },
      { message: 'CADC is not a professional license', pointer: '/staffing/clinical_lead/credential', at: 'credential: CADC' },
    ]);
  });

  it('fails when no clinical lead is named', () => {
    expectFindings(rule, { 'staffing.clinical_lead': undefined }, [
      { message: 'no clinical lead is named: add staffing.clinical_lead', pointer: '/staffing/clinical_lead', at: 'staffing:' },
    ]);
  });
});
