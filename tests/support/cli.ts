import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/iop-audit.cjs', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary (npm test builds first) as a user would, with colour off unless asked. */
export function cli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  // GITHUB_STEP_SUMMARY is GitHub's when the tests run in Actions: a test gives its own.
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_STEP_SUMMARY: undefined, IOP_AUDIT_TODAY: '2026-11-23', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Folders made by tempDir in this test file, removed when its tests are done. */
const madeFolders: string[] = [];
// Some tests write corpora and reports of tens of megabytes: left behind, a few full runs fill a disk.
afterAll(() => {
  for (const dir of madeFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder for one test file's use, removed after its last test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iop-audit-test-'));
  madeFolders.push(dir);
  return dir;
}

/** A temporary folder holding these files (names may include folders). */
export function workspace(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
