import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { CONVENTION_NOTE, tip47 } from './sources.js';

export default defineRule({
  id: 'SAMHSA-05',
  alias: 'retention',
  standard: 'samhsa',
  clause: 'Principle 5',
  title: 'Retention is a goal',
  severity: 'error',
  citation: tip47(5, 'Make retention a priority'),
  rationale:
    'Outcomes rise with time in treatment, and most dropouts happen early and quietly. Tracking attendance, reaching out quickly after a missed session and treating a return to use as a reason to adjust the plan, not to discharge, keep clients in care.',
  remediation: {
    text: `Track attendance, reach out within the threshold after a missed session, and adjust the plan after a relapse instead of discharging. ${CONVENTION_NOTE}`,
    example: 'engagement:\n  retention:\n    attendance_tracked: true\n    missed_session_outreach_hours: 24\n    on_relapse: adjust-plan',
  },
  evidence: ['/engagement/retention'],
  thresholds: ['missed_session_outreach_max_hours'],
  check(program, _facts, limits) {
    const retention = program.engagement?.retention;
    const at = '/engagement/retention';
    if (!retention) return [{ pointer: at, message: 'no retention policy is described: add engagement.retention' }];
    const findings: RawFinding[] = [];
    if (retention.attendance_tracked !== true) findings.push({ pointer: `${at}/attendance_tracked`, message: 'attendance is not tracked' });
    const outreach = retention.missed_session_outreach_hours;
    if (outreach === undefined) {
      findings.push({ pointer: `${at}/missed_session_outreach_hours`, message: 'outreach after a missed session is not stated: add missed_session_outreach_hours' });
    } else if (outreach > limits.missed_session_outreach_max_hours) {
      findings.push({ pointer: `${at}/missed_session_outreach_hours`, message: `outreach ${outreach} hours after a missed session is slower than the ${limits.missed_session_outreach_max_hours}-hour limit` });
    }
    if (retention.on_relapse === undefined) {
      findings.push({ pointer: `${at}/on_relapse`, message: 'the response to a relapse is not stated: set on_relapse: adjust-plan' });
    } else if (retention.on_relapse !== 'adjust-plan') {
      findings.push({ pointer: `${at}/on_relapse`, message: 'a relapse leads to discharge rather than a change of plan' });
    }
    return findings;
  },
});
