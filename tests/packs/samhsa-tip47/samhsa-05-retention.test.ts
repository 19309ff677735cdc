import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-05-retention.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SAMHSA-05 retention', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'retention:'));
  });

  it('fails slow outreach, untracked attendance and discharge on relapse', () => {
    expectFindings(rule, {
      'engagement.retention.attendance_tracked': false,
      'engagement.retention.missed_session_outreach_hours': 72,
      'engagement.retention.on_relapse': 'discharge',
    }, [
      { message: 'attendance is not tracked', pointer: '/engagement/retention/attendance_tracked', at: 'attendance_tracked:', fix: "Record each client's attendance at every session." },
      { message: 'outreach 72 hours after a missed session is slower than the 48-hour limit (the catalog\'s convention, not a TIP 47 figure)', pointer: '/engagement/retention/missed_session_outreach_hours', at: 'missed_session_outreach_hours:', fix: 'Reach out to a client within 48 hours of a missed session (now 72 hours).' },
      { message: 'a relapse leads to discharge rather than a change of plan', pointer: '/engagement/retention/on_relapse', at: 'on_relapse:', fix: "Respond to a relapse by adjusting the client's treatment plan and keeping them in treatment, not by discharge." },
    ]);
  });

  it('warns, without an error, when no retention strategies are listed', () => {
    for (const strategies of [undefined, []]) {
      const result = expectFindings(rule, { 'engagement.retention.strategies': strategies, 'engagement.retention.missed_session_outreach_hours': 36 }, [
        { message: 'no retention strategies are listed: add engagement.retention.strategies (e.g. reminders, transportation-help, childcare, flexible-scheduling)', pointer: '/engagement/retention/strategies', at: strategies ? 'strategies:' : 'retention:', severity: 'warning', fix: 'List what the program does to help clients keep coming, for example reminders, help with transportation, childcare, or flexible scheduling.' },
      ]);
      expect(result.severity).toBe('warning');
    }
  });

  it('fails when no retention policy is described', () => {
    expectFindings(rule, { 'engagement.retention': undefined }, [
      { message: 'no retention policy is described: add engagement.retention', pointer: '/engagement/retention', at: 'engagement:', fix: 'Describe how the program keeps clients in treatment: track attendance, reach out within 48 hours of a missed session, and respond to a relapse by adjusting the treatment plan.' },
    ]);
  });
});
