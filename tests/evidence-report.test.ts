import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import reportSchema from '../schemas/report.schema.json' with { type: 'json' };
import { withChanges } from './support/audit.js';
import { cli, workspace } from './support/cli.js';
import { CITED_PROGRAM } from './support/evidence-program.js';
import { compact, expand, isCompactResult, storedForm } from '../src/run/compact.js';
import { auditWith } from '../src/run/settings.js';

const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(reportSchema);
// A second program with a typo in one reference, so the report holds a failing EVID-01 too.
const TYPO = withChanges({ 'program.name': 'Cedar Ridge Adolescent Afternoon IOP', 'services.medical.evidence': ['MOU4 §2'] }, CITED_PROGRAM);

describe('evidence in the JSON report', () => {
  const dir = workspace({ 'cedar-ridge.yaml': CITED_PROGRAM, 'cedar-ridge-teens.yaml': TYPO, '.iop-audit.yaml': 'evidence: required\n' });
  const args = ['.', '--format', 'json', '--standard', 'joint'];

  it('carries provider, source documents, each result\'s evidence and each requirement\'s, valid against the report schema', () => {
    const run = cli(args, { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const byFile = (file: string) => report.documents.find((d: { file: string }) => d.file === file);
    const [cited, typo] = [byFile('cedar-ridge.yaml'), byFile('cedar-ridge-teens.yaml')];
    expect(cited.provider).toBe('Cedar Ridge Behavioral Health, Inc.');
    expect(cited.sourceDocuments).toHaveLength(5);
    const medical = cited.results.find((r: { rule: string }) => r.rule === 'JOINT-13');
    expect(medical.evidence.map((c: { ref: string }) => c.ref)).toEqual(['MOU-4 §2 and schedule A']);
    const joint = cited.packs.find((p: { pack: string }) => p.pack === 'joint');
    const lead = joint.requirements.find((r: { rules: string[] }) => r.rules.includes('JOINT-05'));
    expect(lead).toMatchObject({ rating: 'met', evidence: [], unevidenced: true });
    expect(joint.counts).toHaveProperty('partially-met');
    // The typo: EVID-01 fails at the reference, and the unresolved citation carries no document.
    const evid01 = typo.results.find((r: { rule: string }) => r.rule === 'EVID-01');
    expect(evid01.findings[0].message).toContain("did you mean 'MOU-4'?");
    const unresolved = typo.results.find((r: { rule: string }) => r.rule === 'JOINT-13').evidence[0];
    expect(unresolved).toMatchObject({ ref: 'MOU4 §2', id: 'MOU4', locator: '§2' });
    expect(unresolved.document).toBeUndefined();
    // evidence: required in the config: EVID-02 reports the uncited sections.
    expect(cited.results.find((r: { rule: string }) => r.rule === 'EVID-02').findings.length).toBeGreaterThan(0);
  });

  it('gives the same bytes cold, from the cache, and without it; other evidence settings do not reuse its entries', () => {
    const plain = cli(args, { cwd: dir }).stdout;
    const cache = join(dir, 'audit-cache');
    const cold = cli([...args, '--cache', '--cache-location', cache], { cwd: dir }).stdout;
    const warm = cli([...args, '--cache', '--cache-location', cache], { cwd: dir }).stdout;
    expect(cold).toBe(plain);
    expect(warm).toBe(plain);
    expect(readFileSync(cache, 'utf8')).toContain('MOU-4 §2 and schedule A');
    const optional = workspace({ 'cedar-ridge.yaml': CITED_PROGRAM, 'cedar-ridge-teens.yaml': TYPO, '.iop-audit.yaml': 'evidence: optional\n' });
    const relaxed = cli([...args, '--cache', '--cache-location', cache], { cwd: optional }).stdout;
    expect(relaxed).not.toContain('"EVID-02"');
  });

  it('stores evidence in compact results that are checked field by field', () => {
    const doc = auditWith({ mode: 'audit', evidence: 'required' }, CITED_PROGRAM, 'cedar-ridge.yaml');
    const stored = JSON.parse(storedForm(doc));
    expect(isCompactResult(stored, 'cedar-ridge.yaml')).toBe(true);
    expect(JSON.stringify(expand(stored))).toBe(JSON.stringify(doc));
    const withEvidence = compact(doc).results.findIndex((r) => r.evidence !== undefined);
    const broken = (change: (copy: any) => void) => {
      const copy = JSON.parse(storedForm(doc));
      change(copy);
      return isCompactResult(copy, 'cedar-ridge.yaml');
    };
    expect(broken((c) => { c.provider = 3; })).toBe(false);
    expect(broken((c) => { c.sourceDocuments = [{ id: 'P-12' }]; })).toBe(false);
    expect(broken((c) => { c.results[withEvidence].evidence = 'P-12'; })).toBe(false);
    expect(broken((c) => { c.results[withEvidence].evidence[0].line = -1; })).toBe(false);
    expect(broken((c) => { c.results[withEvidence].evidence[0].document = { id: 'P-12', title: 'x' }; })).toBe(false);
  });
});

describe('config evidence:', () => {
  it('refuses a value other than optional or required in one line', () => {
    const dir = workspace({ 'p.yaml': CITED_PROGRAM, '.iop-audit.yaml': 'evidence: strict\n' });
    const run = cli(['p.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/\.iop-audit\.yaml:1:11: evidence: 'strict' is not an allowed value; expected one of: optional, required/);
  });
});
