import {
  DISCLAIMER, overallReadiness, packTotals, planRows, programView, providersOf, RATING_LABELS, RATINGS, ratedOnce, ratingWords, reviewedLine, scopeLines, waiverRows,
  type FailingView, type PackView, type PlanRow, type ProgramView,
} from './client.js';
import { digestOf, packsOf } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import { wholeSectioned, type DocumentDigest, type FormatContext, type SectionedStream } from './types.js';
import { cell, inline } from './markdown-text.js';
import { visible } from './visible.js';

/**
 * The readiness report a consultant hands to a client, in GitHub-flavoured Markdown, with
 * the structure of the HTML report: a cover block, an executive summary, contents, a
 * section per program, the remediation plan, waivers, sign-off and what the report does
 * not establish. Positions, JSON pointers and YAML appear only with --technical.
 * Text that is not the report's own (from a document, a file name or a config) is always
 * inline: see inline, cell and code.
 */
const SECTIONS = ['programs', 'plan', 'waivers'] as const;

export const markdownStream: SectionedStream = {
  sections: SECTIONS,

  start(head) {
    return `# Intensive outpatient program readiness review\n\n*Readiness review, prepared with ${inline(`${head.tool.name} ${head.tool.version}`)}*\n\n`;
  },

  document(doc, index, context) {
    const pieces: Partial<Record<(typeof SECTIONS)[number], string>> = {};
    if (!(context.quiet && doc.verdict === 'pass')) pieces.programs = programSection(programView(doc, index, context), index, context);
    const plan = planRows(doc, index, context);
    if (plan.length > 0) pieces.plan = plan.map((row) => planRow(row, context)).join('');
    const waivers = waiverRows(doc);
    if (waivers.length > 0) pieces.waivers = waivers.map((w) => `| ${cell(w.program)} | ${cell(w.rule)} | ${cell(w.justification)} | ${cell(w.approvedBy)} | ${cell(w.expires)} |\n`).join('');
    return pieces;
  },

  front(tail, digests, context) {
    return [cover(digests, context), contents(tail, digests, context), summary(tail, digests, context)].join('');
  },

  around(section) {
    if (section === 'plan') {
      return {
        before: [
          '## Remediation plan',
          '',
          "Each finding to act on, with what to change. Priority follows the finding's severity: **High** for an error, **Medium** for a warning, **Low** for a note worth considering. Owner and due date are left for the program to fill in.",
          '',
          '| Ref | Program | Finding | What to change | Requirement | Priority | Owner | Due date |',
          '|---|---|---|---|---|---|---|---|',
          '',
        ].join('\n'),
        after: '\n',
      };
    }
    if (section === 'waivers') {
      return {
        before: '## Waivers\n\nRequirements the organization accepted an exception to, and on whose authority.\n\n| Program | Rule | Justification | Approved by | Expires |\n|---|---|---|---|---|\n',
        after: '\n',
      };
    }
    return { before: '', after: '' };
  },

  end(tail, _documents, context) {
    const out: string[] = [];
    if (tail.notices.length > 0) out.push('## Notes on this review', '', ...tail.notices.map((n) => `- ${inline(n)}`), '');
    const auditor = context.engagement?.auditor;
    out.push(
      '## Sign-off', '',
      `Reviewed by: ${auditor ? inline(auditor.name + (auditor.credentials ? `, ${auditor.credentials}` : '')) : '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_'}  `,
      'Signature: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ Date: \\_\\_\\_\\_\\_\\_\\_\\_', '',
      'Received for the program by: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ Title: \\_\\_\\_\\_\\_\\_\\_\\_  ',
      'Signature: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ Date: \\_\\_\\_\\_\\_\\_\\_\\_', '',
      '## What this report does and does not establish', '',
      ...DISCLAIMER.flatMap((p) => [inline(p), '']),
    );
    return `${out.join('\n').trimEnd()}\n`;
  },
};

export const markdown = refusedWhenTooLarge('markdown', wholeSectioned(markdownStream, digestOf));

