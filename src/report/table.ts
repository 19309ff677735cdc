import { Chalk, type ChalkInstance } from 'chalk';
import type { DocumentResult, RuleResult, Status, Summary } from '../core/types.js';
import { describeFacts } from './facts-line.js';
import { drawGrid, fit } from './grid.js';
import { titleWithBasis, waiverText } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import { whole, type Formatter, type ReportStream } from './types.js';
import { visible } from './visible.js';

const HEAD = ['Status', 'Severity', 'Rule', 'Title', 'Finding'];
const STATUS_LABEL: Record<Status, string> = { pass: 'pass', fail: 'FAIL', 'not-applicable': 'n/a', waived: 'waived' };

/**
 * The terminal report: per document its verdict, the computed facts and one row per rule; then a summary line.
 * Every text that is not the tool's own goes through `visible` before colour is added, so a file
 * name or a program name cannot send the terminal a control sequence (with colour or without).
 */
export const tableStream: ReportStream = {
  start: () => '',
  document(doc, _index, context) {
    if (context.quiet && doc.verdict === 'pass') return '';
    const c = chalk(context);
    const file = visible(doc.file);
    const out: string[] = [heading(doc, file, c)];
    if (doc.verdict === 'invalid') {
      for (const p of doc.problems) out.push(`  ${c.dim(`${file}:${p.line}:${p.column}`)}  ${c.red(p.kind)}  ${visible(p.message)}`);
    } else {
      if (doc.facts) out.push(`  ${c.dim(visible(describeFacts(doc.facts, doc.declaredLevel)))}`);
      const rows = context.quiet ? doc.results.filter((r) => r.status === 'fail' && !r.baselined) : doc.results;
      if (rows.length > 0) out.push(rulesTable(file, rows, c, context.width));
    }
    return `${out.join('\n')}\n\n`;
  },
  end(tail, _documents, context) {
    const c = chalk(context);
    return tail.notices.map((notice) => `${c.yellow(`note: ${visible(notice)}`)}\n`).join('') + `${summaryLine(tail.summary, c, context.validating === true)}\n`;
  },
};

export const table: Formatter = refusedWhenTooLarge('table', whole(tableStream));

const PAINTERS = [new Chalk({ level: 0 }), new Chalk({ level: 1 })];
const chalk = (context: { color: boolean }): ChalkInstance => PAINTERS[context.color ? 1 : 0]!;

/** `file` is the document's file name as shown (see visible). */
function heading(doc: DocumentResult, file: string, c: ChalkInstance): string {
  // A document that was only validated has no facts: it is valid, not (yet) passing an audit.
  const passed = doc.facts ? 'PASS' : 'VALID';
  const verdict = doc.verdict === 'pass' ? c.green.bold(passed) : doc.verdict === 'fail' ? c.red.bold('FAIL') : c.red.bold('INVALID');
  return `${verdict}  ${c.bold(file)}${doc.name ? `  ${visible(doc.name)}` : ''}`;
}

function rulesTable(file: string, rows: RuleResult[], c: ChalkInstance, width: number): string {
  // Fixed columns take what they need; the finding column takes the rest.
  const fixed = [8, 10, 11, 34];
  const finding = Math.max(30, width - fixed.reduce((a, b) => a + b, 0) - 6);
  // Cells are wrapped here, long words included, so no line is ever cut short
  // (a file path must keep its line and column); each wrapped line is a row.
  const lines: string[][] = [];
  for (const r of rows) {
    const title = titleLines(titleWithBasis(r), fixed[3]! - 2);
    const found = fit(findingCell(file, r), finding - 2);
    for (let line = 0; line < Math.max(title.length, found.length); line++) {
      lines.push(line === 0
        ? [statusCell(r, c), r.status === 'fail' ? severityCell(r, c) : c.dim(r.severity), r.rule, title[0]!, found[0]!]
        : ['', '', '', title[line] ?? '', found[line] ?? '']);
    }
  }
  return drawGrid(HEAD, lines, [...fixed, finding], '  ');
}


/** Rule titles are few and repeat in every document's table: each is wrapped once. */
const wrappedTitles = new Map<string, readonly string[]>();

function titleLines(title: string, width: number): readonly string[] {
  const key = `${width}\0${title}`;
  let lines = wrappedTitles.get(key);
  // A rule pack's title is config text: shown like any other.
  if (!lines) wrappedTitles.set(key, (lines = fit(visible(title), width)));
  return lines;
}

function statusCell(r: RuleResult, c: ChalkInstance): string {
  if (r.baselined) return c.dim('baseline');
  const label = STATUS_LABEL[r.status];
  if (r.status === 'pass') return c.green(label);
  if (r.status === 'fail') return r.severity === 'error' ? c.red(label) : r.severity === 'warning' ? c.yellow(label) : c.blue(label);
  return c.dim(label);
}

function severityCell(r: RuleResult, c: ChalkInstance): string {
  return r.severity === 'error' ? c.red(r.severity) : r.severity === 'warning' ? c.yellow(r.severity) : c.blue(r.severity);
}

/** `file` is shown already; the line breaks between findings are the only ones in the cell. */
function findingCell(file: string, r: RuleResult): string {
  if (r.status === 'pass') return `${file}:${r.line}:${r.column}`;
  if (r.status === 'not-applicable') return visible(r.message);
  if (r.status === 'waived' && r.waiver) return `waived: ${visible(waiverText(r.waiver))}`;
  // Each finding, then what to change for it (a designer fixes the draft from this table).
  return r.findings.map((f) => `${file}:${f.line}:${f.column} ${visible(f.message)}${f.fix ? `\n→ ${visible(f.fix)}` : ''}`).join('\n');
}

function summaryLine(s: Summary, c: ChalkInstance, validating: boolean): string {
  if (validating) {
    // Schema only: no rule ran, so there are no findings to count.
    const line = `${s.documents} document${s.documents === 1 ? '' : 's'}: ${s.passed + s.failed} valid, ${s.invalid} invalid`;
    return s.invalid > 0 ? c.red.bold(line) : c.green.bold(line);
  }
  const docs = `${s.documents} document${s.documents === 1 ? '' : 's'}: ${s.passed} passed, ${s.failed} failed, ${s.invalid} invalid`;
  const findings = [`${s.errors} error${s.errors === 1 ? '' : 's'}`, `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`];
  if (s.infos) findings.push(`${s.infos} info`);
  if (s.waived) findings.push(`${s.waived} waived`);
  if (s.baselined) findings.push(`${s.baselined} baselined`);
  const line = `${docs} · ${findings.join(', ')}`;
  return s.failed + s.invalid > 0 ? c.red.bold(line) : c.green.bold(line);
}
