import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import formatsPlugin from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText, buildResult } from '../../src/core/engine.js';
import type { Finding, Waiver } from '../../src/core/types.js';
import { artifactLocation, sarif } from '../../src/report/sarif.js';
import { RULES } from '../../src/packs/index.js';
import { withChanges } from '../support/audit.js';
import { context, examplesResult, trickyResult } from './fixture.js';

// The official SARIF 2.1.0 schema (JSON Schema draft-04), as shipped by @microsoft/jest-sarif.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
formatsPlugin.default(ajv);
const validateSarif = ajv.compile(schema);
const isUriReference = ajv.compile({ type: 'string', format: 'uri-reference' });

type Location = { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } };

describe('sarif', () => {
  it('is valid SARIF 2.1.0 for every example and an invalid document', () => {
    const log = JSON.parse(sarif(examplesResult(), context));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  });

  it('is valid with waivers, baselines and hostile text', () => {
    const log = JSON.parse(sarif(trickyResult(), context));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  });

  it('lists the whole catalog with its help as text and Markdown, and no web address of ours', () => {
    const driver = JSON.parse(sarif(examplesResult(), context)).runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULES.map((r) => r.id), 'DOC-01']);
    const joint09 = driver.rules.find((r: { id: string }) => r.id === 'JOINT-09');
    expect(joint09.name).toBe('adjunctive-not-substitute');
    // The project has no published home: the help travels in the log, from the rule's own metadata.
    expect(joint09.helpUri).toBeUndefined();
    expect(driver.informationUri).toBeUndefined();
    expect(joint09.help.text).toContain('Example:');
    expect(joint09.help.markdown).toContain('```yaml');
    expect(joint09.help.markdown).toContain(RULES.find((r) => r.id === 'JOINT-09')!.remediation.text);
    expect(joint09.fullDescription.text.length).toBeGreaterThan(20);
  });

  it('gives each finding a level, a physical location and its JSON pointer', () => {
    const results = JSON.parse(sarif(examplesResult(), context)).runs[0].results;
    const summit = results.filter((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      r.locations[0]!.physicalLocation.artifactLocation.uri === 'examples/summit-day-program.yaml');
    const declared = summit.find((r: { ruleId: string }) => r.ruleId === 'SCHED-02');
    expect(declared.level).toBe('error');
    expect(declared.locations[0].physicalLocation.region).toEqual({ startLine: 13, startColumn: 18 });
    expect(declared.locations[0].logicalLocations[0].fullyQualifiedName).toBe('/program/level_of_care');
    const duration = summit.find((r: { ruleId: string }) => r.ruleId === 'JOINT-10');
    expect(duration.level).toBe('note');
    expect(results.some((r: { ruleId: string }) => r.ruleId === 'DOC-01')).toBe(true);
    // Compliant examples produce no results.
    expect(results.some((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      r.locations[0]!.physicalLocation.artifactLocation.uri === 'examples/riverside-evening-iop.yaml')).toBe(false);
  });

  it('marks waived findings as suppressed and baselined ones as unchanged; escapes the URI', () => {
    const results = JSON.parse(sarif(trickyResult(), { ...context, comparedWithBaseline: true })).runs[0].results;
    const waived = results.find((r: { ruleId: string }) => r.ruleId === 'JOINT-10');
    expect(waived.suppressions[0].kind).toBe('external');
    expect(waived.suppressions[0].justification).toContain('J. Rivera');
    expect(results.find((r: { ruleId: string }) => r.ruleId === 'SAMHSA-02').baselineState).toBe('unchanged');
    expect(waived.locations[0].physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/p%26q.yaml');
  });

  // SARIF 2.1.0 §3.27.24: if baselineState is on any result of a run, it is on every one.
  describe('baselineState', () => {
    type StatedResult = { ruleId: string; baselineState?: string; suppressions?: unknown[]; locations: Location[] };
    const fileOf = (r: StatedResult) => r.locations[0]!.physicalLocation.artifactLocation.uri;
    const waiver: Waiver = { rule: 'JOINT-10', files: ['*.yaml'], justification: 'Sixty-day episodes by contract', approved_by: 'J. Rivera' };
    // Recorded earlier: every SAMHSA-02 finding, and one of the two SAMHSA-01 findings of known.yaml.
    const inBaseline = (_file: string, rule: string, f: Pick<Finding, 'pointer'>) => rule === 'SAMHSA-02' || (rule === 'SAMHSA-01' && f.pointer === '/admission/requirements/1');
    const runWithBaseline = () => {
      const known = auditText(withChanges({
        'admission.requirements': ['clinical-need', 'abstinence-before-admission', 'stable-housing'],
        'admission.waiting_list': true,
        'schedule.program_length': { typical_weeks: 8 },
      }), 'known.yaml', { rules: RULES, inBaseline, waiverFor: (rule) => (rule === 'JOINT-10' ? waiver : undefined) });
      const fresh = auditText(withChanges({ 'services.drug_testing.method': 'hair' }), 'fresh.yaml', { rules: RULES, inBaseline: () => false });
      const invalid = auditText('version: 1\nprogram:\n  levl_of_care: intensive-outpatient\n', 'broken.yaml', { rules: RULES });
      return buildResult([known, fresh, invalid], '0.0.0-test');
    };

    it('is on every result of a run with a baseline: unchanged when the baseline holds the rule\'s findings, new for the rest', () => {
      const result = runWithBaseline();
      const log = JSON.parse(sarif(result, { ...context, comparedWithBaseline: true }));
      expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
      const results: StatedResult[] = log.runs[0].results;
      const states = results.map((r) => `${fileOf(r)} ${r.ruleId} ${r.baselineState}`);
      // Every finding of the baselined rule result, and nothing else.
      const known = result.documents[0]!.results;
      const baselined = known.filter((r) => r.baselined).flatMap((r) => r.findings.map(() => `known.yaml ${r.rule} unchanged`));
      expect(known.find((r) => r.rule === 'SAMHSA-02')!.baselined).toBe(true);
      expect(baselined.length).toBeGreaterThan(0);
      expect(states.filter((s) => s.endsWith(' unchanged'))).toEqual(baselined);
      expect(states.filter((s) => !s.endsWith(' unchanged')).every((s) => s.endsWith(' new'))).toBe(true);
      expect(results.every((r) => r.baselineState !== undefined)).toBe(true);
      // A rule with one finding recorded and one not fails the run whole: both of its findings are new.
      expect(states.filter((s) => s.startsWith('known.yaml SAMHSA-01 '))).toEqual(['known.yaml SAMHSA-01 new', 'known.yaml SAMHSA-01 new']);
      // A waived result (the waiver decides before the baseline is asked), a failure of a document the baseline lacks, and an invalid document's problem.
      const waived = results.find((r) => r.ruleId === 'JOINT-10')!;
      expect([waived.suppressions?.length, waived.baselineState]).toEqual([1, 'new']);
      expect(states).toContain('fresh.yaml SAMHSA-08 new');
      expect(states).toContain('broken.yaml DOC-01 new');
    });

    it('is on no result of a run without a baseline, and keeps only new results when quiet', () => {
      for (const log of [sarif(runWithBaseline(), context), sarif(examplesResult(), context), sarif(trickyResult(), context)]) {
        const results: StatedResult[] = JSON.parse(log).runs[0].results;
        expect(results.length).toBeGreaterThan(0);
        expect(results.filter((r) => 'baselineState' in r)).toEqual([]);
      }
      const quiet: StatedResult[] = JSON.parse(sarif(runWithBaseline(), { ...context, quiet: true, comparedWithBaseline: true })).runs[0].results;
      expect(quiet.length).toBeGreaterThan(2);
      expect(new Set(quiet.map((r) => r.baselineState))).toEqual(new Set(['new']));
    });
  });

  it('escapes the brackets and backslashes of message text, so a document cannot make a link (SARIF §3.11.6)', () => {
    const failing = auditText(withChanges({ 'services.drug_testing.method': 'hair' }), 'p.yaml', { rules: RULES });
    const fail = failing.results.find((r) => r.status === 'fail')!;
    fail.findings[0]!.message = 'see [click](http://x) or \\[not](http://y)';
    const invalid = auditText(withChanges({ 'services.drug_testing.method': '[click](http://x)' }), 'q.yaml', { rules: RULES });
    const log = JSON.parse(sarif(buildResult([failing, invalid], '0.0.0-test'), context));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    const texts: string[] = log.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    expect(texts).toContain(`${fail.title}: see \\[click\\](http://x) or \\\\\\[not\\](http://y)`);
    expect(texts.find((t) => t.startsWith('schema error'))).toContain("'\\[click\\](http://x)'");
    // Every bracket is escaped: none is left to open a link.
    for (const text of texts) expect(text).not.toMatch(/(?<!\\)(?:\\\\)*[[\]]/);
  });

  // File names as a POSIX system gives them: a backslash is a character of the name.
  describe.skipIf(process.platform === 'win32')('artifact locations', () => {
    it('encode a backslash in a name as data, and name a file outside the working folder by a file:// URI', () => {
      expect(artifactLocation('dir/back\\slash.yaml')).toEqual({ uri: 'dir/back%5Cslash.yaml', uriBaseId: '%SRCROOT%' });
      expect(artifactLocation('a:b/c d#1?.yaml')).toEqual({ uri: 'a%3Ab/c%20d%231%3F.yaml', uriBaseId: '%SRCROOT%' });
      expect(artifactLocation('/srv/outside folder/p#1.yaml')).toEqual({ uri: 'file:///srv/outside%20folder/p%231.yaml' });
    });

    it('are the same in every result and artifact of a valid log', () => {
      const files = ['dir/back\\slash.yaml', '/srv/outside folder/p.yaml'];
      const documents = files.map((file) => auditText(withChanges({ 'services.drug_testing.method': 'hair' }), file, { rules: RULES }));
      const log = JSON.parse(sarif(buildResult(documents, '0.0.0-test'), context));
      expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
      const expected = [{ uri: 'dir/back%5Cslash.yaml', uriBaseId: '%SRCROOT%' }, { uri: 'file:///srv/outside%20folder/p.yaml' }];
      const run = log.runs[0];
      expect(run.artifacts.map((a: { location: unknown }) => a.location)).toEqual(expected);
      const locations = new Set(run.results.map((r: { locations: Location[] }) => JSON.stringify(r.locations[0]!.physicalLocation.artifactLocation)));
      expect([...locations]).toEqual(expected.map((location) => JSON.stringify(location)));
    });

    it('resolve back to the file they name, whatever its characters', () => {
      // Any characters but the separator and NUL, in names that are not `.` or `..`.
      const segment = fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }).filter((s) => !/[/\0]/.test(s) && s !== '.' && s !== '..');
      const root = '/work/folder/';
      fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        const file = segments.join('/');
        const relative = artifactLocation(file);
        expect(isUriReference(relative.uri)).toBe(true);
        expect(fileURLToPath(new URL(relative.uri, `file://${root}`))).toBe(`${root}${file}`);
        const absolute = artifactLocation(`${root}${file}`);
        expect(absolute.uriBaseId).toBeUndefined();
        expect(isUriReference(absolute.uri)).toBe(true);
        expect(fileURLToPath(absolute.uri)).toBe(`${root}${file}`);
      }), { numRuns: 2000, seed: 17 });
    });
  });
});

