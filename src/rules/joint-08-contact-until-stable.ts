import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { jointElement } from './sources.js';

export default defineRule({
  id: 'JOINT-08',
  alias: 'contact-until-stable',
  standard: 'joint',
  clause: 'Contact until recovery is stable',
  title: 'Contact continues until recovery is stable',
  severity: 'error',
  citation: jointElement('contact until recovery is stable'),
  rationale:
    'Recovery is fragile when the intensive phase ends; keeping contact until it is stable, and following up afterwards, catches a return to use before it becomes a full relapse.',
  remediation: {
    text: 'Keep contact until recovery is stable and schedule follow-up after the intensive phase.',
    example: 'continuing_care:\n  contact_until_stable: true\n  follow_up: { every_days: 30, for_months: 12 }',
  },
  evidence: ['/continuing_care'],
  thresholds: [],
  check(program) {
    const care = program.continuing_care;
    const at = '/continuing_care';
    if (!care) return [{ pointer: at, message: 'no continuing care is described: add continuing_care with contact_until_stable and follow_up' }];
    const findings: RawFinding[] = [];
    if (care.contact_until_stable !== true) findings.push({ pointer: `${at}/contact_until_stable`, message: 'contact does not continue until recovery is stable' });
    if (care.follow_up?.every_days === undefined) findings.push({ pointer: `${at}/follow_up`, message: 'no follow-up after the intensive phase is scheduled: add follow_up.every_days' });
    return findings;
  },
});
