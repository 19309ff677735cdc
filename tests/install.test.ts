import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { withChanges } from './support/audit.js';
import { ROOT, tempDir } from './support/cli.js';

/**
 * The package as npm packs it, installed as a user would: globally into a temporary prefix, and
 * as a dependency of a temporary project; then the installed command is run. npm is asked to use
 * its cache only (`npm ci` fills it with the dependencies' tarballs); when the cache cannot
 * answer, it may fetch what is missing, and when it cannot reach the registry either, the test is
 * skipped and says why. (npm test builds dist/ first; packing does not build again.)
 */
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** npm as the test runner found it: through npm's own script when run by `npm test`, else from PATH. */
function npm(args: string[], cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  // Settings `npm test` passes down to its scripts (a prefix, a global flag) are not this install's.
  for (const key of Object.keys(env)) if (/^npm_config_(prefix|global|location|offline|prefer_online)$/i.test(key)) delete env[key];
  const execPath = process.env.npm_execpath;
  const [command, argv] = execPath && /npm-cli\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : ['npm', args];
  return spawnSync(command, argv, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

const NETWORK_ERRORS = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ERR_SOCKET_TIMEOUT)\b|network/;

/** Installs from npm's cache only; failing that, lets npm fetch what is missing; skips the test when the registry is out of reach too. */
function install(context: TestContext, args: string[], cwd: string): void {
  const offline = npm([...args, '--offline'], cwd);
  if (offline.status === 0) return;
  if (!/ENOTCACHED/.test(offline.stderr)) throw new Error(`npm ${args.join(' ')} --offline failed:\n${offline.stderr}`);
  const online = npm([...args, '--prefer-offline', '--fetch-retries=0', '--fetch-timeout=15000'], cwd);
  if (online.status === 0) return;
  if (NETWORK_ERRORS.test(online.stderr)) {
    context.skip(`the npm cache lacks iop-audit's dependencies and the registry cannot be reached (run npm ci, or run with network): ${online.stderr.split('\n').find((l) => /ERR|error/.test(l)) ?? ''}`);
  }
  throw new Error(`npm ${args.join(' ')} failed:\n${online.stderr}`);
}

function packed(): string {
  const destination = tempDir();
  // --ignore-scripts: the build is not run again (npm test has built dist/, which this checks).
  const run = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', destination], ROOT);
  expect(run.status, run.stderr).toBe(0);
  const [{ filename, files }] = JSON.parse(run.stdout) as [{ filename: string; files: { path: string }[] }];
  const paths = files.map((f) => f.path);
  expect(paths).toEqual(expect.arrayContaining(['bin/iop-audit.cjs', 'dist/cli.cjs', 'schemas/program.schema.json', 'schemas/report.schema.json', 'schemas/diff.schema.json', 'docs/rules/JOINT-09.md', 'LICENSE', 'CHANGELOG.md', 'README.md', 'package.json']));
  // Sources, tests and caches stay out of it.
  expect(paths.filter((p) => /^(src|tests|scripts|node_modules)\/|\.iop-audit-cache/.test(p))).toEqual([]);
  return join(destination, filename);
}

/** A program a designer might write: evening hours, one realistic gap (no random testing). */
const PROGRAM = withChanges({ 'program.name': 'Cedar Ridge Evening IOP', 'services.drug_testing.schedule': 'scheduled' });

describe('the package, installed', () => {
  const tarball = packed();

  it('installs globally into a prefix and runs from there', { timeout: 300_000 }, (context) => {
    const prefix = tempDir();
    install(context, ['install', '--global', '--prefix', prefix, '--ignore-scripts', tarball], prefix);
    const bin = process.platform === 'win32' ? join(prefix, 'iop-audit.cmd') : join(prefix, 'bin', 'iop-audit');
    const work = tempDir();
    writeFileSync(join(work, 'cedar-ridge.yaml'), PROGRAM);
    const run = (...args: string[]) => spawnSync(bin, args, { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', IOP_AUDIT_TODAY: '2026-11-23' }, shell: process.platform === 'win32' });
    const version = run('--version');
    expect(version.stdout.trim()).toBe(packageJson.version);
    const audit = run('cedar-ridge.yaml', '--format', 'json');
    expect(audit.status, audit.stderr).toBe(0);
    const report = JSON.parse(audit.stdout);
    expect(report.tool).toEqual({ name: 'iop-audit', version: packageJson.version });
    expect(report.documents[0].results.find((r: { rule: string }) => r.rule === 'SAMHSA-08').findings[0].severity).toBe('warning');
    // The rule's page is in the installed package, where explain says it is.
    const explain = run('explain', 'JOINT-09');
    const docs = /^Docs: (\S+) \(in the iop-audit package\)$/m.exec(explain.stdout)![1]!;
    expect(existsSync(join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules', 'iop-audit', docs))).toBe(true);
    // A global install gives no schema path that would work on another machine: init says how to get one instead.
    const init = run('init', '-');
    expect(init.stdout).not.toContain(prefix);
    expect(init.stdout).not.toMatch(/\$schema=/);
  });

  it('installs as a project dependency: its bin runs, and init points the editor at the project\'s copy of the schema', { timeout: 300_000 }, (context) => {
    const project = tempDir();
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'cedar-ridge-programs', version: '1.0.0', private: true }, null, 2)}\n`);
    install(context, ['install', '--save-dev', '--ignore-scripts', tarball], project);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies[packageJson.name]).toMatch(/iop-audit-.*\.tgz$/);
    mkdirSync(join(project, 'programs'));
    const bin = join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'iop-audit.cmd' : 'iop-audit');
    const run = (...args: string[]) => spawnSync(bin, args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', IOP_AUDIT_TODAY: '2026-11-23' }, shell: process.platform === 'win32' });
    expect(run('--version').stdout.trim()).toBe(packageJson.version);
    expect(run('init', 'programs/new-site.yaml').status).toBe(0);
    const written = readFileSync(join(project, 'programs', 'new-site.yaml'), 'utf8');
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(written)![1]!;
    expect(schema).toBe('../node_modules/iop-audit/schemas/program.schema.json');
    expect(existsSync(join(project, 'programs', schema))).toBe(true);
    writeFileSync(join(project, 'programs', 'cedar-ridge.yaml'), PROGRAM);
    const audit = run('programs/cedar-ridge.yaml');
    expect(audit.status, audit.stderr).toBe(0);
    expect(audit.stdout).toContain('PASS  programs/cedar-ridge.yaml  Cedar Ridge Evening IOP');
    expect(readdirSync(join(project, 'node_modules', 'iop-audit'))).toEqual(expect.arrayContaining(['bin', 'dist', 'schemas', 'docs']));
  });
});
