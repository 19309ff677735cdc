import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/corpus.mjs';
import { cli, tempDir } from './support/cli.js';

/**
 * Every way a report can be written gives the same bytes: to standard output or to a file,
 * on worker threads or none, from a cold cache, a warm one (the run memo) or none, and one
 * format alone or several in one run. The corpus is large enough for worker threads (500
 * documents or more), in every layout, with invalid and passing documents.
 */
describe('every path gives the same report', () => {
  const dir = tempDir();
  writeCorpus(join(dir, 'corpus'), 520, 5);
  const run = (args: string[]) => {
    const result = cli(['corpus', ...args], { cwd: dir });
    // The one line that says why the run fails, and nothing else.
    expect(result.stderr).toMatch(/^iop-audit: \d+ of 520 documents failed(, \d+ invalid)?\n$/);
    expect(result.code).toBe(1);
    return result.stdout;
  };
  const file = (name: string) => readFileSync(join(dir, name), 'utf8');

  for (const format of ['json', 'sarif', 'junit', 'github', 'markdown']) {
    it(`${format}: to a file, on threads, cached and memoised`, () => {
      const reference = run(['--format', format, '--threads', '1']);
      expect(reference.length).toBeGreaterThan(10_000);
      expect(run(['--format', format, '--threads', '2'])).toBe(reference);
      run(['--format', format, '--output', `out.${format}`, '--threads', '2']);
      expect(file(`out.${format}`)).toBe(reference);
      run(['--format', `${format}:named.${format}`, '--threads', '1']);
      expect(file(`named.${format}`)).toBe(reference);
      const cache = ['--cache', '--cache-location', `cache-${format}`];
      expect(run(['--format', format, ...cache, '--threads', '2'])).toBe(reference);
      // Warm: the memo gives the report back; then the memo gone, the cache's entries.
      expect(run(['--format', format, ...cache])).toBe(reference);
      writeFileSync(join(dir, `cache-${format}.report`), 'damaged');
      run(['--format', format, ...cache, '--output', `warm.${format}`]);
      expect(file(`warm.${format}`)).toBe(reference);
    }, 180_000);
  }

  it('writes several formats from one audit, each as its own run writes it', () => {
    const alone = Object.fromEntries(['sarif', 'github', 'junit', 'json'].map((format) => [format, run(['--format', format])]));
    const stdout = run(['-f', 'sarif:reports/audit.sarif', '-f', 'github', '--format', 'junit:reports/junit.xml', '--threads', '2']);
    expect(stdout).toBe(alone.github);
    expect(file('reports/audit.sarif')).toBe(alone.sarif);
    expect(file('reports/junit.xml')).toBe(alone.junit);
    // --output is the file of the one format given without its own.
    expect(run(['-f', 'json', '-f', 'sarif:b.sarif', '--output', 'reports/audit.json'])).toBe('');
    expect(file('reports/audit.json')).toBe(alone.json);
    expect(file('b.sarif')).toBe(alone.sarif);
    // With the cache: several reports use its entries (the run memo holds one report).
    const cache = ['--cache', '--cache-location', 'cache-several'];
    for (let i = 0; i < 2; i++) {
      expect(run(['-f', 'sarif:again.sarif', '-f', 'github', ...cache])).toBe(alone.github);
      expect(file('again.sarif')).toBe(alone.sarif);
    }
  }, 180_000);

  it('keeps its cache and memo in folders that do not exist yet, and leaves no temporary file beside a report', () => {
    const small = tempDir();
    writeCorpus(join(small, 'docs'), 6, 9);
    const args = ['docs', '-f', 'sarif:out/a.sarif', '--cache', '--cache-location', 'not/yet/cache'];
    const first = cli(args, { cwd: small });
    // Only the line that says why the run fails.
    expect(first.stderr).toMatch(/^(iop-audit: \d of 6 documents [a-z, \d]+\n)?$/);
    const report = readFileSync(join(small, 'out', 'a.sarif'), 'utf8');
    expect(readFileSync(join(small, 'not', 'yet', 'cache.report'), 'utf8')).toContain(report);
    const again = cli(args, { cwd: small });
    expect(again.code).toBe(first.code);
    // The run memo gives back the same reason.
    expect(again.stderr).toBe(first.stderr);
    expect(readFileSync(join(small, 'out', 'a.sarif'), 'utf8')).toBe(report);
    expect(readdirSync(join(small, 'out'))).toEqual(['a.sarif']);
  });

  it('refuses what it cannot write, in one line, before auditing', () => {
    const refused = (args: string[], message: RegExp) => {
      const result = cli(['corpus', ...args], { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stdout).toBe('');
    };
    refused(['-f', 'json', '-f', 'sarif'], /^iop-audit: only one report can go to standard output: give the others a file with --format <format>:<file>\n$/);
    refused(['-f', 'json', '-f', 'sarif', '--output', 'x'], /^iop-audit: --output names one file, for 2 formats/);
    refused(['-f', 'json:same.out', '-f', 'sarif:same.out'], /^iop-audit: same.out is named for two reports/);
    refused(['-f', 'pdf:report.pdf'], /^iop-audit: option '-f, --format <format>' argument 'pdf:report.pdf' is invalid/);
    refused(['-f', 'json:'], /a file name after 'json:' is needed/);
    refused(['-f', 'json:a.json', '--output', 'b.json'], /^iop-audit: --output names no report/);
    refused(['-f', 'json:corpus/program-00001.yaml'], /would replace a file this run reads/);
  });
});
