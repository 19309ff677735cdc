import type { Program, Provided } from '../core/program.js';
import type { RawFinding } from '../core/types.js';
import { SUD_MEDICATIONS } from '../core/vocabulary.js';
import { defineRule } from './define.js';
import { servesSubstanceUse } from './helpers.js';
import { tip47 } from './sources.js';

const reachable = (provided: Provided | undefined) => provided === 'on-site' || provided === 'referral';

export default defineRule({
  id: 'SAMHSA-10',
  alias: 'medical-treatment',
  standard: 'samhsa',
  clause: 'Principle 10',
  title: 'Medical treatment is used when indicated',
  severity: 'error',
  citation: tip47(10, 'Use medications if indicated'),
  rationale:
    'Many IOP clients have medical and psychiatric conditions that counseling alone will not treat, and medications for opioid and alcohol use disorders cut relapse and death. A program must be able to reach them, on site or through a referral it arranges.',
  remediation: {
    text: 'Provide medical and psychiatric services on site or by referral; when the program treats substance use, make medications for substance use disorders reachable.',
    example: 'services:\n  medical: { provided: referral, partner: Community Primary Care }\n  psychiatric: { provided: on-site }\n  medications: { provided: on-site, includes: [moud, aud-medications] }',
  },
  evidence: ['/services/medical', '/services/psychiatric', '/services/medications'],
  thresholds: [],
  check(program: Program) {
    const findings: RawFinding[] = [];
    const services = program.services ?? {};
    for (const key of ['medical', 'psychiatric'] as const) {
      const service = services[key];
      if (!service) findings.push({ pointer: `/services/${key}`, message: `no ${key} services are described: add services.${key}` });
      else if (!reachable(service.provided)) findings.push({ pointer: `/services/${key}/provided`, message: `${key} services are not provided, on site or by referral` });
    }
    if (servesSubstanceUse(program)) {
      const medications = services.medications;
      if (!medications) {
        findings.push({ pointer: '/services/medications', message: 'no medications for substance use disorders are described: add services.medications' });
      } else if (!reachable(medications.provided)) {
        findings.push({ pointer: '/services/medications/provided', message: 'medications are not provided, on site or by referral' });
      } else if (!(medications.includes ?? []).some((m) => SUD_MEDICATIONS.has(m))) {
        findings.push({ pointer: '/services/medications/includes', message: `no medication for substance use disorders is included: add ${[...SUD_MEDICATIONS].join(', ')} as indicated` });
      }
    }
    return findings;
  },
});
