import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withChanges } from './support/audit.js';
import { cli, workspace } from './support/cli.js';

/** Two programs as a team might keep them: one with barriers and a thin daytime week, one with a waiting list and lax testing. */
const CEDAR = {
  'program.name': 'Cedar Valley Outpatient Recovery',
  'admission.requirements': ['clinical-need', 'abstinence-before-admission', 'insurance-only'],
  'admission.exclusions': ['co-occurring-mental-health', 'imminent-risk-of-harm'],
  'schedule.days_per_week': undefined,
  'schedule.hours_per_day': undefined,
  'schedule.evening_or_weekend_option': false,
  'schedule.timetable': [
    { day: 'monday', start: '09:00', end: '11:00', activities: ['group-counseling', 'psychoeducation'] },
    { day: 'wednesday', start: '09:00', end: '11:30', activities: ['group-counseling', 'relapse-prevention'] },
    { day: 'friday', start: '13:00', end: '14:00', activities: ['mutual-support-meeting'] },
  ],
};
const BIRCH = {
  'program.name': 'Birchwood Family Recovery Program',
  'admission.waiting_list': true,
  'admission.days_to_first_session': 12,
  'services.drug_testing': { provided: 'on-site', method: 'urine', schedule: 'scheduled', per_week: 1 },
};

function project() {
  return workspace({
    'programs/cedar-valley.yaml': withChanges(CEDAR),
    'programs/birchwood.yaml': withChanges(BIRCH),
  });
}

type Notices = { notices: string[]; summary: { baselined: number; errors: number } };
const report = (run: { stdout: string }) => JSON.parse(run.stdout) as Notices;
const baselineNotice = (run: { stdout: string }) => report(run).notices.find((n) => n.startsWith('baseline: '));