describe('sarif partialFingerprints', () => {
  type Result = { ruleId: string; partialFingerprints?: Record<string, string>; locations: { logicalLocations: { fullyQualifiedName: string }[] }[] };
  const draft = {
    'program.name': 'Eastgate Outpatient Services',
    'admission.requirements': ['clinical-need', 'court-order', 'ability-to-pay'],
    'services.drug_testing.schedule': 'scheduled',
    'admission.days_to_first_session': 10,
  };
  const resultsOf = (changes: Record<string, unknown>): Result[] => {
    const doc = auditText(withChanges(changes), 'programs/eastgate.yaml', { rules: RULES });
    const log = JSON.parse(sarif(buildResult([doc], '0.0.0-test'), context));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    return log.runs[0].results;
  };

  it('carries each finding\'s content-based fingerprint, unchanged when an item is added at the front of a list', () => {
    const before = resultsOf(draft);
    const after = resultsOf({ ...draft, 'admission.requirements': ['willingness-to-participate', ...draft['admission.requirements']] });
    expect(before.length).toBeGreaterThan(2);
    for (const r of before) expect(r.partialFingerprints?.['iop-audit/v2']).toMatch(/^[0-9a-f]{16}$/);
    const fingerprints = (results: Result[]) => results.map((r) => `${r.ruleId} ${r.partialFingerprints!['iop-audit/v2']}`).sort();
    const pointers = (results: Result[]) => results.map((r) => r.locations[0]!.logicalLocations[0]!.fullyQualifiedName).sort();
    expect(pointers(after)).not.toEqual(pointers(before));
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });
});
