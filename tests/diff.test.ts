import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { diffReports, formatDiff, readReport, type ReportInput } from '../src/report/diff.js';
import { withChanges } from './support/audit.js';
import { cli, workspace } from './support/cli.js';

/** First visit: a day program with admission barriers and lax testing, and a compliant evening program. */
const MAPLE_V1 = {
  'program.name': 'Maple Street Day Recovery',
  'admission.requirements': ['clinical-need', 'abstinence-before-admission', 'stable-housing'],
  'admission.days_to_first_session': 14,
  'services.drug_testing': { provided: 'on-site', method: 'urine', schedule: 'on-suspicion', per_week: 1 },
  'approaches': ['cognitive-behavioral-therapy', 'motivational-interviewing', 'confrontational-counseling'],
};
/** Second visit: barriers removed (one requirement added at the front), testing made random; the confrontational approach remains. */
const MAPLE_V2 = {
  ...MAPLE_V1,
  'admission.requirements': ['willingness-to-participate', 'clinical-need'],
  'admission.days_to_first_session': 5,
  'services.drug_testing': { provided: 'on-site', method: 'urine', schedule: 'random', per_week: 1 },
};
const HARBORVIEW_V1 = { 'program.name': 'Harborview Evening IOP' };
/** ...while the evening program started a waiting list and dropped its family services. */
const HARBORVIEW_V2 = { ...HARBORVIEW_V1, 'admission.waiting_list': true, 'services.family': undefined, 'schedule.timetable.2.activities': ['group-counseling', 'skills-training'] };

function visits() {
  const dir = workspace({ 'programs/maple.yaml': withChanges(MAPLE_V1), 'programs/harborview.yaml': withChanges(HARBORVIEW_V1) });
  expect(cli(['programs', '--format', 'json', '--output', 'visit-1.json'], { cwd: dir }).code).toBe(1);
  writeFileSync(join(dir, 'programs', 'maple.yaml'), withChanges(MAPLE_V2));
  writeFileSync(join(dir, 'programs', 'harborview.yaml'), withChanges(HARBORVIEW_V2));
  expect(cli(['programs', '--format', 'json', '--output', 'visit-2.json'], { cwd: dir }).code).toBe(1);
  return dir;
}

type Finding = { rule: string; message: string; pointer: string };
type Program = { file: string; name: string; then: string; now: string; fixed: Finding[]; new: Finding[]; open: Finding[]; readiness: { pack: string; then: { compliance: number }; now: { compliance: number } }[] };

