import type { RawFinding } from '../core/types.js';
import { EVIDENCE_BASED_APPROACHES, OTHER_APPROACHES } from '../core/vocabulary.js';
import { defineRule } from './define.js';
import { tip47 } from './sources.js';

export default defineRule({
  id: 'SAMHSA-13',
  alias: 'evidence-based',
  standard: 'samhsa',
  clause: 'Principle 13',
  title: 'Approaches are evidence based',
  severity: 'error',
  citation: tip47(13, 'Build evidence-based strategies into treatment'),
  rationale:
    'Clients have limited time in an IOP; spending it on approaches with a record of results gives them the best chance. An approach without that record is flagged so the program can say why it keeps it.',
  remediation: {
    text: 'Name at least one evidence-based approach; review any approach the catalog does not recognise as evidence based (a warning).',
    example: 'approaches: [cognitive-behavioral-therapy, motivational-interviewing, contingency-management]',
  },
  evidence: ['/approaches'],
  thresholds: [],
  check(program) {
    const approaches = program.approaches;
    if (!approaches?.length) return [{ pointer: '/approaches', message: 'no treatment approaches are named: list the evidence-based approaches in use' }];
    const findings: RawFinding[] = [];
    if (!approaches.some((a) => EVIDENCE_BASED_APPROACHES.has(a))) {
      findings.push({ pointer: '/approaches', message: 'none of the named approaches is evidence based' });
    }
    approaches.forEach((approach, i) => {
      if (OTHER_APPROACHES.has(approach)) {
        findings.push({ pointer: `/approaches/${i}`, message: `'${approach}' is not an approach the catalog recognises as evidence based`, severity: 'warning' });
      }
    });
    return findings;
  },
});
