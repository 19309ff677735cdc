import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { hours, inWords } from '../helpers.js';
import { MEDICARE_CERTIFICATION, MEDICARE_CERTIFYING_PHYSICIAN } from '../../domain/sources.js';
import { MEDICARE_IOP_MINIMUM_HOURS } from './pack.js';

const MIN = MEDICARE_IOP_MINIMUM_HOURS;

export default defineRule({
  id: 'MCR-01',
  alias: 'certification-of-need',
  standard: 'medicare-iop',
  implements: ['medicare-iop:424.24(d)(1)'],
  clause: '42 CFR 424.24(d)(1), with 424.24(b)',
  title: 'A physician certifies each patient\'s need for at least 9 hours of services a week',
  severity: 'error',
  sources: [MEDICARE_CERTIFICATION, MEDICARE_CERTIFYING_PHYSICIAN],
  rationale:
    'Medicare pays for intensive outpatient services only when a physician has certified that the patient needs them, at least 9 hours a week. '
    + 'The rules of this pack apply whenever the pack is selected: a consultant selects it because Medicare pays for the program\'s care, so the document must show how each patient\'s need is certified. '
    + 'The general rule of 42 CFR 424.24(b) names a physician for the content of paragraph (d)(1) and names no other practitioner, unlike the therapy paragraph (c), where nurse practitioners, clinical nurse specialists and physician assistants may certify. '
    + 'So a certification by a nurse practitioner, physician assistant, clinical nurse specialist, psychologist or other clinician fails, however qualified they are: it is a payment condition, not a judgement of their skill. '
    + 'A certification that states fewer than 9 hours a week certifies a patient for outpatient care, not for an IOP.',
  remediation: {
    text: 'Have a physician certify, for each patient, a need for at least 9 hours a week of intensive outpatient services, and say so in admission.certification.',
    example: 'admission:\n  certification:\n    by: physician\n    minimum_hours_per_week: 9\n    recertify_every_days: 60',
  },
  evidence: ['/admission/certification'],
  thresholds: [],
  check(program) {
    const at = '/admission/certification';
    const certification = program.admission?.certification;
    if (!certification) {
      return [{
        pointer: at,
        message: `no certification of need is described: add admission.certification with by: physician and minimum_hours_per_week of at least ${MIN}`,
        fix: `Have a physician certify, for each patient, that they need at least ${MIN} hours of services a week, and describe that certification.`,
      }];
    }
    const findings: RawFinding[] = [];
    const by = certification.by;
    if (by === undefined) {
      findings.push({ pointer: `${at}/by`, message: 'who certifies the need is not stated: set by: physician', fix: 'State who certifies each patient\'s need for IOP services: it must be a physician.' });
    } else if (by === 'none') {
      findings.push({
        pointer: `${at}/by`,
        message: 'no one certifies the need (by: none): Medicare pays for IOP services only when a physician certifies it; set by: physician',
        fix: 'Have a physician certify each patient\'s need for IOP services: Medicare pays only on a physician\'s certification.',
      });
    } else if (by !== 'physician') {
      findings.push({
        pointer: `${at}/by`,
        message: `the need is certified by a ${by}, but Medicare accepts only a physician's certification for IOP services: have a physician sign it (set by: physician)`,
        fix: `Have a physician, not a ${inWords(by)}, sign each patient's certification of need.`,
      });
    }
    const need = certification.minimum_hours_per_week;
    if (need === undefined) {
      findings.push({
        pointer: `${at}/minimum_hours_per_week`,
        message: `the certification does not state the weekly hours the patient needs: set minimum_hours_per_week to at least ${MIN}`,
        fix: `State in the certification the hours of services a week the patient needs: at least ${MIN}.`,
      });
    } else if (need < MIN) {
      findings.push({
        pointer: `${at}/minimum_hours_per_week`,
        message: `the certification states a need of ${hours(need)} hours a week, under the ${MIN} Medicare requires for IOP services: certify a need of at least ${MIN} hours a week, or place the patient in outpatient care`,
        fix: `Certify a need of at least ${MIN} hours of services a week (now ${hours(need)}), or place the patient in outpatient care instead.`,
      });
    }
    return findings;
  },
});
