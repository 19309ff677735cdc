import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { auditText } from '../../src/core/engine.js';
import type { Rule } from '../../src/packs/define.js';
import type { DocumentResult, RuleResult } from '../../src/core/types.js';

/** The shipped compliant example: every rule passes on it. Tests start from it and break one thing. */
export const COMPLIANT = readFileSync(fileURLToPath(new URL('../../examples/riverside-evening-iop.yaml', import.meta.url)), 'utf8');

/** Audits YAML text with one rule and returns that rule's result (throws if the document is invalid). */
export function runRule(rule: Rule, yaml: string): RuleResult {
  // The rule's own pack is selected, so a rule of any pack runs.
  const doc: DocumentResult = auditText(yaml, 'test.yaml', { rules: [rule], standards: [rule.standard] });
  if (doc.verdict === 'invalid') {
    throw new Error(`test document is invalid: ${doc.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')}`);
  }
  return doc.results[0]!;
}

/**
 * The compliant example with edits applied, keeping its comments and layout:
 * each key is a path like 'services.drug_testing.schedule' (list items by
 * index); the value `undefined` deletes the node.
 */
export function withChanges(changes: Record<string, unknown>, base: string = COMPLIANT): string {
  const doc = parseDocument(base);
  for (const [path, value] of Object.entries(changes)) {
    const segments = path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (value === undefined) doc.deleteIn(segments);
    else doc.setIn(segments, value);
  }
  return doc.toString();
}

/** The 1-based line of the first line in `yaml` containing `text` (for asserting locations). */
export function lineOf(yaml: string, text: string, after = 0): number {
  const lines = yaml.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i]!.includes(text)) return i + 1;
  throw new Error(`'${text}' not found in the test document`);
}

/**
 * Asserts that one rule fails on the compliant example with `changes` applied,
 * with exactly the expected findings: message, JSON pointer and the line of
 * the YAML text given as `at` (searched from the top of the edited document),
 * and, where given, the finding's own fix.
 */
export function expectFindings(
  rule: Rule, changes: Record<string, unknown>, expected: { message: string; pointer: string; at: string; severity?: string; fix?: string }[],
): RuleResult {
  const yaml = withChanges(changes);
  const result = runRule(rule, yaml);
  if (result.status !== 'fail') throw new Error(`${rule.id} did not fail: ${result.status} ${result.message}`);
  const actual = result.findings.map((f, i) => ({
    message: f.message, pointer: f.pointer, line: f.line, severity: f.severity, ...(expected[i]?.fix !== undefined ? { fix: f.fix } : {}),
  }));
  const wanted = expected.map((e) => ({
    message: e.message, pointer: e.pointer, line: lineOf(yaml, e.at), severity: e.severity ?? rule.severity, ...(e.fix !== undefined ? { fix: e.fix } : {}),
  }));
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    throw new Error(`${rule.id} findings differ:\n  got      ${JSON.stringify(actual)}\n  expected ${JSON.stringify(wanted)}`);
  }
  return result;
}
