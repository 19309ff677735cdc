import type { RawFinding } from '../../core/types.js';
import { quote } from '../../core/sanitize.js';
import { suggest } from '../../core/suggest.js';
import { evidenceReferences } from '../../domain/evidence.js';
import { convention } from '../../domain/sources.js';
import { defineRule } from '../define.js';

export default defineRule({
  id: 'EVID-01',
  alias: 'evidence-references',
  standard: 'document',
  implements: ['document:evidence-references'],
  clause: 'Evidence references',
  title: 'Evidence references name a listed source document',
  severity: 'error',
  appliesTo: {
    when: (program) => program.source_documents !== undefined || evidenceReferences(program).length > 0,
    otherwise: 'the document cites no evidence and lists no source documents',
  },
  sources: [convention('a claim is traced to the document where it is written: each evidence reference starts with the ID of one entry of source_documents, and each ID names one document')],
  rationale:
    'Surveyors trace every claim to a policy, a procedure, a schedule, a contract or a sample of records. A reference whose ID is not listed (often a typo: P12 for P-12) points nowhere, and an ID listed twice points at two documents, so a reader cannot find the evidence either way. '
    + 'Both are slips in the document, and a report that showed such a reference as evidence would overstate it: an error.',
  remediation: {
    text: 'Correct the reference\'s ID, or list the document it names under source_documents; give each source document its own ID.',
    example: 'source_documents:\n  - { id: P-12, title: Admission and Intake Procedure, kind: procedure, effective: 2026-01-01 }\nadmission:\n  assessment:\n    evidence: [P-12 §4.2]',
  },
  evidence: ['/source_documents'],
  thresholds: [],
  check(program) {
    const findings: RawFinding[] = [];
    const documents = program.source_documents ?? [];
    const firstAt = new Map<string, number>();
    documents.forEach((document, index) => {
      const first = firstAt.get(document.id);
      if (first === undefined) {
        firstAt.set(document.id, index);
        return;
      }
      findings.push({
        pointer: `/source_documents/${index}/id`,
        message: `source document ID ${quote(document.id)} is listed twice (entries ${first + 1} and ${index + 1}), so references to it are ambiguous`,
        fix: `give entry ${index + 1} (${quote(document.title)}) an ID of its own, and point its references at it`,
      });
    });
    const ids = [...firstAt.keys()];
    for (const reference of evidenceReferences(program)) {
      if (reference.document) continue;
      const guess = suggest(reference.id, ids);
      const listed = ids.length === 0 ? 'but the document lists no source_documents'
        : guess ? `which source_documents does not list; did you mean '${guess}'?` : `which source_documents does not list`;
      findings.push({
        pointer: reference.at,
        message: `evidence ${quote(reference.ref)} names ${quote(reference.id)}, ${listed}`,
        fix: guess
          ? `write ${quote(reference.id)} as '${guess}', or list the document it names under source_documents`
          : `list the document ${quote(reference.id)} names under source_documents (id, title, kind), or correct the ID`,
      });
    }
    return findings;
  },
});
