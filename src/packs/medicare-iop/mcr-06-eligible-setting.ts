import type { RawFinding } from '../../core/types.js';
import type { Setting } from '../../domain/program.js';
import { defineRule } from '../define.js';
import { servesSubstanceUse } from '../helpers.js';
import { MEDICARE_IOP_SETTINGS, MEDICARE_IOP_TELEHEALTH } from '../../domain/sources.js';

/** The settings Medicare pays to furnish IOP services (an OTP only for opioid use disorder). */
const ELIGIBLE: readonly Setting[] = [
  'hospital-outpatient-department', 'community-mental-health-center', 'federally-qualified-health-center', 'rural-health-clinic', 'opioid-treatment-program',
];

/** The eligible settings, in words for the fix. */
const ELIGIBLE_IN_WORDS = 'a hospital outpatient department, a community mental health center, a federally qualified health center, a rural health clinic or (for opioid use disorder) an opioid treatment program';

export default defineRule({
  id: 'MCR-06',
  alias: 'eligible-setting',
  standard: 'medicare-iop',
  implements: ['medicare-iop:settings'],
  clause: 'IOP settings (Social Security Act 1861(ff)(3), as amended; CY 2024 final rules)',
  title: 'Services are furnished by an eligible setting, never in the patient\'s home',
  severity: 'error',
  sources: [MEDICARE_IOP_SETTINGS, MEDICARE_IOP_TELEHEALTH],
  rationale:
    'Medicare pays for intensive outpatient services furnished by hospital outpatient departments (critical access hospitals included), community mental health centers, federally qualified health centers, rural health clinics and, for opioid use disorder, opioid treatment programs; '
    + 'an IOP is by definition care given other than in the patient\'s home or an inpatient or residential setting. '
    + 'The rule applies whenever this pack is selected (Medicare pays). A program with no eligible setting, or one that furnishes services in patients\' homes, fails. '
    + 'A freestanding clinic listed beside an eligible setting is only a warning: its own services are not paid as IOP unless it is certified as one of the eligible kinds, but the eligible setting may carry the program. '
    + 'Telehealth is a warning too: the exclusion of virtual IOP services is known only from a secondary account, and a physician\'s separately billed visits may still be virtual.',
  remediation: {
    text: 'Furnish the IOP from an eligible setting and list it; do not furnish IOP services in patients\' homes.',
    example: 'program:\n  payers: [medicare, commercial]\n  settings: [hospital-outpatient-department]',
  },
  evidence: ['/program/settings'],
  thresholds: [],
  check(program) {
    const at = '/program/settings';
    const settings = program.program.settings;
    if (!settings?.length) {
      return [{
        pointer: at,
        message: `where the services are furnished is not stated: list the setting in program.settings (one of ${ELIGIBLE.join(', ')})`,
        fix: `State where the services are furnished: Medicare pays for IOP services from ${ELIGIBLE_IN_WORDS}.`,
      }];
    }
    const findings: RawFinding[] = [];
    const home = settings.indexOf('patients-home');
    if (home >= 0) {
      findings.push({
        pointer: `${at}/${home}`,
        message: 'services are furnished in patients\' homes, which Medicare never pays as IOP services: furnish them at the program\'s site',
        fix: 'Furnish the IOP services at the program\'s site, not in patients\' homes.',
      });
    }
    const eligible = settings.filter((s) => ELIGIBLE.includes(s));
    const substanceUse = servesSubstanceUse(program);
    const otp = settings.indexOf('opioid-treatment-program');
    if (eligible.length === 0) {
      findings.push({
        pointer: at,
        message: `none of the settings listed (${settings.join(', ')}) is one Medicare pays to furnish IOP services: furnish them from one of ${ELIGIBLE.join(', ')}`,
        fix: `Furnish the IOP services from ${ELIGIBLE_IN_WORDS}.`,
      });
    } else if (eligible.length === 1 && otp >= 0 && !substanceUse) {
      findings.push({
        pointer: `${at}/${otp}`,
        message: 'the only eligible setting is an opioid treatment program, which Medicare pays for IOP services only for opioid use disorder, and the program does not treat substance use: furnish it from another eligible setting',
        fix: 'Furnish the IOP from a hospital outpatient department, a community mental health center, a federally qualified health center or a rural health clinic: an opioid treatment program is paid only for opioid use disorder.',
      });
    } else if (otp >= 0 && !substanceUse) {
      findings.push({
        pointer: `${at}/${otp}`,
        severity: 'warning',
        message: 'an opioid treatment program is paid for IOP services only for opioid use disorder, and the program does not treat substance use: furnish the IOP from its other setting',
        fix: 'Furnish the IOP from its other eligible setting: an opioid treatment program is paid only for opioid use disorder.',
      });
    }
    if (eligible.length > 0) {
      const clinic = settings.indexOf('freestanding-clinic');
      if (clinic >= 0) {
        findings.push({
          pointer: `${at}/${clinic}`,
          severity: 'warning',
          message: 'a freestanding clinic is not paid for IOP services unless it is certified as a community mental health center, health center, rural health clinic or opioid treatment program: say which, or furnish the IOP from the eligible setting',
          fix: 'State which certification the freestanding clinic holds (community mental health center, health center, rural health clinic or opioid treatment program), or furnish the IOP from the eligible setting.',
        });
      }
    }
    const telehealth = settings.indexOf('telehealth');
    if (telehealth >= 0) {
      findings.push({
        pointer: `${at}/${telehealth}`,
        severity: 'warning',
        message: 'telehealth is listed as a setting, but Medicare is reported not to pay for IOP services delivered virtually: furnish the IOP in person, keeping telehealth for separately billed visits',
        fix: 'Furnish the IOP services in person; keep telehealth for visits billed separately.',
      });
    }
    return findings;
  },
});
