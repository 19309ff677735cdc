import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { servesSubstanceUse } from './helpers.js';
import { jointElement } from './sources.js';

export default defineRule({
  id: 'JOINT-04',
  alias: 'initial-evaluation',
  standard: 'joint',
  clause: 'Initial evaluation',
  title: 'A full evaluation before enrollment',
  severity: 'error',
  citation: jointElement('a thorough initial evaluation'),
  rationale:
    'Placement and the plan both depend on knowing the client first: how severe the substance use is, what mental health and medical conditions come with it. Evaluating after enrollment means treating before knowing.',
  remediation: {
    text: 'Assess before enrollment, covering substance-use severity (when the program treats substance use), mental health and medical conditions.',
    example: 'admission:\n  assessment:\n    timing: before-enrollment\n    covers: [substance-use-severity, co-occurring-mental-health, medical]',
  },
  evidence: ['/admission/assessment'],
  thresholds: [],
  check(program) {
    const assessment = program.admission?.assessment;
    const at = '/admission/assessment';
    if (!assessment) return [{ pointer: at, message: 'no initial assessment is described: add admission.assessment' }];
    const findings: RawFinding[] = [];
    if (assessment.timing !== 'before-enrollment') {
      findings.push({ pointer: `${at}/timing`, message: assessment.timing ? `the assessment happens ${assessment.timing === 'none' ? 'not at all' : 'in the first week'}, not before enrollment` : 'when the assessment happens is not stated: set timing: before-enrollment' });
    }
    const covers = assessment.covers ?? [];
    const missing = [
      ...(servesSubstanceUse(program) && !covers.includes('substance-use-severity') ? ['substance-use-severity'] : []),
      ...(covers.includes('mental-health') || covers.includes('co-occurring-mental-health') ? [] : ['mental health (mental-health or co-occurring-mental-health)']),
      ...(covers.includes('medical') ? [] : ['medical']),
    ];
    if (missing.length > 0) findings.push({ pointer: `${at}/covers`, message: `the assessment does not cover ${missing.join(', ')}` });
    return findings;
  },
});
