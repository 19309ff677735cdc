import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-02-easy-entry.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SAMHSA-02 easy-entry', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'days_to_first_session:'));
  });

  it('fails a long wait and a waiting list', () => {
    expectFindings(rule, { 'admission.days_to_first_session': 14, 'admission.waiting_list': true }, [
      { message: '14 days to the first session is longer than the 7-day limit (the catalog\'s convention, not a TIP 47 figure)', pointer: '/admission/days_to_first_session', at: 'days_to_first_session:', fix: 'Shorten the wait from first contact to the first session by at least 7 days, to 7 days or fewer (now 14).' },
      { message: 'the program keeps a waiting list', pointer: '/admission/waiting_list', at: 'waiting_list:', fix: 'Close the waiting list: offer everyone who asks a first session within 7 days of first contact.' },
    ]);
  });

  it('rests the 7-day limit on a convention, cited after TIP 47 principle 2', () => {
    expect(rule.basis).toBe('primary');
    expect(rule.sources.map((s) => s.basis)).toEqual(['primary', 'convention']);
    expect(rule.sources[0]!.at).toContain('principle 2');
    expect(runRule(rule, withChanges({ 'admission.days_to_first_session': 7 })).status).toBe('pass');
  });

  it('fails a waiting list even when entry is quick', () => {
    expectFindings(rule, { 'admission.days_to_first_session': 1, 'admission.waiting_list': true }, [
      { message: 'the program keeps a waiting list', pointer: '/admission/waiting_list', at: 'waiting_list:' },
    ]);
  });

  it('fails when the wait is not stated, never passing on missing evidence', () => {
    expectFindings(rule, { 'admission.days_to_first_session': undefined }, [
      { message: 'the wait from first contact to first session is not stated: add admission.days_to_first_session (at most 7)', pointer: '/admission/days_to_first_session', at: 'admission:', fix: 'State the typical number of days from first contact to the first session, and keep it to 7 or fewer.' },
    ]);
  });

  it('reads the threshold from the config', async () => {
    const { auditText } = await import('../../../src/core/engine.js');
    const doc = auditText(withChanges({ 'admission.days_to_first_session': 5 }), 'p.yaml', { rules: [rule], thresholds: { days_to_first_session: 4 } });
    expect(doc.results[0]!.message).toBe('5 days to the first session is longer than the 4-day limit (the catalog\'s convention, not a TIP 47 figure)');
  });
});
