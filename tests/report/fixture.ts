import { readdirSync, readFileSync } from 'node:fs';
import { auditText, buildResult } from '../../src/core/engine.js';
import type { AuditResult, Waiver } from '../../src/core/types.js';
import { RULES } from '../../src/rules/index.js';
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
