import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../support/cli.js';
import { withChanges } from '../support/audit.js';

/**
 * The built CLI on a folder whose file name and program name carry terminal control
 * sequences (clear screen, window title, an OSC 8 link): what reaches the terminal
 * shows them as escapes, with colour and without.
 */
describe('control sequences from documents, as the CLI prints them', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'programs'));
  // YAML's "\e" is ESC and "\a" BEL: the program name itself carries the sequences.
  const yaml = withChanges({ 'services.drug_testing.method': 'hair' })
    .replace(/^ {2}name: .*$/m, '  name: "Evil \\e[2J\\e]0;pwned\\a \\e]8;;https://evil.example/\\e\\\\click\\e]8;;\\e\\\\"');
  writeFileSync(join(dir, 'programs', 'evil\u001b[2J\u001b]0;title\u0007.yaml'), yaml);
  // A file name cannot hold a slash, so its link has none.
  writeFileSync(join(dir, 'programs', 'broken\u001b]8;;https:evil.example\u001b\\.yaml'), 'version: 1\nprogram: [\n');

  const SGR = /\u001b\[[0-9;]*m|\n/g;
  const raw = (text: string) => text.replace(SGR, '').match(/[\u0000-\u001f\u007f-\u009f]/g) ?? [];

  it.each([
    ['--no-color', ['--no-color'], {}],
    ['forced colour', [], { FORCE_COLOR: '1', NO_COLOR: '' }],
  ])('table, %s', (_name, flags, env) => {
    const run = cli(['programs', ...flags], { cwd: dir, env });
    expect(run.code).toBe(1);
    expect(raw(run.stdout)).toEqual([]);
    expect(raw(run.stderr)).toEqual([]);
    expect(run.stdout).toContain('programs/evil\\x1b[2J\\x1b]0;title\\x07.yaml');
    expect(run.stdout).toContain('Evil \\x1b[2J\\x1b]0;pwned\\x07 \\x1b]8;;https://evil.example/\\x1b\\click\\x1b]8;;\\x1b\\');
    expect(run.stdout).toContain('programs/broken\\x1b]8;;https:evil.example\\x1b\\.yaml:');
  });

  it('still colours the verdicts when colour is on', () => {
    const run = cli(['programs'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(run.stdout).toMatch(/\u001b\[31m\u001b\[1m(FAIL|INVALID)/);
  });

  it('github annotations', () => {
    const run = cli(['programs', '--format', 'github'], { cwd: dir });
    expect(raw(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('file=programs/evil\\x1b[2J\\x1b]0;title\\x07.yaml');
  });
});
