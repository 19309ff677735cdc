import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/document/evid-01-evidence-references.js';
import { COMPLIANT, lineOf, runRule, withChanges } from '../../support/audit.js';
import { CITED_PROGRAM } from '../../support/evidence-program.js';

describe('EVID-01 evidence-references', () => {
  it('does not apply to a document that cites no evidence', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('not-applicable');
    expect(result.message).toBe('not applicable: the document cites no evidence and lists no source documents');
  });

  it('passes when every reference names a listed document, whatever its locator says', () => {
    const result = runRule(rule, CITED_PROGRAM);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(CITED_PROGRAM, 'source_documents:'));
  });

  it('names a mistyped ID at the reference itself, with a did-you-mean', () => {
    const yaml = withChanges({ 'admission.assessment.evidence': ['P-12 §4.2', 'P12 §4.3 (intake interview)'] }, CITED_PROGRAM);
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.findings).toHaveLength(1);
    const finding = result.findings[0]!;
    expect(finding.message).toBe("evidence 'P12 §4.3 (intake interview)' names 'P12', which source_documents does not list; did you mean 'P-12'?");
    expect(finding.pointer).toBe('/admission/assessment/evidence/1');
    expect(finding.line).toBe(lineOf(yaml, 'P12 §4.3'));
    expect(finding.column).toBe(yaml.split('\n')[finding.line - 1]!.indexOf('P12 §4.3') + 1);
  });

  it('names an unknown ID without a guess when nothing listed is close', () => {
    const yaml = withChanges({ 'services.medical.evidence': ['BAA-9 p. 1'] }, CITED_PROGRAM);
    const result = runRule(rule, yaml);
    expect(result.findings.map((f) => [f.pointer, f.message])).toEqual([
      ['/services/medical/evidence/0', "evidence 'BAA-9 p. 1' names 'BAA-9', which source_documents does not list"],
    ]);
  });

  it('says so when references are written but no source document is listed', () => {
    const yaml = withChanges({ 'quality': { outcome_measures: ['retention', 'completion'], evidence: ['QI-1 minutes of 2026-02-10'] } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.findings.map((f) => f.message)).toEqual(["evidence 'QI-1 minutes of 2026-02-10' names 'QI-1', but the document lists no source_documents"]);
    expect(result.findings[0]!.line).toBe(lineOf(yaml, 'QI-1'));
  });

  it('reports an ID listed twice at the second listing (and the reference its old ID left behind)', () => {
    // The chart-audit sample was given the procedure's ID by mistake: REC-7 now points nowhere.
    const yaml = withChanges({ 'source_documents.4.id': 'P-12' }, CITED_PROGRAM);
    const result = runRule(rule, yaml);
    expect(result.findings.map((f) => [f.pointer, f.message, f.line])).toEqual([
      ['/source_documents/4/id', "source document ID 'P-12' is listed twice (entries 1 and 5), so references to it are ambiguous", lineOf(yaml, 'P-12', lineOf(yaml, 'MOU-4'))],
      ['/admission/assessment/evidence/1', "evidence 'REC-7 charts 1-10' names 'REC-7', which source_documents does not list", lineOf(yaml, 'REC-7 charts')],
    ]);
  });

  it('does not quote patient data through a reference', () => {
    // The privacy screen refuses the document before any rule reads it (tests/core/privacy.test.ts); a lookalike
    // that passes the screen is still quoted through the screened quote().
    const yaml = withChanges({ 'admission.assessment.evidence': ['P-12 §4.2', 'X-1 chart of 123-45-6789'] }, CITED_PROGRAM);
    expect(() => runRule(rule, yaml)).toThrow(/social security number/);
  });
});
