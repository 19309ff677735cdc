import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, looksLikeProgram } from '../src/cli/discover.js';
import { Ignorer, parseGitignore } from '../src/cli/ignore.js';
import { COMPLIANT, withChanges } from './support/audit.js';
import { cli, workspace } from './support/cli.js';

/** A short program document, varied per file so no two are alike. */
const program = (name: string) => `# draft for the ${name} site\nversion: 1\nprogram:\n  name: ${name}\n  level_of_care: intensive-outpatient\n`;

const COMPOSE = `version: "3.8"\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n`;
const WORKFLOW = `name: CI\non: [push, pull_request]\njobs:\n  audit:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npx iop-audit programs/\n`;

describe('.gitignore, as git reads it', () => {
  const ignoredBy = (gitignore: string, path: string, isDirectory = false) => {
    const rules = parseGitignore(gitignore);
    let ignored = false;
    for (const rule of rules) {
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.matches(path)) ignored = !rule.negated;
    }
    return ignored;
  };

  it('matches a name without a slash at any depth, and an anchored one from its own folder only', () => {
    expect(ignoredBy('draft.yaml\n', 'draft.yaml')).toBe(true);
    expect(ignoredBy('draft.yaml\n', 'east/clinic/draft.yaml')).toBe(true);
    expect(ignoredBy('/draft.yaml\n', 'east/draft.yaml')).toBe(false);
    expect(ignoredBy('/draft.yaml\n', 'draft.yaml')).toBe(true);
    expect(ignoredBy('east/draft.yaml\n', 'west/east/draft.yaml')).toBe(false);
    expect(ignoredBy('east/*.yaml\n', 'east/a.yaml')).toBe(true);
    expect(ignoredBy('east/*.yaml\n', 'east/sub/a.yaml')).toBe(false);
    expect(ignoredBy('**/archive/*.yml\n', 'a/b/archive/old.yml')).toBe(true);
  });

  it('negates with !, last rule wins, and keeps # and trailing-space escapes', () => {
    expect(ignoredBy('*.yaml\n!keep.yaml\n', 'keep.yaml')).toBe(false);
    expect(ignoredBy('*.yaml\n!keep.yaml\n', 'other.yaml')).toBe(true);
    expect(ignoredBy('!keep.yaml\n*.yaml\n', 'keep.yaml')).toBe(true);
    expect(ignoredBy('# comment.yaml\n', '# comment.yaml')).toBe(false);
    expect(ignoredBy('\\#hash.yaml\n', '#hash.yaml')).toBe(true);
    expect(ignoredBy('\\!bang.yaml\n', '!bang.yaml')).toBe(true);
    expect(ignoredBy('spaced.yaml   \n', 'spaced.yaml')).toBe(true);
    // git has no braces: the pattern is taken literally.
    expect(ignoredBy('{a,b}.yaml\n', 'a.yaml')).toBe(false);
  });

  it('matches a pattern ending in / to folders only', () => {
    expect(ignoredBy('drafts/\n', 'drafts', true)).toBe(true);
    expect(ignoredBy('drafts/\n', 'drafts', false)).toBe(false);
    expect(ignoredBy('drafts/\n', 'a/drafts', true)).toBe(true);
  });

  it('applies nested .gitignore files below the root one, deeper rules last', () => {
    const dir = workspace({
      '.gitignore': 'scratch/\n*.bak.yaml\n',
      'programs/.gitignore': '!kept.bak.yaml\nlocal-*.yaml\n',
      'programs/a.yaml': '',
    });
    const ignorer = new Ignorer({ gitignore: true });
    expect(ignorer.ignored(join(dir, 'programs', 'old.bak.yaml'), false, dir)).toBe(true);
    expect(ignorer.ignored(join(dir, 'programs', 'kept.bak.yaml'), false, dir)).toBe(false);
    expect(ignorer.ignored(join(dir, 'programs', 'local-east.yaml'), false, dir)).toBe(true);
    // The nested file's rules do not reach its parent.
    expect(ignorer.ignored(join(dir, 'local-east.yaml'), false, dir)).toBe(false);
    expect(ignorer.ignored(join(dir, 'programs', 'scratch'), true, dir)).toBe(true);
    expect(new Ignorer({ gitignore: false }).ignored(join(dir, 'programs', 'old.bak.yaml'), false, dir)).toBe(false);
  });
});

