import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { readFileSync } from 'node:fs';

/** Runs the command line in this process with stderr reporting itself as a terminal, or not. */
async function run(args: string[], terminal: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (t: string) => { stdout += t; } },
    stderr: { write: (t: string) => { stderr += t; }, isTTY: terminal },
    readStdin: async () => Buffer.from(readFileSync('examples/riverside-evening-iop.yaml')),
    cwd: process.cwd(),
    env: { IOP_AUDIT_TODAY: '2026-11-23' },
  };
  const code = await main([...args, '--config', 'tests/fixtures/empty-config.yaml'], io);
  return { code, stdout, stderr };
}

describe('progress on stderr', () => {
  it('shows a counter for a directory run when stderr is a terminal, and clears it', async () => {
    const r = await run(['examples/', '--format', 'json'], true);
    expect(r.stderr).toMatch(/auditing \d+\/8 examples\//);
    // Cleared, then the one line that says why the run fails.
    expect(r.stderr).toMatch(/\r\u001b\[2Kiop-audit: \d of 8 documents failed\n$/);
    expect(r.stdout).not.toContain('auditing');
  });

  it('shows nothing when stderr is piped, or for a single document', async () => {
    expect((await run(['examples/', '--format', 'json'], false)).stderr).toMatch(/^iop-audit: \d of 8 documents failed\n$/);
    expect((await run(['examples/riverside-evening-iop.yaml'], true)).stderr).toBe('');
  });
});
