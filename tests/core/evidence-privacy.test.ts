import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { RULES } from '../../src/packs/index.js';
import { lineOf, withChanges } from '../support/audit.js';
import { CITED_PROGRAM } from '../support/evidence-program.js';

const audit = (yaml: string) => auditText(yaml, 'cedar-ridge.yaml', { rules: RULES });

describe('the privacy screen on evidence', () => {
  it('passes the titles and locators consultants write', () => {
    const titles = [
      'Admission and Intake Procedure',
      'Clinical Policy Manual, Section 4: Assessment and Placement',
      'Evening Group Timetable (Spring 2026)',
      'Memorandum of Understanding with Lakeview Primary Care',
      'Crisis Coverage Agreement, rev. 4',
      'De-identified chart audit sample (10 closed charts, Q3 2025)',
      'Staff Credential Roster 2026',
    ];
    const references = ['P-12 §4.2', 'SCH-1 p. 3', 'HB-2 section 5, effective 2026-01-01', 'MOU-4 schedule A, items 1-3', 'REC-7 charts 1-10 (intake notes)', 'P-12 appendix B, page 14 of 22'];
    const documents = titles.map((title, i) => ({ id: `D-${i + 1}`, title, kind: 'other' }));
    const yaml = withChanges({
      source_documents: [...documents, { id: 'P-12', title: 'Admission and Intake Procedure', kind: 'procedure', effective: '2026-01-01' }],
      'admission.assessment.evidence': references.map((r) => r.replace(/^(SCH-1|HB-2|MOU-4|REC-7)/, 'P-12')),
    }, CITED_PROGRAM);
    const doc = audit(yaml);
    expect(doc.problems).toEqual([]);
    expect(doc.verdict).not.toBe('invalid');
  });

  it('refuses patient data hidden in a locator or a title, at its line, without repeating it', () => {
    const hidden: [string, string, string][] = [
      ['admission.assessment.evidence', 'REC-7 chart of Maria Gonzalez 1987-04-12', 'a name with a date of birth'],
      ['admission.assessment.evidence', 'REC-7 MRN 00482913 p. 2', 'a medical record number'],
      ['services.medical.evidence', 'MOU-4 §2, client SSN 123-45-6789', 'a social security number'],
      ['source_documents.4.title', 'Chart of J. Ortiz, DOB 03/04/1990', 'a date of birth'],
    ];
    for (const [path, value, kind] of hidden) {
      const yaml = path.endsWith('evidence') ? withChanges({ [path]: ['P-12 §4.2', value] }, CITED_PROGRAM) : withChanges({ [path]: value }, CITED_PROGRAM);
      const doc = audit(yaml);
      expect(doc.verdict, value).toBe('invalid');
      expect(doc.problems.map((p) => p.kind), value).toEqual(['privacy']);
      expect(doc.problems[0]!.message, value).toContain(`looks like ${kind}`);
      expect(doc.problems[0]!.line, value).toBe(lineOf(yaml, value.slice(0, 12)));
      expect(JSON.stringify(doc), value).not.toContain(value.match(/\d[\d/ -]{5,}/)![0]);
    }
  });

  it('reads a date right after two capitalised words as a name with a date, unless its line is marked reviewed', () => {
    // The known cost of the weak name-and-date pattern: dates belong in effective, or the line is marked.
    const line = '  - { id: MOU-4, title: Memorandum of Understanding with Lakeview Primary Care, kind: contract, effective: 2025-07-15 }';
    expect(CITED_PROGRAM).toContain(line);
    const dated = CITED_PROGRAM.replace(line, '  - id: MOU-4\n    title: Memorandum with Lakeview Primary Care, signed 2025-07-15\n    kind: contract');
    expect(audit(dated).problems.map((p) => p.kind)).toEqual(['privacy']);
    const marked = dated.replace('signed 2025-07-15', 'signed 2025-07-15 # iop-audit: not-patient-data');
    expect(marked).not.toBe(dated);
    expect(audit(marked).problems).toEqual([]);
  });
});
