import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, cli, tempDir } from './support/cli.js';

/**
 * Standard output and standard error that are a file or /dev/null are written
 * directly (as Node.js's own stream for a file writes them), so that a run never
 * loads Node.js's stream modules for them: the same bytes as through a pipe.
 */
describe('standard output to a file or to /dev/null', () => {
  const args = [join(ROOT, 'examples'), '--no-color'];
  // As tests/support/cli.ts runs the tool: no colour, a fixed date, no GitHub job summary.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', IOP_AUDIT_TODAY: '2026-11-23' };
  delete env.GITHUB_STEP_SUMMARY;

  it('writes the same report and message to files as to pipes', () => {
    const piped = cli(args);
    const dir = tempDir();
    const out = openSync(join(dir, 'out.txt'), 'w');
    const err = openSync(join(dir, 'err.txt'), 'w');
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', out, err], env });
    closeSync(out);
    closeSync(err);
    expect(run.status).toBe(piped.code);
    expect(piped.stdout).toContain('8 documents');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(piped.stdout);
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe(piped.stderr);
  });

  it('loads neither node:stream nor node:zlib for a one-document run sent to /dev/null', () => {
    // The probe runs the tool as bin/iop-audit.cjs does, then lists the modules Node.js loaded.
    const file = join(tempDir(), 'modules.json');
    const probe = `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(file)}, JSON.stringify(process.moduleLoadList)));
      require(${JSON.stringify(BIN)}).load().cli.main(process.argv.slice(1)).then((code) => { process.exitCode = code; });`;
    const run = spawnSync(process.execPath, ['-e', probe, join(ROOT, 'examples', 'new-horizons-draft.yaml'), '--quiet', '--no-color'], { cwd: ROOT, stdio: 'ignore', env });
    expect(run.status).toBe(1);
    const loaded = JSON.parse(readFileSync(file, 'utf8')) as string[];
    expect(loaded).toContain('NativeModule vm');
    expect(loaded.filter((name) => /^NativeModule (stream|zlib|net|internal\/fs\/sync_write_stream)$/.test(name))).toEqual([]);
  });
});