function cover(digests: readonly DocumentDigest[], context: FormatContext): string {
  const e = context.engagement;
  const programs = e?.programs ?? digests.map((d) => d.name ?? d.file);
  const providers = providersOf(digests);
  const out: string[] = [];
  if (e?.client !== undefined) out.push(`- **Client:** ${inline(e.client)}`);
  out.push(`- **${programs.length === 1 ? 'Program' : 'Programs'}:** ${programs.map(inline).join('; ')}`);
  if (providers.length > 0) out.push(`- **${providers.length === 1 ? 'Provider' : 'Providers'}:** ${providers.map(inline).join('; ')}`);
  if (e?.auditor) out.push(`- **Reviewed by:** ${inline(e.auditor.name + (e.auditor.credentials ? `, ${e.auditor.credentials}` : ''))}`);
  if (e?.reviewDate) out.push(`- **Review date:** ${inline(e.reviewDate)}`);
  out.push(`- **Scope:** ${inline(e?.scope ?? scopeLines(packsOf(context)).join('; '))}`);
  out.push(`- **Overall readiness:** ${inline(overallReadiness(digests, context).text)}`, '', '');
  return out.join('\n');
}

function summary(tail: { summary: { documents: number } }, digests: readonly DocumentDigest[], context: FormatContext): string {
  const e = context.engagement;
  const out = ['## Executive summary', '', `${inline(reviewedLine(tail.summary.documents, context))} ${inline(overallReadiness(digests, context).text)}`, ''];
  const totals = packTotals(digests);
  if (totals.length > 0 && !context.validating) {
    out.push('### Requirements by standard', '', inline(ratedOnce(totals)), '');
    out.push(`| Standard | ${RATINGS.map((r) => RATING_LABELS[r]).join(' | ')} |`, `|---|${RATINGS.map(() => '---:').join('|')}|`);
    for (const t of totals) out.push(`| ${cell(t.title)} | ${RATINGS.map((r) => t.counts[r]).join(' | ')} |`);
    out.push('');
  }
  out.push('### Programs', '', '| Program | Provider | Requirements | High | Medium | Low |', '|---|---|---|---:|---:|---:|');
  for (const [index, d] of digests.entries()) {
    const counts: Record<string, number> = {};
    for (const p of d.readiness) for (const r of RATINGS) counts[r] = (counts[r] ?? 0) + (p.counts[r] ?? 0);
    const name = context.quiet && d.verdict === 'pass' ? cell(d.name ?? d.file) : link(d.name ?? d.file, headingOf(index, d.name ?? d.file));
    const rated = d.verdict === 'invalid' ? 'could not be reviewed: the document is not valid' : context.validating ? 'valid (format checked, not rated)' : ratingWords(counts);
    out.push(`| ${name} | ${cell(d.provider ?? '—')} | ${rated} | ${d.findings.error} | ${d.findings.warning} | ${d.findings.info} |`);
  }
  out.push('', 'High, Medium and Low count the findings to act on by priority (see the remediation plan).', '');
  out.push('### Scope, method and limitations', '');
  out.push(`**Scope.** ${e?.scope !== undefined ? inline(e.scope) : 'The standards listed above, in the editions named there.'}`, '');
  out.push(`**Method.** ${inline(e?.method ?? 'Desk review: each program description was checked, requirement by requirement, against the standards in scope; the evidence shown is what the description cites.')}`, '');
  if (e?.limitations !== undefined) out.push(`**Limitations.** ${inline(e.limitations)}`, '');
  return `${out.join('\n')}\n`;
}

function contents(tail: { notices: readonly string[] }, digests: readonly DocumentDigest[], context: FormatContext): string {
  const out = ['## Contents', '', '1. [Executive summary](#executive-summary)', '2. [Scope, method and limitations](#scope-method-and-limitations)'];
  const items: string[] = [];
  const programs = digests.flatMap((d, index) => (context.quiet && d.verdict === 'pass' ? [] : [`   - ${link(d.name ?? d.file, headingOf(index, d.name ?? d.file))}`]));
  if (programs.length > 0) items.push('Programs', ...programs);
  if (digests.some((d) => d.findings.error + d.findings.warning + d.findings.info > 0)) items.push('[Remediation plan](#remediation-plan)');
  if (digests.some((d) => d.waived > 0)) items.push('[Waivers](#waivers)');
  if (tail.notices.length > 0) items.push('[Notes on this review](#notes-on-this-review)');
  items.push('[Sign-off](#sign-off)', '[What this report does and does not establish](#what-this-report-does-and-does-not-establish)');
  let n = 2;
  for (const item of items) out.push(item.startsWith('   - ') ? item : `${++n}. ${item}`);
  return `${out.join('\n')}\n\n`;
}

