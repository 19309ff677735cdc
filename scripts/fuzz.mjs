// `node scripts/fuzz.mjs [runs]`: fuzz the built command line in-process
// (default 100,000 cases) and print the count. Any exit code other than 0 or 1,
// any output on stderr, or any exception is a crash: the failing input is
// printed (base64) so it can be turned into a test.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { anyInput } from './fuzz/inputs.mjs';

// The built command line, started as bin/iop-audit.cjs starts it.
const { main } = createRequire(import.meta.url)('../bin/iop-audit.cjs').load().cli;
const runs = Number(process.argv[2] ?? 100_000);
const formats = ['json', 'table', 'sarif', 'junit', 'github', 'markdown', 'html'];
let count = 0;
// A runtime warning (Node prints it on stderr) counts as a crash too.
const warnings = [];
process.on('warning', (w) => warnings.push(w.message));
const started = Date.now();
await fc.assert(
  fc.asyncProperty(anyInput, fc.constantFrom(...formats), async (bytes, format) => {
    count++;
    let stderr = '';
    const io = {
      stdout: { write: () => {} },
      stderr: { write: (t) => { stderr += t; } },
      readStdin: async () => Buffer.from(bytes),
      cwd: process.cwd(),
      env: { IOP_AUDIT_TODAY: '2026-11-23' },
    };
    const code = await main(['-', '--format', format, '--config', 'tests/fixtures/empty-config.yaml'], io);
    if ((code !== 0 && code !== 1) || stderr !== '' || warnings.length > 0) {
      stderr += warnings.splice(0).join('; ');
      throw new Error(`exit ${code}, stderr ${JSON.stringify(stderr)}, input (base64) ${Buffer.from(bytes).toString('base64')}`);
    }
  }),
  { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
);
console.log(`${count} cases fuzzed in ${((Date.now() - started) / 1000).toFixed(0)} s: no crash`);
