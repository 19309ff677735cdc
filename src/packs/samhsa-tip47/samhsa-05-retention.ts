import { THRESHOLDS } from '../../domain/thresholds.js';
import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { tip47 } from '../../domain/sources.js';

export default defineRule({
  id: 'SAMHSA-05',
  alias: 'retention',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:5'],
  clause: 'Principle 5',
  title: 'Retention is a goal',
  severity: 'error',
  sources: [tip47(5), THRESHOLDS.missed_session_outreach_max_hours.source],
  rationale:
    'Outcomes rise with time in treatment, and most dropouts happen early and quietly. Tracking attendance, reaching out quickly after a missed session and treating a return to use as a reason to adjust the plan, not to discharge, keep clients in care. The 48-hour outreach limit is the catalog\'s convention, not a TIP 47 figure. Named retention strategies (reminders, help with transport or childcare, flexible hours) show how the program acts on the principle; none listed draws a warning, as the core practices above may carry it.',
  remediation: {
    text: 'Track attendance, reach out within 48 hours of a missed session (the catalog\'s convention), adjust the plan after a relapse instead of discharging, and list the strategies that keep clients coming (e.g. reminders, transportation-help, childcare).',
    example: 'engagement:\n  retention:\n    attendance_tracked: true\n    missed_session_outreach_hours: 24\n    on_relapse: adjust-plan\n    strategies: [reminders, transportation-help, flexible-scheduling]',
  },
  evidence: ['/engagement/retention'],
  thresholds: ['missed_session_outreach_max_hours'],
  check(program, _facts, limits) {
    const retention = program.engagement?.retention;
    const at = '/engagement/retention';
    const limit = limits.missed_session_outreach_max_hours;
    if (!retention) {
      return [{
        pointer: at,
        message: 'no retention policy is described: add engagement.retention',
        fix: `Describe how the program keeps clients in treatment: track attendance, reach out within ${limit} hours of a missed session, and respond to a relapse by adjusting the treatment plan.`,
      }];
    }
    const findings: RawFinding[] = [];
    if (retention.attendance_tracked !== true) {
      findings.push({ pointer: `${at}/attendance_tracked`, message: 'attendance is not tracked', fix: 'Record each client\'s attendance at every session.' });
    }
    const outreach = retention.missed_session_outreach_hours;
    if (outreach === undefined) {
      findings.push({
        pointer: `${at}/missed_session_outreach_hours`,
        message: `outreach after a missed session is not stated: add missed_session_outreach_hours (at most ${limit})`,
        fix: `State how soon staff reach out to a client after a missed session, and make it within ${limit} hours.`,
      });
    } else if (outreach > limit) {
      findings.push({
        pointer: `${at}/missed_session_outreach_hours`,
        message: `outreach ${outreach} hours after a missed session is slower than the ${limit}-hour limit (the catalog's convention, not a TIP 47 figure)`,
        fix: `Reach out to a client within ${limit} hours of a missed session (now ${outreach} hours).`,
      });
    }
    if (retention.on_relapse === undefined) {
      findings.push({
        pointer: `${at}/on_relapse`,
        message: 'the response to a relapse is not stated: set on_relapse: adjust-plan',
        fix: 'State how the program responds to a relapse: by adjusting the client\'s treatment plan, not by discharge.',
      });
    } else if (retention.on_relapse !== 'adjust-plan') {
      findings.push({
        pointer: `${at}/on_relapse`,
        message: 'a relapse leads to discharge rather than a change of plan',
        fix: 'Respond to a relapse by adjusting the client\'s treatment plan and keeping them in treatment, not by discharge.',
      });
    }
    if (!retention.strategies?.length) {
      findings.push({
        pointer: `${at}/strategies`,
        message: 'no retention strategies are listed: add engagement.retention.strategies (e.g. reminders, transportation-help, childcare, flexible-scheduling)',
        severity: 'warning',
        fix: 'List what the program does to help clients keep coming, for example reminders, help with transportation, childcare, or flexible scheduling.',
      });
    }
    return findings;
  },
});
