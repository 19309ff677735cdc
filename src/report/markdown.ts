import type { DocumentResult, RuleResult } from '../core/types.js';
import type { Rule } from '../packs/define.js';
import { describeFacts } from './facts-line.js';
import { appliedWaivers, byStandard, plural, readiness, readinessLine, requirementsOf, resultNote, stateOf } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import type { FormatContext, Formatter } from './types.js';
import { visible } from './visible.js';

/**
 * A report a consultant can hand over: a summary table across programs, then
 * per program its verdict and facts, and per standard each failing principle
 * with its evidence, source and what to change. GitHub-flavoured Markdown.
 * Text that is not the report's own (from a document, a file name or a config)
 * is always inline: see inline, cell and code.
 */
export const markdown: Formatter = refusedWhenTooLarge('markdown', (result, context) => {
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
    out.push(...documentSection(doc, rules, context));
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
});

function summaryRow(doc: DocumentResult): string {
  const f = doc.facts;
  const count = (severity: string) => doc.results.filter((r) => stateOf(r) === severity).length;
  const verdict = doc.verdict === 'pass' ? 'pass' : doc.verdict === 'fail' ? '**FAIL**' : '**INVALID**';
  return `| ${cell(doc.name ?? '—')} | ${cell(doc.file)} | ${verdict} | ${f?.treatmentHoursPerWeek ?? '—'} | ${f?.longestDayHours ?? '—'} | ${doc.declaredLevel ?? '—'} | ${f?.impliedLevel ?? '—'} | ${doc.verdict === 'invalid' ? doc.problems.length : count('error')} | ${count('warning')} |`;
}

function documentSection(doc: DocumentResult, rules: Map<string, Rule>, context: FormatContext): string[] {
  const quiet = context.quiet;
  const verdict = doc.verdict === 'pass' ? 'PASS' : doc.verdict === 'fail' ? 'FAIL' : 'INVALID';
  const out = [`## ${inline(doc.name ?? doc.file)}`, '', `**Verdict: ${verdict}** · ${code(doc.file)}`, ''];
  if (doc.verdict === 'invalid') {
    out.push('The document could not be audited:', '');
    for (const p of doc.problems) out.push(`- ${code(`${doc.file}:${p.line}:${p.column}`)} ${p.kind} error: ${inline(p.message)}`);
    out.push('');
    return out;
  }
  if (doc.facts) out.push(`Schedule: ${inline(describeFacts(doc.facts, doc.declaredLevel))}`, '');
  const ratings = new Map(readiness(doc, context).map((p) => [p.pack, p]));
  out.push('| Standard | Met | Not met | Not applicable | Waived | Compliance |', '|---|---:|---:|---:|---:|---:|');
  for (const p of ratings.values()) {
    out.push(`| ${cell(p.title)} | ${p.counts.met} | ${p.counts['not-met']} | ${p.counts['not-applicable']} | ${p.counts.waived} | ${p.compliance === null ? 'n/a' : `${p.compliance}%`} |`);
  }
  out.push('');
  for (const group of byStandard(doc, context)) {
    const failing = group.results.filter((r) => r.status === 'fail');
    if (quiet && failing.every((r) => r.baselined)) continue;
    out.push(`### ${group.title}`, '');
    const rated = ratings.get(group.standard);
    if (rated) out.push(`Requirements: ${inline(readinessLine(rated))}.`, '');
    for (const r of failing) out.push(...failingRule(doc, r, rules.get(r.rule), requirementsOf(r, context)));
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

function failingRule(doc: DocumentResult, r: RuleResult, rule: Rule | undefined, requirements: readonly string[]): string[] {
  const label = r.baselined ? `${r.severity}, in baseline` : r.severity;
  const out = [`#### ${r.rule} ${r.alias}: ${inline(r.title)} (${label})`, ''];
  for (const f of r.findings) out.push(`- ${code(`${doc.file}:${f.line}:${f.column}`)} ${code(f.pointer)}: ${inline(f.message)}${f.severity !== r.severity ? ` (${f.severity})` : ''}`);
  out.push('', `Source: ${inline(r.citation)}`, '');
  if (requirements.length > 0) out.push(`Requirements: ${inline(requirements.join(', '))}`, '');
  if (rule) out.push(`What to change: ${inline(rule.remediation.text)}`, '', ...fenced(rule.remediation.example, 'yaml'), '');
  return out;
}


/**
 * Free text as plain inline Markdown, so a name or a message cannot restructure the
 * report: each character that could start markup (emphasis, code, links, raw HTML,
 * entities, strikethrough, a heading's closing #s) is backslash-escaped, and control
 * characters are shown as escapes (see visible), so the text never ends its line to
 * open a heading, a fence or a table of its own. visible's own backslashes stand
 * before letters, where Markdown keeps a backslash as it is.
 */
function inline(text: string): string {
  return visible(text.replace(MARKUP, (ch) => `\\${ch}`));
}

const MARKUP = /[\\`*_~<>&#[\]]/g;

/** Text inside a table cell: a pipe would also end the cell. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

/**
 * Text as a code span, shown as it is: the span's fence is one backtick longer than
 * the longest run of backticks inside (which then cannot close it), and a text that
 * starts or ends with a backtick or a space is padded by one space, which Markdown removes.
 */
function code(text: string): string {
  const shown = visible(text);
  const fence = '`'.repeat(longestRun(shown, '`') + 1);
  const pad = /^[` ]|[` ]$/.test(shown) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** A fenced code block whose fence no line of the text can close. */
function fenced(text: string, info: string): string[] {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return [`${fence}${info}`, text, fence];
}

function longestRun(text: string, ch: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text[i] === ch ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