describe('baselines', () => {
  it('writes a baseline file with paths relative to its own folder, and the run is judged as usual', () => {
    const dir = project();
    const run = cli(['programs', '--write-baseline', 'ci/iop-audit-baseline.json', '--quiet'], { cwd: dir });
    expect(run.code).toBe(1);
    const written = JSON.parse(readFileSync(join(dir, 'ci', 'iop-audit-baseline.json'), 'utf8'));
    expect(written.format).toBe('iop-audit-baseline');
    expect(written.version).toBe(1);
    expect(new Set(written.findings.map((f: { file: string }) => f.file))).toEqual(new Set(['../programs/birchwood.yaml', '../programs/cedar-valley.yaml']));
    const barrier = written.findings.find((f: { pointer: string }) => f.pointer === '/admission/requirements/2');
    expect(barrier).toMatchObject({ rule: 'SAMHSA-01', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/), message: expect.stringContaining('insurance-only') });
    expect(run.stderr).toBe(`iop-audit: wrote baseline ci/iop-audit-baseline.json: ${written.findings.length} findings\niop-audit: 2 of 2 documents failed\n`);
    // The same inputs give the same bytes.
    cli(['programs', '--write-baseline', 'again.json'], { cwd: dir });
    const again = JSON.parse(readFileSync(join(dir, 'again.json'), 'utf8'));
    expect(again.findings.map((f: { fingerprint: string }) => f.fingerprint)).toEqual(written.findings.map((f: { fingerprint: string }) => f.fingerprint));
  });

  it('still matches after a compliant item is added at the front of a list, from the root and from a subfolder', () => {
    const dir = project();
    cli(['programs', '--write-baseline', '.iop-audit-baseline.json'], { cwd: dir });
    const entries = JSON.parse(readFileSync(join(dir, '.iop-audit-baseline.json'), 'utf8')).findings.length;
    writeFileSync(join(dir, 'programs', 'cedar-valley.yaml'), withChanges({
      ...CEDAR,
      'admission.requirements': ['willingness-to-participate', ...CEDAR['admission.requirements']],
      'schedule.timetable': [{ day: 'wednesday', start: '12:00', end: '12:45', activities: ['individual-counseling'] }, ...CEDAR['schedule.timetable']],
    }));
    const fromRoot = cli(['programs', '--baseline', '.iop-audit-baseline.json', '--format', 'json'], { cwd: dir });
    expect(fromRoot.code, fromRoot.stdout).toBe(0);
    expect(baselineNotice(fromRoot)).toBe(`baseline: .iop-audit-baseline.json (${entries} of ${entries} recorded findings matched, 0 gone (fixed))`);

    const fromSubfolder = cli(['cedar-valley.yaml', 'birchwood.yaml', '--baseline', '../.iop-audit-baseline.json', '--format', 'json'], { cwd: join(dir, 'programs') });
    expect(fromSubfolder.code).toBe(0);
    expect(baselineNotice(fromSubfolder)).toBe(`baseline: ../.iop-audit-baseline.json (${entries} of ${entries} recorded findings matched, 0 gone (fixed))`);

    // A pointer-based baseline (an earlier JSON report) does not survive the same edit: the reason for fingerprints.
    const oldReport = JSON.parse(cli(['programs', '--format', 'json'], { cwd: dir }).stdout);
    writeFileSync(join(dir, 'programs', 'cedar-valley.yaml'), withChanges(CEDAR));
    for (const doc of oldReport.documents) for (const r of doc.results) for (const f of r.findings) delete f.fingerprint;
    writeFileSync(join(dir, 'old-report.json'), JSON.stringify(oldReport));
    expect(cli(['programs', '--baseline', 'old-report.json'], { cwd: dir }).code).toBe(1);
  });

  it('counts a fixed finding as gone, and fails on a new one under the same rule', () => {
    const dir = project();
    cli(['programs', '--write-baseline', 'baseline.json'], { cwd: dir });
    const entries = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).findings.length;
    writeFileSync(join(dir, 'programs', 'cedar-valley.yaml'), withChanges({ ...CEDAR, 'admission.requirements': ['clinical-need', 'abstinence-before-admission'] }));
    const fixed = cli(['programs', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(baselineNotice(fixed)).toBe(`baseline: baseline.json (${entries - 1} of ${entries} recorded findings matched, 1 gone (fixed))`);
    // Only one program audited: the other's entries are neither matched nor gone.
    const one = cli(['programs/cedar-valley.yaml', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(baselineNotice(one)).toMatch(/^baseline: baseline\.json \(\d+ of \d+ recorded findings matched, 1 gone \(fixed\), \d+ in documents not audited\)$/);
    writeFileSync(join(dir, 'programs', 'cedar-valley.yaml'), withChanges({ ...CEDAR, 'admission.requirements': ['clinical-need', 'abstinence-before-admission', 'court-order', 'stable-housing'] }));
    const worse = cli(['programs', '--baseline', 'baseline.json'], { cwd: dir });
    expect(worse.code).toBe(1);
    expect(worse.stdout).toContain('stable-housing');
  });

  it('says so when it matches no audited document, and may be updated in place', () => {
    const dir = project();
    cli(['programs', '--write-baseline', 'programs/baseline.json'], { cwd: dir });
    // Copied elsewhere, its relative paths point nowhere.
    writeFileSync(join(dir, 'misplaced.json'), readFileSync(join(dir, 'programs', 'baseline.json')));
    const misplaced = cli(['programs', '--baseline', 'misplaced.json', '--format', 'json'], { cwd: dir });
    expect(misplaced.code).toBe(1);
    expect(baselineNotice(misplaced)).toMatch(/^baseline: misplaced\.json \(0 of \d+ recorded findings matched, 0 gone \(fixed\), \d+ in documents not audited\); no audited document is named in it: paths are relative to the baseline's folder$/);

    writeFileSync(join(dir, 'programs', 'birchwood.yaml'), withChanges({ ...BIRCH, 'admission.waiting_list': false }));
    const update = cli(['programs', '--baseline', 'programs/baseline.json', '--write-baseline', 'programs/baseline.json'], { cwd: dir });
    expect(update.code).toBe(0);
    const after = cli(['programs', '--baseline', 'programs/baseline.json', '--format', 'json'], { cwd: dir });
    expect(baselineNotice(after)).toMatch(/^baseline: programs\/baseline\.json \((\d+) of \1 recorded findings matched, 0 gone \(fixed\)\)$/);
  });

  it('refuses a baseline file that is not one, and --write-baseline with validate', () => {
    const dir = workspace({ 'p.yaml': withChanges(BIRCH), 'b.json': JSON.stringify({ format: 'iop-audit-baseline', version: 1, findings: [{ file: 'p.yaml', rule: 'SAMHSA-02' }] }) });
    const bad = cli(['p.yaml', '--baseline', 'b.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('iop-audit: baseline b.json is not an iop-audit JSON report or baseline file: finding 1 needs file, rule and pointer as text (and fingerprint, if any)\n');
    const validate = cli(['validate', 'p.yaml', '--write-baseline', 'x.json'], { cwd: dir });
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe('iop-audit: --write-baseline applies to audit, not validate\n');
  });

  it('gives every SARIF result a baselineState when the run has a baseline, and none without one', () => {
    const dir = project();
    cli(['programs', '--write-baseline', 'baseline.json'], { cwd: dir });
    // A new barrier: the rule's result is no longer wholly in the baseline, so it fails the run and its findings are new.
    writeFileSync(join(dir, 'programs', 'cedar-valley.yaml'), withChanges({ ...CEDAR, 'admission.requirements': [...CEDAR['admission.requirements'], 'court-order'] }));
    type Result = { ruleId: string; baselineState?: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] };
    const results = (args: string[]) => JSON.parse(cli(['programs', '-f', 'sarif', ...args], { cwd: dir }).stdout).runs[0].results as Result[];
    const stated = results(['--baseline', 'baseline.json']);
    const news = stated.filter((r) => r.baselineState === 'new').map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri} ${r.ruleId}`);
    // Every finding of that rule in that document (the old barriers too, as the run judges the rule's result whole), and nothing else.
    expect(new Set(news)).toEqual(new Set(['programs/cedar-valley.yaml SAMHSA-01']));
    expect(news.length).toBe(stated.filter((r) => r.ruleId === 'SAMHSA-01' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'programs/cedar-valley.yaml').length);
    expect(news.length).toBeGreaterThan(1);
    expect(stated.length).toBeGreaterThan(news.length);
    expect(stated.filter((r) => r.baselineState !== 'new').every((r) => r.baselineState === 'unchanged')).toBe(true);
    const plain = results([]);
    expect(plain.length).toBe(stated.length);
    expect(plain.filter((r) => 'baselineState' in r)).toEqual([]);
  });

  it('counts matched and gone entries the same when worker threads write the report', () => {
    const dir = project();
    mkdirSync(join(dir, 'many'));
    const cedar = withChanges(CEDAR);
    const birch = withChanges(BIRCH);
    const fixed = withChanges({ ...CEDAR, 'admission.requirements': ['clinical-need', 'abstinence-before-admission'] });
    // More documents than the worker threshold (500), so that --threads 2 writes the report on worker threads.
    for (let i = 0; i < 260; i++) {
      writeFileSync(join(dir, 'many', `cedar-${i}.yaml`), cedar.replace('Cedar Valley Outpatient Recovery', `Cedar Valley site ${i}`));
      writeFileSync(join(dir, 'many', `birch-${i}.yaml`), birch.replace('Birchwood Family Recovery Program', `Birchwood site ${i}`));
    }
    cli(['many', '--write-baseline', 'baseline.json', '--threads', '1'], { cwd: dir });
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'many', `cedar-${i}.yaml`), fixed.replace('Cedar Valley Outpatient Recovery', `Cedar Valley site ${i}`));
    const single = cli(['many', '--baseline', 'baseline.json', '--format', 'json', '--threads', '1'], { cwd: dir });
    const workers = cli(['many', '--baseline', 'baseline.json', '--format', 'json', '--threads', '2'], { cwd: dir });
    expect(single.code).toBe(0);
    expect(workers.code).toBe(0);
    const entries = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).findings.length;
    expect(baselineNotice(single)).toBe(`baseline: baseline.json (${entries - 40} of ${entries} recorded findings matched, 40 gone (fixed))`);
    expect(baselineNotice(workers)).toBe(baselineNotice(single));
    // The worker threads know the run has a baseline: every SARIF result says where it stands.
    const sarif = cli(['many', '--baseline', 'baseline.json', '--format', 'sarif', '--threads', '2'], { cwd: dir });
    const states = (JSON.parse(sarif.stdout).runs[0].results as { baselineState?: string }[]).map((r) => r.baselineState);
    expect(states.length).toBeGreaterThan(500);
    expect(new Set(states)).toEqual(new Set(['unchanged']));
  }, 120_000);
});
