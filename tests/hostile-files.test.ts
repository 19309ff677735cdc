import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/corpus.mjs';
import { COMPLIANT, withChanges } from './support/audit.js';
import { BIN, cli, tempDir, workspace } from './support/cli.js';

/**
 * Issue #17, the file system's part: what the tool reads, what it writes, and
 * what it does when the file system or the pipes around it are hostile.
 */

// Hair testing cannot show use week by week: a SAMHSA-08 error.
const FAILING = withChanges({ 'services.drug_testing.method': 'hair' });
const env = { ...process.env, NO_COLOR: '1', IOP_AUDIT_TODAY: '2026-11-23' };
const posix = process.platform !== 'win32';

/** Runs a shell command line (for process substitution, FIFOs and redirections), with a time limit: a hang fails. */
function shell(command: string, cwd: string, timeout = 20_000) {
  const run = spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, timedOut: run.error !== undefined };
}

const iopAudit = `"${process.execPath}" "${BIN}"`;

/** Exit code 2 with exactly this one line on stderr. */
function expectUsageError(run: { code: number | null; stderr: string }, line: string | RegExp) {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr.trimEnd()).toMatch(line);
}

describe('a report or cache never replaces what the run reads, nor goes to a device', () => {
  it('refuses --output naming a document, by any name (a folder, a link, a hard link)', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT, 'programs/q.yaml': COMPLIANT });
    symlinkSync('p.yaml', join(dir, 'report.json'));
    mkdirSync(join(dir, 'other'));
    linkSync(join(dir, 'programs', 'q.yaml'), join(dir, 'other', 'q.yaml'));
    for (const args of [['p.yaml', '--output', 'p.yaml'], ['.', '--output', 'p.yaml'], ['p.yaml', '--format', 'json', '--output', 'report.json'], ['programs', '--output', 'other/q.yaml']]) {
      expectUsageError(cli(args, { cwd: dir }), `iop-audit: --output ${args.at(-1)} would replace a file this run reads: name another file`);
    }
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(COMPLIANT);
    expect(readFileSync(join(dir, 'programs', 'q.yaml'), 'utf8')).toBe(COMPLIANT);
  });

  it('refuses --output naming the config or the baseline, and a cache naming a document', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT, 'c.yaml': 'fail_on: error\n' });
    cli(['p.yaml', '--format', 'json', '--output', 'b.json'], { cwd: dir });
    const baseline = readFileSync(join(dir, 'b.json'), 'utf8');
    expectUsageError(cli(['p.yaml', '--config', 'c.yaml', '--output', 'c.yaml'], { cwd: dir }), /^iop-audit: --output c\.yaml would replace a file this run reads/);
    expectUsageError(cli(['p.yaml', '--baseline', 'b.json', '--output', 'b.json'], { cwd: dir }), /^iop-audit: --output b\.json would replace a file this run reads/);
    expectUsageError(cli(['p.yaml', '--cache', '--cache-location', 'p.yaml'], { cwd: dir }), 'iop-audit: --cache-location p.yaml would replace a file this run reads: name another file');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(COMPLIANT);
    expect(readFileSync(join(dir, 'c.yaml'), 'utf8')).toBe('fail_on: error\n');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(baseline);
  });

  it.skipIf(!posix)('refuses a device as --output or --cache-location, and creates nothing beside it', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT });
    const memoExisted = existsSync('/dev/null.report');
    try {
      expectUsageError(cli(['p.yaml', '--cache', '--cache-location', '/dev/null'], { cwd: dir }), 'iop-audit: --cache-location /dev/null is a character device, not a file');
      expect(existsSync('/dev/null.report')).toBe(memoExisted);
    } finally {
      if (!memoExisted) rmSync('/dev/null.report', { force: true });
    }
    expectUsageError(cli(['p.yaml', '--output', '/dev/zero'], { cwd: dir }), 'iop-audit: --output /dev/zero is a character device, not a file');
    expectUsageError(cli(['p.yaml', '--output', '.'], { cwd: dir }), 'iop-audit: --output . is a directory, not a file');
  });

  it.skipIf(!posix)('keeps the permissions of a report it replaces, and a link to it stays a link', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT, 'private/report.json': 'old\n' });
    chmodSync(join(dir, 'private', 'report.json'), 0o600);
    symlinkSync(join('private', 'report.json'), join(dir, 'latest.json'));
    expect(cli(['p.yaml', '--format', 'json', '--output', 'private/report.json'], { cwd: dir }).code).toBe(0);
    expect(statSync(join(dir, 'private', 'report.json')).mode & 0o777).toBe(0o600);
    expect(cli(['p.yaml', '--format', 'json', '--output', 'latest.json'], { cwd: dir }).code).toBe(0);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'private', 'report.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'private', 'report.json'), 'utf8')).summary.passed).toBe(1);
    expect(readdirSync(join(dir, 'private'))).toEqual(['report.json']);
  });
});

