import type { RawFinding } from '../../core/types.js';
import { PLACEHOLDER } from '../../core/readings.js';
import { quote } from '../../core/sanitize.js';
import { fieldPath } from '../../domain/terms.js';
import { convention, type SourceRef } from '../../domain/sources.js';
import { toPointer } from '../../yaml/locate.js';
import { defineRule } from '../define.js';

/** The catalog's convention this rule and its requirement rest on. */
export const NO_PLACEHOLDERS: SourceRef = convention('a value written as a placeholder (<program name>, TODO, TBD) is not yet a claim about the program: the audit fails until it is replaced');

export default defineRule({
  id: 'DRAFT-01',
  alias: 'placeholders-filled',
  standard: 'document',
  implements: ['document:placeholders-filled'],
  clause: 'No placeholder left',
  title: 'Every placeholder of the template is filled in',
  severity: 'error',
  sources: [NO_PLACEHOLDERS],
  rationale:
    '`iop-audit init` writes a template whose program-specific values (the program\'s name, its provider, referral partners) are placeholders such as <program name>. '
    + 'A document with one left in describes no real program, and a report on it would certify an example: the audit fails until each is replaced.',
  remediation: {
    text: 'Replace each placeholder with what your program really has.',
    example: 'program:\n  name: Harbor Light Evening IOP   # not <program name>',
  },
  evidence: ['/program/name', '/program/provider', '/services'],
  thresholds: [],
  check(program) {
    const findings: RawFinding[] = [];
    // One path, pushed and popped (copied only for a finding): this walks every value of every document.
    const path: (string | number)[] = [];
    const visit = (node: unknown): void => {
      if (typeof node === 'string') {
        if (PLACEHOLDER.test(node)) {
          const field = fieldPath(path.map(String));
          findings.push({ pointer: toPointer(path), message: `placeholder left unfilled: ${field} is ${quote(node)}`, fix: `Replace ${quote(node)} with the program's own ${field.slice(field.lastIndexOf('.') + 1).replace(/_/g, ' ')}.` });
        }
      } else if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          path.push(i);
          visit(node[i]);
          path.pop();
        }
      } else if (node !== null && typeof node === 'object') {
        // for-in, not Object.keys: no array of keys made for every mapping (a document's data has no inherited keys).
        for (const key in node) {
          path.push(key);
          visit((node as Record<string, unknown>)[key]);
          path.pop();
        }
      }
    };
    visit(program);
    return findings;
  },
});
