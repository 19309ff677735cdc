import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLIANT, withChanges } from './support/audit.js';
import { cli, tempDir } from './support/cli.js';

/**
 * The exit-code contract as one table: every kind of outcome, its code, and
 * for every non-zero code exactly one line on stderr saying why. Each case runs in a fresh folder
 * holding the files it names.
 */
interface Case {
  outcome: string;
  files?: Record<string, string>;
  args: string[];
  code: 0 | 1 | 2;
  stderr?: RegExp;
  input?: string;
  setup?: (dir: string) => void;
}

// A fixed (non-random) testing schedule is a warning: the testing itself is objective.
const WARNING_ONLY = withChanges({ 'services.drug_testing.schedule': 'scheduled' });

const CASES: Case[] = [
  { outcome: 'a passing document', files: { 'p.yaml': COMPLIANT }, args: ['p.yaml'], code: 0 },
  { outcome: 'a failing document', files: { 'p.yaml': withChanges({ 'admission.waiting_list': true }) }, args: ['p.yaml'], code: 1, stderr: /^iop-audit: 1 of 1 document failed$/ },
  { outcome: 'a warning only', files: { 'p.yaml': WARNING_ONLY }, args: ['p.yaml'], code: 0 },
  { outcome: 'a warning with --fail-on warning', files: { 'p.yaml': WARNING_ONLY }, args: ['p.yaml', '--fail-on', 'warning'], code: 1, stderr: /^iop-audit: 1 of 1 document failed$/ },
  { outcome: 'a warning over --max-warnings', files: { 'p.yaml': WARNING_ONLY }, args: ['p.yaml', '--max-warnings', '0'], code: 1, stderr: /^iop-audit: --max-warnings: 1 warning, more than the 0 allowed$/ },
  { outcome: 'warnings over the config\'s max_warnings', files: { '.iop-audit.yaml': 'max_warnings: 0\n', 'p.yaml': WARNING_ONLY }, args: ['p.yaml'], code: 1, stderr: /^iop-audit: max_warnings: 1 warning, more than the 0 allowed$/ },
  { outcome: 'failures and invalid documents together', files: { 'a.yaml': withChanges({ 'admission.waiting_list': true }), 'b.yaml': COMPLIANT, 'c.yaml': 'version: 1\nprogram:\n  nme: X\n' }, args: ['.'], code: 1, stderr: /^iop-audit: 1 of 3 documents failed, 1 invalid$/ },
  { outcome: 'a schema error', files: { 'p.yaml': 'version: 1\nprogram:\n  nme: X\n' }, args: ['p.yaml'], code: 1, stderr: /^iop-audit: 1 of 1 document invalid$/ },
  { outcome: 'a YAML syntax error', files: { 'p.yaml': 'version: 1\nprogram: [\n' }, args: ['p.yaml'], code: 1 },
  { outcome: 'patient data in a document', files: { 'p.yaml': withChanges({ 'program.provider': 'client 123-45-6789' }) }, args: ['p.yaml'], code: 1 },
  { outcome: 'a valid document under validate', files: { 'p.yaml': COMPLIANT }, args: ['validate', 'p.yaml'], code: 0 },
  { outcome: 'a passing document on standard input', args: ['-'], input: COMPLIANT, code: 0 },
  { outcome: 'a missing path', args: ['missing.yaml'], code: 2, stderr: /^iop-audit: path not found: missing\.yaml$/ },
  { outcome: 'an unreadable file', files: { 'p.yaml': COMPLIANT }, args: ['p.yaml'], code: 2, stderr: /^iop-audit: cannot read p\.yaml: EACCES$/, setup: (dir) => chmodSync(join(dir, 'p.yaml'), 0o000) },
  { outcome: 'a directory with no documents', files: { 'notes.txt': 'x' }, args: ['.'], code: 2, stderr: /^iop-audit: no program documents/ },
  { outcome: 'a bad option', files: { 'p.yaml': COMPLIANT }, args: ['p.yaml', '--fail-on', 'never'], code: 2, stderr: /^iop-audit: option '--fail-on <severity>' argument 'never' is invalid/ },
  { outcome: 'an unknown option', files: { 'p.yaml': COMPLIANT }, args: ['p.yaml', '--colour'], code: 2, stderr: /^iop-audit: unknown option '--colour'/ },
  { outcome: 'an unknown rule in explain', args: ['explain', 'SAMHSA-15'], code: 2, stderr: /^iop-audit: unknown rule 'SAMHSA-15'/ },
  { outcome: 'an invalid config', files: { '.iop-audit.yaml': 'fail_on: sometimes\n', 'p.yaml': COMPLIANT }, args: ['p.yaml'], code: 2, stderr: /^iop-audit: invalid config \.iop-audit\.yaml:1:10: / },
  { outcome: 'a config that is not YAML', files: { '.iop-audit.yaml': 'rules: [\n', 'p.yaml': COMPLIANT }, args: ['p.yaml'], code: 2, stderr: /^iop-audit: invalid config \.iop-audit\.yaml:\d+:\d+: / },
  { outcome: 'a baseline that is not a report', files: { 'b.json': '{}', 'p.yaml': COMPLIANT }, args: ['p.yaml', '--baseline', 'b.json'], code: 2, stderr: /^iop-audit: baseline b\.json is not an iop-audit JSON report/ },
  { outcome: 'an impossible waiver expiry date', files: { '.iop-audit.yaml': 'waivers:\n  - rule: JOINT-10\n    files: [p.yaml]\n    justification: x\n    approved_by: y\n    expires: 2099-02-30\n', 'p.yaml': COMPLIANT }, args: ['p.yaml'], code: 2, stderr: /^iop-audit: invalid config \.iop-audit\.yaml:6:14: waivers\[0\]\.expires: '2099-02-30' is not a date of the calendar/ },
  { outcome: 'a device as the baseline', files: { 'p.yaml': COMPLIANT }, args: ['p.yaml', '--baseline', '/dev/zero'], code: 2, stderr: /^iop-audit: cannot read baseline \/dev\/zero: a character device, not a file$/ },
  { outcome: 'a device as a document', args: ['/dev/zero'], code: 2, stderr: /^iop-audit: cannot read \/dev\/zero: a character device, not a file or a directory$/ },
  { outcome: 'an option where --output wants a file name', files: { 'p.yaml': COMPLIANT }, args: ['p.yaml', '--output', '--quiet'], code: 2, stderr: /^iop-audit: --output needs a file name, got '--quiet'/ },
  { outcome: 'a report that would replace a document', files: { 'p.yaml': COMPLIANT }, args: ['p.yaml', '--output', 'p.yaml'], code: 2, stderr: /^iop-audit: --output p\.yaml would replace a file this run reads/ },
  { outcome: 'init over an existing file without --force', files: { 'program.yaml': 'keep me' }, args: ['init'], code: 2, stderr: /^iop-audit: program\.yaml already exists: use --force/ },
];