describe('iop-audit diff', () => {
  it('shows what a fixed program fixed and what a regressed one broke, with readiness then and now, and exits 1 on new failures', () => {
    const dir = visits();
    const run = cli(['diff', 'visit-1.json', 'visit-2.json', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const diff = JSON.parse(run.stdout) as { programs: Program[]; totals: Record<string, number> };
    const maple = diff.programs.find((p) => p.name === 'Maple Street Day Recovery')!;
    expect(maple.file).toBe('programs/maple.yaml');
    expect(maple.new).toEqual([]);
    expect(maple.fixed.map((f) => f.rule).sort()).toEqual(['SAMHSA-01', 'SAMHSA-01', 'SAMHSA-02', 'SAMHSA-08']);
    expect(maple.fixed.map((f) => f.message).join(' ')).toMatch(/abstinence-before-admission.*stable-housing|stable-housing.*abstinence-before-admission/);
    // Still open although every item of admission.requirements moved: matched by fingerprint.
    expect(maple.open.map((f) => f.rule)).toContain('SAMHSA-13');
    const tip47 = maple.readiness.find((r) => r.pack === 'samhsa-tip47')!;
    expect(tip47.now.compliance).toBeGreaterThan(tip47.then.compliance);

    const harborview = diff.programs.find((p) => p.name === 'Harborview Evening IOP')!;
    expect([harborview.then, harborview.now]).toEqual(['pass', 'fail']);
    expect(harborview.fixed).toEqual([]);
    expect(harborview.open).toEqual([]);
    expect(harborview.new.map((f) => `${f.rule} ${f.pointer}`)).toEqual(expect.arrayContaining(['SAMHSA-02 /admission/waiting_list', 'JOINT-11 /services/family']));
    expect(harborview.readiness.find((r) => r.pack === 'joint')!.now.compliance).toBeLessThan(100);
    expect(diff.totals).toMatchObject({ programs: 2, fixed: 4, new: harborview.new.length, newlyInvalid: 0 });
  });

  it('writes a terminal table and client Markdown (no pointers), to a file when asked', () => {
    const dir = visits();
    const table = cli(['diff', 'visit-1.json', 'visit-2.json'], { cwd: dir });
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('Harborview Evening IOP (programs/harborview.yaml): pass → fail');
    expect(table.stdout).toMatch(/\n {2}new:\n {4}SAMHSA-02 error programs\/harborview\.yaml:\d+ \/admission\/waiting_list {2}the program keeps a waiting list\n/);
    expect(table.stdout).toMatch(/\n4 fixed, \d+ new, \d+ still open across 2 programs\n$/);

    const markdown = cli(['diff', 'visit-1.json', 'visit-2.json', '--format', 'markdown', '--output', 'reports/changes.md'], { cwd: dir });
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toBe('');
    const text = readFileSync(join(dir, 'reports', 'changes.md'), 'utf8');
    expect(text).toMatch(/^# Changes since the last audit\n/);
    expect(text).toContain('| Maple Street Day Recovery | fail | 4 | 0 |');
    expect(text).toContain('### Fixed (4)');
    expect(text).not.toContain('/admission/');
    expect(text).toMatch(/- \*\*SAMHSA-02\*\* .* \(error, line \d+\): the program keeps a waiting list/);
  });

  it('exits 0 when nothing is new, and matches a moved file by the program name', () => {
    const dir = visits();
    writeFileSync(join(dir, 'programs', 'harborview.yaml'), withChanges(HARBORVIEW_V1));
    renameSync(join(dir, 'programs', 'maple.yaml'), join(dir, 'programs', 'maple-street.yaml'));
    cli(['programs', '--format', 'json', '--output', 'visit-3.json'], { cwd: dir });
    const run = cli(['diff', 'visit-2.json', 'visit-3.json', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as { programs: (Program & { previousFile?: string })[] };
    const maple = diff.programs.find((p) => p.name === 'Maple Street Day Recovery')!;
    expect(maple).toMatchObject({ file: 'programs/maple-street.yaml', previousFile: 'programs/maple.yaml', new: [], fixed: [] });
    expect(maple.open.length).toBeGreaterThan(0);
    expect(diff.programs.find((p) => p.name === 'Harborview Evening IOP')!.fixed.length).toBeGreaterThan(1);
  });

  it('refuses a report it cannot read in one line naming the file (exit 2)', () => {
    const dir = visits();
    writeFileSync(join(dir, 'notes.json'), '{"documents": [{"file": "a.yaml"}]}');
    writeFileSync(join(dir, 'broken.json'), '{"documents": [');
    const cases: [string[], string][] = [
      [['missing.json', 'visit-2.json'], 'iop-audit: cannot read missing.json: ENOENT\n'],
      [['visit-1.json', 'notes.json'], 'iop-audit: notes.json: document 1 lacks file, verdict or results\n'],
      [['broken.json', 'visit-2.json'], expect.stringMatching(/^iop-audit: broken\.json is not JSON: .+\n$/) as unknown as string],
      [['visit-1.json', 'programs/maple.yaml'], expect.stringMatching(/^iop-audit: programs\/maple\.yaml is not JSON: .+\n$/) as unknown as string],
    ];
    for (const [args, stderr] of cases) {
      const run = cli(['diff', ...args], { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toEqual(stderr);
      expect(run.stdout).toBe('');
    }
    expect(cli(['diff', 'visit-1.json', 'visit-2.json', '--output', 'visit-1.json'], { cwd: dir }).stderr).toBe('iop-audit: --output visit-1.json would replace a file this run reads: name another file\n');
  });
});

describe('diffReports', () => {
  const report = (findings: { rule: string; pointer: string; fingerprint?: string }[], verdict = 'fail'): ReportInput => readReport({
    documents: [{
      file: 'p.yaml', name: 'P', verdict,
      results: verdict === 'invalid' ? [] : findings.map((f) => ({ rule: f.rule, status: 'fail', findings: [{ ...f, message: `${f.rule} at ${f.pointer}`, severity: 'error', line: 3 }] })),
    }],
  }) as ReportInput;

  it('falls back to pointers when a report has no fingerprints, and counts duplicates one for one', () => {
    const old = report([{ rule: 'SAMHSA-01', pointer: '/a/0' }, { rule: 'SAMHSA-01', pointer: '/a/0' }, { rule: 'JOINT-01', pointer: '/b' }]);
    const now = report([{ rule: 'SAMHSA-01', pointer: '/a/0' }, { rule: 'JOINT-01', pointer: '/c', fingerprint: '0123456789abcdef' }]);
    const diff = diffReports(old, now).programs[0]!;
    expect([diff.fixed.length, diff.new.length, diff.open.length]).toEqual([2, 1, 1]);
  });

  it('treats a program that became invalid as a regression, not as fixed', () => {
    const diff = diffReports(report([{ rule: 'SAMHSA-01', pointer: '/a/0', fingerprint: 'aaaaaaaaaaaaaaaa' }]), report([], 'invalid'));
    expect(diff.programs[0]).toMatchObject({ fixed: [], new: [], waived: [], then: 'fail', now: 'invalid' });
    expect(diff.totals.newlyInvalid).toBe(1);
  });

  it('lists a finding waived since apart: neither fixed nor new', () => {
    const old = readReport({ documents: [{ file: 'p.yaml', verdict: 'fail', results: [
      { rule: 'JOINT-10', status: 'fail', findings: [{ pointer: '/schedule/program_length', message: '42 days', severity: 'info', line: 9, fingerprint: '00000000000000aa' }] },
      { rule: 'SAMHSA-02', status: 'waived', findings: [{ pointer: '/admission/waiting_list', message: 'waiting list', severity: 'error', line: 4, fingerprint: '00000000000000bb' }] },
    ] }] }) as ReportInput;
    const now = readReport({ documents: [{ file: 'p.yaml', verdict: 'fail', results: [
      { rule: 'JOINT-10', status: 'waived', findings: [{ pointer: '/schedule/program_length', message: '42 days', severity: 'info', line: 9, fingerprint: '00000000000000aa' }] },
      { rule: 'SAMHSA-02', status: 'fail', findings: [{ pointer: '/admission/waiting_list', message: 'waiting list', severity: 'error', line: 4, fingerprint: '00000000000000bb' }] },
    ] }] }) as ReportInput;
    const diff = diffReports(old, now);
    expect(diff.programs[0]).toMatchObject({ fixed: [], new: [], waived: [{ rule: 'JOINT-10' }], open: [{ rule: 'SAMHSA-02' }] });
  });

  it('keeps hostile names and messages as text: Markdown renders its own tables only, the table escapes control characters', () => {
    const hostile = 'Tri | County <script>alert(1)</script> # [link](http://x) \u001b[2J';
    const doc = (status: string) => ({ file: 'p.yaml', name: hostile, verdict: 'fail', results: [
      { rule: 'SAMHSA-01', title: 'Treatment is *readily* available', status, findings: [{ pointer: '/a/0', message: `'${hostile}' is a barrier`, severity: 'error', line: 2, fingerprint: '0000000000000001' }] },
    ], packs: [{ pack: 'samhsa-tip47', title: 'TIP 47 | principles', compliance: 50, counts: { met: 7, 'not-met': 7 } }] });
    const diff = diffReports(readReport({ documents: [doc('pass')] }) as ReportInput, readReport({ documents: [doc('fail')] }) as ReportInput);
    const html = new MarkdownIt().render(formatDiff(diff, 'markdown'));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<a href');
    expect(html).not.toContain('\u001b');
    // Two tables (programs, readiness), each row with its own cells only.
    expect(html.match(/<table>/g)).toHaveLength(2);
    for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g)!.slice(1, 2)) expect(row.match(/<td/g)).toHaveLength(5);
    expect(html).toContain('Tri | County &lt;script&gt;');
    const table = formatDiff(diff, 'table');
    expect(table).not.toContain('\u001b');
    expect(table).toContain('\\x1b[2J');
  });
});
