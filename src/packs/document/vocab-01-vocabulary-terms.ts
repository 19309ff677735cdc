import type { RawFinding } from '../../core/types.js';
import { readingsOf } from '../../core/readings.js';
import { quote } from '../../core/sanitize.js';
import { convention, type SourceRef } from '../../domain/sources.js';
import { defineRule } from '../define.js';

/** The catalog's convention this rule and its requirement rest on. */
export const TERMS_AS_LISTED: SourceRef = convention('a term written another way (an abbreviation such as CBT, another case or spelling) is read as the vocabulary\'s word and said so, never silently; a term an open list (approaches, credentials, support groups, step-down services, retention strategies, outcome measures) does not know is kept, and no rule counts it as any listed term');

export default defineRule({
  id: 'VOCAB-01',
  alias: 'vocabulary-terms',
  standard: 'document',
  implements: ['document:terms-as-listed'],
  clause: 'Terms as the vocabulary writes them',
  title: 'Every term is one the vocabulary lists, written its way',
  severity: 'warning',
  sources: [TERMS_AS_LISTED],
  rationale:
    'People write CBT, IOP or "Group Counselling"; the rules count the vocabulary\'s own words. Reading such a term as the word it stands for keeps one abbreviation from invalidating a document, and saying so lets the writer check the reading and adopt the listed word. '
    + 'A program may also truly use something no list names (Moral Reconation Therapy, LifeRing, a state\'s own credential): on an open list the term is accepted and reported, and no rule gives it credit as a listed term, so it can never make a rule pass that would otherwise fail. '
    + 'Lists whose words decide a verdict by themselves (activities, levels of care, admission requirements, exclusions, medications) stay closed: an unknown word there is a schema error.',
  remediation: {
    text: 'Write the vocabulary\'s word (`iop-audit schema --field <field>` lists them with their meanings); for a term the vocabulary does not list, check whether a listed one means the same.',
    example: 'approaches: [cognitive-behavioral-therapy, motivational-interviewing]   # not CBT, MI',
  },
  evidence: ['/program', '/schedule/timetable', '/approaches', '/staffing', '/services'],
  thresholds: [],
  check(program) {
    return readingsOf(program).map((reading): RawFinding => reading.read !== undefined
      ? { pointer: reading.pointer, message: `${quote(reading.written)} read as '${reading.read}' (${reading.field})`, fix: `Write '${reading.read}' instead of ${quote(reading.written)}.` }
      : {
        pointer: reading.pointer,
        message: `${quote(reading.written)} is not in the vocabulary of ${reading.field}, not counted${reading.closest ? `; closest: '${reading.closest}'` : ''}`,
        fix: reading.closest
          ? `If '${reading.closest}' is what is meant, write it; otherwise keep ${quote(reading.written)}, which no rule counts.`
          : `Check whether a listed term means the same as ${quote(reading.written)} and write it if so; otherwise keep it, knowing no rule counts it.`,
      });
  },
});
