import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { auditText } from '../../src/core/engine.js';
import type { Program } from '../../src/domain/program.js';
import { evidenceIndex, evidenceReferences, parseReference } from '../../src/domain/evidence.js';
import { RULES } from '../../src/packs/index.js';
import { lineOf, withChanges } from '../support/audit.js';
import { CITED_PROGRAM } from '../support/evidence-program.js';

const program = parseDocument(CITED_PROGRAM).toJS() as Program;
const audited = (yaml: string) => auditText(yaml, 'cedar-ridge.yaml', { rules: RULES, standards: ['samhsa-tip47', 'joint'] });
const refs = (citations: readonly { ref: string }[] | undefined) => (citations ?? []).map((c) => c.ref);

describe('evidence references', () => {
  it('split into the source document\'s ID and a free-text locator', () => {
    expect(parseReference('P-12')).toEqual({ id: 'P-12' });
    expect(parseReference('P-12 §4.2')).toEqual({ id: 'P-12', locator: '§4.2' });
    expect(parseReference('SCH-1 p. 3')).toEqual({ id: 'SCH-1', locator: 'p. 3' });
    expect(parseReference('HB-2 section 5, effective 2026-01-01')).toEqual({ id: 'HB-2', locator: 'section 5, effective 2026-01-01' });
    expect(parseReference('MOU-4\tschedule A')).toEqual({ id: 'MOU-4', locator: 'schedule A' });
  });

  it('are read in document order with the object that carries them, resolved against source_documents', () => {
    const found = evidenceReferences(program);
    expect(found.map((r) => [r.pointer, r.ref])).toEqual([
      ['/program', 'HB-2 p. 2'],
      ['/schedule/timetable/0', 'SCH-1 row 1'],
      ['/schedule', 'SCH-1 p. 3'],
      ['/schedule', 'HB-2 section 5, effective 2026-01-01'],
      ['/admission/assessment', 'P-12 §4.2'],
      ['/admission/assessment', 'REC-7 charts 1-10'],
      ['/services/medical', 'MOU-4 §2 and schedule A'],
    ]);
    expect(found[6]!.document).toEqual({ id: 'MOU-4', title: 'Memorandum of Understanding with Lakeview Primary Care', kind: 'contract', effective: '2025-07-15' });
    expect(found[6]!.at).toBe('/services/medical/evidence/0');
  });

  it('bear on what holds them and what they hold, never on a sibling or the whole document', () => {
    const index = evidenceIndex(program);
    // A block's end: the block's own evidence and the schedule's, in document order.
    expect(refs(index.citing(['/schedule/timetable/0/end']))).toEqual(['SCH-1 row 1', 'SCH-1 p. 3', 'HB-2 section 5, effective 2026-01-01']);
    // Another block: only the schedule's (the first block's row is a sibling's evidence).
    expect(refs(index.citing(['/schedule/timetable/2']))).toEqual(['SCH-1 p. 3', 'HB-2 section 5, effective 2026-01-01']);
    // The timetable as a whole holds the first block.
    expect(refs(index.citing(['/schedule/timetable']))).toEqual(['SCH-1 row 1', 'SCH-1 p. 3', 'HB-2 section 5, effective 2026-01-01']);
    // The referral contract bears on the medical service, not on crisis coverage or on services as a whole's siblings.
    expect(refs(index.citing(['/services/medical/partner']))).toEqual(['MOU-4 §2 and schedule A']);
    expect(refs(index.citing(['/services/crisis']))).toEqual([]);
    expect(refs(index.citing(['/services']))).toEqual(['MOU-4 §2 and schedule A']);
    expect(refs(index.citing(['']))).toEqual([]);
    // The approaches list cannot carry evidence: the program's bears on it, once the document lists approaches.
    expect(refs(index.citing(['/approaches']))).toEqual([]);
    const withApproaches = parseDocument(withChanges({ approaches: ['cognitive-behavioral-therapy', 'seeking-safety'] }, CITED_PROGRAM)).toJS() as Program;
    expect(refs(evidenceIndex(withApproaches).citing(['/approaches/1']))).toEqual(['HB-2 p. 2']);
    // Several pointers: each citation once, in document order.
    expect(refs(index.citing(['/admission/assessment/timing', '/program/level_of_care', '/admission/assessment']))).toEqual(['HB-2 p. 2', 'P-12 §4.2', 'REC-7 charts 1-10']);
  });
});

describe('evidence on audit results', () => {
  const doc = audited(CITED_PROGRAM);
  const result = (id: string) => doc.results.find((r) => r.rule === id)!;

  it('names the provider and the source documents', () => {
    expect(doc.provider).toBe('Cedar Ridge Behavioral Health, Inc.');
    expect(doc.sourceDocuments?.map((d) => d.id)).toEqual(['P-12', 'SCH-1', 'HB-2', 'MOU-4', 'REC-7']);
  });

  it('cites on a passing result the evidence of everything the rule read, each with where it is written', () => {
    const evaluation = result('JOINT-04');
    expect(evaluation.status).toBe('pass');
    expect(evaluation.evidence).toEqual([
      { ref: 'P-12 §4.2', id: 'P-12', locator: '§4.2', pointer: '/admission/assessment', line: lineOf(CITED_PROGRAM, 'P-12 §4.2'), column: CITED_PROGRAM.split('\n')[lineOf(CITED_PROGRAM, 'P-12 §4.2') - 1]!.indexOf('P-12 §4.2') + 1, document: program.source_documents![0] },
      expect.objectContaining({ ref: 'REC-7 charts 1-10', locator: 'charts 1-10', document: expect.objectContaining({ kind: 'record-sample' }) }),
    ]);
    expect(refs(result('JOINT-13').evidence)).toEqual(['MOU-4 §2 and schedule A']);
    // Nothing is cited for the clinical lead: the result carries no evidence at all.
    expect(result('JOINT-05').evidence).toBeUndefined();
  });

  it('cites on a failing result the evidence of what failed', () => {
    // Days to first session over the limit: the admission section has no evidence of its own, its assessment does.
    const yaml = withChanges({ 'admission.days_to_first_session': 30, 'admission.evidence': ['P-12 §3.1 (scheduling the first session)'] }, CITED_PROGRAM);
    const failed = audited(yaml).results.find((r) => r.rule === 'SAMHSA-02')!;
    expect(failed.status).toBe('fail');
    expect(refs(failed.evidence)).toEqual(['P-12 §3.1 (scheduling the first session)']);
  });
});
