import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/report/types.js';
import { allPacks } from '../src/packs/index.js';
import { cli, tempDir } from './support/cli.js';

/** The commands and each one's options, as `--help` lists them (not as the completion code sees them). */
function helpListing(): Map<string, string[]> {
  const top = cli(['--help']).stdout;
  const commands = [...top.slice(top.indexOf('Commands:')).matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
  const flagsOf = (text: string) => [...text.slice(text.indexOf('Options:')).matchAll(/^ {2}(?:(-\w), )?(--[\w-]+)/gm)].flatMap((m) => [m[1], m[2]].filter((f): f is string => f !== undefined));
  return new Map([['', flagsOf(top)], ...commands.map((c): [string, string[]] => [c, flagsOf(cli([c, '--help']).stdout)])]);
}

const listing = helpListing();
const scripts = Object.fromEntries(['bash', 'zsh', 'fish'].map((shell) => {
  const run = cli(['completion', shell]);
  expect(run.code).toBe(0);
  return [shell, run.stdout];
}));

describe('shell completion', () => {
  it('knows every command', () => {
    expect([...listing.keys()]).toEqual(expect.arrayContaining(['audit', 'validate', 'explain', 'init', 'completion']));
    for (const [shell, script] of Object.entries(scripts)) {
      for (const command of listing.keys()) if (command) expect(script, `${shell}: ${command}`).toMatch(new RegExp(`\\b${command}\\b`));
    }
  });

  it('knows every option of every command, in the form each shell writes it', () => {
    for (const [command, flags] of listing) {
      expect(flags.length, command || 'the program').toBeGreaterThan(0);
      for (const flag of flags) {
        expect(scripts.bash, `bash: ${command} ${flag}`).toContain(flag);
        expect(scripts.zsh, `zsh: ${command} ${flag}`).toContain(flag);
        const fish = flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`;
        expect(scripts.fish, `fish: ${command} ${flag}`).toContain(fish);
      }
    }
  });

  it('offers the report formats and the pack IDs as values', () => {
    for (const script of Object.values(scripts)) {
      expect(script).toContain(FORMATS.join(' '));
      expect(script).toContain(['all', ...allPacks().map((p) => p.id)].join(' '));
    }
  });

  it('gives bash a script it parses, and that completes what it should', () => {
    const dir = tempDir();
    const file = join(dir, 'iop-audit.bash');
    writeFileSync(file, scripts.bash!);
    expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    const complete = (...words: string[]) => {
      const probe = `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; _iop_audit; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const run = spawnSync('bash', ['-c', probe], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      return run.stdout.trim().split('\n').filter(Boolean).sort();
    };
    expect(complete('iop-audit', '--format', '')).toEqual([...FORMATS].sort());
    expect(complete('iop-audit', 'crosswalk', '--format', '')).not.toContain('sarif');
    expect(complete('iop-audit', 'exp')).toEqual(['explain']);
    expect(complete('iop-audit', 'explain', 'JOINT-1')).toEqual(['JOINT-10', 'JOINT-11', 'JOINT-12', 'JOINT-13']);
    expect(complete('iop-audit', 'audit', '--standard', 'med')).toEqual(['medicare-iop']);
    expect(complete('iop-audit', 'validate', '--no-')).toEqual(['--no-color', '--no-ignore-vcs']);
    expect(complete('iop-audit', 'completion', '')).toEqual(['bash', 'fish', 'zsh']);
  });

  it('refuses a shell it does not know, in one line', () => {
    const run = cli(['completion', 'powershell']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^iop-audit: command-argument value 'powershell' is invalid for argument 'shell'\. Allowed choices are bash, zsh, fish\.\n$/);
  });
});
