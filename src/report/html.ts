import type { DocumentResult } from '../core/types.js';
import {
  anchorOf, DISCLAIMER, NO_EVIDENCE, overallReadiness, packTotals, planRows, programView, providersOf, RATING_LABELS, RATINGS, ratedOnce, ratingWords, reviewedLine, scopeLines, waiverRows,
  type FailingView, type PackView, type PlanRow, type ProgramView,
} from './client.js';
import { digestOf, packsOf } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import { wholeSectioned, type DocumentDigest, type FormatContext, type SectionedStream } from './types.js';
import { escapeXml as h } from './xml.js';

/**
 * The readiness report a consultant hands to a client, as one self-contained HTML file
 * (inline CSS, no scripts, nothing loaded from anywhere) that prints cleanly to PDF on A4
 * or Letter: a cover, an executive summary, contents, a section per program, the
 * remediation plan, waivers, a sign-off block and what the report does not establish.
 * Positions, JSON pointers and YAML appear only with --technical.
 */
const CSS = `
:root { --met: #1b7f3b; --error: #b3261e; --warning: #8a4d00; --info: #2456a6; --partly: #8a4d00; --muted: #5f5f5f; --line: #d0d0d0; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1d; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; }
h1 { font-size: 1.9rem; margin: .3rem 0 1rem; line-height: 1.2; }
h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin-top: 1.6rem; } h4 { font-size: 1rem; margin: 0 0 .3rem; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
h1, h2, h3, h4, p, li, td, th, dd, dt { overflow-wrap: anywhere; }
.muted, .kicker { color: var(--muted); } .kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; } td.num, th.num { text-align: right; overflow-wrap: normal; width: 1%; }
tr { break-inside: avoid; page-break-inside: avoid; } thead { display: table-header-group; }
.cover dl { display: grid; grid-template-columns: 11rem 1fr; gap: .35rem 1rem; margin: 1.5rem 0; }
.cover dt { font-weight: 600; } .cover dd { margin: 0; } .cover ul { margin: 0; padding-left: 1.1rem; }
.overall { border: 2px solid var(--line); border-left-width: 8px; padding: .6rem .9rem; font-weight: 600; }
.overall.ready { border-color: var(--met); } .overall.partly { border-color: var(--partly); } .overall.not-ready, .overall.none { border-color: var(--error); }
.rating { display: inline-block; padding: 0 .45rem; border-radius: .3rem; font-weight: 600; font-size: .82rem; white-space: nowrap; border: 1px solid currentColor; }
.rating.met { color: var(--met); } .rating.partially-met { color: var(--partly); } .rating.not-met { color: var(--error); }
.rating.not-applicable, .rating.waived, .rating.not-assessed { color: var(--muted); }
.unevidenced { font-style: italic; color: var(--warning); }
.facts { display: grid; grid-template-columns: 16rem 1fr; gap: .2rem 1rem; margin: .6rem 0 1rem; } .facts dt { color: var(--muted); } .facts dd { margin: 0; }
.finding { border-left: 4px solid var(--error); padding: .4rem .8rem; margin: .8rem 0; background: #fbf6f5; break-inside: avoid; page-break-inside: avoid; }
.finding.warning { border-color: var(--warning); background: #fcf8f1; } .finding.info { border-color: var(--info); background: #f4f7fc; }
.finding.baselined { border-color: #bdbdbd; background: #f6f6f6; }
.finding ul { margin: .2rem 0 .4rem; padding-left: 1.2rem; } .finding li { margin-bottom: .3rem; }
.plan th:nth-child(2) { width: 44%; } .plan td.blank { width: 6rem; } .plan tr.group th { background: #e8e8e8; }
.signoff { break-inside: avoid; page-break-inside: avoid; } .signoff table td { height: 2.4rem; } .signoff table th { width: 11rem; }
nav ol { padding-left: 1.3rem; } nav a { color: inherit; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .82rem; overflow-wrap: anywhere; }
pre { background: #f3f3f3; padding: .5rem .7rem; white-space: pre-wrap; }
@page { margin: 16mm 14mm 18mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #5f5f5f; } }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  .cover { break-after: page; page-break-after: always; }
  section.program, #plan { break-before: page; page-break-before: always; }
  nav a { text-decoration: none; }
  .rating, .finding, .overall, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const SECTIONS = ['programs', 'plan', 'waivers'] as const;

export const htmlStream: SectionedStream = {
  sections: SECTIONS,

  start(head) {
    return [
      '<!DOCTYPE html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      // Nothing may load from anywhere: the report must open offline and leak nothing.
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
      `<meta name="generator" content="${h(`${head.tool.name} ${head.tool.version}`)}">`,
      '<title>Intensive outpatient program readiness review</title>',
      `<style>${CSS}</style>`,
      '</head>',
      '<body>',
      '<section class="cover" id="cover">',
      `<p class="kicker">Readiness review · prepared with ${h(head.tool.name)} ${h(head.tool.version)}</p>`,
      '',
    ].join('\n');
  },

  document(doc, index, context) {
    const pieces: Partial<Record<(typeof SECTIONS)[number], string>> = {};
    if (!(context.quiet && doc.verdict === 'pass')) pieces.programs = programSection(programView(doc, index, context), context);
    const plan = planRows(doc, index, context);
    if (plan.length > 0) pieces.plan = planPiece(doc, plan, context);
    const waivers = waiverRows(doc);
    if (waivers.length > 0) {
      pieces.waivers = waivers.map((w) => `<tr><td>${h(w.program)}</td><td>${h(w.rule)}</td><td>${h(w.justification)}</td><td>${h(w.approvedBy)}</td><td>${h(w.expires)}</td></tr>\n`).join('');
    }
    return pieces;
  },

  front(tail, digests, context) {
    return [cover(digests, context), contents(tail, digests, context), summary(tail, digests, context)].join('\n');
  },

  around(section) {
    if (section === 'plan') {
      return {
        before: [
          '<section id="plan">',
          '<h2>Remediation plan</h2>',
          '<p>Each finding to act on, with what to change. Priority follows the finding&apos;s severity: <strong>High</strong> for an error, <strong>Medium</strong> for a warning, <strong>Low</strong> for a note worth considering. Owner and due date are left for the program to fill in.</p>',
          '<table class="plan"><thead><tr><th>Ref</th><th>Finding and what to change</th><th>Requirement</th><th>Priority</th><th>Owner</th><th>Due date</th></tr></thead><tbody>',
          '',
        ].join('\n'),
        after: '</tbody></table>\n</section>\n',
      };
    }
    if (section === 'waivers') {
      return {
        before: '<section id="waivers">\n<h2>Waivers</h2>\n<p>Requirements the organization accepted an exception to, and on whose authority.</p>\n<table><thead><tr><th>Program</th><th>Rule</th><th>Justification</th><th>Approved by</th><th>Expires</th></tr></thead><tbody>\n',
        after: '</tbody></table>\n</section>\n',
      };
    }
    return { before: '', after: '' };
  },

  end(tail, _documents, context) {
    const out: string[] = [];
    if (tail.notices.length > 0) out.push('<section id="notes">', '<h2>Notes on this review</h2>', `<ul>${tail.notices.map((n) => `<li>${h(n)}</li>`).join('')}</ul>`, '</section>');
    out.push(signOff(context), '<section id="about">', '<h2>What this report does and does not establish</h2>', ...DISCLAIMER.map((p) => `<p>${h(p)}</p>`), '</section>', '</body>', '</html>', '');
    return out.join('\n');
  },
};

export const html = refusedWhenTooLarge('html', wholeSectioned(htmlStream, digestOf));

function cover(digests: readonly DocumentDigest[], context: FormatContext): string {
  const e = context.engagement;
  const programs = e?.programs ?? digests.map((d) => d.name ?? d.file);
  const providers = providersOf(digests);
  const scope = e?.scope !== undefined ? h(e.scope) : list(scopeLines(packsOf(context)));
  const overall = overallReadiness(digests, context);
  const rows: [string, string][] = [];
  if (e?.client !== undefined) rows.push(['Client', h(e.client)]);
  rows.push([programs.length === 1 ? 'Program' : 'Programs', list(programs)]);
  if (providers.length > 0) rows.push([providers.length === 1 ? 'Provider' : 'Providers', list(providers)]);
  if (e?.auditor) rows.push(['Reviewed by', h(e.auditor.name + (e.auditor.credentials ? `, ${e.auditor.credentials}` : ''))]);
  if (e?.reviewDate) rows.push(['Review date', h(e.reviewDate)]);
  rows.push(['Scope', scope]);
  return [
    `<h1>Intensive outpatient program readiness review${e?.client !== undefined ? `<br><span class="muted">${h(e.client)}</span>` : ''}</h1>`,
    `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    `<p class="overall ${overall.level}">Overall readiness: ${h(overall.text)}</p>`,
    '</section>',
  ].join('\n');
}

