import type { RawFinding } from '../../core/types.js';
import { CONTRAINDICATED_APPROACHES, EVIDENCE_BASED_APPROACHES, OTHER_APPROACHES } from '../../domain/vocabulary.js';
import { defineRule } from '../define.js';
import { tip47, type SourceRef } from '../../domain/sources.js';

/** A few evidence-based approaches, named in words for the fix. */
const EXAMPLES = 'cognitive behavioral therapy, motivational interviewing or contingency management';

/** The TIP that holds confrontation harmful; its own text could not be read here. */
const TIP_35: SourceRef = {
  basis: 'primary',
  work: 'SAMHSA, Treatment Improvement Protocol (TIP) 35: Enhancing Motivation for Change in Substance Use Disorder Treatment, Pub. No. PEP19-02-01-003 (2019 update)',
  at: 'ch. 1 and ch. 3, counseling style',
  words: 'a confrontational counseling style provokes resistance and is linked to poorer outcomes; counselors are to use an empathic, motivational style instead',
  unverified: 'TIP 35\'s own text could not be read; the words state its position as the research it draws on reports it (Miller, Benefield and Tonigan 1993), not checked against the TIP',
};

/** The trial TIP 35 builds on; its abstract was read. */
const MILLER_1993: SourceRef = {
  basis: 'primary',
  work: 'Miller WR, Benefield RG, Tonigan JS, Enhancing motivation for change in problem drinking: a controlled comparison of two therapist styles, Journal of Consulting and Clinical Psychology 61(3):455-461 (1993)',
  at: 'abstract',
  words: 'clients counseled in a directive-confrontational style resisted more, resistance predicted worse drinking outcomes a year on, and the more a therapist confronted the more the client drank',
};

export default defineRule({
  id: 'SAMHSA-13',
  alias: 'evidence-based',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:13'],
  clause: 'Principle 13',
  title: 'Approaches are evidence based',
  severity: 'error',
  sources: [tip47(13), TIP_35, MILLER_1993],
  rationale:
    'Clients have limited time in an IOP; spending it on approaches with a record of results gives them the best chance. '
    + 'An approach the catalog does not recognise is a warning, so the program can say why it keeps it. '
    + 'Confrontational counseling is different: the research holds it harmful (more resistance and dropout, worse outcomes), so using it is an error whatever else the program lists.',
  remediation: {
    text: 'Name at least one evidence-based approach; drop confrontational counseling (an error) for an empathic, motivational style; review any approach the catalog does not recognise as evidence based (a warning).',
    example: 'approaches: [motivational-enhancement-therapy, cognitive-behavioral-therapy, contingency-management]',
  },
  evidence: ['/approaches'],
  thresholds: [],
  check(program) {
    const approaches = program.approaches;
    if (!approaches?.length) {
      return [{
        pointer: '/approaches',
        message: 'no treatment approaches are named: list the evidence-based approaches in use',
        fix: `Name the evidence-based approaches the program uses, for example ${EXAMPLES}.`,
      }];
    }
    const findings: RawFinding[] = [];
    if (!approaches.some((a) => EVIDENCE_BASED_APPROACHES.has(a))) {
      findings.push({ pointer: '/approaches', message: 'none of the named approaches is evidence based', fix: `Adopt at least one evidence-based approach, for example ${EXAMPLES}.` });
    }
    approaches.forEach((approach, i) => {
      if (CONTRAINDICATED_APPROACHES.has(approach)) {
        findings.push({
          pointer: `/approaches/${i}`,
          message: `'${approach}' is harmful: confrontation raises resistance and dropout and worsens outcomes; replace it with an empathic, motivational style (motivational-interviewing or motivational-enhancement-therapy)`,
          fix: `Stop using '${approach}': replace it with an empathic, motivational style (motivational interviewing or motivational enhancement therapy).`,
        });
      } else if (OTHER_APPROACHES.has(approach)) {
        findings.push({
          pointer: `/approaches/${i}`,
          message: `'${approach}' is not an approach the catalog recognises as evidence based`,
          severity: 'warning',
          fix: `Review '${approach}': keep it only beside evidence-based approaches, or replace it with one such as ${EXAMPLES}.`,
        });
      }
    });
    return findings;
  },
});
