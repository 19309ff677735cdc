import type { RawFinding } from '../../core/types.js';
import { readingsOf } from '../../core/readings.js';
import { quote } from '../../core/sanitize.js';
import { defineRule } from '../define.js';
import { TERMS_AS_LISTED } from './vocab-01-vocabulary-terms.js';

export default defineRule({
  id: 'VOCAB-02',
  alias: 'listed-spelling',
  standard: 'document',
  implements: ['document:terms-as-listed'],
  clause: 'Terms as the vocabulary writes them',
  title: 'Every term is written as the vocabulary writes it',
  severity: 'info',
  sources: [TERMS_AS_LISTED],
  rationale:
    'People write CBT, IOP or "Group Counselling"; the rules count the vocabulary\'s own words. Reading such a term as the word it stands for keeps one abbreviation from invalidating a document, and saying so lets the writer check the reading and adopt the listed word. '
    + 'An info note by default: the term was understood and counted as the word it stands for, so nothing is missing and no rating is lowered; the note only asks to adopt the listed word. '
    + 'A team that wants the vocabulary\'s own words in every document raises it (`rules: { VOCAB-02: warning }` in the config, with `--fail-on warning` in CI). '
    + 'A term no list knows is not read as anything; VOCAB-01 reports it.',
  remediation: {
    text: 'Write the vocabulary\'s word the note names (`iop-audit schema --field <field>` lists them with their meanings).',
    example: 'approaches: [cognitive-behavioral-therapy, motivational-interviewing]   # not CBT, MI',
  },
  evidence: ['/program', '/schedule/timetable', '/approaches', '/staffing', '/services'],
  thresholds: [],
  check(program) {
    const findings: RawFinding[] = [];
    for (const reading of readingsOf(program)) {
      // A term no list knows was not read as anything: VOCAB-01's finding, not this rule's.
      if (reading.read === undefined) continue;
      findings.push({ pointer: reading.pointer, message: `${quote(reading.written)} read as '${reading.read}' (${reading.field})`, fix: `Write '${reading.read}' instead of ${quote(reading.written)}.` });
    }
    return findings;
  },
});
