import { defineRule } from '../define.js';
import { jointCommitteeAsReported } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-13',
  alias: 'medical-as-needed',
  standard: 'joint',
  implements: ['joint:medical-treatment'],
  clause: 'Formal medical treatment as needed',
  title: 'Formal medical treatment as needed',
  severity: 'error',
  sources: [jointCommitteeAsReported('IOPs provide formal medical treatment as needed')],
  rationale:
    'Substance use and serious mental illness bring medical problems that call for a physician or nurse rather than a counselor. The program has to be able to get a client that care when it is needed, on site or through an arrangement made in advance. The requirement is known only from a secondary account of the joint committee\'s IOP specifications, so the rule rests on a secondary basis; "as needed" is read as access, so a referral arrangement with a named partner counts as fully as a clinic on site. This is the one rule that cites a program with no medical services at all.',
  remediation: {
    text: 'Provide medical services on site or through a referral arrangement with a named partner.',
    example: 'services:\n  medical: { provided: referral, partner: Community Primary Care }',
  },
  evidence: ['/services/medical'],
  thresholds: [],
  check(program) {
    const medical = program.services?.medical;
    const offer = 'Provide medical services as clients need them, on site or with a named referral partner.';
    if (!medical) {
      return [{ pointer: '/services/medical', message: 'no medical services are described: add services.medical', fix: `${offer.slice(0, -1)}, and describe how.` }];
    }
    if (medical.provided === 'none') {
      return [{
        pointer: '/services/medical/provided',
        message: 'medical services are neither provided on site nor arranged by referral (provided: none): provide them on site or name a referral partner',
        fix: offer,
      }];
    }
    return [];
  },
});
