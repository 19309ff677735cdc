import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import reportSchema from '../schemas/report.schema.json' with { type: 'json' };
import { COMPLIANT, withChanges } from './support/audit.js';
import { cli, tempDir, workspace } from './support/cli.js';
import { RULES } from '../src/packs/index.js';

const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(reportSchema);
const compliantFile = 'examples/riverside-evening-iop.yaml';

describe('iop-audit audit', () => {
  it('passes the compliant example with exit 0 and shows the facts and a summary', () => {
    const run = cli([compliantFile]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PASS  examples/riverside-evening-iop.yaml');
    expect(run.stdout).toContain('10.5 treatment h/week (from the timetable)');
    expect(run.stdout).toContain('implied intensive-outpatient');
    expect(run.stdout).toMatch(/1 document: 1 passed, 0 failed, 0 invalid · 0 errors, 0 warnings/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('fails a document with an error finding (exit 1), naming file:line:col', () => {
    const dir = workspace({ 'p.yaml': withChanges({ 'services.drug_testing.method': 'hair' }) });
    const run = cli(['p.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}p\.yaml/);
    expect(run.stdout).toMatch(/p\.yaml:\d+:\d+ 'hair' looks back months/);
  });

  it('writes a JSON report valid against schemas/report.schema.json', () => {
    const run = cli(['examples/', '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.documents.length).toBeGreaterThanOrEqual(5);
    expect(report.summary.documents).toBe(report.documents.length);
  });

  it('gives the same bytes for the same input, in every format', () => {
    for (const format of ['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html']) {
      const first = cli(['examples/', '--format', format]).stdout;
      expect(first.length, format).toBeGreaterThan(100);
      expect(cli(['examples/', '--format', format]).stdout, format).toBe(first);
    }
  });

  it('reads standard input with -', () => {
    const run = cli(['-', '--format', 'json'], { input: COMPLIANT });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).documents[0].file).toBe('<stdin>');
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR / --no-color off', () => {
    expect(cli([compliantFile], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(/\u001b\[/);
    expect(cli([compliantFile, '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('treats warnings as failures only with --fail-on warning or --max-warnings', () => {
    // A fixed (non-random) testing schedule is a warning, not an error.
    const dir = workspace({ 'p.yaml': withChanges({ 'services.drug_testing.schedule': 'scheduled' }) });
    expect(cli(['p.yaml'], { cwd: dir }).code).toBe(0);
    expect(cli(['p.yaml', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
    expect(cli(['p.yaml', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    expect(cli(['p.yaml', '--max-warnings', '1'], { cwd: dir }).code).toBe(0);
  });

  it('reads abbreviations (info notes) and unlisted approaches (warnings) the report shows, instead of refusing the document', () => {
    // Written as a program director would: abbreviations, a capitalised activity, a therapy no list names.
    const drafted = withChanges({
      'program.level_of_care': 'IOP',
      approaches: ['CBT', 'MI', 'Moral Reconation Therapy'],
      'schedule.timetable.1.activities': ['Group Counseling', 'relapse-prevention'],
    });
    const dir = workspace({ 'p.yaml': drafted });
    const run = cli(['p.yaml', '--format', 'github'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("'IOP' read as 'intensive-outpatient' (program.level_of_care)");
    expect(run.stdout).toContain("'Group Counseling' read as 'group-counseling' (schedule.timetable.activities)");
    expect(run.stdout).toContain("'CBT' read as 'cognitive-behavioral-therapy' (approaches)");
    expect(run.stdout).toContain("'Moral Reconation Therapy' is not in the vocabulary of approaches, not counted");
    // A term read as a listed word was understood and counted: a notice (VOCAB-02). A term no list knows is a warning (VOCAB-01).
    expect(run.stdout).toMatch(/^::notice file=p\.yaml,line=\d+,col=\d+,title=VOCAB-02 .*::'CBT' read as /m);
    expect(run.stdout).toMatch(/^::warning file=p\.yaml,line=\d+,col=\d+,title=VOCAB-01 .*::'Moral Reconation Therapy' is not in the vocabulary/m);
    expect(run.stdout).not.toMatch(/^::warning .*title=VOCAB-01 .* read as /m);
    // The unlisted approach is a warning, so a gate that allows none stops on it; the abbreviations alone pass that gate.
    expect(cli(['p.yaml', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    const abbreviated = workspace({ 'p.yaml': withChanges({ 'program.level_of_care': 'IOP', approaches: ['CBT', 'MI'] }) });
    expect(cli(['p.yaml', '--max-warnings', '0'], { cwd: abbreviated }).code).toBe(0);
  });

  it('limits the audit to one standard with --standard', () => {
    const report = JSON.parse(cli([compliantFile, '--format', 'json', '--standard', 'samhsa']).stdout);
    const standards = new Set(report.documents[0].results.map((r: { standard: string }) => r.standard));
    expect([...standards].sort()).toEqual(['document', 'samhsa-tip47']);
  });
});

describe('exit code 2: one line on stderr, never a stack trace', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a missing path', ['no-such-file.yaml'], /^iop-audit: path not found: no-such-file\.yaml\n$/],
    ['a bad option', [compliantFile, '--format', 'pdf'], /^iop-audit: option '-f, --format <format>' argument 'pdf' is invalid/],
    ['an unknown rule', ['explain', 'SAMHSA-99'], /^iop-audit: unknown rule 'SAMHSA-99'/],
    ['no paths', ['audit'], /^iop-audit: no paths given/],
    ['a mistyped command', ['exlain', 'JOINT-01'], /^iop-audit: 'exlain' is not a command or a path; did you mean 'explain'\?\n$/],
    ['another mistyped command', ['standrds'], /^iop-audit: 'standrds' is not a command or a path; did you mean 'standards'\?\n$/],
  ];
  for (const [what, args, message] of cases) {
    it(`for ${what}`, () => {
      const run = cli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('for a directory with no documents', () => {
    const dir = workspace({ 'notes.txt': 'nothing' });
    const run = cli(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('iop-audit: no program documents (*.yaml, *.yml) found in .\n');
  });

  it('for an invalid config, naming file, line and column', () => {
    const dir = workspace({ '.iop-audit.yaml': 'fail_on: error\nrules:\n  JOINT-10: of\n', 'p.yaml': COMPLIANT });
    const run = cli(['p.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("iop-audit: invalid config .iop-audit.yaml:3:13: rules.JOINT-10: 'of' is not an allowed value; did you mean 'off'?\n");
  });

  it('for an unknown rule in the config, with a did-you-mean', () => {
    const dir = workspace({ '.iop-audit.yaml': 'rules:\n  monitor-abstinance: warning\n', 'p.yaml': COMPLIANT });
    const run = cli(['p.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("iop-audit: invalid config .iop-audit.yaml:2:3: unknown rule 'monitor-abstinance'; did you mean 'monitor-abstinence'?\n");
  });
});

describe('invalid documents', () => {
  it('exit 1 with each problem at file:line:col', () => {
    const dir = workspace({ 'p.yaml': 'version: 1\nprogram:\n  name: X\nschedul: {}\n' });
    const run = cli(['p.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("p.yaml:4:1  schema  unknown key 'schedul' in the document; did you mean 'schedule'?");
  });
});

describe('other commands', () => {
  it('rules lists the whole catalog', () => {
    const run = cli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(RULES.length + 1); // a header and every rule
    expect(run.stdout).toMatch(/^SAMHSA-08 +monitor-abstinence +samhsa-tip47 +error +primary +Abstinence is monitored objectively$/m);
  });

  it('explain shows a rule by alias, with source, thresholds and a YAML fix', () => {
    const run = cli(['explain', 'monitor-abstinence']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('SAMHSA-08 monitor-abstinence');
    expect(run.stdout).toContain('TIP 47');
    expect(run.stdout).toContain('drug_tests_per_week: 1 tests/week');
    expect(run.stdout).toContain('drug_testing: { provided: on-site');
  });

  it('schema prints the program schema', () => {
    expect(JSON.parse(cli(['schema']).stdout).title).toMatch(/program document/);
  });

  it('schema --field prints one field\'s reference, and names the field meant when the path is wrong', () => {
    const run = cli(['schema', '--field', 'services.drug_testing.method']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^services\.drug_testing\.method\n {2}type: a word from the list below\n/);
    expect(run.stdout).toContain('    hair         hair test: looks back months, cannot show when use happened\n');
    expect(run.stdout).toContain('  example:\n    services:\n      drug_testing:\n        method: urine\n');
    const typo = cli(['schema', '--field', 'services.drugtesting.method']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toMatch(/^iop-audit: unknown field 'services\.drugtesting\.method'; did you mean 'services\.drug_testing\.method'\?: the top-level fields are version, program, schedule, .*, quality\b.* \(each lists its keys\)\n$/);
    expect(cli(['schema', '--field', 'frequency']).stderr).toMatch(/^iop-audit: unknown field 'frequency': the top-level fields are version, program, schedule, .* \(each lists its keys\)\n$/);
  });

  it('validate checks the schema only', () => {
    const dir = workspace({ 'p.yaml': 'version: 1\nprogram: { name: Draft }\n' });
    const validated = cli(['validate', 'p.yaml'], { cwd: dir });
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/^VALID {2}p\.yaml {2}Draft$/m);
    expect(cli(['audit', 'p.yaml'], { cwd: dir }).code).toBe(1);
  });

  it('validate counts valid and invalid documents in its summary line', () => {
    const dir = workspace({ 'a.yaml': 'version: 1\nprogram: { name: A }\n', 'b.yaml': COMPLIANT, 'c.yaml': 'version: 1\nprogram: { name: C }\n' });
    const run = cli(['validate', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^3 documents: 3 valid, 0 invalid$/m);
    expect(run.stdout).not.toMatch(/passed|failed/);
    writeFileSync(join(dir, 'c.yaml'), 'version: 1\nprogram:\n  name: C\nschedul: {}\n');
    const invalid = cli(['validate', '.'], { cwd: dir });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/^3 documents: 2 valid, 1 invalid$/m);
    // Only the terminal table changes: the JSON summary keeps its fields.
    expect(JSON.parse(cli(['validate', '.', '--format', 'json'], { cwd: dir }).stdout).summary).toMatchObject({ documents: 3, passed: 2, invalid: 1 });
    // A mistyped command is still found when a file of that name does not exist, and a file of that name is audited.
    writeFileSync(join(dir, 'rulse'), COMPLIANT);
    expect(cli(['rulse'], { cwd: dir }).stderr).not.toMatch(/is not a command/);
  });

  it('validate refuses the options that only the audit takes, in one line', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT, 'b.json': '{}' });
    const cases: Array<[string[], string]> = [
      [['--baseline', 'b.json'], '--baseline'], [['--fail-on', 'warning'], '--fail-on'], [['--max-warnings', '0'], '--max-warnings'],
      [['--cache'], '--cache'], [['--cache-location', 'c'], '--cache-location'], [['--standard', 'joint'], '--standard'], [['--pack', 'x.yaml'], '--pack'],
    ];
    for (const [options, flag] of cases) {
      const run = cli(['validate', 'p.yaml', ...options], { cwd: dir });
      expect(run.code, flag).toBe(2);
      expect(run.stderr, flag).toBe(`iop-audit: ${flag} applies to audit, not validate\n`);
      expect(run.stdout, flag).toBe('');
    }
    expect(existsSync(join(dir, 'c'))).toBe(false);
  });

  it('init writes a template whose placeholders fail the audit until filled in, and never overwrites without --force', () => {
    const dir = tempDir();
    expect(cli(['init', 'mine.yaml'], { cwd: dir }).code).toBe(0);
    const written = readFileSync(join(dir, 'mine.yaml'), 'utf8');
    // Outside a project with iop-audit installed there is no schema path that travels with the file (see init.test.ts).
    expect(written).toMatch(/^# For completion in your editor: /);
    const unfilled = cli(['mine.yaml', '--format', 'json'], { cwd: dir });
    expect(unfilled.code).toBe(1);
    const draft = JSON.parse(unfilled.stdout).documents[0].results.find((r: { rule: string }) => r.rule === 'DRAFT-01');
    expect(draft.findings.map((f: { line: number; message: string }) => `${f.line} ${f.message}`)).toEqual([
      `${written.split('\n').findIndex((l) => l.includes('name: <program name>')) + 1} placeholder left unfilled: program.name is '<program name>'`,
      `${written.split('\n').findIndex((l) => l.includes('provider: <')) + 1} placeholder left unfilled: program.provider is '<organisation that runs it>'`,
      `${written.split('\n').findIndex((l) => l.includes('medical: {')) + 1} placeholder left unfilled: services.medical.partner is '<primary care partner>'`,
      `${written.split('\n').findIndex((l) => l.includes('medications: {')) + 1} placeholder left unfilled: services.medications.partner is '<addiction medicine partner>'`,
    ]);
    // Filled in, every rule passes.
    writeFileSync(join(dir, 'mine.yaml'), written
      .replace('<program name>', 'Harbor Light Evening IOP').replace('<organisation that runs it>', 'Harbor Light Behavioral Health')
      .replace('<primary care partner>', 'Eastside Family Medicine').replace('<addiction medicine partner>', 'Bayview Addiction Medicine'));
    expect(cli(['mine.yaml'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'mine.yaml'), 'kept');
    const again = cli(['init', 'mine.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('iop-audit: mine.yaml already exists: use --force to overwrite it\n');
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('kept');
    expect(cli(['init', 'mine.yaml', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe(written);
  });

  it('init - prints the template to standard output and writes no file', () => {
    const dir = tempDir();
    const run = cli(['init', '-'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^# For completion in your editor: /);
    expect(readdirSync(dir)).toEqual([]);
    // Valid as written; the audit fails only on its placeholders.
    expect(cli(['validate', '-'], { cwd: dir, input: run.stdout }).code).toBe(0);
    expect(cli(['-'], { cwd: dir, input: run.stdout }).code).toBe(1);
  });
});

describe('--output', () => {
  it('writes the report to the file, and a failed run leaves the old file whole', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT });
    expect(cli(['p.yaml', '--format', 'json', '--output', 'report.json'], { cwd: dir }).code).toBe(0);
    const first = readFileSync(join(dir, 'report.json'), 'utf8');
    expect(JSON.parse(first).summary.passed).toBe(1);
    const failed = cli(['missing.yaml', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(failed.code).toBe(2);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(first);
  });

  it('creates the folders a report goes into, and leaves no temporary file', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT });
    const run = cli(['p.yaml', '--output', 'no/such/dir/report.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'no/such/dir/report.txt'), 'utf8')).toMatch(/1 document: 1 passed/);
    expect(readdirSync(join(dir, 'no/such/dir'))).toEqual(['report.txt']);
    const validated = cli(['validate', 'p.yaml', '--output', 'v/report.txt'], { cwd: dir });
    expect(validated.code).toBe(0);
    expect(existsSync(join(dir, 'v/report.txt'))).toBe(true);
    const crosswalk = cli(['crosswalk', '--format', 'csv', '--output', 'cw/out/crosswalk.csv'], { cwd: dir });
    expect(crosswalk.stderr).toBe('');
    expect(crosswalk.code).toBe(0);
    expect(readFileSync(join(dir, 'cw/out/crosswalk.csv'), 'utf8').length).toBeGreaterThan(0);
  });

  it('reports a destination below a regular file as exit 2, in one line, before the run', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT, 'notes.txt': 'kept' });
    const run = cli(['p.yaml', '--output', 'notes.txt/sub/report.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('iop-audit: --output notes.txt/sub/report.txt: notes.txt is a file, not a folder\n');
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('kept');
    const crosswalk = cli(['crosswalk', '--output', 'notes.txt/crosswalk.txt'], { cwd: dir });
    expect(crosswalk.code).toBe(2);
    expect(crosswalk.stderr.trim().split('\n')).toHaveLength(1);
    expect(crosswalk.stderr).toMatch(/^iop-audit: cannot write .*crosswalk\.txt: /);
  });
});

describe('config, waivers and baseline', () => {
  // Hair testing cannot show use week by week: a SAMHSA-08 error.
  const failing = withChanges({ 'services.drug_testing.method': 'hair' });

  it('turns a rule off or down by alias', () => {
    const dir = workspace({ '.iop-audit.yaml': 'rules:\n  monitor-abstinence: warning\n', 'p.yaml': failing });
    const report = JSON.parse(cli(['p.yaml', '--format', 'json'], { cwd: dir }).stdout);
    const result = report.documents[0].results.find((r: { rule: string }) => r.rule === 'SAMHSA-08');
    expect(result).toMatchObject({ status: 'fail', severity: 'warning' });
    expect(report.documents[0].verdict).toBe('pass');
  });

  it('applies threshold overrides', () => {
    const dir = workspace({ '.iop-audit.yaml': 'thresholds:\n  days_to_first_session: 2\n', 'p.yaml': COMPLIANT });
    const report = JSON.parse(cli(['p.yaml', '--format', 'json'], { cwd: dir }).stdout);
    expect(report.documents[0].results.find((r: { rule: string }) => r.rule === 'SAMHSA-02').status).toBe('fail');
  });

  it('waives a failure until the waiver expires, then says it expired; unused waivers are reported', () => {
    const config = (expires: string) => [
      'waivers:',
      '  - rule: SAMHSA-08',
      '    files: ["programs/*.yaml"]',
      '    justification: The county lab runs the testing and offers hair tests only.',
      '    approved_by: J. Rivera, accreditation lead',
      `    expires: ${expires}`,
      '  - rule: JOINT-12',
      '    files: ["programs/*.yaml"]',
      '    justification: Not needed.',
      '    approved_by: J. Rivera',
    ].join('\n');
    const dir = workspace({ '.iop-audit.yaml': config('2027-06-30'), 'programs/a.yaml': failing });
    const live = JSON.parse(cli(['programs', '--format', 'json'], { cwd: dir }).stdout);
    const waived = live.documents[0].results.find((r: { rule: string }) => r.rule === 'SAMHSA-08');
    expect(waived.status).toBe('waived');
    expect(waived.waiver.approved_by).toBe('J. Rivera, accreditation lead');
    expect(live.documents[0].verdict).toBe('pass');
    expect(live.notices).toEqual(['waiver for JOINT-12 (programs/*.yaml) matched no failing result and can be removed', 'config: .iop-audit.yaml']);

    writeFileSync(join(dir, '.iop-audit.yaml'), config('2026-01-31'));
    const expired = cli(['programs', '--format', 'json'], { cwd: dir });
    expect(expired.code).toBe(1);
    const report = JSON.parse(expired.stdout);
    expect(report.documents[0].results.find((r: { rule: string }) => r.rule === 'SAMHSA-08').status).toBe('fail');
    expect(report.notices[0]).toBe('waiver for SAMHSA-08 (programs/*.yaml) expired on 2026-01-31 and no longer applies');
  });

  it('baselines known failures by file, rule and pointer; a new failure under the same rule still fails', () => {
    const dir = workspace({ 'p.yaml': failing });
    cli(['p.yaml', '--format', 'json', '--output', 'baseline.json'], { cwd: dir });
    const same = cli(['p.yaml', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).summary).toMatchObject({ errors: 0, baselined: 1 });

    writeFileSync(join(dir, 'p.yaml'), withChanges({ 'services.drug_testing.method': 'hair', 'services.drug_testing.per_week': undefined }));
    const worse = cli(['p.yaml', '--baseline', 'baseline.json'], { cwd: dir });
    expect(worse.code).toBe(1);
  });
});