describe('symbolic links in a folder search', () => {
  it.skipIf(!posix)('follows a link to a document, so a failing document behind one fails the run', () => {
    const dir = workspace({ 'programs/a.yaml': COMPLIANT, 'elsewhere/b.yaml': FAILING });
    symlinkSync(join('..', 'elsewhere', 'b.yaml'), join(dir, 'programs', 'b.yaml'));
    const run = cli(['programs', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).documents.map((d: { file: string }) => d.file)).toEqual(['programs/a.yaml', 'programs/b.yaml']);
  });

  it.skipIf(!posix)('follows links to folders once, through loops, and a folder and a glob give the same report', () => {
    const dir = workspace({ 'programs/a.yaml': COMPLIANT, 'programs/teens/t.yaml': FAILING, 'shared/s.yaml': COMPLIANT });
    symlinkSync('..', join(dir, 'programs', 'teens', 'up')); // a loop
    symlinkSync(join('..', 'shared'), join(dir, 'programs', 'shared')); // a second way into a folder
    symlinkSync(join('..', 'programs', 'a.yaml'), join(dir, 'shared', 'a-again.yaml')); // a second name for a document
    const folder = cli(['programs', '--format', 'json'], { cwd: dir });
    expect(folder.code).toBe(1);
    expect(JSON.parse(folder.stdout).documents.map((d: { file: string }) => d.file)).toEqual(['programs/a.yaml', 'programs/shared/s.yaml', 'programs/teens/t.yaml']);
    const glob = cli(['programs/**/*.yaml', '--format', 'json'], { cwd: dir });
    expect(glob.code).toBe(1);
    expect(glob.stdout).toBe(folder.stdout);
  });

  it.skipIf(!posix)('says which entries that look like documents it passed over, and why', () => {
    const dir = workspace({ 'programs/a.yaml': COMPLIANT });
    symlinkSync('gone.yaml', join(dir, 'programs', 'dangling.yaml'));
    expect(spawnSync('mkfifo', [join(dir, 'programs', 'pipe.yaml')]).status).toBe(0);
    const run = cli(['programs', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).notices).toEqual([
      'skipped programs/dangling.yaml: a symbolic link that cannot be followed',
      'skipped programs/pipe.yaml: a FIFO (named pipe), not a file',
    ]);
  });
});

