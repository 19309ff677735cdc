import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { jointElement } from './sources.js';

export default defineRule({
  id: 'JOINT-06',
  alias: 'formal-plan',
  standard: 'joint',
  clause: 'Treatment plan',
  title: 'A formal treatment plan follows the assessment',
  severity: 'error',
  citation: jointElement('a treatment plan based on the evaluation'),
  rationale:
    'A written plan drawn from the evaluation is what makes treatment deliberate and reviewable: it says what the program will do for this client, and why.',
  remediation: {
    text: 'Write a formal treatment plan for every client, developed after the assessment.',
    example: 'treatment_planning:\n  formal_plan: true\n  after_assessment: true',
  },
  evidence: ['/treatment_planning'],
  thresholds: [],
  check(program) {
    const planning = program.treatment_planning;
    const at = '/treatment_planning';
    if (!planning) return [{ pointer: at, message: 'no treatment planning is described: add treatment_planning' }];
    const findings: RawFinding[] = [];
    if (planning.formal_plan !== true) findings.push({ pointer: `${at}/formal_plan`, message: 'no formal treatment plan is written' });
    if (planning.after_assessment !== true) findings.push({ pointer: `${at}/after_assessment`, message: 'the plan is not developed after the assessment' });
    return findings;
  },
});
