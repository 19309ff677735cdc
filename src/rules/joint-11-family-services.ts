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
    'A client\'s illness shapes family life, and the family in turn shapes how recovery goes at home. Family therapy and education help relatives understand the illness, support the client and look after themselves.',
  remediation: {
    text: 'Provide family services, on site or through a named referral partner.',
    example: 'services:\n  family: { provided: on-site, formats: [family-therapy, family-education] }',
  },
  evidence: ['/services/family'],
  thresholds: [],
  check(program) {
    const family = program.services?.family;
    if (!family) return [{ pointer: '/services/family', message: 'no family services are described: add services.family' }];
    if (family.provided === 'none') {
      return [{ pointer: '/services/family/provided', message: 'family services are neither provided on site nor arranged by referral (provided: none)' }];
    }
    return [];
  },
});