describe('what is read: regular files, standard input, and FIFOs named on the command line, within the limit', () => {
  it.skipIf(!posix)('refuses a device as the baseline, the config or a document at once, saying what it is', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT });
    expectUsageError(shell(`${iopAudit} p.yaml --baseline /dev/zero`, dir, 10_000), 'iop-audit: cannot read baseline /dev/zero: a character device, not a file');
    expectUsageError(shell(`${iopAudit} p.yaml --config /dev/zero`, dir, 10_000), 'iop-audit: cannot read config /dev/zero: a character device, not a file');
    expectUsageError(shell(`${iopAudit} /dev/zero`, dir, 10_000), 'iop-audit: cannot read /dev/zero: a character device, not a file or a directory');
  });

  it.skipIf(!posix)('refuses a FIFO as the config, found or named, rather than wait for a writer', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT });
    expect(spawnSync('mkfifo', [join(dir, '.iop-audit.yaml')]).status).toBe(0);
    expectUsageError(shell(`${iopAudit} p.yaml`, dir, 10_000), 'iop-audit: cannot read config .iop-audit.yaml: a FIFO (named pipe), not a file');
    expectUsageError(shell(`${iopAudit} p.yaml --config .iop-audit.yaml`, dir, 10_000), 'iop-audit: cannot read config .iop-audit.yaml: a FIFO (named pipe), not a file');
  });

  it.skipIf(!posix)('reads a FIFO named on the command line as a document and as the baseline, within the size limit', () => {
    const dir = workspace({ 'p.yaml': FAILING });
    cli(['p.yaml', '--format', 'json', '--output', 'b.json'], { cwd: dir });
    const fromFifo = shell(`${iopAudit} <(cat p.yaml) --baseline <(cat b.json) --format json`, dir);
    expect(fromFifo.stderr).toBe('');
    expect(fromFifo.code).toBe(1); // the document's name differs from the baseline's
    expect(JSON.parse(fromFifo.stdout).summary).toMatchObject({ documents: 1, failed: 1 });
    const baselined = shell(`${iopAudit} p.yaml --baseline <(cat b.json)`, dir);
    expect(baselined.code).toBe(0);
    const endless = shell(`${iopAudit} <(cat /dev/zero)`, dir);
    expect(endless.timedOut).toBe(false);
    expect(endless.code).toBe(1);
    expect(endless.stdout).toMatch(/over the limit of 1024 KiB/);
  });

  it.skipIf(!posix)('reads endless standard input only as far as the limit', () => {
    const run = shell(`${iopAudit} - < /dev/zero`, tempDir());
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/<stdin>:1:1 .*over the limit of 1024 KiB/);
  });

  it.skipIf(!posix)('gives worker threads the baseline as read, so a FIFO baseline serves a large run', () => {
    const dir = tempDir();
    writeCorpus(join(dir, 'corpus'), 520);
    cli(['corpus', '--format', 'json', '--output', 'b.json', '--threads', '1'], { cwd: dir });
    const single = cli(['corpus', '--format', 'json', '--baseline', 'b.json', '--threads', '1'], { cwd: dir });
    expect(JSON.parse(single.stdout).summary.baselined).toBeGreaterThan(0);
    const workers = shell(`${iopAudit} corpus --format json --baseline <(cat b.json) --threads 2`, dir, 60_000);
    expect(workers.stderr).toBe('');
    expect(workers.code).toBe(single.code);
    const [fromFile, fromFifo] = [single, workers].map((run) => JSON.parse(run.stdout));
    expect(fromFifo.documents).toEqual(fromFile.documents);
    expect(fromFifo.summary).toEqual(fromFile.summary);
    expect(fromFifo.notices.at(-1).replace(/^baseline: \S+/, '')).toBe(fromFile.notices.at(-1).replace(/^baseline: \S+/, ''));
  }, 60_000);
});

describe('signals while a report is written', () => {
  it.skipIf(!posix)('removes the temporary file on SIGTERM and ends with 143', async () => {
    const dir = tempDir();
    writeCorpus(join(dir, 'corpus'), 300);
    writeFileSync(join(dir, 'report.html'), 'previous report\n');
    let interrupted = 0;
    // The signal races the write: try a few times; every outcome must leave the old or the whole new report and no temporary file.
    for (let attempt = 0; attempt < 6 && interrupted === 0; attempt++) {
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'corpus', '--format', 'html', '--output', 'report.html', '--threads', '1'], { cwd: dir, env });
        let sent = false;
        const watcher = watch(dir, (_event, name) => {
          if (!sent && name?.startsWith('.report.html.') && name.endsWith('.tmp')) {
            sent = true;
            child.kill('SIGTERM');
          }
        });
        child.on('exit', (exitCode) => {
          watcher.close();
          resolve(exitCode);
        });
      });
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      const now = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(now === 'previous report\n' || now.trimEnd().endsWith('</html>')).toBe(true);
      if (code === 143) interrupted++;
    }
    expect(interrupted).toBe(1);
  }, 120_000);
});

