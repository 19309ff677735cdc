import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-10-medical-treatment.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const SUBSTANCE_ONLY = { 'program.focus': ['substance-use'] };

describe('SAMHSA-10 medical-treatment', () => {
  it('passes on the compliant example, located at the medications', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.line).toBe(lineOf(COMPLIANT, 'medications:'));
  });

  it('passes both SUD medications reached by referral', () => {
    const yaml = withChanges({ ...SUBSTANCE_ONLY, 'services.medications': { provided: 'referral', partner: 'Eastside Addiction Medicine', includes: ['aud-medications', 'moud'] } });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('fails an SUD program without medication for alcohol use disorder, naming what is missing', () => {
    expectFindings(rule, { 'services.medications.includes': ['moud', 'psychiatric-medications'] }, [
      { message: 'no medication for alcohol use disorder (aud-medications) is reachable: add aud-medications to services.medications.includes, on site or by referral', pointer: '/services/medications/includes', at: 'medications:', fix: 'Add medication for alcohol use disorder to the medications clients can get, on site or by referral.' },
    ]);
  });

  it('names both SUD medications when neither is reachable', () => {
    expectFindings(rule, { ...SUBSTANCE_ONLY, 'services.medications.includes': ['psychiatric-medications'] }, [
      { message: 'no medication for opioid use disorder (moud) and no medication for alcohol use disorder (aud-medications) is reachable: add moud and aud-medications to services.medications.includes, on site or by referral', pointer: '/services/medications/includes', at: 'medications:', fix: 'Add medication for opioid use disorder and medication for alcohol use disorder to the medications clients can get, on site or by referral.' },
    ]);
  });

  it('does not accept tobacco cessation alone', () => {
    expectFindings(rule, { ...SUBSTANCE_ONLY, 'services.medications.includes': ['tobacco-cessation'] }, [
      {
        message: 'tobacco-cessation alone does not treat opioid or alcohol use disorder: add moud and aud-medications to services.medications.includes, on site or by referral',
        pointer: '/services/medications/includes',
        at: 'medications:',
      },
    ]);
  });

  it('fails an SUD program with no medications described, when the focus is not stated too', () => {
    expectFindings(rule, { 'program.focus': undefined, 'services.medications': undefined }, [
      { message: 'no medications for substance use disorders are described: add services.medications with medication for opioid use disorder (moud) and medication for alcohol use disorder (aud-medications), on site or by referral', pointer: '/services/medications', at: 'services:', fix: 'Make medication for opioid use disorder and medication for alcohol use disorder available to clients, prescribed on site or through a named referral partner.' },
    ]);
  });

  it('fails medications that are not provided', () => {
    expectFindings(rule, { ...SUBSTANCE_ONLY, 'services.medications': { provided: 'none' } }, [
      { message: 'medications are not provided, on site or by referral: make medication for opioid use disorder (moud) and medication for alcohol use disorder (aud-medications) reachable', pointer: '/services/medications/provided', at: 'provided: none', fix: 'Make medication for opioid use disorder and medication for alcohol use disorder available to clients, prescribed on site or through a named referral partner.' },
    ]);
  });

  it('cites excluding clients on MOUD at that exclusion', () => {
    const result = expectFindings(rule, { 'admission.exclusions': ['needs-medical-withdrawal-management', 'receiving-moud'] }, [
      { message: 'clients receiving medication for opioid use disorder are excluded (receiving-moud): admit them and continue their medication, which is treatment, not a reason to refuse care', pointer: '/admission/exclusions/1', at: '- receiving-moud', fix: "Remove 'receiving-moud' from the admission exclusions: admit clients who take medication for opioid use disorder and keep their medication going." },
    ]);
    expect(result.severity).toBe('error');
  });

  it('does not cite a missing medical service (JOINT-13 does)', () => {
    const yaml = withChanges({ 'services.medical': undefined });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('asks an adolescent-only program for MOUD only; a mixed-age program for both', () => {
    const teen = { 'program.populations': ['adolescents'], 'services.medications.includes': ['moud', 'tobacco-cessation', 'psychiatric-medications'] };
    expect(runRule(rule, withChanges(teen)).status).toBe('pass');
    const mixed = runRule(rule, withChanges({ ...teen, 'program.populations': ['adolescents', 'young-adults'] }));
    expect(mixed.status).toBe('fail');
    expect(mixed.message).toMatch(/^no medication for alcohol use disorder \(aud-medications\) is reachable/);
  });

  it('for a co-occurring program, accepts psychiatric medication through the psychiatric service', () => {
    const yaml = withChanges({ 'program.focus': ['co-occurring'], 'services.medications.includes': ['moud', 'aud-medications'], 'services.psychiatric': { provided: 'referral', partner: 'Northgate Psychiatry' } });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('fails a co-occurring program with no psychiatric medication reachable', () => {
    expectFindings(rule, { 'program.focus': ['co-occurring'], 'services.medications.includes': ['moud', 'aud-medications'], 'services.psychiatric': undefined }, [
      { message: 'no psychiatric medication is reachable for the mental illness the program treats: add psychiatric-medications to services.medications, or provide services.psychiatric on site or by referral', pointer: '/services/medications/includes', at: 'medications:', fix: 'Make psychiatric medication available for the mental illness the program treats: prescribe it on site, or arrange psychiatric care with a named referral partner.' },
    ]);
  });

  it('judges a mental-health-only program by psychiatric medication alone, and says so', () => {
    const yaml = withChanges({ 'program.focus': ['mental-health'], 'services.medications': { provided: 'on-site', includes: ['psychiatric-medications'] }, 'services.psychiatric': undefined });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes (a mental-health-only program, judged by access to psychiatric medication, the mental-health analogue of medications for substance use disorders)');
    const without = runRule(rule, withChanges({ 'program.focus': ['mental-health'], 'services.medications': undefined, 'services.psychiatric': { provided: 'none' } }));
    expect(without.status).toBe('fail');
    expect(without.findings.map((f) => f.pointer)).toEqual(['/services/medications']);
  });
});
