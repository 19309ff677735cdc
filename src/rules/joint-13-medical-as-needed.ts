import { defineRule } from './define.js';
import { JOINT_IOP_SPECIFICATIONS } from './sources.js';

export default defineRule({
  id: 'JOINT-13',
  alias: 'medical-as-needed',
  standard: 'joint',
  clause: 'Medical treatment as needed',
  title: 'Formal medical treatment as needed',
  severity: 'error',
  citation: `${JOINT_IOP_SPECIFICATIONS}: formal medical treatment as needed`,
  rationale:
    'Substance use and serious mental illness bring medical complications that need a physician, not a counselor. The program must be able to reach medical care when a client needs it.',
  remediation: {
    text: 'Provide medical services on site or through a referral arrangement.',
    example: 'services:\n  medical: { provided: referral, partner: Community Primary Care }',
  },
  evidence: ['/services/medical'],
  thresholds: [],
  check(program) {
    const medical = program.services?.medical;
    if (!medical) return [{ pointer: '/services/medical', message: 'no medical services are described: add services.medical' }];
    if (medical.provided === 'none') return [{ pointer: '/services/medical/provided', message: 'medical services are not provided, on site or by referral' }];
    return [];
  },
});
