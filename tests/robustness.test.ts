import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../src/core/engine.js';
import { decodeDocument } from '../src/yaml/decode.js';
import { RULES } from '../src/packs/index.js';
import { COMPLIANT } from './support/audit.js';
import { cli, tempDir } from './support/cli.js';

const audit = (text: string) => auditText(text, 'p.yaml', { rules: RULES });
const problem = (text: string) => {
  const doc = audit(text);
  expect(doc.verdict).toBe('invalid');
  return doc.problems[0]!;
};

describe('hostile and broken input', () => {
  it('refuses an alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = Date.now();
    const p = problem(`${lines.join('\n')}\nversion: 1\nprogram: { name: X }\n`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(p.message).toMatch(/too many alias expansions/);
  });

  it('survives deep nesting with a clear problem', () => {
    const deep = `version: 1\nprogram: { name: X }\nschedule: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const p = problem(deep);
    expect(p.message).toBe('the document nests too deeply to read: a program document needs only a few levels');
    expect(p.line).toBe(3);
  });

  it('handles a very long line', () => {
    const doc = audit(COMPLIANT.replace('name: Riverside Evening Recovery IOP', `name: ${'R'.repeat(200_000)}`));
    expect(doc.verdict).toBe('pass');
  });

  it('reads a byte-order mark, CRLF line ends and positions as a user counts them', () => {
    const crlf = COMPLIANT.replace(/\n/g, '\r\n').replace('schedule: random', 'schedule: scheduled');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf)]);
    const decoded = decodeDocument(bytes);
    expect('text' in decoded).toBe(true);
    const doc = audit((decoded as { text: string }).text);
    const result = doc.results.find((r) => r.rule === 'SAMHSA-08')!;
    expect(result.status).toBe('fail');
    expect(result.line).toBe(COMPLIANT.split('\n').findIndex((l) => l.includes('drug_testing:')) + 1);
  });

  it('reports tab indentation as a syntax error at its line', () => {
    const p = problem('version: 1\nprogram:\n\tname: X\n');
    expect(p.kind).toBe('syntax');
    expect(p.line).toBe(3);
  });

  it('reports invalid UTF-8 and binary files at the first bad byte', () => {
    const bad = decodeDocument(new Uint8Array([...new TextEncoder().encode('version: 1\nprogram:\n  name: Caf'), 0xe9, 0x0a]));
    expect('problem' in bad && bad.problem).toMatchObject({ kind: 'read', line: 3, column: 12 });
    const binary = decodeDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect('problem' in binary && binary.problem.message).toMatch(/binary/);
  });

  it('names the extra document when a file holds several', () => {
    const p = problem(`${COMPLIANT}---\nversion: 1\nprogram: { name: Second }\n`);
    expect(p.message).toMatch(/holds 2 YAML documents/);
    expect(p.line).toBe(COMPLIANT.split('\n').length);
  });

  it('accepts JSON, which is YAML', () => {
    const json = JSON.stringify({ version: 1, program: { name: 'X', level_of_care: 'intensive-outpatient' } }, null, 2);
    const doc = audit(json);
    expect(doc.verdict).toBe('fail');
    expect(doc.results.find((r) => r.rule === 'SCHED-02')!.line).toBe(1);
  });

  it('treats __proto__ and constructor keys as schema errors without polluting prototypes', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const p = problem(`version: 1\nprogram:\n  name: X\n  ${key}: { polluted: true }\n`);
      expect(p.kind).toBe('schema');
      expect(p.line).toBe(4);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('refuses keys that are mappings or lists, without a runtime warning', () => {
    const warnings: string[] = [];
    const listener = (w: Error) => warnings.push(w.message);
    process.on('warning', listener);
    try {
      const p = problem('version: 1\nprogram:\n  ? { a: 1 }\n  : x\n');
      expect(p.message).toBe('a key must be plain text, not a mapping or a list');
      expect(p.line).toBe(3);
    } finally {
      process.off('warning', listener);
    }
    expect(warnings).toEqual([]);
  });

  it('refuses tags that would build objects', () => {
    for (const tag of ['!!js/function "x"', '!!binary aGk=', '!!set { a }', '!<tag:yaml.org,2002:js/regexp> /x/', '!custom x']) {
      const p = problem(`version: 1\nprogram:\n  name: ${tag}\n`);
      expect(p.message, tag).toMatch(/unsupported YAML tag|tag/i);
      expect(p.line).toBe(3);
    }
  });

  it('refuses a file over the size limit before parsing it, and the limit is configurable', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.yaml'), `${COMPLIANT}\n# ${'x'.repeat(1024 * 1024)}\n`);
    const run = cli(['big.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/big\.yaml:1:1 .*over the limit of 1024 KiB/);
    expect(cli(['big.yaml', '--max-file-size', '2048'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, '.iop-audit.yaml'), 'max_file_size_kb: 4096\n');
    expect(cli(['big.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('reports a binary file and bad UTF-8 through the command line with exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('version: 1\nprogram:\n  name: Caf\xe9\n', 'latin1'));
    const run = cli(['.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/logo\.yaml:3:1 .*binary/);
    expect(run.stdout).toMatch(/latin1\.yaml:3:12 .*not valid UTF-8/);
    expect(run.stderr).toBe('iop-audit: 2 of 2 documents invalid\n');
  });
});
