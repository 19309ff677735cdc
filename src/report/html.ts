import type { DocumentResult, RuleResult } from '../core/types.js';
import type { Rule } from '../packs/define.js';
import { describeFacts } from './facts-line.js';
import { appliedWaivers, byStandard, packsOf, plural, readiness, readinessLine, requirementsOf, resultNote, stateOf } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import type { FormatContext, Formatter } from './types.js';
import { escapeXml as h } from './xml.js';

/**
 * One self-contained HTML file to hand over: inline CSS, no scripts, no
 * external resources, laid out to print cleanly to PDF. It opens with an
 * overview grid (one cell per rule, per program) and then the detail.
 */
const CSS = `
:root { --pass: #1b7f3b; --error: #b3261e; --warning: #a05a00; --info: #2456a6; --muted: #6b6b6b; --line: #d8d8d8; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1d; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; } .meta, .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } td.num { text-align: right; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: .3rem; font-weight: 600; color: #fff; font-size: .85rem; }
.badge.pass { background: var(--pass); } .badge.fail, .badge.invalid { background: var(--error); }
.grid { display: flex; flex-wrap: wrap; gap: 2px; }
.cell { width: 1.35rem; height: 1.35rem; border-radius: 2px; font-size: .55rem; line-height: 1.35rem; text-align: center; color: #fff; }
.cell.pass { background: var(--pass); } .cell.error { background: var(--error); } .cell.warning { background: var(--warning); }
.cell.info { background: var(--info); } .cell.not-applicable, .cell.waived, .cell.baselined { background: #bdbdbd; color: #333; }
.legend span { margin-right: 1rem; white-space: nowrap; } .legend .cell { display: inline-block; vertical-align: middle; margin-right: .3rem; }
.finding { border-left: 4px solid var(--error); padding: .4rem .8rem; margin: .8rem 0; background: #fbf6f5; page-break-inside: avoid; break-inside: avoid; }
.finding.warning { border-color: var(--warning); background: #fcf8f1; } .finding.info { border-color: var(--info); background: #f4f7fc; }
.finding.baselined { border-color: #bdbdbd; background: #f6f6f6; }
.finding h4 { margin: 0 0 .3rem; font-size: 1rem; } .finding ul { margin: .2rem 0 .4rem; padding-left: 1.2rem; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; }
pre { background: #f3f3f3; padding: .5rem .7rem; overflow-x: auto; white-space: pre-wrap; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { page-break-before: auto; break-after: avoid; } .cell { -webkit-print-color-adjust: exact; print-color-adjust: exact; } .badge, .finding { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

export const html: Formatter = refusedWhenTooLarge('html', (result, context) => {
  const rules = new Map(context.rules.map((r) => [r.id, r]));
  const s = result.summary;
  const body: string[] = [
    '<h1>Intensive outpatient program audit</h1>',
    `<p class="meta">${h(result.tool.name)} ${h(result.tool.version)} · ${plural(s.documents, 'document')}: ${s.passed} passed, ${s.failed} failed, ${s.invalid} invalid · ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${s.waived ? `, ${s.waived} waived` : ''}${s.baselined ? `, ${s.baselined} baselined` : ''}</p>`,
    '<h2>Overview</h2>',
    overview(result.documents, context),
  ];
  for (const doc of result.documents) {
    if (context.quiet && doc.verdict === 'pass') continue;
    body.push(documentSection(doc, rules, context));
  }
  const waivers = appliedWaivers(result.documents);
  if (waivers.length > 0) {
    body.push('<h2>Waivers</h2>', '<table><thead><tr><th>File</th><th>Rule</th><th>Justification</th><th>Approved by</th><th>Expires</th></tr></thead><tbody>');
    for (const w of waivers) {
      body.push(`<tr><td>${h(w.file)}</td><td>${h(w.rule)}</td><td>${h(w.waiver.justification)}</td><td>${h(w.waiver.approved_by)}</td><td>${h(w.waiver.expires ?? 'no expiry')}</td></tr>`);
    }
    body.push('</tbody></table>');
  }
  if (result.notices.length > 0) body.push('<h2>Notes</h2>', `<ul>${result.notices.map((n) => `<li>${h(n)}</li>`).join('')}</ul>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from anywhere: the report must open offline and leak nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<title>Intensive outpatient program audit</title>',
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
});

