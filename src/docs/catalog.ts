import { THRESHOLDS } from '../domain/thresholds.js';
import type { Rule } from '../packs/define.js';
import { docsPath } from '../packs/index.js';
import { citeOne, type SourceRef } from '../domain/sources.js';
import type { Pack } from '../packs/pack.js';

/** What each basis means, once, for docs and `explain`. */
export const BASIS_MEANING = {
  primary: 'rests on the source\'s own text',
  secondary: 'known only from an account of the source',
  convention: 'the catalog\'s own choice',
} as const;

function sourceLines(sources: readonly SourceRef[]): string[] {
  return sources.map((s) => `${s.basis} (${BASIS_MEANING[s.basis]}): ${s.work}${s.at ? `, ${s.at}` : ''}. ${capital(s.words)}.${s.unverified ? ` Not verified: ${s.unverified}.` : ''}`);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}


function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A rule's default severity as the docs state it: an opt-in rule is off until its setting turns it on. */
function defaultSeverity(rule: Rule): string {
  return rule.optIn === 'evidence-required' ? `off (${rule.severity} with evidence: required)` : rule.severity;
}

/** The README's rule catalog table, generated from the rule metadata. */
export function catalogTable(rules: readonly Rule[]): string {
  const rows = rules.map((r) =>
    `| [${r.id}](docs/rules/${r.id}.md) | \`${r.alias}\` | \`${r.standard}\` | ${defaultSeverity(r)} | ${r.basis} | ${cell(r.title)} |`);
  return ['| ID | Alias | Pack | Default | Basis | Checks that |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** One rule's documentation page (docs/rules/<ID>.md), the target of every report's help link. */
export function ruleDoc(rule: Rule): string {
  const thresholds = rule.thresholds.map((name) => {
    const t = THRESHOLDS[name];
    return `| \`${name}\` | ${t.default} ${t.unit} | ${t.source.basis} | ${cell(`${t.description} ${citeOne(t.source)}`)} |`;
  });
  return [
    `<!-- Generated from src/packs by \`npm run docs\`: do not edit. -->`,
    `# ${rule.id} \`${rule.alias}\`: ${rule.title}`,
    '',
    `- Pack: \`${rule.standard}\`, ${rule.clause}`,
    `- Default severity: ${defaultSeverity(rule)}`,
    `- Applies: ${rule.appliesTo ? `unless ${rule.appliesTo.otherwise}` : 'to every program'}`,
    `- Basis: ${rule.basis} (${BASIS_MEANING[rule.basis]})`,
    `- Evidence read: ${rule.evidence.map((e) => `\`${e}\``).join(', ')}`,
    '',
    '## Sources',
    '',
    ...sourceLines(rule.sources).map((line) => `- ${line}`),
    '',
    '## Why',
    '',
    rule.rationale,
    '',
    ...(thresholds.length
      ? ['## Thresholds', '', 'Override any of these under `thresholds:` in `.iop-audit.yaml`.', '', '| Name | Default | Basis | Meaning |', '|---|---|---|---|', ...thresholds, '']
      : []),
    '## How to fix',
    '',
    rule.remediation.text,
    '',
    '```yaml',
    rule.remediation.example,
    '```',
    '',
    '## Turning it down',
    '',
    '```yaml',
    '# .iop-audit.yaml',
    'rules:',
    turnedDown(rule),
    '```',
    '',
  ].join('\n');
}

/** The config line that turns a rule down a step (an info rule can only be turned off; raised, it can fail a run). */
function turnedDown(rule: Pick<Rule, 'id' | 'alias' | 'severity'>): string {
  if (rule.severity === 'info') return `  ${rule.id}: off   # or ${rule.alias}: warning, which --fail-on warning fails on`;
  return `  ${rule.id}: ${rule.severity === 'error' ? 'warning' : 'info'}   # or ${rule.alias}: off`;
}

/** Plain-text columns: every column but the last padded to its widest cell. */
function columns(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd();
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}

/** `iop-audit rules`: the catalog as aligned plain-text columns. */
export function rulesList(rules: readonly Rule[]): string {
  return columns(['ID', 'Alias', 'Pack', 'Severity', 'Basis', 'Title'], rules.map((r) => [r.id, r.alias, r.standard, r.optIn ? 'off' : r.severity, r.basis, r.title]));
}

