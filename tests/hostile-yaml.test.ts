import { describe, expect, it } from 'vitest';
import { auditText, validateText } from '../src/core/engine.js';
import { MAX_PROBLEMS, validateProgram } from '../src/core/validate.js';
import { loadYaml } from '../src/yaml/load.js';
import { cli, workspace } from './support/cli.js';
import { RULES } from '../src/packs/index.js';

/** The problems of a document read by the full reader (any document with an alias or an anchor goes there). */
const fullReaderProblems = (text: string) => {
  const loaded = loadYaml(text, { fast: false });
  return loaded.problems.length > 0 ? loaded.problems : validateProgram(loaded.data, loaded.locator!);
};

/** A program document with `count` unknown keys under `program:`. */
function unknownKeys(count: number): string {
  const lines = ['version: 1', 'program:', '  name: X'];
  for (let i = 0; i < count; i++) lines.push(`  zz_unknown_${i}: 1`);
  return `${lines.join('\n')}\n`;
}

describe('misleading YAML messages (#17)', () => {
  it('names an alias that refers to no anchor, at the alias', () => {
    expect(loadYaml('version: 1\nprogram:\n  name: *nothere\n').problems).toEqual([
      { kind: 'syntax', pointer: '', message: 'the alias *nothere refers to no anchor before it', line: 3, column: 9 },
    ]);
    // An anchor set after its alias does not count, as YAML has it.
    expect(loadYaml('version: 1\nprogram:\n  name: *later\n  provider: &later x\n').problems[0]!.message).toBe('the alias *later refers to no anchor before it');
  });

  it('tells a file with carriage returns alone as line ends to be saved with LF or CRLF', () => {
    const message = 'this file uses carriage returns alone as line breaks: save it with LF or CRLF line ends';
    expect(loadYaml('version: 1\rprogram:\r  name: X\r').problems).toEqual([{ kind: 'syntax', pointer: '', message, line: 1, column: 11 }]);
    // Otherwise the whole file would be one comment, and "empty".
    expect(loadYaml('# a note\rversion: 1\r').problems[0]!.message).toBe(message);
    expect(loadYaml('version: 1\nprogram:\r  name: X\n').problems).toEqual([{ kind: 'syntax', pointer: '', message, line: 2, column: 9 }]);
  });

  it('refuses an alias used as a key, with nothing printed on stderr', () => {
    const dir = workspace({
      'collection.yaml': 'version: 1\nprogram: &a\n  name: X\n*a : 1\n',
      'scalar.yaml': 'version: 1\nx: &a foo\nprogram:\n  name: X\n  *a : 1\n',
    });
    const run = cli(['validate', 'collection.yaml', 'scalar.yaml'], { cwd: dir });
    // Nothing from the YAML library: only the line that says why the run fails.
    expect(run.stderr).toBe('iop-audit: 2 of 2 documents invalid\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('collection.yaml:4:1  syntax  an alias cannot be used as a key: write the key out');
    expect(run.stdout).toContain('scalar.yaml:5:3  syntax  an alias cannot be used as a key: write the key out');
  });
});

describe('documents with very many problems (#17)', () => {
  it(`lists the first ${MAX_PROBLEMS} problems and counts the rest, the same on every reading path`, () => {
    const text = unknownKeys(150);
    const problems = validateText(text, 'p.yaml').problems;
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toMatchObject({ pointer: '/program/zz_unknown_0', line: 4, column: 3 });
    expect(problems[MAX_PROBLEMS - 1]).toMatchObject({ pointer: `/program/zz_unknown_${MAX_PROBLEMS - 1}` });
    expect(problems[MAX_PROBLEMS]).toEqual({ kind: 'schema', pointer: '', message: 'and 50 more problems, not listed', line: MAX_PROBLEMS + 4, column: 3 });
    expect(fullReaderProblems(text)).toEqual(problems);
  });

  it('counts a single problem past the limit in the singular, and lists exactly the limit without a count', () => {
    expect(validateText(unknownKeys(MAX_PROBLEMS + 1), 'p.yaml').problems.at(-1)!.message).toBe('and 1 more problem, not listed');
    expect(validateText(unknownKeys(MAX_PROBLEMS), 'p.yaml').problems).toHaveLength(MAX_PROBLEMS);
  });

  it('caps repeated keys found by the reader as well', () => {
    const text = `version: 1\nprogram:\n  name: X\n${'  name: X\n'.repeat(MAX_PROBLEMS + 20)}`;
    const problems = loadYaml(text).problems;
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toMatchObject({ message: "duplicate key 'name': each key may appear once in a mapping", line: 4, column: 3 });
    expect(problems.at(-1)!.message).toBe('and 20 more problems, not listed');
  });

  it('reads 40,000 unknown keys in time linear in their number', () => {
    // A bound on a complexity class, not a speed target: reading and reporting took over 10 s when each key
    // was compared with every key before it (the yaml library's duplicate check, the locator's search).
    const text = unknownKeys(40_000);
    const started = performance.now();
    const problems = fullReaderProblems(text);
    expect(performance.now() - started).toBeLessThan(4000);
    expect(problems.at(-1)!.message).toBe(`and ${40_000 - MAX_PROBLEMS} more problems, not listed`);
  });
});

describe('many unknown keys on the quick reading path', () => {
  it('locates 40,000 unknown keys in time linear in their number (each mapping of many keys is indexed once)', () => {
    const text = `version: 1\nprogram:\n  name: Many keys\n${Array.from({ length: 40_000 }, (_, i) => `  k${i}: v`).join('\n')}\n`;
    const started = performance.now();
    const doc = auditText(text, 'many.yaml', { rules: RULES });
    // Before the index, locating each problem searched the mapping from its start: ~3 s here, ~11 s at 80,000.
    expect(performance.now() - started).toBeLessThan(2500);
    expect(doc.verdict).toBe('invalid');
    expect(doc.problems.at(-1)!.message).toMatch(/^and \d+ more problems, not listed$/);
  });
});
