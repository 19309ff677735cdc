import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/corpus.mjs';
import { BIN, ROOT, cli, tempDir } from './support/cli.js';

const env = { ...process.env, NO_COLOR: '1', IOP_AUDIT_TODAY: '2026-11-23' };

/** Starts the CLI and resolves when it ends; `after` runs once it has been going for `ms`. */
function runAndSignal(args: string[], cwd: string, ms: number, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill(signal), ms);
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig, stderr });
    });
  });
}

describe('pipes and signals', () => {
  it('ends quietly when the reader closes the pipe early, with the exit code of the run', () => {
    const dir = tempDir();
    writeCorpus(join(dir, 'corpus'), 40);
    // A streamed report far larger than a pipe holds: the reader is gone long before it ends.
    for (const [command, code] of [['rules | head -1', 0], ['examples/ --format html | head -c 100', 1], [`"${dir}/corpus" --format json | head -c 1`, 1], [`"${dir}/corpus" | head -1`, 1]] as const) {
      const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" ${command}`], { cwd: ROOT, env, encoding: 'utf8' });
      // Nothing but the reason a failing run gives.
      expect(run.stderr, command).toMatch(code === 0 ? /^$/ : /^iop-audit: \d+ of \d+ documents (failed|invalid)[^\n]*\n$/);
      expect(run.stdout.length).toBeGreaterThan(0);
      expect(run.status, command).toBe(code);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('says in one line that a full disk took the report, with exit code 2', () => {
    for (const args of ['examples/', 'examples/ --format html', 'rules']) {
      const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args} > /dev/full`], { cwd: ROOT, env, encoding: 'utf8' });
      expect(run.stderr, args).toBe('iop-audit: cannot write the report to standard output: no space left on device (ENOSPC)\n');
      expect(run.status, args).toBe(2);
    }
  });

  it('stops cleanly on Ctrl-C during a long run, leaving the previous report whole', async () => {
    const dir = tempDir();
    writeCorpus(join(dir, 'corpus'), 1500);
    writeFileSync(join(dir, 'report.json'), 'previous report\n');
    const run = await runAndSignal(['corpus', '--format', 'json', '--output', 'report.json', '--threads', '1'], dir, 700, 'SIGINT');
    expect(run.signal === 'SIGINT' || run.code === 130).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at |Error/);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('previous report\n');
  }, 60_000);
});

describe('nothing lost', () => {
  it('never leaves a truncated report when killed mid-write', async () => {
    const dir = tempDir();
    writeCorpus(join(dir, 'corpus'), 300);
    const target = join(dir, 'report.html');
    const old = '<!DOCTYPE html><p>the previous report</p>\n';
    // Kill the process the moment its temporary file appears, mid-write. The
    // kill races the write, so try a few times: every outcome must leave a whole
    // file, and at least one kill must land before the rename.
    let killedMidWrite = 0;
    for (let attempt = 0; attempt < 5 && killedMidWrite === 0; attempt++) {
      writeFileSync(target, old);
      const result = await new Promise<{ sawTemporary: boolean; signal: NodeJS.Signals | null }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'corpus', '--format', 'html', '--output', 'report.html', '--threads', '1'], { cwd: dir, env });
        let sawTemporary = false;
        const watcher = watch(dir, (_event, name) => {
          if (!sawTemporary && name && name.startsWith('.report.html.') && name.endsWith('.tmp')) {
            sawTemporary = true;
            child.kill('SIGKILL');
          }
        });
        child.on('exit', (_code, signal) => {
          watcher.close();
          resolve({ sawTemporary, signal });
        });
      });
      const now = readFileSync(target, 'utf8');
      expect(now === old || now.trimEnd().endsWith('</html>')).toBe(true);
      if (result.sawTemporary && result.signal === 'SIGKILL' && now === old) killedMidWrite++;
    }
    expect(killedMidWrite).toBe(1);
    // And a run left alone replaces the file whole.
    cli(['corpus', '--format', 'html', '--output', 'report.html', '--threads', '1'], { cwd: dir });
    expect(readFileSync(target, 'utf8').trimEnd().endsWith('</html>')).toBe(true);
  }, 120_000);

  it('writes a file given in many pieces (several writes of text, bytes between), exactly as their concatenation', async () => {
    const { writeAtomically } = await import('../src/cli/output.js');
    const pieces: (string | Uint8Array)[] = [];
    for (let i = 0; i < 3000; i++) pieces.push(i % 500 === 7 ? new TextEncoder().encode(`[bytes ${i}é]`) : `line ${i} ${'x'.repeat(i % 1400)} ✓\n`);
    const target = join(tempDir(), 'pieces.txt');
    await writeAtomically(target, pieces);
    const expected = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    expect(readFileSync(target).equals(expected)).toBe(true);
  });

  it('writes to standard output named as a file (/dev/stdout) in place, and to no other device', () => {
    const run = cli(['examples/riverside-evening-iop.yaml', '--format', 'json', '--output', '/dev/stdout']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.passed).toBe(1);
    const refused = cli(['examples/riverside-evening-iop.yaml', '--output', '/dev/null']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('iop-audit: --output /dev/null is a character device, not a file\n');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('never writes to the documents it reads', () => {
    const dir = tempDir();
    const files = writeCorpus(join(dir, 'corpus'), 20);
    const before = files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]);
    cli(['corpus', '--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir });
    cli(['validate', 'corpus'], { cwd: dir });
    expect(files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs])).toEqual(before);
    expect(readdirSync(join(dir, 'corpus')).length).toBe(20);
  });
});

describe('no network', () => {
  it('the built tool imports no network module and calls no fetch', () => {
    const dist = join(ROOT, 'dist');
    const network = /(?:from|import\(|require\()\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici|dns\/promises)["']|\bfetch\(|\bWebSocket\b|\bXMLHttpRequest\b/;
    const files = readdirSync(dist).filter((f) => /\.c?js$/.test(f));
    expect(files).toEqual(expect.arrayContaining(['cli.cjs', 'worker.cjs', 'report-worker.cjs']));
    for (const file of files) expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(network);
  });
});