/** `iop-audit rules --format json`: every rule's metadata, without its code. */
export function rulesJson(rules: readonly Rule[]): string {
  return `${JSON.stringify(rules.map(ruleData), null, 2)}\n`;
}

/** `iop-audit explain --format json`. */
export function explainJson(rule: Rule): string {
  return `${JSON.stringify(ruleData(rule), null, 2)}\n`;
}

function ruleData(rule: Rule) {
  return {
    id: rule.id, alias: rule.alias, pack: rule.standard, implements: rule.implements, clause: rule.clause, title: rule.title,
    severity: rule.severity, basis: rule.basis, sources: rule.sources, citation: rule.citation,
    ...(rule.appliesTo ? { appliesUnless: rule.appliesTo.otherwise } : {}),
    rationale: rule.rationale, evidence: rule.evidence,
    thresholds: Object.fromEntries(rule.thresholds.map((name) => [name, { default: THRESHOLDS[name].default, unit: THRESHOLDS[name].unit, basis: THRESHOLDS[name].source.basis }])),
    remediation: rule.remediation, docs: docsPath(rule),
  };
}

/** `iop-audit standards`: every pack with its edition, jurisdiction and how many requirements and rules it has. */
export function standardsList(packs: readonly Pack[], rules: readonly Rule[]): string {
  const rows = packs.map((p) => {
    const audited = rules.filter((r) => r.implements.some((key) => key.startsWith(`${p.id}:`))).length;
    return [p.id, `${p.edition}${p.year !== undefined ? ` (${p.year})` : ''}`, `${p.jurisdiction.kind}: ${p.jurisdiction.name}`, String(p.requirements.length), String(audited), `${p.title}${p.always ? ' (always audited)' : ''}${p.file ? ` [${p.file}]` : ''}`];
  });
  return columns(['Pack', 'Edition', 'Jurisdiction', 'Requirements', 'Rules', 'Title'], rows);
}

/** `iop-audit standards --format json`. */
export function standardsJson(packs: readonly Pack[], rules: readonly Rule[]): string {
  return `${JSON.stringify(packs.map((p) => ({
    id: p.id, title: p.title, publisher: p.publisher, edition: p.edition, ...(p.year !== undefined ? { year: p.year } : {}),
    jurisdiction: p.jurisdiction, ...(p.file ? { file: p.file } : {}), always: p.always === true,
    requirements: p.requirements.map((q) => ({ clause: q.clause, title: q.title, source: q.source, rules: rules.filter((r) => r.implements.includes(`${p.id}:${q.clause}`)).map((r) => r.id) })),
  })), null, 2)}\n`;
}

/** `iop-audit explain`: one rule in full. */
export function explainRule(rule: Rule): string {
  const thresholds = rule.thresholds.map((t) => {
    const spec = THRESHOLDS[t];
    return `  ${t}: ${spec.default} ${spec.unit} (${spec.source.basis})  ${spec.description}`;
  });
  const sections = [
    `${rule.id} ${rule.alias}: ${rule.title}`,
    `Standard: ${rule.standard} · ${rule.clause} · default severity ${defaultSeverity(rule)}`,
    `Basis: ${rule.basis} (${BASIS_MEANING[rule.basis]})`,
    'Sources:',
    ...sourceLines(rule.sources).map((line) => `  - ${line}`),
    rule.appliesTo ? `Applies unless: ${rule.appliesTo.otherwise}` : 'Applies to every program.',
    '',
    'Why it matters:',
    `  ${rule.rationale}`,
    '',
    `Evidence it reads: ${rule.evidence.join(', ')}`,
    ...(thresholds.length ? ['Thresholds (override in .iop-audit.yaml):', ...thresholds] : []),
    '',
    'How to fix:',
    `  ${rule.remediation.text}`,
    '',
    ...rule.remediation.example.split('\n').map((l) => `    ${l}`),
    '',
    `Docs: ${docsPath(rule)} (in the iop-audit package)`,
  ];
  return `${sections.join('\n')}\n`;
}
