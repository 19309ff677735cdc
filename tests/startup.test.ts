import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, tempDir } from './support/cli.js';

/**
 * bin/iop-audit.cjs starts the bundle from the code cache the build made. The
 * cache changes only how fast the tool starts: a missing, stale or damaged
 * cache gives the same output, and a cache is never used with another bundle.
 */
describe('start-up from the code cache', () => {
  /** Starts a copy of the built tool in `dir` and reports whether V8 was given a cache and accepted it. */
  const cacheUse = (dir: string) => {
    const probe = `const { script } = require(${JSON.stringify(join(dir, 'bin', 'iop-audit.cjs'))}).load();
      process.stdout.write(String(script.cachedDataRejected));`;
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    // undefined: no cache given; false: accepted; true: given and refused by V8.
    return run.stdout;
  };
  const copy = () => {
    const dir = tempDir();
    for (const folder of ['bin', 'dist', 'schemas']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    return dir;
  };
  const run = (dir: string) =>
    spawnSync(process.execPath, [join(dir, 'bin', 'iop-audit.cjs'), join(ROOT, 'examples'), '--format', 'json'], {
      encoding: 'utf8', env: { ...process.env, IOP_AUDIT_TODAY: '2026-11-23' },
    });
  const expected = cli([join(ROOT, 'examples'), '--format', 'json']).stdout;

  it('uses the cache the build made', () => {
    expect(cacheUse(ROOT)).toBe('false');
  });

  it('gives the same report without a cache, with a stale one and with a damaged one', () => {
    const dir = copy();
    const cache = join(dir, 'dist', 'cli.cjs.cache');
    const original = readFileSync(cache);
    const key = original.subarray(0, original.indexOf(0x0a) + 1);

    rmSync(cache);
    expect(cacheUse(dir)).toBe('undefined');
    expect(run(dir).stdout).toBe(expected);

    // Made for another bundle: never handed to V8.
    writeFileSync(cache, Buffer.concat([Buffer.from(`// code cache key: ${'0'.repeat(64)}\n`), original.subarray(key.length)]));
    expect(cacheUse(dir)).toBe('undefined');
    expect(run(dir).stdout).toBe(expected);

    // The right key on damaged data: V8 refuses it and compiles as usual.
    writeFileSync(cache, Buffer.concat([key, Buffer.alloc(4096, 7)]));
    expect(cacheUse(dir)).toBe('true');
    const damaged = run(dir);
    expect(damaged.stderr).toBe('');
    expect(damaged.stdout).toBe(expected);
  });
});
