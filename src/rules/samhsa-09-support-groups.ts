import { defineRule } from './define.js';
import { tip47 } from './sources.js';

export default defineRule({
  id: 'SAMHSA-09',
  alias: 'support-groups',
  standard: 'samhsa',
  clause: 'Principle 9',
  title: 'Mutual-support groups are used',
  severity: 'error',
  citation: tip47(9, 'Use mutual-help and other community-based supports'),
  rationale:
    'Mutual-support groups give clients a network that is there in the evenings, at weekends and long after the program ends. They work beside treatment, as an adjunct; JOINT-09 checks that they are never counted as treatment time.',
  remediation: {
    text: 'Require or encourage attendance at mutual-support groups, and name the kinds clients are linked to.',
    example: 'services:\n  support_groups: { expectation: encouraged, types: [12-step, smart-recovery] }',
  },
  evidence: ['/services/support_groups'],
  thresholds: [],
  check(program) {
    const groups = program.services?.support_groups;
    if (!groups) return [{ pointer: '/services/support_groups', message: 'no mutual-support groups are described: add services.support_groups' }];
    if (groups.expectation === 'required' || groups.expectation === 'encouraged') return [];
    if (groups.expectation === undefined) {
      return [{ pointer: '/services/support_groups/expectation', message: 'the expectation for mutual-support groups is not stated: set expectation to required or encouraged' }];
    }
    return [{ pointer: '/services/support_groups/expectation', message: `mutual-support groups are only ${groups.expectation === 'none' ? 'not used (none)' : 'offered'}: require or encourage them` }];
  },
});
