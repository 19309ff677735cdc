import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/medicare-iop/mcr-02-recertification.js';
import { expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

/** A rural health clinic's IOP that Medicare pays for. */
const medicare = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  'program.payers': ['medicare', 'medicaid'],
  'program.settings': ['rural-health-clinic'],
  'admission.certification.by': 'physician',
  'admission.certification.minimum_hours_per_week': 12,
  'admission.certification.recertify_every_days': 30,
  ...changes,
});

describe('MCR-02 recertification', () => {
  it('passes monthly recertification, located at the interval', () => {
    const yaml = withChanges(medicare());
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(yaml, 'recertify_every_days: 30'));
    expect(rule.basis).toBe('primary');
  });

  it('passes recertification every 60 days, the limit', () => {
    expect(runRule(rule, withChanges(medicare({ 'admission.certification.recertify_every_days': 60 }))).status).toBe('pass');
  });

  it('fails recertification every 90 days, naming the limit', () => {
    expectFindings(rule, medicare({ 'admission.certification.recertify_every_days': 90 }), [
      { message: 'the need is recertified every 90 days, less often than the 60 days Medicare allows between recertifications: recertify at least every 60 days', pointer: '/admission/certification/recertify_every_days', at: 'recertify_every_days: 90', fix: "Have a physician recertify each patient's need at least every 60 days (now every 90)." },
    ]);
  });

  it('fails 61 days: 42 CFR 424.24(d)(3)(ii) allows at most 60 between recertifications', () => {
    expectFindings(rule, medicare({ 'admission.certification.recertify_every_days': 61 }), [
      { message: 'the need is recertified every 61 days, less often than the 60 days Medicare allows between recertifications: recertify at least every 60 days', pointer: '/admission/certification/recertify_every_days', at: 'recertify_every_days: 61' },
    ]);
    expect(rule.implements).toEqual(['medicare-iop:424.24(d)(3)']);
  });

  it('fails when no interval is stated, at the certification', () => {
    expectFindings(rule, medicare({ 'admission.certification.recertify_every_days': undefined }), [
      { message: 'how often the physician recertifies the need is not stated: set recertify_every_days to at most 60', pointer: '/admission/certification/recertify_every_days', at: 'certification:', fix: "State how often a physician recertifies each patient's need: at least every 60 days." },
    ]);
  });

  it('fails when there is no certification at all, at the admission', () => {
    expectFindings(rule, medicare({ 'admission.certification': undefined }), [
      { message: 'how often the physician recertifies the need is not stated: set recertify_every_days to at most 60', pointer: '/admission/certification/recertify_every_days', at: 'admission:' },
    ]);
  });
});
