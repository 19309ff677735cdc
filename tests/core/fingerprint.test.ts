import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { contentPath, fingerprintOf, hash64 } from '../../src/core/fingerprint.js';
import type { DocumentResult } from '../../src/core/types.js';
import { RULES } from '../../src/packs/index.js';
import { withChanges } from '../support/audit.js';

/** A program with gaps in several lists: barriers at admission, an exclusion, a duplicated block, a thin week. */
const FLAWED = {
  'program.name': 'Cedar Valley Outpatient Recovery',
  'admission.requirements': ['clinical-need', 'abstinence-before-admission', 'insurance-only'],
  'admission.exclusions': ['co-occurring-mental-health', 'imminent-risk-of-harm'],
  'schedule.timetable': [
    { day: 'monday', start: '09:00', end: '11:00', activities: ['group-counseling', 'psychoeducation'] },
    { day: 'monday', start: '09:00', end: '11:00', activities: ['group-counseling', 'psychoeducation'] },
    { day: 'wednesday', start: '09:00', end: '11:30', activities: ['group-counseling', 'relapse-prevention'] },
    { day: 'friday', start: '13:00', end: '14:00', activities: ['mutual-support-meeting'] },
  ],
  'schedule.days_per_week': undefined,
  'schedule.hours_per_day': undefined,
  'schedule.evening_or_weekend_option': false,
  'services.drug_testing': { provided: 'on-site', method: 'self-report', schedule: 'scheduled', per_week: 1 },
};

function audit(changes: Record<string, unknown>): DocumentResult {
  const doc = auditText(withChanges(changes), 'programs/cedar.yaml', { rules: RULES });
  expect(doc.verdict, JSON.stringify(doc.problems)).not.toBe('invalid');
  return doc;
}

/** Each failing finding as rule + fingerprint, and as rule + pointer, sorted. */
function failures(doc: DocumentResult) {
  const found = doc.results.filter((r) => r.status === 'fail').flatMap((r) => r.findings.map((f) => ({ rule: r.rule, ...f })));
  return {
    byFingerprint: found.map((f) => `${f.rule} ${f.fingerprint}`).sort(),
    byPointer: found.map((f) => `${f.rule} ${f.pointer}`).sort(),
  };
}

describe('fingerprints', () => {
  it('gives every result and finding a 16-hex-digit fingerprint', () => {
    const doc = audit(FLAWED);
    expect(doc.results.length).toBeGreaterThan(20);
    for (const result of doc.results) {
      expect(result.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      for (const finding of result.findings) expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('keeps every finding\'s fingerprint when compliant items are added at the front of lists', () => {
    const before = audit(FLAWED);
    const after = audit({
      ...FLAWED,
      'admission.requirements': ['willingness-to-participate', ...FLAWED['admission.requirements']],
      'admission.exclusions': ['needs-medical-withdrawal-management', ...FLAWED['admission.exclusions']],
      'schedule.timetable': [
        { day: 'wednesday', start: '12:00', end: '12:45', activities: ['individual-counseling'] },
        ...FLAWED['schedule.timetable'],
      ],
    });
    const was = failures(before);
    const now = failures(after);
    // The pointers moved (the test would pass trivially otherwise), the fingerprints did not.
    expect(now.byPointer).not.toEqual(was.byPointer);
    expect(was.byPointer).toContain('SAMHSA-01 /admission/requirements/1');
    expect(now.byPointer).toContain('SAMHSA-01 /admission/requirements/2');
        expect(was.byFingerprint.filter((f) => !now.byFingerprint.includes(f))).toEqual([]);
    expect(now.byFingerprint).toEqual(was.byFingerprint);
  });

  it('changes the fingerprint when the item itself changes, and tells duplicates apart', () => {
    const before = audit(FLAWED);
    const after = audit({ ...FLAWED, 'admission.requirements': ['clinical-need', 'abstinence-before-admission', 'willingness-to-participate'] });
    const was = failures(before).byFingerprint;
    const now = failures(after).byFingerprint;
    expect(was.filter((f) => !now.includes(f))).toHaveLength(1); // insurance-only fixed
    const data = { schedule: { timetable: FLAWED['schedule.timetable'] } };
    expect(contentPath(data, '/schedule/timetable/0')).toBe('/schedule/timetable[monday 09:00]');
    expect(contentPath(data, '/schedule/timetable/1')).toBe('/schedule/timetable[monday 09:00#2]');
    expect(contentPath(data, '/schedule/timetable/3/activities/0')).toBe('/schedule/timetable[friday 13:00]/activities[=mutual-support-meeting]');
  });

  it('names items by id, role, value or content, and keeps segments the document lacks', () => {
    const data = {
      source_documents: [{ id: 'P-12', title: 'Admission policy' }, { id: 'S-03', title: 'Group schedule' }],
      staffing: { team: [{ role: 'counselor', credential: 'LPC' }, { role: 'psychiatrist' }, { role: 'counselor', credential: 'CADC' }] },
      notes: [{ text: 'a' }, [1, 2], 7, null],
      'a/b': { 'c~d': 1 },
    };
    expect(contentPath(data, '/source_documents/1/title')).toBe('/source_documents[id=S-03]/title');
    expect(contentPath(data, '/staffing/team/2/credential')).toBe('/staffing/team[role=counselor#2]/credential');
    expect(contentPath(data, '/notes/0')).toBe(`/notes[#${hash64('{"text":"a"}')}]`);
    expect(contentPath(data, '/notes/1')).toBe(`/notes[#${hash64('[1,2]')}]`);
    expect(contentPath(data, '/notes/2')).toBe('/notes[=7]');
    expect(contentPath(data, '/notes/9')).toBe('/notes/9');
    expect(contentPath(data, '/services/medical')).toBe('/services/medical');
    expect(contentPath(data, '/a~1b/c~0d')).toBe('/a~1b/c~0d');
    expect(contentPath(data, '')).toBe('');
    // Same key order or not, the same content.
    expect(contentPath({ l: [{ b: 1, a: 2 }] }, '/l/0')).toBe(contentPath({ l: [{ a: 2, b: 1 }] }, '/l/0'));
  });

  it('hashes with the rule, deterministically', () => {
    expect(fingerprintOf('SAMHSA-01', '/admission/requirements[=insurance-only]')).toBe(fingerprintOf('SAMHSA-01', '/admission/requirements[=insurance-only]'));
    expect(fingerprintOf('SAMHSA-01', '/x')).not.toBe(fingerprintOf('SAMHSA-02', '/x'));
    expect(hash64('')).toMatch(/^[0-9a-f]{16}$/);
    // No collisions among many near-identical paths.
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(fingerprintOf('JOINT-04', `/schedule/timetable[monday ${i}]`));
    expect(seen.size).toBe(20_000);
  });
});
