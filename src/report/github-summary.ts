import type { AuditResult } from '../core/types.js';
import { byStandard, plural, titleWithBasis } from './sections.js';
import type { FormatContext } from './types.js';
import { visible } from './visible.js';

/**
 * The Markdown job summary a GitHub Actions run shows on its page (the command line appends it
 * to the file GITHUB_STEP_SUMMARY names): the verdict, counts per pack, every failing finding
 * per program with its line, and the run's notices (config, baseline, skipped files). Pure: the
 * same result gives the same bytes. GitHub takes at most 1 MiB per step: past SUMMARY_BUDGET the
 * findings stop, with a line saying how many were left out.
 */
export const SUMMARY_BUDGET = 900 * 1024;

export function githubSummary(result: AuditResult, context: Pick<FormatContext, 'packs' | 'rules'>): string {
  const s = result.summary;
  const notPassed = s.failed + s.invalid;
  const head = notPassed === 0
    ? `## iop-audit: ${s.documents === 1 ? 'the document passed' : `all ${s.documents} documents passed`}`
    : `## iop-audit: ${notPassed} of ${plural(s.documents, 'document')} did not pass`;
  const out: string[] = [
    head,
    '',
    '| Documents | Passed | Failed | Invalid | Errors | Warnings | Notes | Waived | In the baseline |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${s.documents} | ${s.passed} | ${s.failed} | ${s.invalid} | ${s.errors} | ${s.warnings} | ${s.infos} | ${s.waived} | ${s.baselined} |`,
    '',
  ];

  // Per pack: how many documents fail it, and its failing results by severity.
  const packs = new Map<string, { title: string; documents: number; failing: number; error: number; warning: number; info: number }>();
  for (const doc of result.documents) {
    for (const group of byStandard(doc, context)) {
      const row = packs.get(group.standard) ?? { title: group.title, documents: 0, failing: 0, error: 0, warning: 0, info: 0 };
      row.documents++;
      const failing = group.results.filter((r) => r.status === 'fail' && !r.baselined);
      if (failing.some((r) => r.severity !== 'info')) row.failing++;
      for (const r of failing) row[r.severity]++;
      packs.set(group.standard, row);
    }
  }
  if (packs.size > 0) {
    out.push('### By pack', '', '| Pack | Documents | Documents failing | Errors | Warnings | Notes |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [id, row] of packs) out.push(`| ${cell(row.title)} (\`${cell(id)}\`) | ${row.documents} | ${row.failing} | ${row.error} | ${row.warning} | ${row.info} |`);
    out.push('');
  }

  // Every program that did not pass, with what failed and where.
  let size = out.join('\n').length;
  let leftOut = 0;
  const failing = result.documents.filter((doc) => doc.verdict !== 'pass');
  if (failing.length > 0) out.push('### Programs that did not pass', '');
  for (const doc of failing) {
    const rows: string[] = [
      ...doc.problems.map((p) => `| error | ${cell(`${p.kind} error`)} | ${p.line}:${p.column} | ${cell(p.message)} |`),
      ...doc.results.filter((r) => r.status === 'fail' && !r.baselined).flatMap((r) => r.findings.map((f) =>
        `| ${f.severity} | ${cell(`${r.rule} ${titleWithBasis(r)}`)} | ${f.line}:${f.column} | ${cell(f.message)} |`)),
    ];
    const section = [
      `#### ${doc.verdict === 'invalid' ? 'INVALID' : 'FAIL'} ${cell(doc.file)}${doc.name ? ` (${cell(doc.name)})` : ''}`,
      '',
      '| Severity | Rule | Line:column | Finding |',
      '| --- | --- | --- | --- |',
    ];
    if (size + section.join('\n').length > SUMMARY_BUDGET) {
      leftOut += rows.length;
      continue;
    }
    out.push(...section);
    size += section.join('\n').length;
    for (const row of rows) {
      if (size + row.length + 1 > SUMMARY_BUDGET) {
        leftOut++;
        continue;
      }
      out.push(row);
      size += row.length + 1;
    }
    out.push('');
  }
  if (leftOut > 0) out.push(`${plural(leftOut, 'more finding')} not listed: GitHub keeps at most 1 MiB of summary per step. The JSON or SARIF report has them all.`, '');

  if (result.notices.length > 0) {
    out.push('### Notes', '', ...result.notices.map((notice) => `- ${cell(notice)}`), '');
  }
  return `${out.join('\n')}\n`;
}

/**
 * Text from a document or a file name in GitHub's Markdown: nothing in it may make a link, an
 * image, a heading, HTML or a table column. Markdown's punctuation is escaped with a backslash,
 * `<` and `&` become entities, line breaks become spaces, and control characters are shown escaped.
 */
function cell(text: string): string {
  return visible(text.replace(/\r?\n|\r/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&');
}
