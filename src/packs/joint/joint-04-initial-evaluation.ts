import type { RawFinding } from '../../core/types.js';
import { CLINICAL_ASSESSORS } from '../../domain/vocabulary.js';
import { defineRule } from '../define.js';
import { inWords, listed, servesSubstanceUse } from '../helpers.js';
import { JOINT_COMMISSION_SUICIDE, convention, jointCommitteeAsReported, jointElement } from '../../domain/sources.js';

/** What an evaluation covers, in words for the fix. */
const AREAS_IN_WORDS: Readonly<Record<string, string>> = {
  medical: 'physical health',
  'mental-health': 'mental health',
  'co-occurring-mental-health': 'co-occurring mental health conditions',
  'substance-use-severity': 'the severity of substance use',
};

export default defineRule({
  id: 'JOINT-04',
  alias: 'initial-evaluation',
  standard: 'joint',
  implements: ['joint:initial-evaluation'],
  clause: 'Thorough initial evaluation',
  title: 'A thorough evaluation by a clinician before treatment begins',
  severity: 'error',
  sources: [
    jointElement('(b) a thorough evaluation', 'a thorough evaluation of the patient, covering diagnosis, the stage and severity of the illness, and the medical, psychiatric, interpersonal and social problems that come with it'),
    jointCommitteeAsReported('the evaluation is done before the client enrolls in the intensive outpatient program'),
    convention('an evaluation made at the level of care that referred the client (residential, say) counts when it is reviewed and updated within the first week after transfer, rather than repeated'),
    JOINT_COMMISSION_SUICIDE,
  ],
  rationale:
    'Placement and the treatment plan both rest on knowing the client first: the severity of the substance use and the mental health and medical conditions that come with it. The joint statement asks for a thorough initial evaluation; only a secondary account of the joint committee\'s IOP specifications says it comes before enrollment. So the catalog reads it fairly: an evaluation before enrollment passes, and so does one made at the level of care that referred the client, provided it is updated within a week of transfer (a convention) instead of being repeated; an evaluation in the first week of treatment draws a warning, not an error, because the primary statement does not fix the timing; no evaluation at all is an error. A thorough evaluation is clinical work: intake staff, case managers and peer specialists gather information, but a clinician must conduct the evaluation or review and sign it.',
  remediation: {
    text: 'Have a clinician evaluate every client before enrollment (or update, within a week of transfer, the evaluation made at the referring level of care), covering medical conditions, mental health and, when the program treats substance use, substance-use severity.',
    example: 'admission:\n  assessment:\n    timing: before-enrollment\n    conducted_by: licensed-clinician\n    covers: [substance-use-severity, co-occurring-mental-health, medical]',
  },
  evidence: ['/admission/assessment'],
  thresholds: ['assessment_update_days'],
  check(program, _facts, limits) {
    const assessment = program.admission?.assessment;
    const at = '/admission/assessment';
    const limit = limits.assessment_update_days;
    if (!assessment) {
      const areas = servesSubstanceUse(program) ? 'physical health, mental health and the severity of substance use' : 'physical health and mental health';
      return [{
        pointer: at,
        message: 'no initial evaluation is described: add admission.assessment with timing: before-enrollment and what it covers',
        fix: `Describe the initial evaluation: done by a clinician before enrollment, covering ${areas}, with the standardized instruments it uses.`,
      }];
    }
    const findings: RawFinding[] = [];
    const transfer = `or, for a client transferred from another level of care, update the evaluation made there within ${limit} days of transfer`;
    switch (assessment.timing) {
      case undefined:
        findings.push({
          pointer: `${at}/timing`,
          message: 'when the evaluation happens is not stated: set timing: before-enrollment',
          fix: `State when the initial evaluation happens: before enrollment, ${transfer}.`,
        });
        break;
      case 'none':
        findings.push({
          pointer: `${at}/timing`,
          message: 'no evaluation is done (timing: none): evaluate every client before enrollment',
          fix: `Evaluate every client before enrollment, ${transfer}.`,
        });
        break;
      case 'first-week':
        // The primary statement fixes no timing; only the secondary account says "before enrollment".
        findings.push({
          pointer: `${at}/timing`,
          severity: 'warning',
          message: `the evaluation happens in the first week, after treatment has begun: evaluate before enrollment, or update within ${limit} days of transfer the evaluation made at the referring level of care`,
          fix: `Evaluate each client before treatment begins rather than in the first week, ${transfer}.`,
        });
        break;
      case 'at-referring-level': {
        const days = assessment.updated_within_days;
        if (days === undefined) {
          findings.push({
            pointer: `${at}/updated_within_days`,
            message: `the evaluation is made at the referring level of care, but no update after transfer is stated: set updated_within_days (at most ${limit})`,
            fix: `State how soon after transfer the evaluation made at the referring level of care is updated: within ${limit} days.`,
          });
        } else if (days > limit) {
          findings.push({
            pointer: `${at}/updated_within_days`,
            message: `the evaluation made at the referring level of care is updated up to ${days} days after transfer, more than the ${limit} allowed: update it within ${limit} days of transfer`,
            fix: `Update the evaluation made at the referring level of care within ${limit} days of transfer (now up to ${days}).`,
          });
        }
        break;
      }
      case 'before-enrollment':
        break;
    }
    // Who evaluates matters only when an evaluation is done; an unstated assessor is not guessed at.
    const by = assessment.conducted_by;
    if (assessment.timing !== 'none' && by !== undefined && !CLINICAL_ASSESSORS.has(by)) {
      const reviewer = assessment.reviewed_by;
      if (reviewer === undefined) {
        findings.push({
          pointer: `${at}/conducted_by`,
          message: `the evaluation is conducted by ${by} and no clinician reviews it: have a clinician (for example a licensed-clinician or counselor) conduct it, or set reviewed_by to the clinician who reviews and signs it`,
          fix: `Have a clinician (a licensed clinician or counselor) conduct the evaluation, or review and sign the one the ${inWords(by)} conducts, and say who.`,
        });
      } else if (!CLINICAL_ASSESSORS.has(reviewer)) {
        findings.push({
          pointer: `${at}/reviewed_by`,
          message: `the evaluation is conducted by ${by} and reviewed by ${reviewer}, neither of whom is a clinician: have a clinician (for example a licensed-clinician or counselor) conduct or review it`,
          fix: `Have a clinician (a licensed clinician or counselor) conduct the evaluation, or review and sign it in place of the ${inWords(reviewer)}.`,
        });
      }
    }
    const covers = assessment.covers ?? [];
    const missing: string[] = [];
    if (!covers.includes('medical')) missing.push('medical');
    const substanceUse = servesSubstanceUse(program);
    // Either word satisfies it; suggest the one that fits the program's focus.
    if (!covers.includes('mental-health') && !covers.includes('co-occurring-mental-health')) missing.push(substanceUse ? 'co-occurring-mental-health' : 'mental-health');
    if (substanceUse && !covers.includes('substance-use-severity')) missing.push('substance-use-severity');
    if (missing.length > 0) {
      const message = assessment.covers === undefined
        ? `the evaluation does not say what it covers: add ${missing.join(', ')} to covers`
        : `the evaluation does not cover ${missing.join(', ')} (it covers ${covers.length > 0 ? covers.join(', ') : 'nothing'}): add ${missing.length > 1 ? 'them' : 'it'} to covers`;
      const inWords = missing.map((area) => AREAS_IN_WORDS[area] ?? area);
      const fix = assessment.covers === undefined
        ? `State what the evaluation covers, including ${listed(inWords)}.`
        : `Extend the evaluation to cover ${listed(inWords)}.`;
      findings.push({ pointer: `${at}/covers`, message, fix });
    }
    // Suicide risk is screened with a validated tool (The Joint Commission's NPSG.15.01.01); a named tool that is not validated is a gap.
    const screening = assessment.suicide_screening;
    if (screening?.validated === false) {
      findings.push({
        pointer: `${at}/suicide_screening/validated`,
        message: `the suicide risk screening tool${screening.instrument ? ` (${screening.instrument})` : ''} is not a validated instrument: use one such as the C-SSRS, ASQ or SBQ-R`,
        severity: 'warning',
        fix: `Screen for suicide risk with a validated instrument, such as the C-SSRS, ASQ or SBQ-R${screening.instrument ? `, in place of '${screening.instrument}'` : ''}.`,
      });
    } else if (screening && !screening.instrument?.trim()) {
      findings.push({
        pointer: `${at}/suicide_screening`,
        message: 'suicide risk screening is described without naming its instrument: name the validated tool (for example C-SSRS)',
        severity: 'warning',
        fix: 'Name the validated tool used to screen for suicide risk, for example the C-SSRS.',
      });
    }
    // A surveyor traces a thorough evaluation to the instruments it used; naming none is a gap in the record, not in the evaluation.
    if (!assessment.instruments?.length) {
      findings.push({
        pointer: `${at}/instruments`,
        message: 'no standardized instruments are named for the evaluation: list them (for example ASAM six-dimension assessment, AUDIT, PHQ-9)',
        severity: 'warning',
        fix: 'Name the standardized instruments the evaluation uses, for example the ASAM six-dimension assessment, the AUDIT or the PHQ-9.',
      });
    }
    return findings;
  },
});
