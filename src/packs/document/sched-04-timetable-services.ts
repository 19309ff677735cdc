import type { RawFinding } from '../../core/types.js';
import { ACTIVITY_SERVICES } from '../../domain/vocabulary.js';
import { defineRule } from '../define.js';
import { FORMAT } from '../../domain/sources.js';
import { inWords } from '../helpers.js';

/** Service keys whose words alone do not name a service. */
const SERVICE_WORDS: Readonly<Record<string, string>> = {
  family: 'family services', medical: 'medical care', psychiatric: 'psychiatric care', nutrition: 'nutrition services', vocational: 'vocational services',
};

export default defineRule({
  id: 'SCHED-04',
  alias: 'timetable-services',
  standard: 'document',
  implements: ['document:timetable-matches-services'],
  clause: 'Timetable and services agree',
  title: 'What the timetable schedules, the services list provides',
  severity: 'warning',
  appliesTo: {
    when: (program) => (program.schedule?.timetable?.length ?? 0) > 0,
    otherwise: 'the schedule has no timetable',
  },
  sources: [FORMAT],
  rationale:
    'A timetable block is the program delivering that activity itself. When the services list says the same service is not provided, or only by referral elsewhere, one of the two is wrong, and a surveyor will ask which. '
    + 'Not provided is a warning; by referral is an info note, since a partner may deliver it in the program\'s own blocks (then say on-site and name the partner).',
  remediation: {
    text: 'Make the services list say on-site for every activity the timetable schedules, or take the activity out of the timetable.',
    example: 'services:\n  individual_counseling: { provided: on-site, sessions_per_week: 1, consistent_counselor: true }',
  },
  evidence: ['/schedule/timetable', '/services'],
  thresholds: [],
  check(program) {
    const services = (program.services ?? {}) as Record<string, { provided?: string } | undefined>;
    const findings: RawFinding[] = [];
    const reported = new Set<string>();
    program.schedule?.timetable?.forEach((block, index) => {
      for (const activity of block.activities) {
        const key = ACTIVITY_SERVICES[activity];
        const provided = key === undefined ? undefined : services[key]?.provided;
        if (key === undefined || reported.has(key) || (provided !== 'none' && provided !== 'referral')) continue;
        reported.add(key);
        findings.push(provided === 'none'
          ? {
            pointer: `/schedule/timetable/${index}`,
            message: `the ${block.day} block schedules ${activity}, but services.${key} is not provided (provided: none)`,
            fix: `Make the services and the weekly timetable agree: the ${block.day} block schedules ${inWords(activity)}, but the services say ${SERVICE_WORDS[key] ?? inWords(key)} ${SERVICE_WORDS[key] ? 'are' : 'is'} not provided.`,
          }
          : {
            pointer: `/schedule/timetable/${index}`,
            message: `the ${block.day} block schedules ${activity}, but services.${key} is provided by referral: if a partner delivers it in the program's blocks, say on-site and name the partner`,
            severity: 'info',
            fix: `If a partner delivers ${inWords(activity)} in the program's own ${block.day} block, describe the service as on site and name the partner; otherwise take it out of the timetable.`,
          });
      }
    });
    return findings;
  },
});
