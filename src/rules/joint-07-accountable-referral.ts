import type { Program, Service } from '../core/program.js';
import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { jointElement } from './sources.js';

/** Services every IOP must deliver itself or arrange through a referral partner. */
const CORE_SERVICES = ['individual_counseling', 'group_counseling', 'family', 'case_management', 'medical', 'psychiatric'] as const;

const label = (key: string) => key.replace(/_/g, ' ');

export default defineRule({
  id: 'JOINT-07',
  alias: 'accountable-referral',
  standard: 'joint',
  clause: 'Responsibility for treatment and referral',
  title: 'The program is accountable for treatment and for referrals',
  severity: 'error',
  citation: jointElement('responsibility for treatment and for referral'),
  rationale:
    'A referral the program does not arrange is a referral many clients never complete. The program stays responsible for every service its clients need, including those it sends elsewhere.',
  remediation: {
    text: 'State that the program arranges referrals, name a partner for every service provided by referral, and cover each core service on site or by referral.',
    example: 'treatment_planning:\n  referral_responsibility: true\nservices:\n  medical: { provided: referral, partner: Community Primary Care }',
  },
  evidence: ['/treatment_planning/referral_responsibility', '/services'],
  thresholds: [],
  check(program: Program) {
    const findings: RawFinding[] = [];
    if (program.treatment_planning?.referral_responsibility !== true) {
      findings.push({ pointer: '/treatment_planning/referral_responsibility', message: 'the program does not state that it arranges the services it does not provide' });
    }
    const services = (program.services ?? {}) as Record<string, Partial<Service> | undefined>;
    for (const [key, service] of Object.entries(services)) {
      if (service?.provided === 'referral' && !service.partner?.trim()) {
        findings.push({ pointer: `/services/${key}/partner`, message: `${label(key)} is provided by referral, but no referral partner is named` });
      }
    }
    for (const key of CORE_SERVICES) {
      const service = services[key];
      if (!service) findings.push({ pointer: `/services/${key}`, message: `${label(key)} is neither provided nor arranged by referral: add services.${key}` });
      else if (service.provided === 'none') findings.push({ pointer: `/services/${key}/provided`, message: `${label(key)} is neither provided nor arranged by referral (provided: none)` });
    }
    return findings;
  },
});
