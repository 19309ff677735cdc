import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-04-therapeutic-alliance.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SAMHSA-04 therapeutic-alliance', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'individual_counseling:'));
  });

  it('fails without individual counseling or a consistent counselor', () => {
    expectFindings(rule, {
      'services.individual_counseling': { provided: 'none' },
      'engagement.alliance.primary_counselor': false,
    }, [
      { message: 'individual counseling is not provided (provided: none)', pointer: '/services/individual_counseling/provided', at: 'provided: none', fix: 'Provide individual counseling, at least one session a week for each client.' },
      { message: 'clients are not assigned a consistent primary counselor', pointer: '/services/individual_counseling/consistent_counselor', at: 'individual_counseling:', fix: 'Assign each client one primary counselor who stays with them through the program.' },
    ]);
  });

  it('warns, without an error, when the alliance is not measured or groups are large', () => {
    const result = expectFindings(rule, { 'engagement.alliance.measured_with': undefined, 'services.group_counseling.max_group_size': 16 }, [
      { message: 'groups of up to 16 are larger than the recommended 12 (the catalog\'s convention, not a TIP 47 figure)', pointer: '/services/group_counseling/max_group_size', at: 'group_counseling:', severity: 'warning', fix: 'Keep counseling groups to 12 clients or fewer (now up to 16): split larger groups.' },
      { message: 'the therapeutic alliance is not measured: name an instrument (e.g. WAI-SR)', pointer: '/engagement/alliance/measured_with', at: 'alliance:', severity: 'warning', fix: 'Measure the therapeutic alliance at regular intervals with a standard instrument, such as the WAI-SR, and name it.' },
    ].sort((a, b) => (a.pointer.startsWith('/services') ? 1 : 0) - (b.pointer.startsWith('/services') ? 1 : 0)));
    expect(result.severity).toBe('warning');
  });

  it('warns when the alliance is measured but no interval is stated', () => {
    const result = expectFindings(rule, { 'engagement.alliance': { primary_counselor: true, measured_with: 'Session Rating Scale' } }, [
      { message: 'the alliance is measured with Session Rating Scale but no interval is stated: add every_weeks (e.g. every_weeks: 4)', pointer: '/engagement/alliance/every_weeks', at: 'alliance:', severity: 'warning', fix: 'State how often the alliance is measured with Session Rating Scale (for example every 4 weeks).' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('warns when individual counseling is provided without regular sessions', () => {
    const result = expectFindings(rule, { 'services.individual_counseling': { provided: 'referral', partner: 'Eastside Counseling Group', consistent_counselor: true } }, [
      { message: 'individual counseling is provided but no sessions a week are stated, so clients may get no regular time with their counselor: set sessions_per_week (1 or more)', pointer: '/services/individual_counseling/sessions_per_week', at: 'individual_counseling:', severity: 'warning', fix: 'Schedule regular individual sessions, at least one a week for each client, and state how many.' },
    ]);
    expect(result.severity).toBe('warning');
    expect(runRule(rule, withChanges({ 'services.individual_counseling.sessions_per_week': 0.5 })).status).toBe('pass');
  });

  it('fails when individual counseling is not described at all', () => {
    const result = runRule(rule, withChanges({ 'services.individual_counseling': undefined }));
    expect(result.findings[0]!.message).toBe('no individual counseling is described: add services.individual_counseling');
  });
});
