import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { jointElement, SAMHSA_ADVISORY_2021 } from '../../domain/sources.js';

/**
 * The core services SAMHSA's 2021 Advisory names for an IOP: individual
 * counseling, group therapy, family psychoeducation and case management. Medical
 * care is JOINT-13's and psychiatric care SAMHSA-10's, so they are not repeated here.
 */
// The Advisory's core services; family services are JOINT-11's own element, cited there once.
const CORE_SERVICES = ['individual_counseling', 'group_counseling', 'case_management'] as const;

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
  vocational: 'vocational services',
  nutrition: 'nutrition services',
};

const label = (key: string): string => LABELS[key] ?? key.replace(/_/g, ' ');

export default defineRule({
  id: 'JOINT-07',
  alias: 'accountable-referral',
  standard: 'joint',
  implements: ['joint:responsibility'],
  clause: 'Responsibility for treatment and for referral',
  title: 'The program is accountable for treatment and for referrals',
  severity: 'error',
  sources: [
    {
      ...jointElement('responsibility for treatment and referral', 'the professional in charge is responsible for the patient\'s treatment and for referring the patient to the services it needs'),
      unverified: 'the statement was read only as far as element (c); the wording of this later element was not checked',
    },
    SAMHSA_ADVISORY_2021,
  ],
  rationale:
    'A referral the program merely suggests is one many clients never complete, so the program stays answerable for every service its clients need, including those delivered elsewhere: it says it arranges what it does not provide, and names the partner for each service it refers out. Which services every IOP must cover comes from SAMHSA\'s 2021 Advisory, which describes IOP as a schedule of core services such as individual counseling, group therapy, family psychoeducation and case management; each of these must be provided on site or arranged by referral. Medical and psychiatric care are judged by their own rules (JOINT-13, SAMHSA-10), so a gap there is cited once.',
  remediation: {
    text: 'State that the program arranges the services it does not provide, name a partner for every service provided by referral, and cover each core service (individual counseling, group counseling, family services and case management) on site or by referral.',
    example: 'treatment_planning:\n  referral_responsibility: true\nservices:\n  family: { provided: referral, partner: Eastside Family Counseling, formats: [family-therapy] }\n  case_management: { provided: on-site }',
  },
  evidence: ['/treatment_planning/referral_responsibility', '/services'],
  thresholds: [],
  check(program) {
    const findings: RawFinding[] = [];
    const responsibility = program.treatment_planning?.referral_responsibility;
    if (responsibility === undefined) {
      findings.push({
        pointer: '/treatment_planning/referral_responsibility',
        message: 'responsibility for referrals is not stated: set treatment_planning.referral_responsibility: true',
        fix: 'State that the program remains responsible for the services it refers clients to: it arranges each referral and follows up that the client is served.',
      });
    } else if (!responsibility) {
      findings.push({
        pointer: '/treatment_planning/referral_responsibility',
        message: 'the program does not take responsibility for the services it refers out (referral_responsibility: false)',
        fix: 'Take responsibility for the services clients are referred to: arrange each referral and follow up that the client is served.',
      });
    }
    const services = program.services ?? {};
    // Every referred service, core or not (drug testing, medications…): a referral without a partner is not an arrangement.
    for (const [key, service] of Object.entries(services)) {
      if (service && 'provided' in service && service.provided === 'referral' && !service.partner?.trim()) {
        findings.push({
          pointer: `/services/${key}/partner`,
          message: `${label(key)} is provided by referral, but no referral partner is named: add services.${key}.partner`,
          fix: `Name the partner that provides ${label(key)} to the program's clients by referral.`,
        });
      }
    }
    for (const key of CORE_SERVICES) {
      const service = services[key];
      // "family services are…, provides them"; "case management is…, provides it".
      const plural = label(key).endsWith('services');
      const it = plural ? 'them' : 'it';
      if (!service) {
        findings.push({
          pointer: `/services/${key}`,
          message: `${label(key)} ${plural ? 'are' : 'is'} not described, so the program neither provides ${it} nor has a referral arrangement: add services.${key}`,
          fix: `Provide ${label(key)} on site, or arrange ${it} with a named referral partner, and describe how.`,
        });
      } else if (service.provided === 'none') {
        findings.push({
          pointer: `/services/${key}/provided`,
          message: `the program neither provides ${label(key)} nor has a referral arrangement for ${it} (provided: none): provide ${it} on site or name a referral partner`,
          fix: `Provide ${label(key)} on site, or arrange ${it} with a named referral partner.`,
        });
      }
    }
    return findings;
  },
});