function overview(documents: readonly DocumentResult[], context: FormatContext): string {
  const packs = packsOf(context);
  const packIds = packs.map((p) => p.id);
  const rows = documents.map((doc) => {
    const f = doc.facts;
    const groups = new Map(byStandard(doc, context).map((g) => [g.standard, g.results]));
    const grids = packIds.map((standard) => {
      const cells = (groups.get(standard) ?? [])
        .map((r) => `<span class="cell ${stateOf(r)}" title="${h(`${r.rule} ${r.title}: ${stateOf(r)}`)}">${h(r.rule.replace(/^\D+-/, ''))}</span>`);
      return `<td>${cells.length > 0 ? `<div class="grid">${cells.join('')}</div>` : '<span class="muted">—</span>'}</td>`;
    });
    return `<tr><td><strong>${h(doc.name ?? doc.file)}</strong><br><span class="muted">${h(doc.file)}</span></td><td>${badge(doc)}</td><td class="num">${f?.treatmentHoursPerWeek ?? '—'}</td><td>${h(f?.impliedLevel ?? '—')}</td>${grids.join('')}</tr>`;
  });
  const legend = (['pass', 'error', 'warning', 'not-applicable'] as const)
    .map((state) => `<span><span class="cell ${state}"></span>${state === 'error' ? 'fails (error)' : state === 'warning' ? 'fails (warning)' : state}</span>`)
    .join('');
  return [
    `<table><thead><tr><th>Program</th><th>Verdict</th><th>Treatment h/week</th><th>Implied level</th>${packs.map((p) => `<th>${h(p.id)}</th>`).join('')}</tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
    `<p class="legend muted">${legend}</p>`,
  ].join('\n');
}

function badge(doc: DocumentResult): string {
  return `<span class="badge ${doc.verdict}">${doc.verdict === 'pass' ? 'PASS' : doc.verdict === 'fail' ? 'FAIL' : 'INVALID'}</span>`;
}

function documentSection(doc: DocumentResult, rules: Map<string, Rule>, context: FormatContext): string {
  const quiet = context.quiet;
  const out = [`<h2>${h(doc.name ?? doc.file)} ${badge(doc)}</h2>`, `<p class="meta"><code>${h(doc.file)}</code></p>`];
  if (doc.verdict === 'invalid') {
    out.push('<p>The document could not be audited:</p><ul>');
    for (const p of doc.problems) out.push(`<li><code>${h(`${doc.file}:${p.line}:${p.column}`)}</code> ${h(p.kind)} error: ${h(p.message)}</li>`);
    out.push('</ul>');
    return out.join('\n');
  }
  if (doc.facts) out.push(`<p>Schedule: ${h(describeFacts(doc.facts, doc.declaredLevel))}</p>`);
  const ratings = new Map(readiness(doc, context).map((p) => [p.pack, p]));
  out.push('<table class="readiness"><thead><tr><th>Standard</th><th>Met</th><th>Not met</th><th>Not applicable</th><th>Waived</th><th>Compliance</th></tr></thead><tbody>');
  for (const p of ratings.values()) {
    out.push(`<tr><td>${h(p.title)}</td><td class="num">${p.counts.met}</td><td class="num">${p.counts['not-met']}</td><td class="num">${p.counts['not-applicable']}</td><td class="num">${p.counts.waived}</td><td class="num">${p.compliance === null ? 'n/a' : `${p.compliance}%`}</td></tr>`);
  }
  out.push('</tbody></table>');
  for (const group of byStandard(doc, context)) {
    const failing = group.results.filter((r) => r.status === 'fail');
    const rated = ratings.get(group.standard);
    out.push(`<h3>${h(group.title)}${rated ? ` <span class="muted">(${h(readinessLine(rated))})</span>` : ''}</h3>`);
    for (const r of failing) out.push(failingRule(doc, r, rules.get(r.rule), requirementsOf(r, context)));
    const others = group.results.filter((r) => r.status !== 'fail');
    if (!quiet && others.length > 0) {
      out.push('<table><thead><tr><th>Rule</th><th>Title</th><th>Status</th><th>Note</th></tr></thead><tbody>');
      for (const r of others) out.push(`<tr><td>${h(r.rule)}</td><td>${h(r.title)}</td><td>${h(r.status)}</td><td>${h(resultNote(doc, r))}</td></tr>`);
      out.push('</tbody></table>');
    }
  }
  return out.join('\n');
}

function failingRule(doc: DocumentResult, r: RuleResult, rule: Rule | undefined, requirements: readonly string[]): string {
  const state = stateOf(r);
  const findings = r.findings
    .map((f) => `<li><code>${h(`${doc.file}:${f.line}:${f.column}`)}</code> <code>${h(f.pointer)}</code>: ${h(f.message)}${f.severity !== r.severity ? ` (${f.severity})` : ''}</li>`)
    .join('');
  const fix = rule ? `<p><strong>What to change:</strong> ${h(rule.remediation.text)}</p><pre>${h(rule.remediation.example)}</pre>` : '';
  return `<div class="finding ${state}"><h4>${h(`${r.rule} ${r.alias}: ${r.title}`)} <span class="muted">(${h(r.baselined ? `${r.severity}, in baseline` : r.severity)})</span></h4><ul>${findings}</ul><p class="muted">Source: ${h(r.citation)}</p>${requirements.length > 0 ? `<p class="muted">Requirements: ${h(requirements.join(', '))}</p>` : ''}${fix}</div>`;
}
