import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/medicare-iop/mcr-06-eligible-setting.js';
import { expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

/** An IOP that Medicare pays for, its settings varied per test. */
const medicare = (settings: string[] | undefined, changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  'program.payers': ['medicare', 'self-pay'],
  'program.settings': settings,
  ...changes,
});

describe('MCR-06 eligible-setting', () => {
  it('passes a hospital outpatient department, located at the settings', () => {
    const yaml = withChanges(medicare(['hospital-outpatient-department']));
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(yaml, 'settings:'));
    expect(rule.basis).toBe('primary');
  });

  it('passes each eligible setting, an opioid treatment program for a substance-use program', () => {
    for (const setting of ['community-mental-health-center', 'federally-qualified-health-center', 'rural-health-clinic', 'opioid-treatment-program']) {
      expect(runRule(rule, withChanges(medicare([setting]))).status, setting).toBe('pass');
    }
  });

  it('fails services in patients\' homes, at the entry', () => {
    expectFindings(rule, medicare(['community-mental-health-center', 'patients-home']), [
      { message: 'services are furnished in patients\' homes, which Medicare never pays as IOP services: furnish them at the program\'s site', pointer: '/program/settings/1', at: '- patients-home', fix: "Furnish the IOP services at the program's site, not in patients' homes." },
    ]);
  });

  it('fails a freestanding clinic with no eligible setting', () => {
    expectFindings(rule, medicare(['freestanding-clinic']), [
      { message: 'none of the settings listed (freestanding-clinic) is one Medicare pays to furnish IOP services: furnish them from one of hospital-outpatient-department, community-mental-health-center, federally-qualified-health-center, rural-health-clinic, opioid-treatment-program', pointer: '/program/settings', at: 'settings:', fix: 'Furnish the IOP services from a hospital outpatient department, a community mental health center, a federally qualified health center, a rural health clinic or (for opioid use disorder) an opioid treatment program.' },
    ]);
  });

  it('fails when no setting is stated, at the program', () => {
    expectFindings(rule, medicare(undefined), [
      { message: 'where the services are furnished is not stated: list the setting in program.settings (one of hospital-outpatient-department, community-mental-health-center, federally-qualified-health-center, rural-health-clinic, opioid-treatment-program)', pointer: '/program/settings', at: 'program:', fix: 'State where the services are furnished: Medicare pays for IOP services from a hospital outpatient department, a community mental health center, a federally qualified health center, a rural health clinic or (for opioid use disorder) an opioid treatment program.' },
    ]);
  });

  it('only warns about telehealth and a freestanding clinic beside an eligible setting', () => {
    const result = expectFindings(rule, medicare(['rural-health-clinic', 'freestanding-clinic', 'telehealth']), [
      { message: 'a freestanding clinic is not paid for IOP services unless it is certified as a community mental health center, health center, rural health clinic or opioid treatment program: say which, or furnish the IOP from the eligible setting', pointer: '/program/settings/1', at: '- freestanding-clinic', severity: 'warning', fix: 'State which certification the freestanding clinic holds (community mental health center, health center, rural health clinic or opioid treatment program), or furnish the IOP from the eligible setting.' },
      { message: 'telehealth is listed as a setting, but Medicare is reported not to pay for IOP services delivered virtually: furnish the IOP in person, keeping telehealth for separately billed visits', pointer: '/program/settings/2', at: '- telehealth', severity: 'warning', fix: 'Furnish the IOP services in person; keep telehealth for visits billed separately.' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('fails an opioid treatment program as the only setting of a mental-health program', () => {
    expectFindings(rule, medicare(['opioid-treatment-program'], { 'program.focus': ['mental-health'] }), [
      { message: 'the only eligible setting is an opioid treatment program, which Medicare pays for IOP services only for opioid use disorder, and the program does not treat substance use: furnish it from another eligible setting', pointer: '/program/settings/0', at: '- opioid-treatment-program', fix: 'Furnish the IOP from a hospital outpatient department, a community mental health center, a federally qualified health center or a rural health clinic: an opioid treatment program is paid only for opioid use disorder.' },
    ]);
  });
});
