import type { DocumentResult, RuleResult } from '../core/types.js';
import type { Rule } from '../rules/define.js';
import { describeFacts } from './facts-line.js';
import { appliedWaivers, byStandard, plural, resultNote, stateOf } from './sections.js';
import type { Formatter } from './types.js';

/**
 * A report a consultant can hand over: a summary table across programs, then
 * per program its verdict and facts, and per standard each failing principle
 * with its evidence, source and what to change. GitHub-flavoured Markdown.
 */
export const markdown: Formatter = (result, context) => {
  const rules = new Map(context.rules.map((r) => [r.id, r]));
  const s = result.summary;
  const out: string[] = [
    '# Intensive outpatient program audit',
    '',
    `${result.tool.name} ${result.tool.version} · ${plural(s.documents, 'document')}: ${s.passed} passed, ${s.failed} failed, ${s.invalid} invalid · ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${s.waived ? `, ${s.waived} waived` : ''}${s.baselined ? `, ${s.baselined} baselined` : ''}`,
    '',
    '## Summary',
    '',
    '| Program | File | Verdict | Treatment h/week | Longest day (h) | Declared level | Implied level | Errors | Warnings |',
    '|---|---|---|---:|---:|---|---|---:|---:|',
    ...result.documents.map(summaryRow),
    '',
  ];
  for (const doc of result.documents) {
    if (context.quiet && doc.verdict === 'pass') continue;
    out.push(...documentSection(doc, rules, context.quiet));
  }
  const waivers = appliedWaivers(result.documents);
  if (waivers.length > 0) {
    out.push('## Waivers', '', '| File | Rule | Justification | Approved by | Expires |', '|---|---|---|---|---|');
    for (const w of waivers) {
      out.push(`| ${cell(w.file)} | ${w.rule} | ${cell(w.waiver.justification)} | ${cell(w.waiver.approved_by)} | ${w.waiver.expires ?? 'no expiry'} |`);
    }
    out.push('');
  }
  if (result.notices.length > 0) {
    out.push('## Notes', '', ...result.notices.map((n) => `- ${inline(n)}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
};

function summaryRow(doc: DocumentResult): string {
  const f = doc.facts;
  const count = (severity: string) => doc.results.filter((r) => stateOf(r) === severity).length;
  const verdict = doc.verdict === 'pass' ? 'pass' : doc.verdict === 'fail' ? '**FAIL**' : '**INVALID**';
  return `| ${cell(doc.name ?? '—')} | ${cell(doc.file)} | ${verdict} | ${f?.treatmentHoursPerWeek ?? '—'} | ${f?.longestDayHours ?? '—'} | ${doc.declaredLevel ?? '—'} | ${f?.impliedLevel ?? '—'} | ${doc.verdict === 'invalid' ? doc.problems.length : count('error')} | ${count('warning')} |`;
}

function documentSection(doc: DocumentResult, rules: Map<string, Rule>, quiet: boolean): string[] {
  const verdict = doc.verdict === 'pass' ? 'PASS' : doc.verdict === 'fail' ? 'FAIL' : 'INVALID';
  const out = [`## ${inline(doc.name ?? doc.file)}`, '', `**Verdict: ${verdict}** · \`${doc.file}\``, ''];
  if (doc.verdict === 'invalid') {
    out.push('The document could not be audited:', '');
    for (const p of doc.problems) out.push(`- \`${doc.file}:${p.line}:${p.column}\` ${p.kind} error: ${inline(p.message)}`);
    out.push('');
    return out;
  }
  if (doc.facts) out.push(`Schedule: ${inline(describeFacts(doc.facts, doc.declaredLevel))}`, '');
  for (const group of byStandard(doc)) {
    const failing = group.results.filter((r) => r.status === 'fail');
    if (quiet && failing.every((r) => r.baselined)) continue;
    out.push(`### ${group.title}`, '');
    const passed = group.results.filter((r) => r.status === 'pass');
    out.push(`${passed.length} of ${group.results.length} passed.`, '');
    for (const r of failing) out.push(...failingRule(doc, r, rules.get(r.rule)));
    if (!quiet) {
      const others = group.results.filter((r) => r.status !== 'fail');
      if (others.length > 0) {
        out.push('| Rule | Title | Status | Note |', '|---|---|---|---|');
        for (const r of others) out.push(`| ${r.rule} | ${cell(r.title)} | ${r.status} | ${cell(resultNote(doc, r))} |`);
        out.push('');
      }
    }
  }
  return out;
}

function failingRule(doc: DocumentResult, r: RuleResult, rule: Rule | undefined): string[] {
  const label = r.baselined ? `${r.severity}, in baseline` : r.severity;
  const out = [`#### ${r.rule} ${r.alias}: ${inline(r.title)} (${label})`, ''];
  for (const f of r.findings) out.push(`- \`${doc.file}:${f.line}:${f.column}\` \`${f.pointer}\`: ${inline(f.message)}${f.severity !== r.severity ? ` (${f.severity})` : ''}`);
  out.push('', `Source: ${inline(r.citation)}`, '');
  if (rule) out.push(`What to change: ${inline(rule.remediation.text)}`, '', '```yaml', rule.remediation.example, '```', '');
  return out;
}


/** Text inside a table cell: pipes and line breaks would end the cell. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Free text from a document, so markup in a name or message cannot restructure the report. */
function inline(text: string): string {
  return text.replace(/[\\`*_<>[\]]/g, (ch) => `\\${ch}`);
}
