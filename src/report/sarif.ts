import type { DocumentResult, Finding, Problem, RuleResult, Severity } from '../core/types.js';
import { docsUrl } from '../rules/index.js';
import type { Rule } from '../rules/define.js';
import { waiverText } from './sections.js';
import type { Formatter } from './types.js';

/**
 * SARIF 2.1.0 for code-scanning tools. The whole catalog goes in
 * `tool.driver.rules`; each place a rule failed is one result (a rule that
 * fails at two pointers gives two results, so each shows at its own line).
 * Waived and baselined findings stay in the log, marked as SARIF expects
 * (`suppressions`, `baselineState`), so nothing is silently dropped.
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

export const sarif: Formatter = (result, context) => {
  const rules = context.rules.map(descriptor);
  const index = new Map(context.rules.map((rule, i) => [rule.id, i]));
  const results: unknown[] = [];
  for (const doc of result.documents) {
    for (const problem of doc.problems) results.push(problemResult(doc, problem, rules.length));
    for (const r of doc.results) {
      if (r.status !== 'fail' && r.status !== 'waived') continue;
      if (context.quiet && (r.status === 'waived' || r.baselined)) continue;
      for (const f of r.findings) results.push(findingResult(doc, r, f, index.get(r.rule)));
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: result.tool.name,
          version: result.tool.version,
          semanticVersion: result.tool.version,
          informationUri: 'https://github.com/iop-audit/iop-audit',
          rules: [...rules, INVALID_DOCUMENT],
        },
      },
      // Every document audited, passing or not, so a consumer knows what was covered.
      artifacts: result.documents.map((doc) => ({ location: { uri: artifactUri(doc.file) } })),
      columnKind: 'unicodeCodePoints',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

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
    helpUri: docsUrl(rule),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.standard, rule.alias], clause: rule.clause, basis: rule.basis, citation: rule.citation },
  };
}

function findingResult(doc: DocumentResult, r: RuleResult, f: Finding, ruleIndex: number | undefined): object {
  const out: Record<string, unknown> = {
    ruleId: r.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: `${r.title}: ${f.message}` },
    locations: [location(doc.file, f.line, f.column, f.pointer)],
    partialFingerprints: { 'iop-audit/v1': `${r.rule}:${f.pointer}` },
    properties: { standard: r.standard, clause: r.clause, basis: r.basis, citation: r.citation },
  };
  if (r.status === 'waived' && r.waiver) {
    out.suppressions = [{ kind: 'external', status: 'accepted', justification: waiverText(r.waiver) }];
  }
  if (r.baselined) out.baselineState = 'unchanged';
  return out;
}

function problemResult(doc: DocumentResult, p: Problem, ruleIndex: number): object {
  return {
    ruleId: INVALID_DOCUMENT.id,
    ruleIndex,
    level: 'error',
    message: { text: `${p.kind} error: ${p.message}` },
    locations: [location(doc.file, p.line, p.column, p.pointer)],
  };
}

function location(file: string, line: number, column: number, pointer: string): object {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(file) },
      region: { startLine: Math.max(1, line), startColumn: Math.max(1, column) },
    },
    logicalLocations: [{ fullyQualifiedName: pointer || '/', kind: 'object' }],
  };
}

/** A relative URI reference with forward slashes; characters a URI cannot hold are escaped. */
export function artifactUri(file: string): string {
  return file.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}
