import { defineRule } from '../define.js';
import { jointCommitteeAsReported, SAMHSA_ADVISORY_2021, tip47 } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-11',
  alias: 'family-services',
  standard: 'joint',
  implements: ['joint:family-services'],
  clause: 'Family services',
  title: 'Family services are provided',
  severity: 'error',
  sources: [
    jointCommitteeAsReported('IOPs provide family services'),
    SAMHSA_ADVISORY_2021,
    tip47(12),
  ],
  rationale:
    'A client\'s illness shapes family life, and the family in turn shapes how recovery goes at home. Family therapy and education help relatives understand the illness, support the client and look after themselves. The requirement that an IOP provide family services is known only from a secondary account of the joint committee\'s IOP specifications, so the rule rests on a secondary basis; SAMHSA\'s 2021 Advisory, which names family psychoeducation among an IOP\'s core services, and TIP 47\'s principle on involving families point the same way. Services arranged through a referral partner count. Naming the formats offered (family therapy, family education, a multifamily group) shows what families actually receive; leaving them out draws only a warning.',
  remediation: {
    text: 'Provide family services, on site or through a named referral partner, and name the formats offered.',
    example: 'services:\n  family: { provided: on-site, formats: [family-therapy, family-education] }',
  },
  evidence: ['/services/family'],
  thresholds: [],
  check(program) {
    const family = program.services?.family;
    const offer = 'Offer family services (for example family therapy, family education or a multifamily group), on site or with a named referral partner.';
    if (!family) {
      return [{ pointer: '/services/family', message: 'no family services are described: add services.family', fix: `${offer.slice(0, -1)}, and describe them.` }];
    }
    if (family.provided === 'none') {
      return [{
        pointer: '/services/family/provided',
        message: 'family services are neither provided on site nor arranged by referral (provided: none): provide them on site or name a referral partner',
        fix: offer,
      }];
    }
    if (!family.formats || family.formats.length === 0) {
      const how = family.provided === 'on-site' ? 'provided on site' : 'arranged by referral';
      return [{
        pointer: '/services/family/formats',
        severity: 'warning',
        message: `family services are ${how}, but no format is named: list the formats offered in formats (for example family-therapy, family-education or multifamily-group)`,
        fix: 'Name the family services offered, for example family therapy, family education or a multifamily group.',
      }];
    }
    return [];
  },
});
