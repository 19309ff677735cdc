import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-05-licensed-lead.js';
import { COMPLIANT, expectFindings, lineOf, runRule } from '../support/audit.js';

describe('JOINT-05 licensed-lead', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'clinical_lead:'));
  });

  it('fails an unlicensed administrator with a peer certification, at each field', () => {
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'program-director', credential: 'CADC', licensed: false } }, [
      { message: "the clinical lead's role 'program-director' is not a clinical role that can lead care: name a clinician such as a clinical-director or psychologist", pointer: '/staffing/clinical_lead/role', at: 'role: program-director' },
      { message: "the clinical lead's credential 'CADC' is not a professional license: the lead needs one such as LCSW, LPC, PsyD or MD", pointer: '/staffing/clinical_lead/credential', at: 'credential: CADC' },
      { message: 'the clinical lead is not licensed (licensed: false)', pointer: '/staffing/clinical_lead/licensed', at: 'licensed: false' },
    ]);
  });

  it('fails a lead whose credential and license are not stated, at the lead', () => {
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'psychologist' } }, [
      { message: "the clinical lead's credential is not stated: name their professional license", pointer: '/staffing/clinical_lead/credential', at: 'clinical_lead:' },
      { message: 'whether the clinical lead is licensed is not stated: set licensed: true', pointer: '/staffing/clinical_lead/licensed', at: 'clinical_lead:' },
    ]);
  });

  it("fails a credential of 'none' even when marked licensed", () => {
    expectFindings(rule, { 'staffing.clinical_lead.credential': 'none' }, [
      { message: "the clinical lead's credential 'none' is not a professional license: the lead needs one such as LCSW, LPC, PsyD or MD", pointer: '/staffing/clinical_lead/credential', at: 'clinical_lead:' },
    ]);
  });

  it('fails when no clinical lead is named, at the nearest parent', () => {
    expectFindings(rule, { 'staffing.clinical_lead': undefined }, [
      { message: 'no clinical lead is named: add staffing.clinical_lead with role, credential and licensed: true', pointer: '/staffing/clinical_lead', at: 'staffing:' },
    ]);
  });

  it('fails when there is no staffing section at all', () => {
    expectFindings(rule, { staffing: undefined }, [
      { message: 'no clinical lead is named: add staffing.clinical_lead with role, credential and licensed: true', pointer: '/staffing/clinical_lead', at: 'version:' },
    ]);
  });
});
