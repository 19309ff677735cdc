import { describe, expect, it } from 'vitest';
import { auditText } from '../../../src/core/engine.js';
import { DEFAULT_THRESHOLDS } from '../../../src/domain/thresholds.js';
import type { RuleResult } from '../../../src/core/types.js';
import rule from '../../../src/packs/joint/joint-03-contact-hours-range.js';
import { COMPLIANT, lineOf, runRule, withChanges } from '../../support/audit.js';

const summaryOnly = (days: number, perDay: number) => ({ 'schedule.timetable': undefined, 'schedule.days_per_week': days, 'schedule.hours_per_day': perDay });
const NOT_APPLICABLE = 'not applicable: the weekly hours are missing or outside the Level 2.1 band, which JOINT-01 and JOINT-02 judge; the typical range is not judged a second time';

function runWith(yaml: string, thresholds: Partial<typeof DEFAULT_THRESHOLDS>): RuleResult {
  return auditText(yaml, 'test.yaml', { rules: [rule], thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } }).results[0]!;
}

describe('JOINT-03 contact-hours-range', () => {
  it('passes on the compliant example (10.5 hours a week)', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.severity).toBe('info');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('passes both ends of the Level 2.1 band with the default range', () => {
    expect(runRule(rule, withChanges(summaryOnly(3, 3))).status).toBe('pass');
    expect(runRule(rule, withChanges(summaryOnly(5, 3.9))).status).toBe('pass');
  });

  it('is not applicable below the weekly floor: JOINT-01 judges that week', () => {
    const result = runRule(rule, withChanges(summaryOnly(2, 2.5)));
    expect(result.status).toBe('not-applicable');
    expect(result.message).toBe(NOT_APPLICABLE);
  });

  it('is not applicable at 20 hours a week or more: JOINT-02 judges that week', () => {
    expect(runRule(rule, withChanges(summaryOnly(5, 4))).status).toBe('not-applicable');
    expect(runRule(rule, withChanges(summaryOnly(6, 5.5))).message).toBe(NOT_APPLICABLE);
  });

  it('is not applicable when the schedule gives no treatment hours', () => {
    expect(runRule(rule, withChanges({ schedule: { evening_or_weekend_option: true } })).status).toBe('not-applicable');
  });

  it('notes (info) a week below a raised minimum, at the timetable', () => {
    const result = runWith(COMPLIANT, { contact_hours_min: 12 });
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
    expect(result.message).toBe('10.5 treatment hours a week is below the 12–30 contact hours a week typical of an IOP');
    expect(result.findings[0]!.fix).toBe('Consider adding at least 1.5 hours of treatment a week to reach the 12 contact hours typical of an IOP (now 10.5).');
    expect(result.pointer).toBe('/schedule/timetable');
    expect(result.line).toBe(lineOf(COMPLIANT, 'timetable:'));
  });

  it('notes (info) a week above a lowered maximum, at the schedule when only a summary is given', () => {
    const yaml = withChanges(summaryOnly(4, 3.5));
    const result = runWith(yaml, { contact_hours_max: 12 });
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
    expect(result.message).toBe('14 treatment hours a week is above the 6–12 contact hours a week typical of an IOP');
    expect(result.findings[0]!.fix).toBe('Consider cutting at least 2 hours of treatment a week to stay within the 12 contact hours typical of an IOP (now 14).');
    expect(result.pointer).toBe('/schedule');
    expect(result.line).toBe(lineOf(yaml, 'schedule:'));
    expect(runWith(yaml, { contact_hours_max: 14 }).status).toBe('pass');
  });

  it('judges an adolescent program inside its own band (from 6 hours)', () => {
    const yaml = withChanges({ ...summaryOnly(2, 3.5), 'program.populations': ['adolescents'] });
    expect(runRule(rule, yaml).status).toBe('pass');
    const raised = runWith(yaml, { contact_hours_min: 8 });
    expect(raised.status).toBe('fail');
    expect(raised.severity).toBe('info');
    expect(raised.message).toBe('7 treatment hours a week is below the 8–30 contact hours a week typical of an IOP');
  });
});
