import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { convention, tip47 } from '../../domain/sources.js';

export default defineRule({
  id: 'SAMHSA-12',
  alias: 'social-support',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:12'],
  clause: 'Principle 12',
  title: 'Family and social supports are engaged',
  severity: 'error',
  sources: [
    tip47(12),
    convention('support beyond the family is the catalog\'s reading of the principle: peer support, or an employer or school involved with the client\'s consent, counts; TIP 47\'s text for it was not read'),
  ],
  rationale:
    'Clients spend most of their week with family, peers and colleagues, not in the program. Engaging those people, with the client\'s consent, turns the setting a client returns to each evening into support for recovery. Which supports count beyond the family (peers, or an employer or school with consent) is the catalog\'s reading of the principle, whose own text in TIP 47 was not read.',
  remediation: {
    text: 'Involve families, and at least one other support: peers, or employers or schools with the client\'s consent.',
    example: 'social_support:\n  family_involvement: true\n  peer_support: true\n  employer_or_school_involvement: with-consent',
  },
  evidence: ['/social_support'],
  thresholds: [],
  check(program) {
    const support = program.social_support;
    const at = '/social_support';
    if (!support) {
      return [{
        pointer: at,
        message: 'no social support is described: add social_support',
        fix: 'Describe how the program builds clients\' support: involve their families, and offer peer support or, with the client\'s consent, work with their employer or school.',
      }];
    }
    const findings: RawFinding[] = [];
    if (support.family_involvement !== true) {
      findings.push({ pointer: `${at}/family_involvement`, message: 'families are not involved', fix: 'Involve clients\' families, or the people they count as family, in their treatment.' });
    }
    if (support.peer_support !== true && support.employer_or_school_involvement !== 'with-consent') {
      findings.push({
        pointer: at,
        message: 'no support beyond the family: add peer_support or employer_or_school_involvement: with-consent',
        fix: 'Build support beyond the family: offer peer support, or work with the client\'s employer or school with their consent.',
      });
    }
    return findings;
  },
});
