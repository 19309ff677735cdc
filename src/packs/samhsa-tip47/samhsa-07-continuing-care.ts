import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { tip47 } from '../../domain/sources.js';

export default defineRule({
  id: 'SAMHSA-07',
  alias: 'continuing-care',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:7'],
  clause: 'Principle 7',
  title: 'Care is ongoing',
  severity: 'error',
  sources: [tip47(7)],
  rationale:
    'Substance use disorders behave like chronic conditions: the end of the intensive phase is where many relapses start. A plan made before discharge, a named next level of care and follow-up contact carry the gains forward.',
  remediation: {
    text: 'Make a continuing-care plan before discharge, name where clients step down to, and follow up after completion.',
    example: 'continuing_care:\n  plan_before_discharge: true\n  step_down_to: [standard-outpatient, recovery-coaching]\n  follow_up: { every_days: 30, for_months: 12 }',
  },
  evidence: ['/continuing_care'],
  thresholds: [],
  check(program) {
    const care = program.continuing_care;
    const at = '/continuing_care';
    if (!care) {
      return [{
        pointer: at,
        message: 'no continuing care is described: add continuing_care',
        fix: 'Describe continuing care: a plan made with each client before discharge, where clients step down to, and follow-up contact after completion (how often, and for how many months).',
      }];
    }
    const findings: RawFinding[] = [];
    if (care.plan_before_discharge !== true) {
      findings.push({ pointer: `${at}/plan_before_discharge`, message: 'no continuing-care plan is made before discharge', fix: 'Make a continuing-care plan with each client before discharge.' });
    }
    if (!care.step_down_to?.length) {
      findings.push({
        pointer: `${at}/step_down_to`,
        message: 'no step-down path is named: list where clients go next',
        fix: 'Name where clients go next when they finish, for example standard outpatient care or recovery support services.',
      });
    }
    if (care.follow_up?.every_days === undefined) {
      findings.push({
        pointer: `${at}/follow_up/every_days`,
        message: 'follow-up contact after completion is not scheduled: add follow_up.every_days',
        fix: 'Schedule follow-up contact with clients after they complete the program, and state how often (for example every 30 days).',
      });
    }
    if (care.follow_up?.for_months === undefined) {
      findings.push({
        pointer: `${at}/follow_up/for_months`,
        message: 'how long follow-up lasts is not stated: add follow_up.for_months',
        fix: 'State for how many months follow-up contact continues after completion.',
      });
    }
    return findings;
  },
});
