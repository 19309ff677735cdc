import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { jointCommitteeAsReported } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-12',
  alias: 'crisis-coverage',
  standard: 'joint',
  implements: ['joint:emergency-case-management'],
  clause: '24-hour emergency case management',
  title: '24-hour emergency case management',
  severity: 'error',
  sources: [jointCommitteeAsReported('IOPs provide 24-hour emergency case management')],
  rationale:
    'IOP clients spend most of the week at home, and crises do not wait for office hours. A stated way to reach help at any hour is what makes outpatient care safe for people at this level of need. The requirement of 24-hour emergency case management is known only from a secondary account of the joint committee\'s IOP specifications, so the rule rests on a secondary basis. Any of the usual arrangements counts: an on-call clinician, a crisis line, a mobile crisis team or an agreement with an emergency department.',
  remediation: {
    text: 'Provide crisis coverage 24 hours a day, 7 days a week, and say how clients reach it.',
    example: 'services:\n  crisis: { available_24_7: true, method: on-call-clinician }',
  },
  evidence: ['/services/crisis'],
  thresholds: [],
  check(program) {
    const crisis = program.services?.crisis;
    const at = '/services/crisis';
    if (!crisis) {
      return [{
        pointer: at,
        message: 'no crisis coverage is described: add services.crisis',
        fix: 'Arrange crisis coverage 24 hours a day, 7 days a week, and say how clients reach it (for example an on-call clinician).',
      }];
    }
    const findings: RawFinding[] = [];
    if (crisis.available_24_7 === undefined) {
      findings.push({
        pointer: `${at}/available_24_7`,
        message: 'whether crisis coverage runs around the clock is not stated: set available_24_7: true',
        fix: 'State that crisis coverage is available 24 hours a day, 7 days a week.',
      });
    } else if (!crisis.available_24_7) {
      findings.push({
        pointer: `${at}/available_24_7`,
        message: 'crisis coverage is not available 24 hours a day, 7 days a week (available_24_7: false)',
        fix: 'Extend crisis coverage to 24 hours a day, 7 days a week, for example with an on-call clinician or a crisis-line partner.',
      });
    }
    if (!crisis.method) {
      findings.push({
        pointer: `${at}/method`,
        message: 'how clients reach crisis help is not stated: add method (for example on-call-clinician)',
        fix: 'State how clients reach crisis help, for example an on-call clinician or a crisis line.',
      });
    }
    return findings;
  },
});
