import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { servesSubstanceUse } from './helpers.js';
import { jointElement } from './sources.js';

export default defineRule({
  id: 'JOINT-04',
  alias: 'initial-evaluation',
  standard: 'joint',
  clause: 'Thorough initial evaluation',
  title: 'A full evaluation before enrollment',
  severity: 'error',
  citation: jointElement('a thorough initial evaluation'),
  rationale:
    'Placement and the treatment plan both rest on knowing the client first: the severity of the substance use and the mental health and medical conditions that come with it. An evaluation that comes after enrollment, or leaves one of these out, means treating before knowing.',
  remediation: {
    text: 'Assess every client before enrollment, covering medical conditions, mental health and, when the program treats substance use, substance-use severity.',
    example: 'admission:\n  assessment:\n    timing: before-enrollment\n    conducted_by: licensed-clinician\n    covers: [substance-use-severity, co-occurring-mental-health, medical]',
  },
  evidence: ['/admission/assessment'],
  thresholds: [],
  check(program) {
    const assessment = program.admission?.assessment;
    const at = '/admission/assessment';
    if (!assessment) {
      return [{ pointer: at, message: 'no initial evaluation is described: add admission.assessment with timing: before-enrollment and what it covers' }];
    }
    const findings: RawFinding[] = [];
    if (assessment.timing === undefined) {
      findings.push({ pointer: `${at}/timing`, message: 'when the evaluation happens is not stated: set timing: before-enrollment' });
    } else if (assessment.timing === 'none') {
      findings.push({ pointer: `${at}/timing`, message: 'no evaluation is done (timing: none): evaluate every client before enrollment' });
    } else if (assessment.timing !== 'before-enrollment') {
      findings.push({ pointer: `${at}/timing`, message: `the evaluation happens in the ${assessment.timing.replace(/-/g, ' ')}, after enrollment: evaluate before enrollment` });
    }
    const covers = assessment.covers ?? [];
    const missing: string[] = [];
    if (!covers.includes('medical')) missing.push('medical');
    const substanceUse = servesSubstanceUse(program);
    // Either word satisfies it; suggest the one that fits the program's focus.
    if (!covers.includes('mental-health') && !covers.includes('co-occurring-mental-health')) missing.push(substanceUse ? 'co-occurring-mental-health' : 'mental-health');
    if (substanceUse && !covers.includes('substance-use-severity')) missing.push('substance-use-severity');
    if (missing.length > 0) {
      const message = assessment.covers === undefined
        ? `the evaluation does not say what it covers: add ${missing.join(', ')} to covers`
        : `the evaluation does not cover ${missing.join(', ')} (it covers ${covers.length > 0 ? covers.join(', ') : 'nothing'}): add ${missing.length > 1 ? 'them' : 'it'} to covers`;
      findings.push({ pointer: `${at}/covers`, message });
    }
    return findings;
  },
});
