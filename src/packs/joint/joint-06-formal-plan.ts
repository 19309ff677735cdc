import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { jointElement } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-06',
  alias: 'formal-plan',
  standard: 'joint',
  implements: ['joint:treatment-plan'],
  clause: 'Treatment plan based on the evaluation',
  title: 'A formal treatment plan follows the assessment',
  severity: 'error',
  sources: [
    jointElement('(c) a treatment plan based on the evaluation', 'a treatment plan based on the initial assessment and on how the patient responds to treatment over time'),
  ],
  rationale:
    'A written plan drawn from the evaluation turns what was learned about the client into agreed goals and services. Without one, treatment follows habit rather than the client\'s needs, and nobody can review whether it is working.',
  remediation: {
    text: 'Write a formal treatment plan for every client, developed from the assessment.',
    example: 'treatment_planning:\n  formal_plan: true\n  after_assessment: true\n  individualized: true',
  },
  evidence: ['/treatment_planning'],
  thresholds: [],
  check(program) {
    const planning = program.treatment_planning;
    const at = '/treatment_planning';
    if (!planning) {
      return [{
        pointer: at,
        message: 'no treatment planning is described: add treatment_planning with formal_plan: true and after_assessment: true',
        fix: 'Write a formal treatment plan for each client, developed after their assessment, and describe it.',
      }];
    }
    const findings: RawFinding[] = [];
    if (planning.formal_plan === undefined) {
      findings.push({ pointer: `${at}/formal_plan`, message: 'whether a formal treatment plan is written is not stated: set formal_plan: true', fix: 'State that a formal, written treatment plan is kept for each client.' });
    } else if (!planning.formal_plan) {
      findings.push({ pointer: `${at}/formal_plan`, message: 'no formal treatment plan is written (formal_plan: false)', fix: 'Write a formal treatment plan for each client.' });
    }
    if (planning.after_assessment === undefined) {
      findings.push({
        pointer: `${at}/after_assessment`,
        message: 'whether the plan is developed after the assessment is not stated: set after_assessment: true',
        fix: 'State that each client\'s plan is developed after their assessment.',
      });
    } else if (!planning.after_assessment) {
      findings.push({
        pointer: `${at}/after_assessment`,
        message: 'the plan is not developed after the assessment (after_assessment: false)',
        fix: 'Develop each client\'s plan after their assessment, from its findings.',
      });
    }
    return findings;
  },
});
