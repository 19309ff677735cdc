import { defineRule } from './define.js';
import { JOINT_IOP_SPECIFICATIONS } from './sources.js';

export default defineRule({
  id: 'JOINT-11',
  alias: 'family-services',
  standard: 'joint',
  clause: 'Family services',
  title: 'Family services are provided',
  severity: 'error',
  citation: `${JOINT_IOP_SPECIFICATIONS}: family services`,
  rationale:
    'Families shape, and are shaped by, a client\'s illness; family therapy and education improve engagement and outcomes and help the family support recovery at home.',
  remediation: {
    text: 'Provide family services on site or by referral.',
    example: 'services:\n  family: { provided: on-site, formats: [family-therapy, family-education] }',
  },
  evidence: ['/services/family'],
  thresholds: [],
  check(program) {
    const family = program.services?.family;
    if (!family) return [{ pointer: '/services/family', message: 'no family services are described: add services.family' }];
    if (family.provided === 'none') return [{ pointer: '/services/family/provided', message: 'family services are not provided, on site or by referral' }];
    return [];
  },
});
