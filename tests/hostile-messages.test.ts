import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLIANT } from './support/audit.js';
import { cli, tempDir } from './support/cli.js';

const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];

/** Runs the CLI on one file in every report format; returns each format's output. */
function reports(name: string, text: string): Record<string, string> {
  const dir = tempDir();
  writeFileSync(join(dir, name), text);
  const outputs: Record<string, string> = {};
  for (const format of FORMATS) {
    const run = cli([name, '--format', format], { cwd: dir });
    expect(run.code, `${format}: ${run.stderr}`).toBe(1);
    expect(run.stderr, format).toBe('iop-audit: 1 of 1 document invalid\n');
    outputs[format] = run.stdout;
  }
  return outputs;
}

function expectNowhere(outputs: Record<string, string>, secrets: readonly string[]): void {
  for (const [format, output] of Object.entries(outputs)) {
    for (const secret of secrets) expect(output, `${format} repeats ${JSON.stringify(secret)}`).not.toContain(secret);
  }
}

describe('messages about hostile documents', () => {
  it('never quote a mapping or a list whole, only say what it is', () => {
    const outputs = reports('p.yaml', 'version: {api_token: abc123secret, note: [hello, world]}\nprogram: {name: x}\n');
    expect(outputs.table).toContain('version must be 1 (got a mapping)');
    expectNowhere(outputs, ['abc123secret', 'api_token', 'hello']);
    const tester = reports('p.yaml', 'version: {ssn: 123-45-6789, email: a@b.org, phone: 555-867-5309}\nprogram: {name: x}\n');
    expectNowhere(tester, ['6789', 'a@b.org', '867-5309']);
  });

  it('say what a file that is not a mapping holds, without its text', () => {
    const outputs = reports('.env', 'TOKEN=abc123secret\n');
    expect(outputs.table).toContain('.env:1:1  schema  the document must be a mapping (got a single text value, not repeated here)');
    expectNowhere(outputs, ['TOKEN', 'abc123secret']);
    expect(reports('list.yaml', '- TOKEN=abc123secret\n').table).toContain('the document must be a mapping (got a list)');
  });

  it('screen what the YAML reader quotes: duplicate keys, tags, unexpected text', () => {
    const documents = {
      'duplicate.yaml': 'version: 1\nprogram:\n  name: x\n  "123-45-6789": 1\n  "123-45-6789": 2\n',
      'tag.yaml': 'version: 1\nprogram: !<tag:maria.gonzalez@example.org> x\n',
      'unexpected.yaml': '- a\nb: maria.gonzalez@example.org\n',
      'split-date.yaml': '- a\nb: Date of birth: 03/04/1987\n',
    };
    for (const [name, text] of Object.entries(documents)) {
      const outputs = reports(name, text);
      expect(outputs.table, name).toMatch(/syntax {2}(duplicate key|unsupported YAML tag|YAML syntax error)/);
      expectNowhere(outputs, ['6789', 'gonzalez', '03/04/1987']);
    }
    expect(reports('duplicate.yaml', documents['duplicate.yaml']).table).toContain("duplicate key «redacted: looks like a social security number»");
  });

  it('escape control characters, the terminal escape and direction overrides', () => {
    const outputs = reports('p.yaml', 'version: 1\nprogram:\n  name: x\n  "\\e[2J\\x9b31m\\u202eevil": 1\n');
    expect(outputs.table).toContain("unknown key '\\u001b[2J\\u009b31m\\u202eevil' in program");
    // JSON and SARIF carry the key raw in the problem's pointer, which is data for programs, not a message.
    for (const [format, output] of Object.entries(outputs)) {
      const messages = format === 'json' || format === 'sarif' ? output.split('\n').filter((line) => line.includes('"text"') || line.includes('"message"')).join('\n') : output;
      expect(messages, format).not.toMatch(/[\u001b\u009b\u202e]/);
    }
  });
});

describe('a config with patient data in a waiver', () => {
  it('is invalid, at the justification, without repeating it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.yaml'), COMPLIANT);
    writeFileSync(join(dir, '.iop-audit.yaml'), [
      'waivers:',
      '  - rule: JOINT-10',
      '    files: ["p.yaml"]',
      '    justification: Client 123-45-6789 asked for a shorter stay.',
      '    approved_by: A. Lee',
      '',
    ].join('\n'));
    const run = cli(['p.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^iop-audit: invalid config \.iop-audit\.yaml:4:20: this value looks like a social security number; [^\n]*\n$/);
    expect(run.stderr + run.stdout).not.toContain('6789');
  });
});
