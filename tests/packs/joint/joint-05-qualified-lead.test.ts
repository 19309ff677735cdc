import { describe, expect, it } from 'vitest';
import { auditText } from '../../../src/core/engine.js';
import rule from '../../../src/packs/joint/joint-05-qualified-lead.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const lead = (fields: Record<string, unknown>): string => withChanges({ 'staffing.clinical_lead': fields });

describe('JOINT-05 qualified-lead', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'clinical_lead:'));
    expect(result.alias).toBe('qualified-lead');
    expect(result.title).toBe('A qualified professional is in charge');
  });

  it('passes a licensed lead without asking for licensed to be stated', () => {
    expect(runRule(rule, lead({ role: 'therapist', credential: 'LMFT' })).status).toBe('pass');
    expect(runRule(rule, lead({ role: 'medical-director', credential: 'DO', licensed: true })).status).toBe('pass');
  });

  it('passes a clinical director with a state counselor certification the config accepts by default', () => {
    for (const credential of ['CADC', 'CAADC', 'CAC', 'CCS', 'MAC']) {
      expect(runRule(rule, lead({ role: 'clinical-director', credential, licensed: false })).status).toBe('pass');
    }
  });

  it('fails a certification the config does not accept, saying the config can add it', () => {
    const yaml = lead({ role: 'counselor', credential: 'CAADC' });
    const doc = auditText(yaml, 'test.yaml', { rules: [rule], qualifyingCertifications: ['CADC', 'MAC'] });
    const result = doc.results[0]!;
    expect(result.status).toBe('fail');
    expect(result.pointer).toBe('/staffing/clinical_lead/credential');
    expect(result.line).toBe(lineOf(yaml, 'credential: CAADC'));
    expect(result.message).toBe("the clinical lead's certification 'CAADC' is not one this audit accepts for a clinical lead (it accepts CADC, MAC): if your state recognises it for clinical supervision, add it to qualifying_certifications in the config; otherwise name a lead with a license or a recognised certification");
    // The fix names the certifications this audit accepts, as configured.
    expect(result.findings[0]!.fix).toBe('Name as clinical lead a clinician who holds a professional license (such as LCSW) or one of the counselor certifications accepted (CADC, MAC). If your state recognises CAADC for clinical supervision, have it added to the certifications this audit accepts.');
  });

  it('passes a certification a state adds in the config', () => {
    const yaml = lead({ role: 'counselor', credential: 'CAADC' });
    const doc = auditText(yaml, 'test.yaml', { rules: [rule], qualifyingCertifications: ['CAADC'] });
    expect(doc.results[0]!.status).toBe('pass');
  });

  it('never fails a credential the vocabulary does not list: a license held passes, otherwise a warning asks what it is', () => {
    // New York's CASAC: the credential list is open, so the document is valid and the audit cannot tell what it is.
    const asked = auditText(lead({ role: 'clinical-director', credential: 'CASAC' }), 'test.yaml', { rules: [rule] });
    expect(asked.verdict).toBe('pass');
    const result = asked.results[0]!;
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('warning');
    expect(result.pointer).toBe('/staffing/clinical_lead/credential');
    expect(result.message).toBe("the clinical lead's credential 'CASAC' is not in the vocabulary, so this audit cannot tell whether it qualifies: if it is a professional license, set licensed: true; if it is a certification your state recognises for clinical supervision, add it to qualifying_certifications in the config");
    expect(result.findings[0]!.fix).toBe('Confirm what CASAC is: if it is a professional license, record that the clinical lead is licensed; if it is a certification your state recognises for clinical supervision, have it added to the certifications this audit accepts.');
    expect(auditText(lead({ role: 'clinical-director', credential: 'CASAC', licensed: true }), 'test.yaml', { rules: [rule] }).results[0]!.status).toBe('pass');
    // Accepted by the config, it is a certification like any other, and named among those accepted.
    const accepted = auditText(lead({ role: 'clinical-director', credential: 'CASAC' }), 'test.yaml', { rules: [rule], qualifyingCertifications: ['CADC', 'CASAC'] });
    expect(accepted.results[0]!.status).toBe('pass');
    const other = auditText(lead({ role: 'clinical-director', credential: 'CAC' }), 'test.yaml', { rules: [rule], qualifyingCertifications: ['CADC', 'CASAC'] });
    expect(other.results[0]!.findings[0]!.fix).toContain('(CADC, CASAC)');
  });

  it('never accepts a peer certification, even when the config lists it', () => {
    const yaml = lead({ role: 'clinical-director', credential: 'CPRS' });
    const doc = auditText(yaml, 'test.yaml', { rules: [rule], qualifyingCertifications: ['CADC', 'CPRS'] });
    expect(doc.results[0]!.status).toBe('fail');
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'clinical-director', credential: 'CPS', licensed: false } }, [
      { message: "the clinical lead's credential 'CPS' is a peer-recovery certification, which does not qualify a person to lead clinical care: name a lead with a license or a counselor certification your state recognises", pointer: '/staffing/clinical_lead/credential', at: 'credential: CPS', fix: 'Name as clinical lead a clinician who holds a professional license (such as LCSW) or one of the counselor certifications accepted (CADC, CAADC, CAC, CCS, MAC). A peer-recovery certification (CPS) qualifies a person for recovery support, not for leading clinical care.' },
    ]);
  });

  it('passes a licensed psychologist whose highest credential is a PhD', () => {
    expect(runRule(rule, lead({ role: 'psychologist', credential: 'PhD', licensed: true })).status).toBe('pass');
  });

  it('fails a degree without a license, and a degree whose license is not stated', () => {
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'social-worker', credential: 'MSW', licensed: false } }, [
      { message: "the clinical lead's credential 'MSW' is a degree and they are not licensed (licensed: false): name a lead with a license or a counselor certification your state recognises", pointer: '/staffing/clinical_lead/licensed', at: 'licensed: false', fix: 'Name as clinical lead a clinician who holds a professional license (such as LCSW) or one of the counselor certifications accepted (CADC, CAADC, CAC, CCS, MAC). A degree (MSW) without a license does not qualify.' },
    ]);
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'psychologist', credential: 'PsyD' } }, [
      { message: "the clinical lead's credential 'PsyD' is a degree, not a license or certification: if they are licensed (a licensed psychologist, say) set licensed: true; otherwise name a lead with a license or a recognised certification", pointer: '/staffing/clinical_lead/licensed', at: 'clinical_lead:', fix: 'State whether the clinical lead holds a professional license (a degree, PsyD, does not qualify on its own); if not, name as clinical lead a clinician who holds a professional license (such as LCSW) or one of the counselor certifications accepted (CADC, CAADC, CAC, CCS, MAC).' },
    ]);
  });

  it("fails a credential of 'none', and asks for the license by name when marked licensed", () => {
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'counselor', credential: 'none' } }, [
      { message: "the clinical lead holds no credential ('none'): name a lead with a license or a counselor certification your state recognises", pointer: '/staffing/clinical_lead/credential', at: 'credential: none', fix: 'Name as clinical lead a clinician who holds a professional license (such as LCSW) or one of the counselor certifications accepted (CADC, CAADC, CAC, CCS, MAC).' },
    ]);
    expectFindings(rule, { 'staffing.clinical_lead.credential': 'none' }, [
      { message: "the clinical lead's credential is 'none', but licensed: true says they hold a license: name the license (for example LCSW or PsyD)", pointer: '/staffing/clinical_lead/credential', at: 'clinical_lead:', fix: 'Name the license the clinical lead holds, for example LCSW or PsyD.' },
    ]);
  });

  it('fails a license credential contradicted by licensed: false', () => {
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'counselor', credential: 'LPC', licensed: false } }, [
      { message: "the clinical lead's credential 'LPC' is a license, but licensed: false says they hold none: correct licensed, or name the credential they do hold", pointer: '/staffing/clinical_lead/licensed', at: 'licensed: false', fix: 'Correct the record: the clinical lead either holds the LPC license (then say they are licensed) or another credential (then name it).' },
    ]);
  });

  it('fails a lead in a non-clinical role whatever their credential', () => {
    for (const role of ['peer-specialist', 'administrator', 'program-director', 'intake-coordinator', 'recovery-coach', 'case-manager']) {
      const result = runRule(rule, lead({ role, credential: 'LCSW', licensed: true }));
      expect(result.status).toBe('fail');
      expect(result.pointer).toBe('/staffing/clinical_lead/role');
      expect(result.message).toBe(`the clinical lead's role '${role}' is not a clinical role that can lead care: name a clinician such as a clinical-director or psychologist`);
    }
  });

  it('fails a program director with a peer certification, at each field', () => {
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'program-director', credential: 'CRSS', licensed: false } }, [
      { message: "the clinical lead's role 'program-director' is not a clinical role that can lead care: name a clinician such as a clinical-director or psychologist", pointer: '/staffing/clinical_lead/role', at: 'role: program-director', fix: 'Name as clinical lead a clinician, such as the clinical director or a psychologist, rather than the program director.' },
      { message: "the clinical lead's credential 'CRSS' is a peer-recovery certification, which does not qualify a person to lead clinical care: name a lead with a license or a counselor certification your state recognises", pointer: '/staffing/clinical_lead/credential', at: 'credential: CRSS', fix: 'Name as clinical lead a clinician who holds a professional license (such as LCSW) or one of the counselor certifications accepted (CADC, CAADC, CAC, CCS, MAC). A peer-recovery certification (CRSS) qualifies a person for recovery support, not for leading clinical care.' },
    ]);
  });

  it('fails a lead whose credential is not stated, at the lead', () => {
    expectFindings(rule, { 'staffing.clinical_lead': { role: 'psychologist' } }, [
      { message: "the clinical lead's credential is not stated: name their license or qualifying certification", pointer: '/staffing/clinical_lead/credential', at: 'clinical_lead:', fix: "State the clinical lead's credential: a professional license (such as LCSW) or one of the counselor certifications accepted (CADC, CAADC, CAC, CCS, MAC)." },
    ]);
  });

  it('fails when no clinical lead is named, at the nearest parent', () => {
    expectFindings(rule, { 'staffing.clinical_lead': undefined }, [
      { message: 'no clinical lead is named: add staffing.clinical_lead with a clinical role and a qualifying credential (a license such as LCSW, or a certification your state recognises such as CADC)', pointer: '/staffing/clinical_lead', at: 'staffing:', fix: 'Name as clinical lead a clinician who holds a professional license (such as LCSW) or one of the counselor certifications accepted (CADC, CAADC, CAC, CCS, MAC).' },
    ]);
  });

  it('fails when there is no staffing section at all', () => {
    expectFindings(rule, { staffing: undefined }, [
      { message: 'no clinical lead is named: add staffing.clinical_lead with a clinical role and a qualifying credential (a license such as LCSW, or a certification your state recognises such as CADC)', pointer: '/staffing/clinical_lead', at: 'version:' },
    ]);
  });
});
