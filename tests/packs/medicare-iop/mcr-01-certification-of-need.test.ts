import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/medicare-iop/mcr-01-certification-of-need.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

/** A community mental health center's IOP that Medicare pays for. */
const medicare = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  'program.payers': ['medicare', 'self-pay'],
  'program.settings': ['community-mental-health-center'],
  'admission.certification.by': 'physician',
  'admission.certification.minimum_hours_per_week': 10,
  'admission.certification.recertify_every_days': 30,
  'treatment_planning.physician_reviewed': true,
  ...changes,
});

describe('MCR-01 certification-of-need', () => {
  it('passes a physician certifying a 10-hour need, located at the certification', () => {
    const yaml = withChanges(medicare());
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(yaml, 'certification:'));
    expect(rule.basis).toBe('primary');
    expect(rule.implements).toEqual(['medicare-iop:424.24(d)(1)']);
  });

  it('passes a need of exactly 9 hours', () => {
    expect(runRule(rule, withChanges(medicare({ 'admission.certification.minimum_hours_per_week': 9 }))).status).toBe('pass');
  });

  it('fails when no certification is described, at the admission', () => {
    expectFindings(rule, medicare({ 'admission.certification': undefined }), [
      { message: 'no certification of need is described: add admission.certification with by: physician and minimum_hours_per_week of at least 9', pointer: '/admission/certification', at: 'admission:', fix: 'Have a physician certify, for each patient, that they need at least 9 hours of services a week, and describe that certification.' },
    ]);
  });

  it('fails a certification by a nurse practitioner: Medicare names only a physician', () => {
    expectFindings(rule, medicare({ 'admission.certification.by': 'nurse-practitioner' }), [
      { message: 'the need is certified by a nurse-practitioner, but Medicare accepts only a physician\'s certification for IOP services: have a physician sign it (set by: physician)', pointer: '/admission/certification/by', at: 'by: nurse-practitioner', fix: "Have a physician, not a nurse practitioner, sign each patient's certification of need." },
    ]);
  });

  it('fails physician assistants, clinical nurse specialists and psychologists alike', () => {
    for (const by of ['physician-assistant', 'clinical-nurse-specialist', 'psychologist', 'licensed-clinician']) {
      const result = runRule(rule, withChanges(medicare({ 'admission.certification.by': by })));
      expect(result.status).toBe('fail');
      expect(result.pointer).toBe('/admission/certification/by');
      expect(result.message).toContain(`certified by a ${by}`);
    }
  });

  it('fails when no one certifies', () => {
    expectFindings(rule, medicare({ 'admission.certification.by': 'none' }), [
      { message: 'no one certifies the need (by: none): Medicare pays for IOP services only when a physician certifies it; set by: physician', pointer: '/admission/certification/by', at: 'by: none', fix: "Have a physician certify each patient's need for IOP services: Medicare pays only on a physician's certification." },
    ]);
  });

  it('fails a certified need under 9 hours, naming both figures', () => {
    expectFindings(rule, medicare({ 'admission.certification.minimum_hours_per_week': 6.5 }), [
      { message: 'the certification states a need of 6.5 hours a week, under the 9 Medicare requires for IOP services: certify a need of at least 9 hours a week, or place the patient in outpatient care', pointer: '/admission/certification/minimum_hours_per_week', at: 'minimum_hours_per_week: 6.5', fix: 'Certify a need of at least 9 hours of services a week (now 6.5), or place the patient in outpatient care instead.' },
    ]);
  });

  it('fails an unstated certifier and unstated hours, each at the certification', () => {
    expectFindings(rule, { 'program.payers': ['medicare'], 'program.settings': ['hospital-outpatient-department'], 'admission.certification.recertify_every_days': 45 }, [
      { message: 'who certifies the need is not stated: set by: physician', pointer: '/admission/certification/by', at: 'certification:', fix: "State who certifies each patient's need for IOP services: it must be a physician." },
      { message: 'the certification does not state the weekly hours the patient needs: set minimum_hours_per_week to at least 9', pointer: '/admission/certification/minimum_hours_per_week', at: 'certification:', fix: 'State in the certification the hours of services a week the patient needs: at least 9.' },
    ]);
  });

  it('applies whenever the pack is selected, even to a document that lists no payer', () => {
    expect(runRule(rule, COMPLIANT).status).toBe('fail');
  });
});
