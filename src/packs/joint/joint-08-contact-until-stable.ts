import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { jointElement } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-08',
  alias: 'contact-until-stable',
  standard: 'joint',
  implements: ['joint:contact-until-stable'],
  clause: 'Contact until recovery is stable',
  title: 'Contact continues until recovery is stable',
  severity: 'error',
  sources: [
    {
      ...jointElement('contact until recovery is stable', 'the professional keeps in contact with the patient until recovery is stable'),
      unverified: 'the statement was read only as far as element (c); the wording of this later element was not checked',
    },
  ],
  rationale:
    'The weeks after an intensive phase ends are when a return to use is most likely, and a program that simply lets go leaves clients to face them alone. Staying in touch until recovery holds, with follow-up at a stated interval, catches a slip before it becomes a relapse.',
  remediation: {
    text: 'Commit to keeping contact until recovery is stable, and schedule follow-up contact after the intensive phase at a stated interval.',
    example: 'continuing_care:\n  contact_until_stable: true\n  follow_up: { every_days: 30, for_months: 12 }',
  },
  evidence: ['/continuing_care'],
  thresholds: [],
  check(program) {
    const care = program.continuing_care;
    const at = '/continuing_care';
    if (!care) {
      return [{
        pointer: at,
        message: 'no continuing care is described: add continuing_care with contact_until_stable: true and follow_up',
        fix: 'Keep in contact with clients after the intensive phase until their recovery is stable, with follow-up contact at a stated interval (for example every 30 days).',
      }];
    }
    const findings: RawFinding[] = [];
    if (care.contact_until_stable === undefined) {
      findings.push({
        pointer: `${at}/contact_until_stable`,
        message: 'whether contact continues until recovery is stable is not stated: set contact_until_stable: true',
        fix: 'State that contact with clients continues after the intensive phase until their recovery is stable.',
      });
    } else if (!care.contact_until_stable) {
      findings.push({
        pointer: `${at}/contact_until_stable`,
        message: 'contact does not continue until recovery is stable (contact_until_stable: false)',
        fix: 'Continue contact with clients after the intensive phase until their recovery is stable.',
      });
    }
    if (!care.follow_up) {
      findings.push({
        pointer: `${at}/follow_up`,
        message: 'no follow-up after the intensive phase is described: add follow_up with every_days',
        fix: 'Describe follow-up contact after the intensive phase and how often it happens (for example every 30 days).',
      });
    } else if (care.follow_up.every_days === undefined) {
      findings.push({
        pointer: `${at}/follow_up/every_days`,
        message: 'how often follow-up contact happens is not stated: add every_days to follow_up',
        fix: 'State how often follow-up contact happens (for example every 30 days).',
      });
    }
    return findings;
  },
});
