import type { Program } from '../../domain/program.js';
import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { servesSubstanceUse } from '../helpers.js';
import { convention, jointElement, tip47 } from '../../domain/sources.js';

/**
 * Support-group types built around substance use (Dual Recovery Anonymous is
 * for people with both an addiction and a mental illness). Peer, family and
 * eating-disorder groups, and Celebrate Recovery (open to any struggle), are not.
 */
const SUBSTANCE_USE_GROUPS: ReadonlySet<string> = new Set(['12-step', 'smart-recovery', 'refuge-recovery', 'women-for-sobriety', 'dual-recovery-anonymous']);

const mentalHealthOnly = (program: Program) => !servesSubstanceUse(program);

export default defineRule({
  id: 'SAMHSA-09',
  alias: 'support-groups',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:9'],
  clause: 'Principle 9',
  title: 'Mutual-support groups are used',
  severity: 'error',
  sources: [
    tip47(9),
    jointElement('self-help as an adjunct, never a substitute', 'self-help groups are a valuable adjunct to professional treatment but not a substitute for it'),
    convention('for a program that treats no substance use, peer and family support groups for mental illness (such as NAMI or DBSA groups) stand where mutual-help groups stand for addiction'),
  ],
  analogue: {
    when: mentalHealthOnly,
    note: 'a mental-health-only program, judged by its peer and family support groups (such as NAMI or DBSA groups), the mental-health analogue of mutual-help groups',
  },
  rationale:
    'Mutual-support groups give clients a network that is there in the evenings, at weekends and long after the program ends. They work beside treatment, as an adjunct; JOINT-09 checks that they are never counted as treatment time. '
    + 'Requiring or encouraging attendance passes; merely offering it does not. TIP 47 speaks of mutual-help groups for addiction: a program that treats no substance use is judged by the analogue, peer and family support groups for mental illness such as NAMI or DBSA groups, '
    + 'and if every group type it names is a substance-use group its clients are linked to groups that do not fit them (a warning, since the linking itself is in place).',
  remediation: {
    text: 'Require or encourage attendance at support groups that fit the clients served, and name the kinds: mutual-help groups for substance use; peer and family support groups (such as NAMI or DBSA groups) for mental illness.',
    example: 'services:\n  support_groups: { expectation: encouraged, types: [smart-recovery, 12-step, family-support-group] }',
  },
  evidence: ['/services/support_groups'],
  thresholds: [],
  check(program) {
    const groups = program.services?.support_groups;
    const at = '/services/support_groups';
    const mhOnly = mentalHealthOnly(program);
    const kind = mhOnly ? 'peer or family support groups' : 'mutual-support groups';
    if (!groups) {
      return [{
        pointer: at,
        message: `no ${kind} are described: add services.support_groups`,
        fix: `Link clients to ${kind}, name the groups, and state whether taking part is required or encouraged.`,
      }];
    }
    const findings: RawFinding[] = [];
    if (groups.expectation === undefined) {
      findings.push({ pointer: `${at}/expectation`, message: `the expectation for ${kind} is not stated: set expectation to required or encouraged`, fix: `State whether taking part in ${kind} is required or encouraged.` });
    } else if (groups.expectation !== 'required' && groups.expectation !== 'encouraged') {
      findings.push({
        pointer: `${at}/expectation`,
        message: `${kind} are only ${groups.expectation === 'none' ? 'not used (none)' : 'offered'}: require or encourage them`,
        fix: `Require or actively encourage clients to take part in ${kind}, rather than ${groups.expectation === 'none' ? 'leaving them out' : 'only offering them'}.`,
      });
    }
    const types = groups.types ?? [];
    if (mhOnly && types.length > 0 && types.every((t) => SUBSTANCE_USE_GROUPS.has(t))) {
      findings.push({
        pointer: `${at}/types`,
        message: `the only groups named (${types.join(', ')}) are for substance use, which this program does not treat: link clients to peer or family support groups for mental illness (peer-support-group, family-support-group), such as NAMI or DBSA groups`,
        severity: 'warning',
        fix: 'Link clients to peer or family support groups for mental illness, such as NAMI or DBSA groups, in place of or beside the substance-use groups.',
      });
    }
    return findings;
  },
});
