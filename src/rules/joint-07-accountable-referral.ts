import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { jointElement } from './sources.js';

/** Services every IOP delivers itself or arranges through a named referral partner. */
const CORE_SERVICES = ['individual_counseling', 'group_counseling', 'family', 'case_management', 'medical', 'psychiatric'] as const;

/** How a service key reads in a message. */
const LABELS: Readonly<Record<string, string>> = {
  individual_counseling: 'individual counseling',
  group_counseling: 'group counseling',
  family: 'family services',
  case_management: 'case management',
  medical: 'medical care',
  psychiatric: 'psychiatric care',
  medications: 'medications',
  drug_testing: 'drug testing',
};

const label = (key: string): string => LABELS[key] ?? key.replace(/_/g, ' ');

export default defineRule({
  id: 'JOINT-07',
  alias: 'accountable-referral',
  standard: 'joint',
  clause: 'Responsibility for treatment and for referral',
  title: 'The program is accountable for treatment and for referrals',
  severity: 'error',
  citation: jointElement('responsibility for treatment and for referral'),
  rationale:
    'A referral the program merely suggests is one many clients never complete, so the program stays answerable for every service its clients need, including those delivered elsewhere. That means a named partner for each referred service and no core service left uncovered.',
  remediation: {
    text: 'State that the program arranges the services it does not provide, name a partner for every service provided by referral, and cover each core service (individual and group counseling, family services, case management, medical and psychiatric care) on site or by referral.',
    example: 'treatment_planning:\n  referral_responsibility: true\nservices:\n  medical: { provided: referral, partner: Community Primary Care }\n  psychiatric: { provided: on-site }',
  },
  evidence: ['/treatment_planning/referral_responsibility', '/services'],
  thresholds: [],
  check(program) {
    const findings: RawFinding[] = [];
    const responsibility = program.treatment_planning?.referral_responsibility;
    if (responsibility === undefined) {
      findings.push({ pointer: '/treatment_planning/referral_responsibility', message: 'responsibility for referrals is not stated: set treatment_planning.referral_responsibility: true' });
    } else if (!responsibility) {
      findings.push({ pointer: '/treatment_planning/referral_responsibility', message: 'the program does not take responsibility for the services it refers out (referral_responsibility: false)' });
    }
    const services = program.services ?? {};
    for (const [key, service] of Object.entries(services)) {
      if (service && 'provided' in service && service.provided === 'referral' && !service.partner?.trim()) {
        findings.push({ pointer: `/services/${key}/partner`, message: `${label(key)} is provided by referral, but no referral partner is named: add services.${key}.partner` });
      }
    }
    for (const key of CORE_SERVICES) {
      const service = services[key];
      if (!service) {
        findings.push({ pointer: `/services/${key}`, message: `${label(key)} is not described, so the program neither provides it nor has a referral arrangement: add services.${key}` });
      } else if (service.provided === 'none') {
        findings.push({ pointer: `/services/${key}/provided`, message: `the program neither provides ${label(key)} nor has a referral arrangement for it (provided: none)` });
      }
    }
    return findings;
  },
});
