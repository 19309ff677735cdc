import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withChanges } from './support/audit.js';
import { cli, workspace } from './support/cli.js';

describe('in GitHub Actions', () => {
  const programs = () => workspace({
    'programs/east.yaml': withChanges({ 'admission.waiting_list': true, 'program.name': 'East Side Evening IOP' }),
    'programs/west.yaml': withChanges({ 'services.drug_testing.method': 'hair', 'program.name': 'West Valley IOP' }),
    'programs/north.yaml': withChanges({ 'program.name': 'North Shore IOP' }),
  });

  it('appends a job summary to GITHUB_STEP_SUMMARY after what earlier steps wrote, and ends the log with the reason', () => {
    const dir = programs();
    const summaryFile = join(dir, 'step-summary.md');
    writeFileSync(summaryFile, '## Lint\n\nall clean\n');
    const run = cli(['programs', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('iop-audit: 2 of 3 documents failed\n');
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('## Lint\n\nall clean\n## iop-audit: 2 of 3 documents did not pass\n')).toBe(true);
    expect(summary).toMatch(/#### FAIL programs\/east\\.yaml \(East Side Evening IOP\)\n/);
    expect(summary).toMatch(/\| error \| SAMHSA\\-02 Entry is quick and simple \| \d+:\d+ \| the program keeps a waiting list \|/);
    expect(summary).toMatch(/#### FAIL programs\/west\\.yaml \(West Valley IOP\)\n/);
    expect(summary).not.toContain('North Shore');
  });

  it('appends the summary on a cached run too', () => {
    const dir = programs();
    const summaryFile = join(dir, 'step-summary.md');
    const env = { GITHUB_STEP_SUMMARY: summaryFile };
    const first = cli(['programs', '--format', 'github', '--cache'], { cwd: dir, env });
    const once = readFileSync(summaryFile, 'utf8');
    const again = cli(['programs', '--format', 'github', '--cache'], { cwd: dir, env });
    expect(again.stdout).toBe(first.stdout);
    expect(readFileSync(summaryFile, 'utf8')).toBe(once + once);
  });

  it('writes no summary for other formats or outside Actions, and says in one line when it cannot write one', () => {
    const dir = programs();
    const summaryFile = join(dir, 'step-summary.md');
    cli(['programs', '--format', 'sarif'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(existsSync(summaryFile)).toBe(false);
    const unwritable = cli(['programs', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, 'programs', 'east.yaml', 'summary.md') } });
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/^iop-audit: cannot write the job summary to .*summary\.md \(GITHUB_STEP_SUMMARY\): [^\n]*\(ENOTDIR\)\n$/);
  });
});
