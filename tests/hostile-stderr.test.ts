import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { readDocument } from '../src/run/read.js';
import { COMPLIANT } from './support/audit.js';
import { cli, workspace } from './support/cli.js';

/**
 * Issue #17: what the tool prints on stderr about a file (its progress, its errors)
 * names the file, and a file's name, like any text from outside the tool, may hold a
 * terminal's control sequences. Printed raw, they would drive the terminal: clear
 * the screen, set the window title, hide a link.
 */

/** Clears the screen, sets the window title, rings the bell, opens an OSC 8 link. */
const HOSTILE = 'x\u001b[2J\u001b]0;pwned\u0007\u001b]8;;evil.example\u001b\\y';

/** The control characters in a text, once the given own sequences are taken out. */
function rawControls(text: string, own: RegExp = /\n$/): string[] {
  return text.replace(own, '').match(/[\u0000-\u001f\u007f-\u009f]/g) ?? [];
}

/** Exit code 2 with one line on stderr that starts so and carries no control character. */
function expectCleanUsageError(run: { code: number | null; stderr: string }, start: string) {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(start);
  expect(rawControls(run.stderr)).toEqual([]);
  expect(run.stderr).toContain('\\x1b[2J');
}

describe('file names on stderr', () => {
  it('the progress counter shows a hostile file name escaped', async () => {
    const dir = workspace({ 'a.yaml': COMPLIANT, [`${HOSTILE}.yaml`]: COMPLIANT });
    let stderr = '';
    const io: Io = {
      stdout: { write: () => {} },
      stderr: { write: (t: string) => { stderr += t; }, isTTY: true },
      readStdin: async () => Buffer.alloc(0),
      cwd: dir,
      env: { IOP_AUDIT_TODAY: '2026-11-23' },
    };
    expect(await main(['.', '--format', 'json', '--config', join(process.cwd(), 'tests/fixtures/empty-config.yaml')], io)).toBe(0);
    expect(stderr).toContain('auditing 2/2 x\\x1b[2J\\x1b]0;pwned\\x07\\x1b]8;;evil.example\\x1b\\y.yaml');
    // The counter's own sequences (back to the line's start, clear it) are the only ones.
    expect(rawControls(stderr, /\r\u001b\[2K/g)).toEqual([]);
  });

  it('an invalid config, an unreadable one and an unknown rule are named escaped', () => {
    const dir = workspace({ [`${HOSTILE}.yaml`]: 'nope: 1\n', 'rules.yaml': 'rules:\n  "\\e[2Jx\\a": error\n', 'p.yaml': COMPLIANT });
    mkdirSync(join(dir, `${HOSTILE}-folder.yaml`));
    expectCleanUsageError(cli(['p.yaml', '--config', `${HOSTILE}.yaml`], { cwd: dir }), 'iop-audit: invalid config x\\x1b[2J');
    expectCleanUsageError(cli(['p.yaml', '--config', `${HOSTILE}-folder.yaml`], { cwd: dir }), 'iop-audit: cannot read config x\\x1b[2J');
    const unknown = cli(['p.yaml', '--config', 'rules.yaml'], { cwd: dir });
    expect(unknown.code, unknown.stderr).toBe(2);
    expect(unknown.stderr).toMatch(/^iop-audit: invalid config rules\.yaml:2:3: unknown rule '\\u001b\[2Jx\\u0007'/);
    expect(rawControls(unknown.stderr)).toEqual([]);
  });

  it('a path that is not found, and a pack that cannot be read or is invalid, are named escaped', () => {
    const dir = workspace({ 'p.yaml': COMPLIANT, [`${HOSTILE}-pack.yaml`]: 'pack: [\n' });
    expectCleanUsageError(cli([`${HOSTILE}-missing.yaml`], { cwd: dir }), 'iop-audit: ');
    expectCleanUsageError(cli(['p.yaml', '--pack', `${HOSTILE}-absent.yaml`], { cwd: dir }), 'iop-audit: cannot read pack x\\x1b[2J');
    expectCleanUsageError(cli(['p.yaml', '--pack', `${HOSTILE}-pack.yaml`], { cwd: dir }), 'iop-audit: invalid pack x\\x1b[2J');
  });

  it('a document that cannot be read is named escaped', () => {
    const dir = workspace({});
    writeFileSync(join(dir, 'not-a-folder'), '');
    expect(() => readDocument(join(dir, 'not-a-folder', 'p.yaml'), `${HOSTILE}.yaml`, 1024)).toThrow(/^cannot read x\\x1b\[2J\\x1b\]0;pwned\\x07.*: ENOTDIR$/);
  });
});
