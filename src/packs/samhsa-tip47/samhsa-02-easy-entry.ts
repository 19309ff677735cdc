import { THRESHOLDS } from '../../domain/thresholds.js';
import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { tip47 } from '../../domain/sources.js';

export default defineRule({
  id: 'SAMHSA-02',
  alias: 'easy-entry',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:2'],
  clause: 'Principle 2',
  title: 'Entry is quick and simple',
  severity: 'error',
  sources: [tip47(2), THRESHOLDS.days_to_first_session.source],
  rationale:
    'Every day between the first call and the first session is a day in which motivation can fade and no-shows rise. A waiting list is the plainest form of that delay, so it is always a finding. TIP 47\'s principle is to ease entry; the 7-day limit is the catalog\'s convention, not a TIP 47 figure (a config may change it), and messages say so.',
  remediation: {
    text: 'State the typical number of days from first contact to the first session and keep it to 7 or fewer (the catalog\'s convention, not a TIP 47 figure), and do not keep a waiting list.',
    example: 'admission:\n  waiting_list: false\n  days_to_first_session: 3',
  },
  evidence: ['/admission/days_to_first_session', '/admission/waiting_list'],
  thresholds: ['days_to_first_session'],
  check(program, _facts, limits) {
    const findings: RawFinding[] = [];
    const days = program.admission?.days_to_first_session;
    if (days === undefined) {
      findings.push({
        pointer: '/admission/days_to_first_session',
        message: `the wait from first contact to first session is not stated: add admission.days_to_first_session (at most ${limits.days_to_first_session})`,
        fix: `State the typical number of days from first contact to the first session, and keep it to ${limits.days_to_first_session} or fewer.`,
      });
    } else if (days > limits.days_to_first_session) {
      findings.push({
        pointer: '/admission/days_to_first_session',
        message: `${days} days to the first session is longer than the ${limits.days_to_first_session}-day limit (the catalog's convention, not a TIP 47 figure)`,
        fix: `Shorten the wait from first contact to the first session by at least ${days - limits.days_to_first_session} days, to ${limits.days_to_first_session} days or fewer (now ${days}).`,
      });
    }
    if (program.admission?.waiting_list === true) {
      findings.push({
        pointer: '/admission/waiting_list',
        message: 'the program keeps a waiting list',
        fix: `Close the waiting list: offer everyone who asks a first session within ${limits.days_to_first_session} days of first contact.`,
      });
    }
    return findings;
  },
});
