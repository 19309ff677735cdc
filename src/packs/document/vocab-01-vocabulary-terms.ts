import type { RawFinding } from '../../core/types.js';
import { readingsOf } from '../../core/readings.js';
import { quote } from '../../core/sanitize.js';
import { convention, type SourceRef } from '../../domain/sources.js';
import { defineRule } from '../define.js';

/** The catalog's convention this rule, VOCAB-02 and their requirement rest on. */
export const TERMS_AS_LISTED: SourceRef = convention('a term written another way (an abbreviation such as CBT, another case or spelling) is read as the vocabulary\'s word and said so, never silently; a term an open list (approaches, credentials, support groups, step-down services, retention strategies, outcome measures) does not know is kept, and no rule counts it as any listed term');

export default defineRule({
  id: 'VOCAB-01',
  alias: 'vocabulary-terms',
  standard: 'document',
  implements: ['document:terms-as-listed'],
  clause: 'Terms an open list does not know',
  title: 'Every term of an open list is one the vocabulary lists',
  severity: 'warning',
  sources: [TERMS_AS_LISTED],
  rationale:
    'A program may truly use something no list names (Moral Reconation Therapy, LifeRing, a state\'s own credential). On an open list (approaches, credentials, support groups, step-down services, retention strategies, outcome measures) such a term is accepted and reported, and no rule gives it credit as a listed term, so it can never make a rule pass that would otherwise fail. '
    + 'A warning, because the term goes uncounted: it may be a listed word mistyped (recovery-coachng), or something the program offers that no rule can credit, and the writer should know which. '
    + 'Lists whose words decide a verdict by themselves (activities, levels of care, admission requirements, exclusions, medications) stay closed: an unknown word there is a schema error. '
    + 'A term written another way and read as a listed word (CBT, "Group Counselling") is understood and counted; VOCAB-02 notes it.',
  remediation: {
    text: 'Check whether a listed word means the same (`iop-audit schema --field <field>` lists them with their meanings) and write it if so; otherwise keep the term, knowing no rule counts it.',
    example: 'continuing_care: { step_down_to: [recovery-coaching] }   # not recovery-coachng',
  },
  evidence: ['/program', '/schedule/timetable', '/approaches', '/staffing', '/services'],
  thresholds: [],
  check(program) {
    const findings: RawFinding[] = [];
    for (const reading of readingsOf(program)) {
      // A term read as a listed word was understood: VOCAB-02's note, not this rule's.
      if (reading.read !== undefined) continue;
      findings.push({
        pointer: reading.pointer,
        message: `${quote(reading.written)} is not in the vocabulary of ${reading.field}, not counted${reading.closest ? `; closest: '${reading.closest}'` : ''}`,
        fix: reading.closest
          ? `If '${reading.closest}' is what is meant, write it; otherwise keep ${quote(reading.written)}, which no rule counts.`
          : `Check whether a listed term means the same as ${quote(reading.written)} and write it if so; otherwise keep it, knowing no rule counts it.`,
      });
    }
    return findings;
  },
});
