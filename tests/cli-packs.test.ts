import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/corpus.mjs';
import { cli, ROOT, tempDir } from './support/cli.js';

const DC = join(ROOT, 'packs', 'dc-22a-6329.yaml');
const ORG = join(ROOT, 'packs', 'example-org-policy.yaml');

interface Report {
  documents: Array<{ file: string; results: Array<{ rule: string; status: string; severity: string; line: number; requirements?: string[] }>; packs?: Array<{ pack: string; counts: Record<string, number>; compliance: number | null }> }>;
  notices: string[];
}

function workspace(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'programs'));
  mkdirSync(join(dir, 'packs'));
  for (const name of ['new-horizons-draft.yaml', 'riverside-evening-iop.yaml', 'medicare-hospital-iop.yaml']) copyFileSync(join(ROOT, 'examples', name), join(dir, 'programs', name));
  copyFileSync(DC, join(dir, 'packs', 'dc.yaml'));
  copyFileSync(ORG, join(dir, 'packs', 'org.yaml'));
  return dir;
}

describe('packs on the command line', () => {
  it('--pack adds a state pack to the default audit, with findings at their lines and requirements named', () => {
    const dir = workspace();
    const run = cli(['programs', '--pack', 'packs/dc.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const draft = report.documents.find((d) => d.file.endsWith('new-horizons-draft.yaml'))!;
    const dc01 = draft.results.find((r) => r.rule === 'DC-01')!;
    expect(dc01).toMatchObject({ status: 'fail', severity: 'error', requirements: ['dc-22a-6329:6329.1'] });
    expect(dc01.line).toBeGreaterThan(0);
    // The built-in packs still run, and every selected pack is rated.
    expect(draft.results.some((r) => r.rule === 'SAMHSA-01')).toBe(true);
    expect(draft.packs!.map((p) => p.pack)).toEqual(['samhsa-tip47', 'joint', 'document', 'dc-22a-6329']);
    const riverside = report.documents.find((d) => d.file.endsWith('riverside-evening-iop.yaml'))!;
    expect(riverside.packs!.find((p) => p.pack === 'samhsa-tip47')).toMatchObject({ counts: { 'not-met': 0 }, compliance: 100 });
  });

  it('the config lists packs (relative to it), pins editions, and sets severities of pack rules by ID', () => {
    const dir = workspace();
    writeFileSync(join(dir, '.iop-audit.yaml'), 'standards: [joint, dc-22a-6329]\npacks: [packs/dc.yaml]\nrules:\n  DC-01: warning\n');
    const report = JSON.parse(cli(['programs/new-horizons-draft.yaml', '--format', 'json'], { cwd: dir }).stdout) as Report;
    const results = report.documents[0]!.results;
    expect(results.find((r) => r.rule === 'DC-01')).toMatchObject({ status: 'fail', severity: 'warning' });
    expect(results.some((r) => r.rule.startsWith('SAMHSA-'))).toBe(false);
    expect(report.notices).toContain('config: .iop-audit.yaml');
    writeFileSync(join(dir, '.iop-audit.yaml'), 'standards: [asam-criteria-3@2023]\n');
    const pinned = cli(['programs'], { cwd: dir });
    expect(pinned.code).toBe(2);
    expect(pinned.stderr).toBe("iop-audit: standard 'asam-criteria-3' is 3rd edition (2013), not the pinned '2023'\n");
  });

  it('--standard medicare-iop audits a Medicare-style program; an unknown standard is exit 2 with a did-you-mean', () => {
    const dir = workspace();
    const run = cli(['programs/medicare-hospital-iop.yaml', '--standard', 'medicare-iop', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const results = (JSON.parse(run.stdout) as Report).documents[0]!.results;
    expect(results.filter((r) => r.rule.startsWith('MCR-')).map((r) => r.status)).toEqual(Array(6).fill('pass'));
    const draft = JSON.parse(cli(['programs/new-horizons-draft.yaml', '--standard', 'medicare-iop', '--format', 'json'], { cwd: dir }).stdout) as Report;
    expect(draft.documents[0]!.results.find((r) => r.rule === 'MCR-01')!.status).toBe('fail');
    const typo = cli(['programs', '--standard', 'medicare'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("iop-audit: unknown standard 'medicare'; did you mean 'medicare-iop'?\n");
  });

  it('a pack with a typo is exit 2 with its file, line, column and a did-you-mean', () => {
    const dir = workspace();
    const text = readFileSync(DC, 'utf8').replace('    check: { at_least: 9 }', '    chek: { at_least: 9 }');
    writeFileSync(join(dir, 'packs', 'typo.yaml'), text);
    const line = text.split('\n').findIndex((l) => l.includes('chek:')) + 1;
    const run = cli(['programs', '--pack', 'packs/typo.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`iop-audit: invalid pack packs/typo.yaml:${line}:5: unknown key 'chek' in rules[0]; did you mean 'check'?\n`);
  });

  it('lists the standards, the rules of a pack file, and prints the crosswalk', () => {
    const dir = workspace();
    const standards = cli(['standards', '--pack', 'packs/org.yaml'], { cwd: dir });
    expect(standards.code).toBe(0);
    expect(standards.stdout).toMatch(/^medicare-iop +42 CFR 410\.44 and 424\.24/m);
    expect(standards.stdout).toMatch(/^northside-iop-policy +/m);
    const json = JSON.parse(cli(['standards', '--format', 'json'], { cwd: dir }).stdout) as Array<{ id: string; requirements: unknown[] }>;
    expect(json.map((p) => p.id)).toEqual(['samhsa-tip47', 'joint', 'asam-criteria-3', 'medicare-iop', 'document']);
    const rules = JSON.parse(cli(['rules', '--format', 'json', '--pack', 'packs/dc.yaml'], { cwd: dir }).stdout) as Array<{ id: string; pack: string }>;
    expect(rules.find((r) => r.id === 'DC-01')!.pack).toBe('dc-22a-6329');
    const explained = JSON.parse(cli(['explain', 'JOINT-02', '--format', 'json'], { cwd: dir }).stdout) as { basis: string; implements: string[] };
    expect(explained).toMatchObject({ basis: 'primary', implements: ['joint:php-boundary', 'asam-criteria-3:2.5-boundary'] });
    const csv = cli(['crosswalk', '--standard', 'joint', '--standard', 'asam-criteria-3', '--format', 'csv'], { cwd: dir });
    expect(csv.stdout.split('\r\n')[0]).toBe('pack,clause,title,basis,rules,also_in_joint,also_in_asam-criteria-3,also_in_document');
    expect(csv.stdout).toContain('asam-criteria-3,2.1-adults,Adults receive 9 or more hours of service a week,primary,JOINT-01,iop-hours,,');
  });

  it('gives pack rules the same report on worker threads as on one, and a changed pack is never served from the cache', () => {
    const dir = workspace();
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 510);
    cpSync(join(dir, 'programs'), join(corpus, 'programs'), { recursive: true });
    const args = ['corpus', '--pack', 'packs/dc.yaml', '--format', 'json'];
    const one = cli([...args, '--threads', '1'], { cwd: dir });
    const two = cli([...args, '--threads', '2'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const cached = cli([...args, '--cache'], { cwd: dir });
    expect(cached.stdout).toBe(one.stdout);
    writeFileSync(join(dir, 'packs', 'dc.yaml'), readFileSync(DC, 'utf8').replace('check: { at_least: 9 }', 'check: { at_least: 2 }'));
    const changed = JSON.parse(cli([...args, '--cache'], { cwd: dir }).stdout) as Report;
    const draft = changed.documents.find((d) => d.file.endsWith('new-horizons-draft.yaml'))!;
    expect(draft.results.find((r) => r.rule === 'DC-01')!.status).toBe('pass');
  }, 60_000);
});
