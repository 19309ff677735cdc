import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/joint/joint-12-crisis-coverage.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('JOINT-12 crisis-coverage', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'crisis:'));
    expect(rule.basis).toBe('secondary');
    expect(rule.citation).toContain('24-hour emergency case management');
  });

  it('passes round-the-clock coverage through an emergency department agreement', () => {
    expect(runRule(rule, withChanges({ 'services.crisis': { available_24_7: true, method: 'emergency-department-agreement' } })).status).toBe('pass');
  });

  it('fails office-hours coverage without a named method', () => {
    expectFindings(rule, { 'services.crisis': { available_24_7: false } }, [
      { message: 'crisis coverage is not available 24 hours a day, 7 days a week (available_24_7: false)', pointer: '/services/crisis/available_24_7', at: 'available_24_7: false', fix: 'Extend crisis coverage to 24 hours a day, 7 days a week, for example with an on-call clinician or a crisis-line partner.' },
      { message: 'how clients reach crisis help is not stated: add method (for example on-call-clinician)', pointer: '/services/crisis/method', at: 'crisis:', fix: 'State how clients reach crisis help, for example an on-call clinician or a crisis line.' },
    ]);
  });

  it('fails when round-the-clock availability is not stated', () => {
    expectFindings(rule, { 'services.crisis': { method: 'crisis-line' } }, [
      { message: 'whether crisis coverage runs around the clock is not stated: set available_24_7: true', pointer: '/services/crisis/available_24_7', at: 'crisis:', fix: 'State that crisis coverage is available 24 hours a day, 7 days a week.' },
    ]);
  });

  it('fails when crisis coverage is missing, at the services section', () => {
    expectFindings(rule, { 'services.crisis': undefined }, [
      { message: 'no crisis coverage is described: add services.crisis', pointer: '/services/crisis', at: 'services:', fix: 'Arrange crisis coverage 24 hours a day, 7 days a week, and say how clients reach it (for example an on-call clinician).' },
    ]);
  });
});
