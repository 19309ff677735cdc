import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentResult, Finding, Problem, RuleResult, Severity } from '../core/types.js';
import type { Rule } from '../packs/define.js';
import { requirementsOf, waiverText } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import { wholeSectioned, type FormatContext, type Formatter, type SectionedStream } from './types.js';

/**
 * SARIF 2.1.0 for code-scanning tools. The whole catalog goes in
 * `tool.driver.rules`; each place a rule failed is one result (a rule that
 * fails at two pointers gives two results, so each shows at its own line).
 * Waived and baselined findings stay in the log, marked as SARIF expects
 * (`suppressions`, `baselineState`), so nothing is silently dropped.
 *
 * `baselineState` (SARIF 2.1.0 with Errata 01, §3.27.24): once one result of a run has it,
 * every result must, so a run with a baseline (`--baseline`) gives it to all of them and a
 * run without one to none. `unchanged` when the baseline records every finding of that
 * rule in that document (the result does not fail the run); `new` for every other result:
 * a failure the baseline lacks (and each other finding of its rule in that document, as the
 * run judges a rule's result whole), a waived one (the waiver decides it before the
 * baseline is asked; a baseline never records one) and an invalid document's problems (a
 * baseline records none). Not written: `absent` results for recorded findings no longer
 * found (code scanning ignores `baselineState` and would show them as open alerts; the
 * run's baseline notice counts them as gone), and `run.baselineGuid` (§3.14.5: the GUID of
 * an earlier SARIF run, which neither a baseline file nor a JSON report has).
 */
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Documents that cannot be audited are reported under this descriptor. */
const INVALID_DOCUMENT = {
  id: 'DOC-01',
  name: 'valid-document',
  shortDescription: { text: 'The file is a readable, valid program document' },
  fullDescription: { text: 'The document must be valid YAML and valid against schemas/program.schema.json (format version 1) before it can be audited.' },
  help: { text: 'Fix the syntax or schema error at the reported line; `iop-audit validate` checks only this.' },
  defaultConfiguration: { level: 'error' },
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Written in two sections so that a large run streams: each document gives its artifact
 * and its results, and the log is laid out exactly as JSON.stringify(log, null, 2) would
 * write it (the text between the two lists is the first section's closing).
 */
export const sarifStream: SectionedStream<null> = {
  sections: ['artifacts', 'results'],
  start(head, context) {
    const driver = {
      name: head.tool.name,
      version: head.tool.version,
      semanticVersion: head.tool.version,
      rules: [...context.rules.map(descriptor), INVALID_DOCUMENT],
    };
    return `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${indent(JSON.stringify({ driver }, null, 2), ITEM.slice(0, -2))},\n      "artifacts": `;
  },
  document(doc, _index, context) {
    const results: string[] = [];
    for (const problem of doc.problems) results.push(item(problemResult(doc, problem, context.rules.length, context)));
    for (const r of doc.results) {
      if (r.status !== 'fail' && r.status !== 'waived') continue;
      if (context.quiet && (r.status === 'waived' || r.baselined)) continue;
      const requirements = requirementsOf(r, context);
      const ruleIndex = ruleIndexOf(context.rules, r.rule);
      for (const f of r.findings) results.push(item(findingResult(doc, r, f, ruleIndex, requirements, context)));
    }
    // Every document audited, passing or not, is an artifact, so a consumer knows what was covered.
    const artifact = item({ location: artifactLocation(doc.file) });
    return results.length > 0 ? { artifacts: artifact, results: results.join(`,${ITEM}`) } : { artifacts: artifact };
  },
  front: () => '',
  around: (section) => ({ before: `[${ITEM}`, after: section === 'artifacts' ? `\n      ]${BETWEEN}` : '\n      ]' }),
  separator: () => `,${ITEM}`,
  empty: (section) => (section === 'artifacts' ? `[]${BETWEEN}` : '[]'),
  end: () => '\n    }\n  ]\n}\n',
};

/** A list item's indentation inside `runs[0]`, and what lies between the artifacts and the results. */
const ITEM = '\n        ';
const BETWEEN = ',\n      "columnKind": "unicodeCodePoints",\n      "results": ';

const item = (value: object) => indent(JSON.stringify(value, null, 2), ITEM);
const indent = (json: string, by: string) => json.replace(/\n/g, by);

/** A rule's position in the catalog, found once per catalog and rule. */
function ruleIndexOf(rules: readonly Rule[], id: string): number | undefined {
  let index = RULE_INDEX.get(rules);
  if (!index) RULE_INDEX.set(rules, (index = new Map(rules.map((rule, i) => [rule.id, i]))));
  return index.get(id);
}

const RULE_INDEX = new WeakMap<readonly Rule[], Map<string, number>>();

export const sarif: Formatter = refusedWhenTooLarge('sarif', wholeSectioned(sarifStream, () => null));

function descriptor(rule: Rule): object {
  return {
    id: rule.id,
    name: rule.alias,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.remediation.text}\n\nExample:\n${rule.remediation.example}\n\nSource: ${rule.citation}`,
      markdown: `${rule.remediation.text}\n\n\`\`\`yaml\n${rule.remediation.example}\n\`\`\`\n\n**Source:** ${rule.citation}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.standard, rule.alias], clause: rule.clause, basis: rule.basis, citation: rule.citation },
  };
}

function findingResult(
  doc: DocumentResult, r: RuleResult, f: Finding, ruleIndex: number | undefined, requirements: readonly string[], context: Pick<FormatContext, 'comparedWithBaseline'>,
): object {
  const out: Record<string, unknown> = {
    ruleId: r.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: messageText(`${r.title}: ${f.message}`) },
    locations: [location(doc.file, f.line, f.column, f.pointer)],
    // By content, not by pointer: an item added at the front of a list leaves the others' results alone (v1 was rule and pointer).
    ...(f.fingerprint ? { partialFingerprints: { 'iop-audit/v2': f.fingerprint } } : {}),
    // The requirements of every selected pack this finding touches (the crosswalk).
    properties: { standard: r.standard, clause: r.clause, basis: r.basis, citation: r.citation, requirements, ...(f.fix ? { fix: f.fix } : {}) },
  };
  if (r.status === 'waived' && r.waiver) {
    out.suppressions = [{ kind: 'external', status: 'accepted', justification: waiverText(r.waiver) }];
  }
  if (context.comparedWithBaseline) out.baselineState = r.baselined ? 'unchanged' : 'new';
  return out;
}

function problemResult(doc: DocumentResult, p: Problem, ruleIndex: number, context: Pick<FormatContext, 'comparedWithBaseline'>): object {
  return {
    ruleId: INVALID_DOCUMENT.id,
    ruleIndex,
    level: 'error',
    message: { text: messageText(`${p.kind} error: ${p.message}`) },
    locations: [location(doc.file, p.line, p.column, p.pointer)],
    ...(context.comparedWithBaseline ? { baselineState: 'new' } : {}),
  };
}

/**
 * A result's message as SARIF plain text, where `[text](target)` is an embedded link
 * (SARIF 2.1.0 §3.11.6) that viewers render: a document's text must not make one, so
 * its brackets, and the backslash that escapes them, are escaped with a backslash.
 */
function messageText(text: string): string {
  return text.replace(LINK_SYNTAX, '\\$&');
}

const LINK_SYNTAX = /[[\]\\]/g;

function location(file: string, line: number, column: number, pointer: string): object {
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(file),
      region: { startLine: Math.max(1, line), startColumn: Math.max(1, column) },
    },
    logicalLocations: [{ fullyQualifiedName: pointer || '/', kind: 'object' }],
  };
}

/** What relative artifact URIs are relative to: the folder the run started in, which the consumer supplies. */
const SOURCE_ROOT = '%SRCROOT%';

/**
 * A file as SARIF locates it, by a URI reference (RFC 3986). A report names a file in
 * the working folder by its relative path with forward slashes (on POSIX a backslash is
 * part of a name, not a separator): a relative reference resolved against %SRCROOT%.
 * Any other file is named by its absolute path, as a file:// URI.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (!isAbsolute(file)) return { uri: encodedPath(file), uriBaseId: SOURCE_ROOT };
  // Drive letters and network shares are pathToFileURL's to get right; a POSIX path is encoded
  // here, as pathToFileURL (Node 20) drops control characters at the end of a name.
  return { uri: sep === '/' ? `file://${encodedPath(file)}` : pathToFileURL(file).href };
}

/** Each segment percent-encoded: a backslash as %5C, and a colon as %3A, so no first segment reads as a scheme. */
function encodedPath(file: string): string {
  return file.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}
