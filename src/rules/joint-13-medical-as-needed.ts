import { defineRule } from './define.js';
import { JOINT_IOP_SPECIFICATIONS } from './sources.js';

export default defineRule({
  id: 'JOINT-13',
  alias: 'medical-as-needed',
  standard: 'joint',
  clause: 'Formal medical treatment as needed',
  title: 'Formal medical treatment as needed',
  severity: 'error',
  citation: `${JOINT_IOP_SPECIFICATIONS}: formal medical treatment as needed`,
  rationale:
    'Substance use and serious mental illness bring medical problems that call for a physician or nurse rather than a counselor. The program has to be able to get a client that care when it is needed, on site or through an arrangement made in advance.',
  remediation: {
    text: 'Provide medical services on site or through a referral arrangement with a named partner.',
    example: 'services:\n  medical: { provided: referral, partner: Community Primary Care }',
  },
  evidence: ['/services/medical'],
  thresholds: [],
  check(program) {
    const medical = program.services?.medical;
    if (!medical) return [{ pointer: '/services/medical', message: 'no medical services are described: add services.medical' }];
    if (medical.provided === 'none') {
      return [{ pointer: '/services/medical/provided', message: 'medical services are neither provided on site nor arranged by referral (provided: none)' }];
    }
    return [];
  },
});
