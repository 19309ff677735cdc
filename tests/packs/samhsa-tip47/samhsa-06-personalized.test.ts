import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-06-personalized.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SAMHSA-06 personalized', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'treatment_planning:'));
  });

  it('warns when plans are reviewed less often than every 30 days', () => {
    const result = expectFindings(rule, { 'treatment_planning.review_every_days': 60 }, [
      { message: 'plans reviewed every 60 days: every 30 or fewer is recommended (the catalog\'s convention, not a TIP 47 figure)', pointer: '/treatment_planning/review_every_days', at: 'review_every_days:', severity: 'warning', fix: 'Review treatment plans every 30 days or more often (now every 60).' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('fails reviews beyond 90 days, generic plans and missing needs', () => {
    expectFindings(rule, {
      'treatment_planning.individualized': false,
      'treatment_planning.review_every_days': 120,
      'treatment_planning.addresses': ['medical', 'family'],
    }, [
      { message: 'treatment plans are not individualized', pointer: '/treatment_planning/individualized', at: 'individualized:', fix: 'Write an individualized treatment plan for each client, from their own needs and goals.' },
      { message: 'plans reviewed every 120 days: the longest acceptable interval is 90 (the catalog\'s convention, not a TIP 47 figure)', pointer: '/treatment_planning/review_every_days', at: 'review_every_days:', fix: 'Review treatment plans at least every 90 days (now every 120); every 30 or fewer is recommended.' },
      { message: 'the plan does not address co-occurring, cultural needs', pointer: '/treatment_planning/addresses', at: 'addresses:', fix: "Make each treatment plan address the client's co-occurring mental health and cultural needs as well." },
    ]);
  });

  it('warns of plans written without the client (a feature that helps, which no source read makes a condition)', () => {
    const result = expectFindings(rule, { 'treatment_planning.client_participates': false, 'treatment_planning.review_every_days': 21 }, [
      { message: 'clients do not take part in writing their plans: plans are developed with the client (shared decision making)', pointer: '/treatment_planning/client_participates', at: 'client_participates:', severity: 'warning', fix: 'Develop each treatment plan with the client taking part, and record their agreement.' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('warns when client participation is not stated', () => {
    const result = expectFindings(rule, { 'treatment_planning.client_participates': undefined }, [
      { message: 'whether clients help write their plans is not stated: set client_participates: true when plans are developed with the client', pointer: '/treatment_planning/client_participates', at: 'treatment_planning:', severity: 'warning', fix: 'State whether clients help write their treatment plans; they should.' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('fails when treatment planning is missing', () => {
    expectFindings(rule, { treatment_planning: undefined }, [
      { message: 'no treatment planning is described: add treatment_planning', pointer: '/treatment_planning', at: 'version:', fix: 'Describe treatment planning: an individualized plan for each client, built on the assessment and written with the client, reviewed at least every 90 days (every 30 or fewer recommended).' },
    ]);
  });

  it('rests the client\'s part in the plan on the 2021 Advisory\'s key messages, not on an unread TIP 47 passage', () => {
    expect(rule.sources[1]).toMatchObject({ basis: 'primary', at: '"Key Messages"' });
    expect(rule.sources[1]!.words).toContain('shared decision making');
    expect(rule.citation).not.toContain('TIP 47 asks that plans be developed with the client');
  });
});