describe('what a search takes', () => {
  const tree = () => workspace({
    '.gitignore': 'build/\n/generated-*.yaml\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
    'programs/east.yaml': program('East Clinic'),
    'programs/west.yml': program('West Clinic'),
    'programs/.gitignore': '*.local.yaml\n!keep.local.yaml\n',
    'programs/mine.local.yaml': program('Scratch copy'),
    'programs/keep.local.yaml': program('Kept Local'),
    'programs/archive/2019.yaml': program('Retired 2019 Program'),
    'programs/build/out.yaml': program('Build Output'),
    'generated-east.yaml': program('Generated'),
    'docker-compose.yml': COMPOSE,
    'ci/workflow.yml': WORKFLOW,
    'empty.yaml': '',
  });
  const names = async (paths: string[], cwd: string, options = {}) => (await discover(paths, cwd, options)).sources.map((s) => s.file);

  it('honours .gitignore files (root and nested, negation, folders, anchored) unless turned off', async () => {
    const dir = tree();
    expect(await names(['programs'], dir)).toEqual(['programs/archive/2019.yaml', 'programs/east.yaml', 'programs/keep.local.yaml', 'programs/west.yml']);
    expect(await names(['programs/**/*.y*ml'], dir)).toEqual(['programs/archive/2019.yaml', 'programs/east.yaml', 'programs/keep.local.yaml', 'programs/west.yml']);
    expect(await names(['programs'], dir, { gitignore: false })).toContain('programs/build/out.yaml');
    expect(await names(['programs'], dir, { gitignore: false })).toContain('programs/mine.local.yaml');
    // A file named on the command line is read though .gitignore names it, as ripgrep does.
    expect(await names(['programs/mine.local.yaml'], dir)).toEqual(['programs/mine.local.yaml']);
  });

  it('passes over --ignore and exclude: globs, each relative to its own folder, and says so for a file named', async () => {
    const dir = tree();
    const ignore = (patterns: string[], base = dir) => ({ globs: [{ patterns, base, from: '--ignore' }] });
    expect(await names(['programs'], dir, ignore(['programs/archive']))).toEqual(['programs/east.yaml', 'programs/keep.local.yaml', 'programs/west.yml']);
    expect(await names(['programs'], dir, ignore(['**/*.yml']))).toEqual(['programs/archive/2019.yaml', 'programs/east.yaml', 'programs/keep.local.yaml']);
    // exclude: globs are relative to the config's folder, not to where the run starts.
    const fromConfig = { globs: [{ patterns: ['archive/'], base: join(dir, 'programs'), from: 'exclude: in programs/.iop-audit.yaml' }] };
    expect(await names(['.'], join(dir, 'programs'), fromConfig)).toEqual(['east.yaml', 'keep.local.yaml', 'west.yml']);
    const named = await discover(['programs/east.yaml', 'programs/west.yml'], dir, ignore(['programs/east.yaml']));
    expect(named.sources.map((s) => s.file)).toEqual(['programs/west.yml']);
    expect(named.skipped).toEqual(['skipped programs/east.yaml: excluded by --ignore']);
  });

  it('passes over YAML that is not a program document with one notice naming them; named, it is still read', async () => {
    const dir = tree();
    const found = await discover(['.'], dir);
    expect(found.sources.map((s) => s.file)).not.toContain('docker-compose.yml');
    expect(found.skipped).toEqual(['skipped 3 YAML files that are not program documents (no top-level program: key): ci/workflow.yml, docker-compose.yml, empty.yaml']);
    expect((await discover(['docker-compose.yml'], dir)).sources.map((s) => s.file)).toEqual(['docker-compose.yml']);
    await expect(discover(['ci'], dir)).rejects.toThrow('no program documents (*.yaml, *.yml) found in ci (passed over 1 YAML file with no top-level program: key)');
  });

  it('takes a program document for one by its bytes, without parsing: quoted keys, a BOM, a flow mapping, a key far down', () => {
    const dir = workspace({
      'quoted.yaml': '"version": 1\n"program": { "name": "Q" }\n',
      'bom.yaml': '\uFEFFprogram:\n  name: B\nversion: 1\n',
      'flow.yaml': '{version: 1, program: {name: F}}\n',
      'far.yaml': `${'# a long preamble\n'.repeat(3000)}version: 1\nprogram:\n  name: Far\n`,
      'nested.yaml': 'jobs:\n  program:\n    name: not top-level\n',
      'prose.yaml': 'notes: |\n  program: is mentioned in text\n',
    });
    for (const name of ['quoted', 'bom', 'flow', 'far']) expect(looksLikeProgram(join(dir, `${name}.yaml`)), name).toBe(true);
    for (const name of ['nested', 'prose']) expect(looksLikeProgram(join(dir, `${name}.yaml`)), name).toBe(false);
  });

  it('names standard input by --stdin-filename, and refuses it without -', async () => {
    const dir = tree();
    expect(await names(['-'], dir, { stdinFilename: 'programs/new.yaml' })).toEqual(['programs/new.yaml']);
    const excluded = await discover(['-'], dir, { stdinFilename: 'programs/archive/x.yaml', globs: [{ patterns: ['programs/archive'], base: dir, from: '--ignore' }] });
    expect(excluded.sources).toEqual([]);
    expect(excluded.skipped).toEqual(['skipped standard input (programs/archive/x.yaml): excluded by --ignore']);
    await expect(discover(['programs'], dir, { stdinFilename: 'x.yaml' })).rejects.toThrow('--stdin-filename names the document read from standard input');
  });
});

