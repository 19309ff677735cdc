import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { auditText } from '../../src/core/engine.js';
import type { DocumentResult, RuleResult } from '../../src/core/types.js';
import { RULES } from '../../src/packs/index.js';

/**
 * The surveyor corpus: realistic program documents, each with the verdict a
 * surveyor wrote for it BEFORE the tool was run (see README.md). The tool must
 * agree; where it does not, the disagreement is decided on the source's words
 * and recorded in the case's `decisions`, never by copying the tool's answer.
 */

interface RuleExpectation {
  status: 'pass' | 'fail' | 'not-applicable';
  severity?: 'error' | 'warning' | 'info';
  why: string;
  source: string;
}

interface Expectation {
  kind: string;
  verdict: 'pass' | 'fail';
  rules: Record<string, RuleExpectation>;
  decisions: unknown[];
}

const folder = new URL('./cases/', import.meta.url);
const documents = readdirSync(folder).filter((f) => f.endsWith('.yaml') && !f.endsWith('.expect.yaml')).sort();
const expectFiles = readdirSync(folder).filter((f) => f.endsWith('.expect.yaml')).sort();
const names = documents.map((f) => f.replace(/\.yaml$/, ''));

function expectationOf(name: string): Expectation {
  return parse(readFileSync(new URL(`${name}.expect.yaml`, folder), 'utf8')) as Expectation;
}

const audits = new Map<string, DocumentResult>();
function audit(name: string): DocumentResult {
  let doc = audits.get(name);
  if (!doc) {
    const text = readFileSync(new URL(`${name}.yaml`, folder), 'utf8');
    doc = auditText(text, `tests/surveyor/cases/${name}.yaml`, { rules: RULES });
    audits.set(name, doc);
  }
  return doc;
}

function said(result: RuleResult | undefined): string {
  if (!result) return 'no result (the rule is not in the catalog)';
  return `${result.status}${result.status === 'fail' ? `/${result.severity}` : ''}: ${result.message}`;
}

describe('surveyor corpus', () => {
  it('holds at least 15 cases, each with an expectation file that states its kind', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect(expectFiles.map((f) => f.replace(/\.expect\.yaml$/, ''))).toEqual(names);
    for (const name of names) {
      const e = expectationOf(name);
      expect(typeof e.kind === 'string' && e.kind.trim().length > 0, `${name}: no kind stated`).toBe(true);
      expect(e.kind.includes('\n'), `${name}: kind must be one line`).toBe(false);
      expect(['pass', 'fail'], `${name}: verdict must be pass or fail`).toContain(e.verdict);
      expect(Array.isArray(e.decisions), `${name}: decisions must be a list`).toBe(true);
      expect(Object.keys(e.rules ?? {}).length, `${name}: at least 4 rules`).toBeGreaterThanOrEqual(4);
      for (const [id, rule] of Object.entries(e.rules)) {
        expect(['pass', 'fail', 'not-applicable'], `${name} ${id}: status`).toContain(rule.status);
        if (rule.severity !== undefined) {
          expect(rule.status, `${name} ${id}: a severity is given only for a failure`).toBe('fail');
          expect(['error', 'warning', 'info'], `${name} ${id}: severity`).toContain(rule.severity);
        }
        expect(typeof rule.why === 'string' && rule.why.trim().length > 0, `${name} ${id}: no why`).toBe(true);
        expect(typeof rule.source === 'string' && rule.source.trim().length > 0, `${name} ${id}: no source`).toBe(true);
      }
      // A document the surveyor fails must have an error among its listed rules, and one it passes none.
      const errors = Object.values(e.rules).filter((r) => r.status === 'fail' && r.severity === 'error');
      expect(errors.length > 0, `${name}: verdict ${e.verdict} vs listed errors`).toBe(e.verdict === 'fail');
    }
  });
});

describe.each(names)('%s', (name) => {
  const expected = expectationOf(name);

  it(`is a valid document with the surveyor's verdict (${expected.verdict})`, () => {
    const doc = audit(name);
    expect(doc.verdict, `${name} is invalid: ${doc.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')}`).not.toBe('invalid');
    const errors = doc.results.filter((r) => r.status === 'fail' && r.severity === 'error').map((r) => `${r.rule}: ${r.message}`);
    expect(doc.verdict, `${name} (${expected.kind}): expected ${expected.verdict}; errors the tool found:\n  ${errors.join('\n  ') || 'none'}`).toBe(expected.verdict);
  });

  it.each(Object.entries(expected.rules))('%s', (id, rule) => {
    const doc = audit(name);
    const result = doc.results.find((r) => r.rule === id);
    const wanted = `${rule.status}${rule.severity ? `/${rule.severity}` : ''}`;
    const message = `${name} ${id}: the surveyor expects ${wanted} because ${rule.why} [${rule.source}]\n  the tool said ${said(result)}`;
    expect(result, message).toBeDefined();
    expect(result!.status, message).toBe(rule.status);
    if (rule.severity) expect(result!.severity, message).toBe(rule.severity);
  });
});
