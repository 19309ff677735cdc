import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { anyInput } from '../scripts/fuzz/inputs.mjs';

/** Runs the whole command line in this process on bytes given as standard input. */
async function runOn(bytes: Uint8Array, format: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (t: string) => { stdout += t; } },
    stderr: { write: (t: string) => { stderr += t; } },
    readStdin: async () => Buffer.from(bytes),
    cwd: process.cwd(),
    env: { IOP_AUDIT_TODAY: '2026-11-23' },
  };
  const code = await main(['-', '--format', format, '--config', 'tests/fixtures/empty-config.yaml'], io);
  return { code, stdout, stderr };
}

describe('fuzzing', () => {
  it('ends every run with exit 0 or 1, a report naming the file, and no internal error', async () => {
    let runs = 0;
    const warnings: string[] = [];
    const listener = (w: Error) => warnings.push(w.message);
    process.on('warning', listener);
    await fc.assert(
      fc.asyncProperty(anyInput, fc.constantFrom('json', 'table', 'sarif', 'junit'), async (bytes, format) => {
        runs++;
        const run = await runOn(bytes, format);
        // Nothing on stderr but, for a run that fails, the one line that says why.
        expect(run.stderr).toMatch(run.code === 0 ? /^$/ : /^iop-audit: 1 of 1 document (failed|invalid)\n$/);
        expect(warnings).toEqual([]);
        expect([0, 1]).toContain(run.code);
        expect(run.stdout).toContain('stdin');
        if (format === 'json') {
          const doc = JSON.parse(run.stdout).documents[0];
          for (const p of doc.problems) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.column).toBeGreaterThanOrEqual(1);
            expect(p.message).not.toMatch(/\n|undefined|\[object/);
          }
          for (const r of doc.results) for (const f of r.findings) expect(f.line).toBeGreaterThanOrEqual(1);
          if (doc.facts?.treatmentHoursPerWeek !== null && doc.facts) expect(doc.facts.treatmentHoursPerWeek).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1500, seed: 20261123 },
    );
    process.off('warning', listener);
    expect(runs).toBe(1500);
  }, 120_000);
});
