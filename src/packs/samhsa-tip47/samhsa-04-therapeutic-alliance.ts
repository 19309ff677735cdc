import { THRESHOLDS } from '../../domain/thresholds.js';
import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { tip47 } from '../../domain/sources.js';

export default defineRule({
  id: 'SAMHSA-04',
  alias: 'therapeutic-alliance',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:4'],
  clause: 'Principle 4',
  title: 'The therapeutic alliance is built and kept',
  severity: 'error',
  sources: [tip47(4), THRESHOLDS.max_group_size.source],
  rationale:
    'The bond between client and counselor predicts retention and outcome better than most program features; it needs regular individual time with the same counselor to form, so a consistent counselor is required. Measuring the alliance at a stated interval finds a failing one while it can still be repaired, and very large groups leave little room for each client: the catalog treats these as recommendations, not conditions, so their absence draws warnings, and the group-size limit of 12 is the catalog\'s convention, not a TIP 47 figure.',
  remediation: {
    text: 'Give each client a consistent primary counselor and regular individual sessions (state sessions_per_week, at least 1). Recommended (warnings): measure the alliance with a named instrument at a stated interval (every_weeks), and keep groups to 12 clients or fewer (the catalog\'s convention).',
    example: 'services:\n  individual_counseling: { provided: on-site, sessions_per_week: 1, consistent_counselor: true }\nengagement:\n  alliance: { primary_counselor: true, measured_with: WAI-SR, every_weeks: 4 }',
  },
  evidence: ['/services/individual_counseling', '/engagement/alliance'],
  thresholds: ['max_group_size'],
  check(program, _facts, limits) {
    const findings: RawFinding[] = [];
    const individual = program.services?.individual_counseling;
    const alliance = program.engagement?.alliance;
    if (!individual) {
      findings.push({
        pointer: '/services/individual_counseling',
        message: 'no individual counseling is described: add services.individual_counseling',
        fix: 'Offer individual counseling, at least one session a week for each client, with the same counselor.',
      });
    } else if (individual.provided === 'none') {
      findings.push({
        pointer: '/services/individual_counseling/provided',
        message: 'individual counseling is not provided (provided: none)',
        fix: 'Provide individual counseling, at least one session a week for each client.',
      });
    } else if ((individual.sessions_per_week ?? 0) <= 0) {
      // Provided "as needed" can mean never: the alliance forms in regular one-to-one time.
      findings.push({
        pointer: '/services/individual_counseling/sessions_per_week',
        message: 'individual counseling is provided but no sessions a week are stated, so clients may get no regular time with their counselor: set sessions_per_week (1 or more)',
        severity: 'warning',
        fix: 'Schedule regular individual sessions, at least one a week for each client, and state how many.',
      });
    }
    if (individual?.consistent_counselor !== true && alliance?.primary_counselor !== true) {
      findings.push({
        pointer: '/services/individual_counseling/consistent_counselor',
        message: 'clients are not assigned a consistent primary counselor',
        fix: 'Assign each client one primary counselor who stays with them through the program.',
      });
    }
    if (!alliance?.measured_with) {
      findings.push({
        pointer: '/engagement/alliance/measured_with',
        message: 'the therapeutic alliance is not measured: name an instrument (e.g. WAI-SR)',
        severity: 'warning',
        fix: 'Measure the therapeutic alliance at regular intervals with a standard instrument, such as the WAI-SR, and name it.',
      });
    } else if (alliance.every_weeks === undefined) {
      findings.push({
        pointer: '/engagement/alliance/every_weeks',
        message: `the alliance is measured with ${alliance.measured_with} but no interval is stated: add every_weeks (e.g. every_weeks: 4)`,
        severity: 'warning',
        fix: `State how often the alliance is measured with ${alliance.measured_with} (for example every 4 weeks).`,
      });
    }
    const groupSize = program.services?.group_counseling?.max_group_size;
    if (groupSize !== undefined && groupSize > limits.max_group_size) {
      findings.push({
        pointer: '/services/group_counseling/max_group_size',
        message: `groups of up to ${groupSize} are larger than the recommended ${limits.max_group_size} (the catalog's convention, not a TIP 47 figure)`,
        severity: 'warning',
        fix: `Keep counseling groups to ${limits.max_group_size} clients or fewer (now up to ${groupSize}): split larger groups.`,
      });
    }
    return findings;
  },
});