/** A program's heading: numbered, so that its anchor is unique whatever the program is called. */
function headingOf(index: number, name: string): string {
  return `${index + 1}. ${name}`;
}

/** A link to a heading of this report, by the anchor GitHub gives it (lower case, punctuation dropped, spaces as hyphens). */
function link(text: string, heading: string): string {
  const slug = visible(heading).toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
  return `[${cell(text)}](#${slug})`;
}

function programSection(view: ProgramView, index: number, context: FormatContext): string {
  const out = [`## ${inline(headingOf(index, view.title))}`, ''];
  const meta = [...(view.provider !== undefined ? [`Provider: ${inline(view.provider)}`] : []), `Document: ${code(view.file)}`];
  out.push(meta.join(' · '), '');
  if (view.verdict === 'invalid') {
    out.push('The document could not be reviewed: it is not a valid program description. Correct these problems and review it again:', '');
    for (const p of view.problems) out.push(`- ${context.technical ? `${code(p.where)} ` : ''}${inline(p.message)}`);
    out.push('', '');
    return out.join('\n');
  }
  out.push('### The program as described', '', ...view.facts.map(([k, v]) => `- ${k}: ${inline(v)}`), '');
  for (const pack of view.packs) out.push(...packSection(pack, view.file, context));
  return `${out.join('\n')}\n`;
}

function packSection(pack: PackView, file: string, context: FormatContext): string[] {
  const out = [`### ${inline(pack.title)}`, ''];
  if (pack.summary) out.push(`Requirements: ${inline(pack.summary)}.`, '');
  if (pack.requirements.length > 0) {
    out.push('| Requirement | Rating | Evidence |', '|---|---|---|');
    for (const req of pack.requirements) out.push(`| ${cell(req.title)} (${cell(req.clause)}) | ${RATING_LABELS[req.rating]} | ${req.evidence.map(cell).join('; ') || '—'} |`);
    out.push('');
  }
  for (const f of pack.failing) out.push(...failing(f, file, context));
  if (context.technical && pack.others.length > 0) {
    out.push('| Rule | Title | Status | Note |', '|---|---|---|---|');
    for (const r of pack.others) out.push(`| ${r.rule} | ${cell(r.title)} | ${r.status} | ${cell(r.note)} |`);
    out.push('');
  }
  return out;
}

function failing(f: FailingView, file: string, context: FormatContext): string[] {
  const out = [`#### ${inline(f.title)} (${f.rule}, ${f.label})`, ''];
  for (const x of f.findings) {
    const where = context.technical ? `${code(`${file}:${x.line}:${x.column}`)} ${code(x.pointer)}: ` : '';
    out.push(`- ${where}${inline(x.message)}${x.lesser ? ` (${x.lesser})` : ''}${x.fix ? `  \n  What to change: ${inline(x.fix)}` : ''}`);
  }
  out.push('');
  if (f.requirements.length > 0) out.push(`Requirements: ${inline(f.requirements.join('; '))}`, '');
  out.push(`Source: ${inline(f.citation)}`, '');
  if (context.technical && f.example) out.push(...fenced(f.example, 'yaml'), '');
  return out;
}

function planRow(row: PlanRow, context: FormatContext): string {
  const ref = context.technical ? `${row.ref} ${code(`${row.file}:${row.line}:${row.column}`).replace(/\|/g, '\\|')}` : row.ref;
  return `| ${ref} | ${cell(row.program)} | ${cell(row.finding)} | ${cell(row.fix)} | ${cell(row.requirements.join('; ') || row.ruleTitle)} | ${row.priority} |  |  |\n`;
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