function summary(tail: { summary: { documents: number } }, digests: readonly DocumentDigest[], context: FormatContext): string {
  const e = context.engagement;
  const out = ['<section id="summary">', '<h2>Executive summary</h2>'];
  out.push(`<p>${h(reviewedLine(tail.summary.documents, context))} ${h(overallReadiness(digests, context).text)}</p>`);
  const totals = packTotals(digests);
  if (totals.length > 0 && !context.validating) {
    out.push('<h3>Requirements by standard</h3>', `<p class="muted">${h(ratedOnce(totals))}</p>`);
    out.push(`<table><thead><tr><th>Standard</th>${RATINGS.map((r) => `<th class="num">${RATING_LABELS[r]}</th>`).join('')}</tr></thead><tbody>`);
    for (const t of totals) out.push(`<tr><td>${h(t.title)}</td>${RATINGS.map((r) => `<td class="num">${t.counts[r]}</td>`).join('')}</tr>`);
    out.push('</tbody></table>');
  }
  out.push('<h3>Programs</h3>', '<table><thead><tr><th>Program</th><th>Requirements</th><th class="num">High</th><th class="num">Medium</th><th class="num">Low</th></tr></thead><tbody>');
  for (const [index, d] of digests.entries()) {
    const counts: Record<string, number> = {};
    for (const p of d.readiness) for (const r of RATINGS) counts[r] = (counts[r] ?? 0) + (p.counts[r] ?? 0);
    const shown = !(context.quiet && d.verdict === 'pass');
    const name = shown ? `<a href="#${anchorOf(index)}">${h(d.name ?? d.file)}</a>` : h(d.name ?? d.file);
    const rated = d.verdict === 'invalid' ? 'could not be reviewed: the document is not valid' : context.validating ? 'valid (format checked, not rated)' : ratingWords(counts);
    out.push(`<tr><td>${name}${d.provider !== undefined ? `<br><span class="muted">${h(d.provider)}</span>` : ''}</td><td>${h(rated)}</td><td class="num">${d.findings.error}</td><td class="num">${d.findings.warning}</td><td class="num">${d.findings.info}</td></tr>`);
  }
  out.push('</tbody></table>', '<p class="muted">High, Medium and Low count the findings to act on by priority (see the remediation plan).</p>');
  out.push('<h3 id="method">Scope, method and limitations</h3>');
  out.push(`<p><strong>Scope.</strong> ${e?.scope !== undefined ? h(e.scope) : 'The standards listed on the cover, in the editions named there.'}</p>`);
  out.push(`<p><strong>Method.</strong> ${h(e?.method ?? 'Desk review: each program description was checked, requirement by requirement, against the standards in scope; the evidence shown is what the description cites.')}</p>`);
  if (e?.limitations !== undefined) out.push(`<p><strong>Limitations.</strong> ${h(e.limitations)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

function contents(tail: { notices: readonly string[] }, digests: readonly DocumentDigest[], context: FormatContext): string {
  const items = ['<li><a href="#summary">Executive summary</a></li>', '<li><a href="#method">Scope, method and limitations</a></li>'];
  const programs = digests.flatMap((d, index) => (context.quiet && d.verdict === 'pass' ? [] : [`<li><a href="#${anchorOf(index)}">${h(d.name ?? d.file)}</a></li>`]));
  if (programs.length > 0) items.push(`<li>Programs<ol>${programs.join('')}</ol></li>`);
  if (digests.some((d) => d.findings.error + d.findings.warning + d.findings.info > 0)) items.push('<li><a href="#plan">Remediation plan</a></li>');
  if (digests.some((d) => d.waived > 0)) items.push('<li><a href="#waivers">Waivers</a></li>');
  if (tail.notices.length > 0) items.push('<li><a href="#notes">Notes on this review</a></li>');
  items.push('<li><a href="#signoff">Sign-off</a></li>', '<li><a href="#about">What this report does and does not establish</a></li>');
  return `<nav class="contents" id="contents">\n<h2>Contents</h2>\n<ol>${items.join('\n')}</ol>\n</nav>\n`;
}

function programSection(view: ProgramView, context: FormatContext): string {
  const out = [`<section class="program" id="${view.anchor}">`, `<h2>${h(view.title)}</h2>`];
  const meta = [...(view.provider !== undefined ? [`Provider: ${h(view.provider)}`] : []), `Document: ${h(view.file)}`];
  out.push(`<p class="muted">${meta.join(' · ')}</p>`);
  if (view.verdict === 'invalid') {
    out.push('<p>The document could not be reviewed: it is not a valid program description. Correct these problems and review it again:</p><ul>');
    for (const p of view.problems) out.push(`<li>${context.technical ? `<code>${h(p.where)}</code> ` : ''}${h(p.message)}</li>`);
    out.push('</ul>', '</section>');
    return `${out.join('\n')}\n`;
  }
  out.push('<h3>The program as described</h3>', `<dl class="facts">${view.facts.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>`);
  for (const pack of view.packs) out.push(packSection(pack, view.file, context));
  out.push('</section>');
  return `${out.join('\n')}\n`;
}

function packSection(pack: PackView, file: string, context: FormatContext): string {
  const out = [`<h3>${h(pack.title)}</h3>`];
  if (pack.summary) out.push(`<p>Requirements: ${h(pack.summary)}.</p>`);
  if (pack.requirements.length > 0) {
    out.push('<table class="requirements"><thead><tr><th>Requirement</th><th>Rating</th><th>Evidence</th></tr></thead><tbody>');
    for (const req of pack.requirements) {
      const evidence = req.evidence.map((line) => (line === NO_EVIDENCE ? `<span class="unevidenced">${h(line)}</span>` : h(line))).join('<br>');
      out.push(`<tr><td>${h(req.title)} <span class="muted">(${h(req.clause)})</span></td><td><span class="rating ${req.rating}">${RATING_LABELS[req.rating]}</span></td><td>${evidence || '<span class="muted">—</span>'}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  for (const f of pack.failing) out.push(failing(f, file, context));
  if (context.technical && pack.others.length > 0) {
    out.push('<table><thead><tr><th>Rule</th><th>Title</th><th>Status</th><th>Note</th></tr></thead><tbody>');
    for (const r of pack.others) out.push(`<tr><td>${h(r.rule)}</td><td>${h(r.title)}</td><td>${h(r.status)}</td><td>${h(r.note)}</td></tr>`);
    out.push('</tbody></table>');
  }
  return out.join('\n');
}

function failing(f: FailingView, file: string, context: FormatContext): string {
  const items = f.findings.map((x) => {
    const where = context.technical ? `<code>${h(`${file}:${x.line}:${x.column}`)}</code> <code>${h(x.pointer)}</code>: ` : '';
    return `<li>${where}${h(x.message)}${x.lesser ? ` (${x.lesser})` : ''}${x.fix ? `<br><strong>What to change:</strong> ${h(x.fix)}` : ''}</li>`;
  });
  return [
    `<div class="finding ${f.state}">`,
    `<h4>${h(f.title)} <span class="muted">(${h(`${f.rule}, ${f.label}`)})</span></h4>`,
    `<ul>${items.join('')}</ul>`,
    ...(f.requirements.length > 0 ? [`<p class="muted">Requirements: ${h(f.requirements.join('; '))}</p>`] : []),
    `<p class="muted">Source: ${h(f.citation)}</p>`,
    ...(context.technical && f.example ? [`<p class="muted">Example (YAML):</p><pre>${h(f.example)}</pre>`] : []),
    '</div>',
  ].join('\n');
}

function planPiece(doc: DocumentResult, rows: readonly PlanRow[], context: FormatContext): string {
  const out = [`<tr class="group"><th colspan="6">${h(doc.name ?? doc.file)}</th></tr>`];
  for (const row of rows) {
    const where = context.technical ? `<br><code>${h(`${row.file}:${row.line}:${row.column}`)}</code>` : '';
    out.push(`<tr><td>${h(row.ref)}${where}</td><td>${h(row.finding)}${row.fix ? `<br><strong>What to change:</strong> ${h(row.fix)}` : ''}</td><td>${h(row.requirements.join('; ') || row.ruleTitle)}</td><td>${row.priority}</td><td class="blank"></td><td class="blank"></td></tr>`);
  }
  return `${out.join('\n')}\n`;
}

function signOff(context: FormatContext): string {
  const auditor = context.engagement?.auditor;
  const name = auditor ? h(auditor.name + (auditor.credentials ? `, ${auditor.credentials}` : '')) : '';
  return [
    '<section class="signoff" id="signoff">',
    '<h2>Sign-off</h2>',
    '<table><tbody>',
    `<tr><th>Reviewed by</th><td>${name}</td></tr>`,
    '<tr><th>Signature</th><td></td></tr>',
    '<tr><th>Date</th><td></td></tr>',
    '</tbody></table>',
    '<table><tbody>',
    '<tr><th>Received for the program by</th><td></td></tr>',
    '<tr><th>Title</th><td></td></tr>',
    '<tr><th>Signature</th><td></td></tr>',
    '<tr><th>Date</th><td></td></tr>',
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function list(items: readonly string[]): string {
  return items.length === 1 ? h(items[0]!) : `<ul>${items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`;
}
