import { readdirSync, readFileSync } from 'node:fs';
import { auditText, buildResult } from '../../src/core/engine.js';
import type { AuditResult, Waiver } from '../../src/core/types.js';
import { RULES } from '../../src/packs/index.js';
import type { FormatContext } from '../../src/report/types.js';
import { withChanges } from '../support/audit.js';

export const context: FormatContext = { rules: RULES, color: false, quiet: false, width: 120 };

const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => f.endsWith('.yaml')).sort();

/** Every shipped example, audited as the CLI would, plus an invalid document. */
export function examplesResult(): AuditResult {
  const documents = examples.map((name) =>
    auditText(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'), `examples/${name}`, { rules: RULES }));
  documents.push(auditText('version: 1\nprogram:\n  name: Broken\n  levl_of_care: intensive-outpatient\n', 'drafts/broken.yaml', { rules: RULES }));
  return buildResult(documents, '0.0.0-test');
}

/** A result with a waived rule, a baselined failure and markup-hostile text in names and messages. */
export function trickyResult(): AuditResult {
  const waiver: Waiver = { rule: 'JOINT-10', files: ['*.yaml'], justification: 'State contract: 60-day episodes <for> "this" track & others', approved_by: 'J. Rivera', expires: '2027-06-30' };
  const yaml = withChanges({
    'program.name': 'Quotes "&" <tags> | pipes ]]> \u0007 bell',
    'schedule.program_length': { typical_weeks: 8 },
    'services.drug_testing.schedule': 'scheduled',
    'admission.days_to_first_session': 10,
  });
  const doc = auditText(yaml, 'dir with space/p&q.yaml', {
    rules: RULES,
    waiverFor: (rule) => (rule === 'JOINT-10' ? waiver : undefined),
    inBaseline: (_file, rule) => rule === 'SAMHSA-02',
  });
  return buildResult([doc], '0.0.0-test');
}

/**
 * Terminal control sequences a hostile document or file name may carry: clear screen, a window
 * title, an OSC 8 hyperlink, a C1 CSI, DEL, and a line break followed by a forged verdict line.
 */
export const CONTROL_SEQUENCES = 'Evil\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\\u009b31m\u007f\r\nPASS  forged.yaml';

/**
 * A failing and an invalid document whose file names, program name, messages and a notice carry
 * CONTROL_SEQUENCES (set on the results directly, as a message that quotes the document would carry them).
 */
export function controlResult(): AuditResult {
  const failing = auditText(withChanges({ 'services.drug_testing.method': 'hair' }), `dir/${CONTROL_SEQUENCES}.yaml`, { rules: RULES });
  failing.name = CONTROL_SEQUENCES;
  const finding = failing.results.find((r) => r.status === 'fail')!.findings[0]!;
  finding.message = `${finding.message} ${CONTROL_SEQUENCES}`;
  const invalid = auditText(withChanges({ 'program.levl': 1 }), `bad${CONTROL_SEQUENCES}.yaml`, { rules: RULES });
  invalid.problems[0]!.message = `${invalid.problems[0]!.message} ${CONTROL_SEQUENCES}`;
  return buildResult([failing, invalid], '0.0.0-test', [`waiver note ${CONTROL_SEQUENCES}`]);
}

/** Control characters left in report text once the given own sequences (colour codes, line breaks) are taken out. */
export function rawControls(text: string, own: RegExp = /\n/g): string[] {
  return text.replace(own, '').match(/[\u0000-\u001f\u007f-\u009f]/g) ?? [];
}

/** An engagement as a consultant's config states it. */
export const engagementContext: FormatContext = {
  ...context,
  engagement: {
    client: 'Cedar Ridge Behavioral Health',
    auditor: { name: 'Dana Whitfield', credentials: 'LCSW, CADC' },
    reviewDate: '2027-03-15',
    method: 'Desk review of the program descriptions ahead of the state survey.',
    limitations: 'Clinical records were not sampled.',
  },
};

/**
 * Two programs of one provider as a consultant meets them: a daytime adult program that makes
 * clients wait 12 days, runs groups of 16 and plans 60 days (one rule waived by the config),
 * and an evening program for young adults that meets every requirement.
 */
export function engagementResult(): AuditResult {
  const waiver: Waiver = { rule: 'JOINT-10', files: ['programs/*.yaml'], justification: 'County contract sets 60-day episodes with review at day 45', approved_by: 'M. Okafor, Clinical Director', expires: '2027-12-31' };
  const day = withChanges({
    'program.name': 'Cedar Ridge Adult Day IOP',
    'program.provider': 'Cedar Ridge Behavioral Health, Inc.',
    'schedule.timetable': [
      { day: 'monday', start: '09:00', end: '12:00', activities: ['group-counseling', 'psychoeducation'] },
      { day: 'wednesday', start: '09:00', end: '12:00', activities: ['group-counseling', 'relapse-prevention', 'individual-counseling'] },
      { day: 'friday', start: '09:00', end: '12:30', activities: ['group-counseling', 'skills-training', 'family-education'] },
    ],
    'schedule.hours_per_day': undefined,
    'schedule.days_per_week': undefined,
    'schedule.evening_or_weekend_option': undefined,
    'schedule.program_length': { minimum_days: 60, typical_weeks: 9 },
    'admission.days_to_first_session': 12,
    'services.group_counseling.max_group_size': 16,
  });
  const evening = withChanges({
    'program.name': 'Cedar Ridge Young Adult Evening IOP',
    'program.provider': 'Cedar Ridge Behavioral Health, Inc.',
    'program.populations': ['young-adults'],
  });
  const documents = [
    auditText(day, 'programs/adult-day.yaml', { rules: RULES, waiverFor: (rule) => (rule === 'JOINT-10' ? waiver : undefined) }),
    auditText(evening, 'programs/young-adult-evening.yaml', { rules: RULES }),
  ];
  // As the document names it (set here too, so the test does not depend on where the engine takes it from).
  for (const doc of documents) doc.provider = 'Cedar Ridge Behavioral Health, Inc.';
  return buildResult(documents, '0.0.0-test', ['config: .iop-audit.yaml']);
}
