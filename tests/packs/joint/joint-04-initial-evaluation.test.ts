import { describe, expect, it } from 'vitest';
import { auditText } from '../../../src/core/engine.js';
import rule from '../../../src/packs/joint/joint-04-initial-evaluation.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

/** An evaluation made in residential care before a step down to the IOP. */
const fromResidential = (extra: Record<string, unknown>): Record<string, unknown> => ({
  'admission.assessment': {
    timing: 'at-referring-level',
    conducted_by: 'psychiatrist',
    covers: ['substance-use-severity', 'co-occurring-mental-health', 'medical', 'suicide-risk'],
    instruments: ['ASAM six-dimension assessment', 'C-SSRS'],
    ...extra,
  },
});

describe('JOINT-04 initial-evaluation', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'assessment:'));
    expect(rule.basis).toBe('primary');
  });

  it('passes an evaluation before enrollment by a counselor', () => {
    const yaml = withChanges({ 'admission.assessment.timing': 'before-enrollment', 'admission.assessment.conducted_by': 'counselor' });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('passes an evaluation made at the referring level and updated within the week after transfer', () => {
    expect(runRule(rule, withChanges(fromResidential({ updated_within_days: 5 }))).status).toBe('pass');
    expect(runRule(rule, withChanges(fromResidential({ updated_within_days: 7 }))).status).toBe('pass');
  });

  it('fails an evaluation made at the referring level with no update stated, naming the limit', () => {
    expectFindings(rule, fromResidential({}), [
      { message: 'the evaluation is made at the referring level of care, but no update after transfer is stated: set updated_within_days (at most 7)', pointer: '/admission/assessment/updated_within_days', at: 'assessment:', fix: 'State how soon after transfer the evaluation made at the referring level of care is updated: within 7 days.' },
    ]);
  });

  it('fails an evaluation made at the referring level and updated later than the limit', () => {
    expectFindings(rule, fromResidential({ updated_within_days: 14 }), [
      { message: 'the evaluation made at the referring level of care is updated up to 14 days after transfer, more than the 7 allowed: update it within 7 days of transfer', pointer: '/admission/assessment/updated_within_days', at: 'updated_within_days: 14', fix: 'Update the evaluation made at the referring level of care within 7 days of transfer (now up to 14).' },
    ]);
  });

  it('reads the update limit from the configured threshold', () => {
    const yaml = withChanges(fromResidential({ updated_within_days: 10 }));
    const doc = auditText(yaml, 'test.yaml', { rules: [rule], thresholds: { assessment_update_days: 10 } });
    expect(doc.results[0]!.status).toBe('pass');
  });

  it('warns about an evaluation in the first week, and fails the coverage it misses', () => {
    const result = expectFindings(rule, { 'admission.assessment.timing': 'first-week', 'admission.assessment.covers': ['co-occurring-mental-health', 'family'] }, [
      { message: 'the evaluation happens in the first week, after treatment has begun: evaluate before enrollment, or update within 7 days of transfer the evaluation made at the referring level of care', pointer: '/admission/assessment/timing', at: 'timing:', severity: 'warning', fix: 'Evaluate each client before treatment begins rather than in the first week, or, for a client transferred from another level of care, update the evaluation made there within 7 days of transfer.' },
      { message: 'the evaluation does not cover medical, substance-use-severity (it covers co-occurring-mental-health, family): add them to covers', pointer: '/admission/assessment/covers', at: 'covers:', fix: 'Extend the evaluation to cover physical health and the severity of substance use.' },
    ]);
    expect(result.severity).toBe('error');
  });

  it('only warns about a complete evaluation in the first week', () => {
    const result = expectFindings(rule, { 'admission.assessment.timing': 'first-week' }, [
      { message: 'the evaluation happens in the first week, after treatment has begun: evaluate before enrollment, or update within 7 days of transfer the evaluation made at the referring level of care', pointer: '/admission/assessment/timing', at: 'timing:', severity: 'warning' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('fails an evaluation that is not done at all', () => {
    expectFindings(rule, { 'admission.assessment.timing': 'none', 'admission.assessment.conducted_by': 'intake-staff' }, [
      { message: 'no evaluation is done (timing: none): evaluate every client before enrollment', pointer: '/admission/assessment/timing', at: 'timing:', fix: 'Evaluate every client before enrollment, or, for a client transferred from another level of care, update the evaluation made there within 7 days of transfer.' },
    ]);
  });

  it('fails when the timing is not stated, at the assessment', () => {
    expectFindings(rule, { 'admission.assessment.timing': undefined }, [
      { message: 'when the evaluation happens is not stated: set timing: before-enrollment', pointer: '/admission/assessment/timing', at: 'assessment:', fix: 'State when the initial evaluation happens: before enrollment, or, for a client transferred from another level of care, update the evaluation made there within 7 days of transfer.' },
    ]);
  });

  it('fails an evaluation conducted by intake staff that no clinician reviews', () => {
    expectFindings(rule, { 'admission.assessment.conducted_by': 'intake-staff' }, [
      { message: 'the evaluation is conducted by intake-staff and no clinician reviews it: have a clinician (for example a licensed-clinician or counselor) conduct it, or set reviewed_by to the clinician who reviews and signs it', pointer: '/admission/assessment/conducted_by', at: 'conducted_by: intake-staff', fix: 'Have a clinician (a licensed clinician or counselor) conduct the evaluation, or review and sign the one the intake staff conducts, and say who.' },
    ]);
  });

  it('fails an evaluation by a case manager or a peer specialist alone', () => {
    for (const by of ['case-manager', 'peer-specialist']) {
      const result = runRule(rule, withChanges({ 'admission.assessment.conducted_by': by }));
      expect(result.status).toBe('fail');
      expect(result.pointer).toBe('/admission/assessment/conducted_by');
      expect(result.message).toContain(`conducted by ${by} and no clinician reviews it`);
    }
  });

  it('passes an evaluation gathered by a case manager and reviewed by a social worker', () => {
    const yaml = withChanges({ 'admission.assessment.conducted_by': 'case-manager', 'admission.assessment.reviewed_by': 'social-worker' });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('fails an evaluation whose reviewer is not a clinician either, at the reviewer', () => {
    expectFindings(rule, { 'admission.assessment.conducted_by': 'intake-staff', 'admission.assessment.reviewed_by': 'peer-specialist' }, [
      { message: 'the evaluation is conducted by intake-staff and reviewed by peer-specialist, neither of whom is a clinician: have a clinician (for example a licensed-clinician or counselor) conduct or review it', pointer: '/admission/assessment/reviewed_by', at: 'reviewed_by: peer-specialist', fix: 'Have a clinician (a licensed clinician or counselor) conduct the evaluation, or review and sign it in place of the peer specialist.' },
    ]);
  });

  it('does not guess at an assessor that is not stated', () => {
    expect(runRule(rule, withChanges({ 'admission.assessment.conducted_by': undefined })).status).toBe('pass');
  });

  it('fails an evaluation without mental health', () => {
    expectFindings(rule, { 'admission.assessment.covers': ['substance-use-severity', 'medical'] }, [
      { message: 'the evaluation does not cover co-occurring-mental-health (it covers substance-use-severity, medical): add it to covers', pointer: '/admission/assessment/covers', at: 'covers:', fix: 'Extend the evaluation to cover co-occurring mental health conditions.' },
    ]);
  });

  it('fails when covers is not stated, naming everything missing', () => {
    expectFindings(rule, { 'admission.assessment.covers': undefined }, [
      { message: 'the evaluation does not say what it covers: add medical, co-occurring-mental-health, substance-use-severity to covers', pointer: '/admission/assessment/covers', at: 'assessment:', fix: 'State what the evaluation covers, including physical health, co-occurring mental health conditions and the severity of substance use.' },
    ]);
  });

  it('does not ask a mental-health-only program for substance-use severity', () => {
    const yaml = withChanges({ 'program.focus': ['mental-health'], 'admission.assessment.covers': ['mental-health', 'medical'] });
    expect(runRule(rule, yaml).status).toBe('pass');
    const without = withChanges({ 'program.focus': ['mental-health'], 'admission.assessment.covers': ['medical'] });
    expect(runRule(rule, without).message).toBe('the evaluation does not cover mental-health (it covers medical): add it to covers');
  });

  it('asks for substance-use severity when the focus is not stated', () => {
    const yaml = withChanges({ 'program.focus': undefined, 'admission.assessment.covers': ['mental-health', 'medical'] });
    expect(runRule(rule, yaml).message).toBe('the evaluation does not cover substance-use-severity (it covers mental-health, medical): add it to covers');
  });

  it('fails when there is no assessment, at the nearest parent', () => {
    expectFindings(rule, { 'admission.assessment': undefined }, [
      { message: 'no initial evaluation is described: add admission.assessment with timing: before-enrollment and what it covers', pointer: '/admission/assessment', at: 'admission:', fix: 'Describe the initial evaluation: done by a clinician before enrollment, covering physical health, mental health and the severity of substance use, with the standardized instruments it uses.' },
    ]);
  });

  it('warns when the evaluation names no standardized instrument, at the assessment', () => {
    expectFindings(rule, { 'admission.assessment.instruments': undefined }, [
      { message: 'no standardized instruments are named for the evaluation: list them (for example ASAM six-dimension assessment, AUDIT, PHQ-9)', pointer: '/admission/assessment/instruments', at: 'assessment:', severity: 'warning', fix: 'Name the standardized instruments the evaluation uses, for example the ASAM six-dimension assessment, the AUDIT or the PHQ-9.' },
    ]);
  });
});

describe('JOINT-04 initial-evaluation: suicide risk screening', () => {
  it('passes a named, validated screening tool, and warns on one that is not validated or not named', () => {
    expect(runRule(rule, withChanges({ 'admission.assessment.suicide_screening': { instrument: 'C-SSRS screener', validated: true } })).status).toBe('pass');
    expectFindings(rule, { 'admission.assessment.suicide_screening': { instrument: 'in-house checklist', validated: false } }, [
      { message: 'the suicide risk screening tool (in-house checklist) is not a validated instrument: use one such as the C-SSRS, ASQ or SBQ-R', pointer: '/admission/assessment/suicide_screening/validated', at: 'validated: false', severity: 'warning', fix: "Screen for suicide risk with a validated instrument, such as the C-SSRS, ASQ or SBQ-R, in place of 'in-house checklist'." },
    ]);
    expectFindings(rule, { 'admission.assessment.suicide_screening': { validated: true } }, [
      { message: 'suicide risk screening is described without naming its instrument: name the validated tool (for example C-SSRS)', pointer: '/admission/assessment/suicide_screening', at: 'suicide_screening:', severity: 'warning', fix: 'Name the validated tool used to screen for suicide risk, for example the C-SSRS.' },
    ]);
  });
});
