import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/samhsa-01-ready-access.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('SAMHSA-01 ready-access', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'requirements:'));
  });

  it('fails each admission barrier and co-occurring exclusion at its item', () => {
    expectFindings(rule, {
      'admission.requirements': ['clinical-need', 'prior-treatment', 'insurance-only'],
      'admission.exclusions': ['needs-medical-withdrawal-management', 'co-occurring-mental-health'],
    }, [
      { message: "'prior-treatment' is an admission barrier: admit on clinical need and willingness to take part", pointer: '/admission/requirements/1', at: '- prior-treatment' },
      { message: "'insurance-only' is an admission barrier: admit on clinical need and willingness to take part", pointer: '/admission/requirements/2', at: '- insurance-only' },
      { message: "'co-occurring-mental-health' excludes clients with co-occurring conditions", pointer: '/admission/exclusions/1', at: '- co-occurring-mental-health' },
    ]);
  });

  it('fails when requirements are not stated, at the admission section', () => {
    expectFindings(rule, { 'admission.requirements': undefined }, [
      { message: 'admission requirements are not stated: list them (clinical-need, willingness-to-participate)', pointer: '/admission/requirements', at: 'admission:' },
    ]);
  });

  it('accepts an evening block without the flag, and fails a weekday-daytime schedule without it', () => {
    expect(runRule(rule, withChanges({ 'schedule.evening_or_weekend_option': undefined })).status).toBe('pass');
    const daytime = [
      { day: 'monday', start: '09:00', end: '12:00', activities: ['group-counseling'] },
      { day: 'wednesday', start: '09:00', end: '12:00', activities: ['group-counseling'] },
      { day: 'friday', start: '09:00', end: '12:00', activities: ['group-counseling'] },
    ];
    expectFindings(rule, { 'schedule.evening_or_weekend_option': false, 'schedule.timetable': daytime }, [
      { message: 'no evening or weekend option: no treatment block starts at 17:00 or later or falls on a weekend, and evening_or_weekend_option is not true', pointer: '/schedule/evening_or_weekend_option', at: 'evening_or_weekend_option:' },
    ]);
  });
});
