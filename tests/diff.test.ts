import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import diffSchema from '../schemas/diff.schema.json' with { type: 'json' };
import reportSchema from '../schemas/report.schema.json' with { type: 'json' };
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
    writeFileSync(join(dir, 'edited.json'), readFileSync(join(dir, 'visit-2.json'), 'utf8').replaceAll('"severity": "error"', '"severity": "high"'));
    const cases: [string[], string][] = [
      [['missing.json', 'visit-2.json'], 'iop-audit: cannot read missing.json: ENOENT\n'],
      [['visit-1.json', 'notes.json'], 'iop-audit: notes.json: document 1 lacks file, verdict or results\n'],
      [['visit-1.json', 'edited.json'], expect.stringMatching(/^iop-audit: edited\.json: document \d: a finding of [A-Z]+-\d+ lacks pointer, message, line or severity, or has one \(or its fingerprint\) in another form than a report's\n$/) as unknown as string],
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

describe('the diff JSON schema', () => {
  const validateDiff = new Ajv2020({ allErrors: true, strict: true }).compile(diffSchema);
  const errorsOf = (value: unknown) => (validateDiff(value) ? '' : JSON.stringify(validateDiff.errors, null, 2));
  type DiffJson = { programs: Array<Record<string, unknown> & { then: string | null; now: string | null; readiness: Array<{ then: unknown; now: unknown }> }>; totals: Record<string, number> };

  it('is the report schema\'s draft, named the same way', () => {
    expect(diffSchema.$schema).toBe(reportSchema.$schema);
    expect([reportSchema.$id, diffSchema.$id]).toEqual(['report.schema.json', 'diff.schema.json']);
    expect(diffSchema.$defs.finding.properties.fingerprint.pattern).toBe(reportSchema.$defs.fingerprint.pattern);
  });

  it('validates what diff writes: findings fixed, new, open and waived since, programs added, gone, moved and invalid', () => {
    const dir = visits();
    // A third visit: Maple moved (matched by name), Harborview invalid, a new program, and a waiver on an old failure.
    renameSync(join(dir, 'programs', 'maple.yaml'), join(dir, 'programs', 'maple-street.yaml'));
    writeFileSync(join(dir, 'programs', 'harborview.yaml'), withChanges({ ...HARBORVIEW_V2, 'program.levl_of_care': 'intensive-outpatient' }));
    writeFileSync(join(dir, 'programs', 'cedar.yaml'), withChanges({ 'program.name': 'Cedar Evening IOP', 'admission.waiting_list': true }));
    writeFileSync(join(dir, '.iop-audit.yaml'), 'waivers:\n  - rule: SAMHSA-13\n    files: ["programs/*.yaml"]\n    justification: Contracted model under review\n    approved_by: R. Osei\n');
    expect(cli(['programs', '--format', 'json', '--output', 'visit-3.json'], { cwd: dir }).code).toBe(1);
    unlinkSync(join(dir, '.iop-audit.yaml'));
    // A report from before fingerprints existed, and one with no documents.
    const unprinted = JSON.parse(readFileSync(join(dir, 'visit-1.json'), 'utf8'));
    for (const doc of unprinted.documents) for (const r of doc.results) for (const f of r.findings) delete f.fingerprint;
    writeFileSync(join(dir, 'visit-0.json'), JSON.stringify(unprinted));
    writeFileSync(join(dir, 'empty.json'), JSON.stringify({ ...unprinted, documents: [] }));

    const outputs: DiffJson[] = [];
    for (const [old, now] of [['visit-1', 'visit-2'], ['visit-2', 'visit-1'], ['visit-2', 'visit-3'], ['visit-3', 'visit-1'], ['visit-0', 'visit-2'], ['empty', 'visit-3'], ['visit-3', 'empty'], ['empty', 'empty']]) {
      const run = cli(['diff', `${old}.json`, `${now}.json`, '--format', 'json'], { cwd: dir });
      expect(run.stderr, `${old} → ${now}`).toBe('');
      const output = JSON.parse(run.stdout) as DiffJson;
      expect(errorsOf(output), `${old} → ${now}`).toBe('');
      outputs.push(output);
    }
    // The cases cover every part of the schema: each list filled somewhere, each verdict and null on both sides, an old report's findings without fingerprints.
    const programs = outputs.flatMap((o) => o.programs);
    for (const list of ['fixed', 'new', 'open', 'waived']) expect(programs.some((p) => (p[list] as unknown[]).length > 0), list).toBe(true);
    for (const side of ['then', 'now'] as const) expect(new Set(programs.map((p) => p[side]))).toEqual(new Set(['pass', 'fail', 'invalid', null]));
    expect(programs.some((p) => p.previousFile !== undefined)).toBe(true);
    expect(programs.some((p) => p.readiness.some((r) => r.then === null) && p.readiness.some((r) => r.now !== null))).toBe(true);
    const unprintedFixes = outputs[4]!.programs.flatMap((p) => p.fixed as { fingerprint?: string }[]);
    expect(unprintedFixes.length).toBeGreaterThan(0);
    expect(unprintedFixes.filter((f) => f.fingerprint !== undefined)).toEqual([]);
    expect(outputs.some((o) => o.totals.newlyInvalid! > 0)).toBe(true);
    expect(outputs[7]!.programs).toEqual([]);
  });

  it('refuses what a schema-valid output could not carry over, and validates every output of a report it reads', () => {
    const finding = { pointer: '/a', message: 'm', severity: 'error', line: 3, fingerprint: '0123456789abcdef' };
    const doc = { file: 'p.yaml', verdict: 'fail', results: [{ rule: 'SAMHSA-01', status: 'fail', findings: [finding] }] };
    const refused = [
      { ...doc, verdict: 'FAIL' },
      { ...doc, results: [{ rule: 'SAMHSA-01', title: 7, status: 'fail', findings: [finding] }] },
      ...[{ severity: 'fatal' }, { severity: undefined }, { line: 0 }, { line: 2.5 }, { fingerprint: 'ABC' }, { fingerprint: 1234567890123456 }]
        .map((change) => ({ ...doc, results: [{ rule: 'SAMHSA-01', status: 'fail', findings: [{ ...finding, ...change }] }] })),
      ...[{ compliance: 101 }, { compliance: '50' }, { title: ['t'] }, { counts: { met: -1 } }, { counts: null }]
        .map((change) => ({ ...doc, packs: [{ pack: 'joint', compliance: 50, counts: { met: 1 }, ...change }] })),
    ];
    for (const bad of refused) expect(readReport({ documents: [bad] }), JSON.stringify(bad)).toMatch(/^document 1: /);

    // Reports as readReport takes them, not only as iop-audit writes them: whatever it accepts, the diff's JSON is valid.
    const text = fc.constantFrom('a', 'p.yaml', 'SAMHSA-01', 'x | y', '');
    const anyFinding = fc.record({
      pointer: text, message: text, severity: fc.constantFrom('error', 'warning', 'info'), line: fc.integer({ min: 1, max: 50 }),
      fingerprint: fc.option(fc.constantFrom('0123456789abcdef', 'fedcba9876543210'), { nil: undefined }),
    }, { requiredKeys: ['pointer', 'message', 'severity', 'line'] });
    const anyDoc = fc.record({
      file: fc.constantFrom('a.yaml', 'b.yaml'), name: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }), verdict: fc.constantFrom('pass', 'fail', 'invalid'),
      results: fc.array(fc.record({ rule: fc.constantFrom('SAMHSA-01', 'JOINT-10'), title: fc.option(text, { nil: undefined }), status: fc.constantFrom('pass', 'fail', 'waived'), findings: fc.array(anyFinding, { maxLength: 3 }) }, { requiredKeys: ['rule', 'status', 'findings'] }), { maxLength: 3 }),
      packs: fc.option(fc.array(fc.record({
        pack: fc.constantFrom('joint', 'samhsa-tip47'), title: fc.option(text, { nil: undefined }), compliance: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        counts: fc.record({ met: fc.nat(9), 'partially-met': fc.nat(9), 'not-met': fc.nat(9) }, { requiredKeys: [] }),
      }, { requiredKeys: ['pack', 'counts'] }), { maxLength: 2 }), { nil: undefined }),
    }, { requiredKeys: ['file', 'verdict', 'results'] });
    // JSON as a report file carries it: no undefined members.
    const report = fc.array(anyDoc, { maxLength: 3 }).map((documents) => JSON.parse(JSON.stringify({ documents })) as unknown);
    fc.assert(fc.property(report, report, (old, now) => {
      const before = readReport(old);
      const after = readReport(now);
      expect(typeof before).toBe('object');
      expect(typeof after).toBe('object');
      const output = JSON.parse(formatDiff(diffReports(before as ReportInput, after as ReportInput), 'json'));
      expect(errorsOf(output)).toBe('');
    }), { numRuns: 300, seed: 47 });
  });

  it('rejects a broken output', () => {
    const finding = { rule: 'SAMHSA-02', title: 'No waiting list', severity: 'error', message: 'the program keeps a waiting list', pointer: '/admission/waiting_list', line: 4, fingerprint: '0123456789abcdef' };
    const program = { file: 'p.yaml', then: 'pass', now: 'fail', fixed: [], new: [finding], open: [], waived: [], readiness: [{ pack: 'joint', title: 'Joint', then: null, now: { compliance: 90, met: 9, partiallyMet: 0, notMet: 1 } }] };
    const output = { programs: [program], totals: { programs: 1, fixed: 0, new: 1, open: 0, newlyInvalid: 0 } };
    expect(errorsOf(output)).toBe('');
    const { newlyInvalid: _dropped, ...totals } = output.totals;
    const broken: [string, unknown][] = [
      ['a total missing', { ...output, totals }],
      ['an unknown member', { ...output, generated: '2026-11-26' }],
      ['a verdict of another form', { ...output, programs: [{ ...program, now: 'FAIL' }] }],
      ['a program without its waived list', { ...output, programs: [{ ...program, waived: undefined }] }],
      ['a severity of another form', { ...output, programs: [{ ...program, new: [{ ...finding, severity: 'fatal' }] }] }],
      ['a line 0', { ...output, programs: [{ ...program, new: [{ ...finding, line: 0 }] }] }],
      ['a fingerprint of another form', { ...output, programs: [{ ...program, new: [{ ...finding, fingerprint: 'xyz' }] }] }],
      ['a compliance over 100', { ...output, programs: [{ ...program, readiness: [{ ...program.readiness[0], now: { compliance: 101, met: 9, partiallyMet: 0, notMet: 1 } }] }] }],
      ['a count that is negative', { ...output, totals: { ...output.totals, fixed: -1 } }],
    ];
    for (const [what, value] of broken) expect(validateDiff(JSON.parse(JSON.stringify(value))), what).toBe(false);
  });
});