describe('scanning, from the command line', () => {
  it('a repository with a compose file, a workflow and drafts: audits the programs only, with one notice', () => {
    const dir = workspace({
      '.iop-audit.yaml': 'exclude:\n  - programs/drafts\n',
      'programs/riverside.yaml': COMPLIANT,
      'programs/drafts/half-done.yaml': withChanges({ 'services.drug_testing.method': 'hair' }),
      'programs/tmp-copy.yaml': withChanges({ 'program.name': 'Temporary copy' }),
      'docker-compose.yml': COMPOSE,
      '.gitignore': 'tmp-*.yaml\n',
    });
    const run = cli(['.', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.documents.map((d: { file: string }) => d.file)).toEqual(['programs/riverside.yaml']);
    expect(report.notices).toContain('skipped 1 YAML file that is not a program document (no top-level program: key): docker-compose.yml');
    // --ignore adds to exclude:; --no-ignore-vcs brings the .gitignored copy back.
    const all = JSON.parse(cli(['.', '--format', 'json', '--no-ignore-vcs'], { cwd: dir }).stdout);
    expect(all.documents.map((d: { file: string }) => d.file)).toEqual(['programs/riverside.yaml', 'programs/tmp-copy.yaml']);
    const none = cli(['programs', '--ignore', 'programs/riverside.yaml'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('iop-audit: no program documents (*.yaml, *.yml) found in programs\n');
  });

  it('a non-program file named on the command line is still an error', () => {
    const dir = workspace({ 'docker-compose.yml': COMPOSE });
    const run = cli(['docker-compose.yml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/INVALID\s+docker-compose\.yml/);
  });

  it('--stdin-filename names the document in the report and lets a waiver match it', () => {
    const dir = workspace({
      '.iop-audit.yaml': [
        'waivers:',
        '  - rule: monitor-abstinence',
        '    files: [programs/east.yaml]',
        '    justification: Hair testing is contracted out until the new lab opens in March.',
        '    approved_by: Clinical director',
      ].join('\n'),
    });
    mkdirSync(join(dir, 'programs'));
    writeFileSync(join(dir, 'programs', '.keep'), '');
    const input = withChanges({ 'services.drug_testing.method': 'hair' });
    const plain = cli(['-', '--format', 'json'], { cwd: dir, input });
    expect(JSON.parse(plain.stdout).documents[0].file).toBe('<stdin>');
    const named = cli(['-', '--stdin-filename', 'programs/east.yaml', '--format', 'json'], { cwd: dir, input });
    const doc = JSON.parse(named.stdout).documents[0];
    expect(doc.file).toBe('programs/east.yaml');
    expect(doc.results.find((r: { status: string }) => r.status === 'waived')).toBeDefined();
  });
});

describe('the program key, across reads', () => {
  it('is found when it straddles two reads, and not when it is only text', () => {
    const pad = (n: number) => `# ${'x'.repeat(n - 3)}\n`;
    for (const offset of [16 * 1024 - 10, 16 * 1024 - 4, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 3]) {
      const dir = workspace({ 'p.yaml': `${pad(offset)}program:\n  name: X\n`, 'q.yaml': `${pad(offset)}--- program:\n  name: Y\n`, 'n.yaml': `${pad(offset)}programs:\n  - x\n` });
      expect(looksLikeProgram(join(dir, 'p.yaml')), `at ${offset}`).toBe(true);
      expect(looksLikeProgram(join(dir, 'q.yaml')), `marker at ${offset}`).toBe(true);
      expect(looksLikeProgram(join(dir, 'n.yaml')), `programs: at ${offset}`).toBe(false);
    }
  });
});