const root = process.getuid?.() === 0;

describe('exit codes', () => {
  for (const c of CASES) {
    // Root reads any file; /dev/zero is not everywhere.
    const skip = (c.outcome === 'an unreadable file' && root) || (c.args.includes('/dev/zero') && process.platform === 'win32');
    it.skipIf(skip)(`${c.outcome} → ${c.code}`, () => {
      const dir = tempDir();
      for (const [name, text] of Object.entries(c.files ?? {})) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      c.setup?.(dir);
      const run = cli(c.args, { cwd: dir, ...(c.input !== undefined ? { input: c.input } : {}) });
      expect(run.code, run.stderr).toBe(c.code);
      expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
      if (c.code !== 0) {
        // Every non-zero exit says why, in one line.
        expect(run.stderr.endsWith('\n')).toBe(true);
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr.trimEnd()).toMatch(c.stderr ?? /^iop-audit: \d+ of \d+ documents? (failed|invalid)/);
      } else {
        expect(run.stderr).toBe('');
      }
    });
  }
});

describe('the reason a run fails', () => {
  it('is said again when the report comes from the cache, and last, after the report', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), withChanges({ 'admission.waiting_list': true }));
    writeFileSync(join(dir, 'b.yaml'), WARNING_ONLY);
    const first = cli(['.', '--cache', '--max-warnings', '0'], { cwd: dir });
    const again = cli(['.', '--cache', '--max-warnings', '0'], { cwd: dir });
    expect(first.stderr).toBe('iop-audit: 1 of 2 documents failed; --max-warnings: 1 warning, more than the 0 allowed\n');
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toBe(first.stderr);
    expect(again.code).toBe(1);
  });
});
