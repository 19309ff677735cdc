import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { CONVENTION_NOTE, tip47 } from './sources.js';

export default defineRule({
  id: 'SAMHSA-04',
  alias: 'therapeutic-alliance',
  standard: 'samhsa',
  clause: 'Principle 4',
  title: 'The therapeutic alliance is built and kept',
  severity: 'error',
  citation: tip47(4, 'Enhance the therapeutic alliance'),
  rationale:
    'The bond between client and counselor predicts retention and outcome better than most program features; it needs individual time with the same counselor to form. Measuring it finds a failing alliance while it can still be repaired, and very large groups leave little room for each client.',
  remediation: {
    text: `Provide individual sessions with a consistent primary counselor; measuring the alliance and keeping groups small are recommended (warnings). ${CONVENTION_NOTE}`,
    example: 'services:\n  individual_counseling: { provided: on-site, sessions_per_week: 1, consistent_counselor: true }\nengagement:\n  alliance: { primary_counselor: true, measured_with: WAI-SR, every_weeks: 4 }',
  },
  evidence: ['/services/individual_counseling', '/engagement/alliance'],
  thresholds: ['max_group_size'],
  check(program, _facts, limits) {
    const findings: RawFinding[] = [];
    const individual = program.services?.individual_counseling;
    const alliance = program.engagement?.alliance;
    if (!individual) {
      findings.push({ pointer: '/services/individual_counseling', message: 'no individual counseling is described: add services.individual_counseling' });
    } else if (individual.provided === 'none') {
      findings.push({ pointer: '/services/individual_counseling/provided', message: 'individual counseling is not provided (provided: none)' });
    }
    if (individual?.consistent_counselor !== true && alliance?.primary_counselor !== true) {
      findings.push({ pointer: '/services/individual_counseling/consistent_counselor', message: 'clients are not assigned a consistent primary counselor' });
    }
    if (!alliance?.measured_with) {
      findings.push({ pointer: '/engagement/alliance/measured_with', message: 'the therapeutic alliance is not measured: name an instrument (e.g. WAI-SR)', severity: 'warning' });
    }
    const groupSize = program.services?.group_counseling?.max_group_size;
    if (groupSize !== undefined && groupSize > limits.max_group_size) {
      findings.push({ pointer: '/services/group_counseling/max_group_size', message: `groups of up to ${groupSize} are larger than the recommended ${limits.max_group_size}`, severity: 'warning' });
    }
    return findings;
  },
});