describe('option values', () => {
  it('refuses an option as the file name of --output, --cache-location, --config or --baseline', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT });
    for (const option of ['--output', '--cache-location', '--config', '--baseline']) {
      expectUsageError(cli(['p.yaml', option, '--quiet'], { cwd: dir }), `iop-audit: ${option} needs a file name, got '--quiet' (a file so named can be given as ./--quiet)`);
    }
    expect(readdirSync(dir)).toEqual(['p.yaml']);
  });

  it('takes --output - as standard output', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT });
    const run = cli(['p.yaml', '--format', 'json', '--output', '-'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.passed).toBe(1);
    expect(readdirSync(dir)).toEqual(['p.yaml']);
  });

  it('writes a report with a long name (the temporary name is cut to fit), and refuses a name too long for any file system', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT });
    const long = `${'r'.repeat(240)}.json`;
    const run = cli(['p.yaml', '--format', 'json', '--output', long], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['p.yaml', long]);
    const tooLong = `${'r'.repeat(300)}.json`;
    expectUsageError(cli(['p.yaml', '--output', tooLong], { cwd: dir }), `iop-audit: --output ${tooLong}: the file name is longer than the 255 bytes a file name can have`);
    // A missing folder is created (see cli.test.ts); one below a file cannot be.
    expectUsageError(cli(['p.yaml', '--output', 'p.yaml/folder/r.json'], { cwd: dir }), 'iop-audit: --output p.yaml/folder/r.json: p.yaml is a file, not a folder');
  });

  it('uses no more worker threads than the machine has cores, and says so to whoever asked for more', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT });
    const cores = availableParallelism();
    const run = cli(['p.yaml', '--threads', '100000'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`iop-audit: note: --threads 100000 is more than the ${cores} cores of this machine: using ${cores}\n`);
    expect(cli(['p.yaml', '--threads', String(cores)], { cwd: dir }).stderr).toBe('');
  });
});

describe('which config and baseline a run applied', () => {
  it('looks for the config no higher than the repository (the folder holding .git)', () => {
    for (const gitIsAFile of [false, true]) {
      const dir = workspace({ '.iop-audit.yaml': 'fail_on: sometimes\n', 'repo/p.yaml': COMPLIANT });
      if (gitIsAFile) writeFileSync(join(dir, 'repo', '.git'), 'gitdir: ../elsewhere\n');
      else mkdirSync(join(dir, 'repo', '.git'));
      const run = cli(['p.yaml', '--format', 'json'], { cwd: join(dir, 'repo') });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).notices).toEqual([]);
      // Within the repository, the search goes up to it.
      writeFileSync(join(dir, 'repo', '.iop-audit.yaml'), 'fail_on: error\n');
      mkdirSync(join(dir, 'repo', 'programs'));
      writeFileSync(join(dir, 'repo', 'programs', 'q.yaml'), COMPLIANT);
      const notices = JSON.parse(cli(['q.yaml', '--format', 'json'], { cwd: join(dir, 'repo', 'programs') }).stdout).notices;
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^config: \/.*\/repo\/\.iop-audit\.yaml$/);
    }
  });

  it('names the config and the baseline, with how many of its recorded failures still match, in every report', () => {
    const dir = workspace({ '.iop-audit.yaml': 'fail_on: error\n', 'p.yaml': FAILING, 'q.yaml': withChanges({ 'admission.waiting_list': true }) });
    cli(['p.yaml', 'q.yaml', '--format', 'json', '--output', 'b.json'], { cwd: dir });
    writeFileSync(join(dir, 'q.yaml'), COMPLIANT);
    const expected = ['config: .iop-audit.yaml', 'baseline: b.json (1 of 2 recorded findings matched, 1 gone (fixed))'];
    const json = cli(['p.yaml', 'q.yaml', '--format', 'json', '--baseline', 'b.json'], { cwd: dir });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).notices).toEqual(expected);
    for (const format of ['table', 'markdown', 'html']) {
      const run = cli(['p.yaml', 'q.yaml', '--format', format, '--baseline', 'b.json'], { cwd: dir });
      for (const notice of expected) expect(run.stdout, format).toContain(notice);
    }
  });
});
