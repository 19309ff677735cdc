import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, tempDir } from './support/cli.js';

/**
 * What the README tells a newcomer to type works as it says (the install commands are
 * run by tests/install.test.ts, the quick start by CI itself).
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The first fenced block of a language after a heading. */
function blockAfter(heading: string, language: string): string {
  const from = readme.indexOf(heading);
  expect(from, heading).toBeGreaterThan(-1);
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(readme.slice(from));
  expect(match, `${language} block after ${heading}`).not.toBeNull();
  return match![1]!;
}

describe('the README', () => {
  it('shows a first program that is valid, cites evidence that resolves, and whose terms are the vocabulary\'s', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
    writeFileSync(join(dir, 'first.yaml'), blockAfter('## Your first program', 'yaml'));
    expect(cli(['validate', 'first.yaml'], { cwd: dir }).code).toBe(0);
    const run = cli(['first.yaml', '--format', 'json'], { cwd: dir });
    const results = JSON.parse(run.stdout).documents[0].results as { rule: string; status: string }[];
    expect(results.find((r) => r.rule === 'EVID-01')?.status).toBe('pass');
    expect(results.find((r) => r.rule === 'VOCAB-01')?.status).toBe('pass');
    expect(results.find((r) => r.rule === 'VOCAB-02')?.status).toBe('pass');
  });

  it('names a field that schema --field explains', () => {
    expect(readme).toContain('iop-audit schema --field services.drug_testing.method');
    const run = cli(['schema', '--field', 'services.drug_testing.method']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('urine');
  });

  it('writes the example engagement\'s client report, and several reports from one audit', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    expect(readme).toContain('cd examples/engagement && npx iop-audit . --format html --output readiness.html');
    const engagement = cli(['.', '--format', 'html', '--output', 'readiness.html'], { cwd: join(dir, 'examples', 'engagement') });
    expect(engagement.stderr).toMatch(/^iop-audit: \d of 2 documents failed\n$/);
    const html = readFileSync(join(dir, 'examples', 'engagement', 'readiness.html'), 'utf8');
    expect(html).toContain('Bayview Behavioral Health Services');
    expect(readme).toContain('-f html:readiness.html -f csv-plan:plan.csv -f csv-ratings:ratings.csv');
    const several = cli(['examples/', '-f', 'html:readiness.html', '-f', 'csv-plan:plan.csv', '-f', 'csv-ratings:ratings.csv'], { cwd: dir });
    expect(several.code).toBe(1);
    for (const file of ['readiness.html', 'plan.csv', 'ratings.csv']) expect(existsSync(join(dir, file)), file).toBe(true);
    expect(readFileSync(join(dir, 'plan.csv'), 'utf8').split('\n')[0]).toMatch(/^program,file,/);
  });

  it('gives a CI recipe whose run line the command line takes', () => {
    const recipe = blockAfter('## In CI', 'yaml');
    const line = /- run: (iop-audit programs\/ .*)$/m.exec(recipe)![1]!;
    const args = line.split(/\s+/).slice(1);
    expect(args).toEqual(['programs/', '--baseline', '.iop-audit-baseline.json', '-f', 'sarif:iop-audit.sarif', '-f', 'github']);
    const dir = tempDir();
    cpSync(join(ROOT, 'examples'), join(dir, 'programs'), { recursive: true });
    expect(cli(['programs/', '--write-baseline', '.iop-audit-baseline.json'], { cwd: dir }).code).toBe(1);
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const run = cli(args, { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    // Every failure is in the baseline: the run passes, and writes the SARIF, the annotations and the summary.
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'iop-audit.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(run.stdout).toMatch(/^::notice /m);
    expect(readFileSync(summary, 'utf8').length).toBeGreaterThan(0);
  });
});
