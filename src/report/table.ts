import { Chalk } from 'chalk';
import type { DocumentResult, RuleResult, Status, Summary } from '../core/types.js';
import { describeFacts } from './facts-line.js';
import { cell, fit, gridFrame, row, wrapCells } from './grid.js';
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
    const c = painterFor(context);
    const file = visible(doc.file);
    const out: string[] = [heading(doc, file, c)];
    if (doc.verdict === 'invalid') {
      for (const p of doc.problems) out.push(`  ${c.dim(`${file}:${p.line}:${p.column}`)}  ${c.red(p.kind)}  ${visible(p.message)}`);
    } else {
      if (doc.facts) out.push(`  ${c.dim(visible(describeFacts(doc.facts, doc.declaredLevel)))}`);
      const rows = context.quiet ? doc.results.filter((r) => r.status === 'fail' && !r.baselined) : doc.results;
      if (rows.length > 0) rulesTable(file, rows, c, context.width, out);
    }
    // One string made once from all the lines (a report of 10,000 documents has millions).
    out.push('', '');
    return out.join('\n');
  },
  end(tail, _documents, context) {
    const c = painterFor(context);
    return tail.notices.map((notice) => `${c.yellow(`note: ${visible(notice)}`)}\n`).join('') + `${summaryLine(tail.summary, c, context.validating === true)}\n`;
  },
};

export const table: Formatter = refusedWhenTooLarge('table', whole(tableStream));

/** One style: the text painted, or (without colour) as it is. */
type Style = (text: string) => string;

/** The styles the table paints with. */
interface Painter {
  dim: Style;
  red: Style;
  green: Style;
  yellow: Style;
  blue: Style;
  bold: Style;
  redBold: Style;
  greenBold: Style;
}

const asIs: Style = (text) => text;
const PLAIN: Painter = { dim: asIs, red: asIs, green: asIs, yellow: asIs, blue: asIs, bold: asIs, redBold: asIs, greenBold: asIs };
let coloured: Painter | undefined;

/** Chalk is started only for colour: a run without it (CI, a file, a pipe) never pays for its set-up. */
function colouredPainter(): Painter {
  const c = new Chalk({ level: 1 });
  return { dim: c.dim, red: c.red, green: c.green, yellow: c.yellow, blue: c.blue, bold: c.bold, redBold: c.red.bold, greenBold: c.green.bold };
}

const painterFor = (context: { color: boolean }): Painter => (context.color ? (coloured ??= colouredPainter()) : PLAIN);

/** `file` is the document's file name as shown (see visible). */
function heading(doc: DocumentResult, file: string, c: Painter): string {
  // A document that was only validated has no facts: it is valid, not (yet) passing an audit.
  const passed = doc.facts ? 'PASS' : 'VALID';
  const verdict = doc.verdict === 'pass' ? c.greenBold(passed) : doc.verdict === 'fail' ? c.redBold('FAIL') : c.redBold('INVALID');
  return `${verdict}  ${c.bold(file)}${doc.name ? `  ${visible(doc.name)}` : ''}`;
}

/** The fixed columns (status, severity, rule, title) take what they need; the finding column takes the rest. */
const FIXED = [8, 10, 11, 34] as const;
const INDENT = '  ';

/** Appends the document's rules table to `out`, a line an element. */
function rulesTable(file: string, rows: RuleResult[], c: Painter, width: number, out: string[]): void {
  const finding = Math.max(30, width - FIXED.reduce((a, b) => a + b, 0) - 6);
  const frame = gridFrame(HEAD, [...FIXED, finding], INDENT);
  out.push(frame.top);
  // Cells are wrapped here, long words included, so no line is ever cut short
  // (a file path must keep its line and column); each wrapped line is a row.
  const found: string[] = [];
  for (const r of rows) {
    const fixed = fixedCells(r, c);
    found.length = 0;
    findingCells(file, r, finding, found);
    const lines = Math.max(fixed.lines.length, found.length);
    for (let line = 0; line < lines; line++) out.push((fixed.lines[line] ?? fixed.blank) + (found[line] ?? emptyCell(finding)));
  }
  out.push(frame.bottom);
}

/**
 * A row's first four cells, opened by the indent and the frame, for each of its lines: they
 * depend only on the rule and how it came out, so each rule's are drawn once per run and outcome.
 * `blank` is a line below the title's last.
 */
interface FixedCells {
  rule: string;
  basis: string;
  status: Status;
  severity: string;
  baselined: boolean;
  painter: Painter;
  lines: readonly string[];
  blank: string;
}

/**
 * By title (a rule's own string, whose hash is kept: no key is built for every row), the few
 * outcomes of the rules with that title.
 */
const fixedCellsByTitle = new Map<string, FixedCells[]>();

function fixedCells(r: RuleResult, c: Painter): FixedCells {
  let drawn = fixedCellsByTitle.get(r.title);
  if (!drawn) {
    // Rules are few; the bound only guards against misuse.
    if (fixedCellsByTitle.size > 4096) fixedCellsByTitle.clear();
    fixedCellsByTitle.set(r.title, (drawn = []));
  }
  const baselined = r.baselined === true;
  for (const cells of drawn) {
    if (cells.rule === r.rule && cells.status === r.status && cells.severity === r.severity && cells.baselined === baselined
      && cells.basis === r.basis && cells.painter === c) return cells;
  }
  // A rule pack's title is config text: shown like any other.
  const title = fit(visible(titleWithBasis(r)), FIXED[3] - 2);
  const first = [statusCell(r, c), r.status === 'fail' ? severityCell(r, c) : c.dim(r.severity), r.rule];
  const opened = (cells: readonly string[]) => `${INDENT}${row(cells, FIXED)}`;
  const cells: FixedCells = {
    rule: r.rule, basis: r.basis, status: r.status, severity: r.severity, baselined, painter: c,
    lines: title.map((line, i) => opened([...(i === 0 ? first : ['', '', '']), line])),
    blank: opened([]),
  };
  drawn.push(cells);
  return cells;
}

const emptyCells = new Map<number, string>();

function emptyCell(width: number): string {
  let empty = emptyCells.get(width);
  if (empty === undefined) emptyCells.set(width, (empty = cell('', width)));
  return empty;
}

function statusCell(r: RuleResult, c: Painter): string {
  if (r.baselined) return c.dim('baseline');
  const label = STATUS_LABEL[r.status];
  if (r.status === 'pass') return c.green(label);
  if (r.status === 'fail') return r.severity === 'error' ? c.red(label) : r.severity === 'warning' ? c.yellow(label) : c.blue(label);
  return c.dim(label);
}

function severityCell(r: RuleResult, c: Painter): string {
  return r.severity === 'error' ? c.red(r.severity) : r.severity === 'warning' ? c.yellow(r.severity) : c.blue(r.severity);
}

/**
 * The finding column's cells, a wrapped line each, appended to `out`. `file` is shown already.
 * Each finding is a paragraph, then what to change for it (a designer fixes the draft from this table).
 */
function findingCells(file: string, r: RuleResult, width: number, out: string[]): void {
  if (r.status === 'pass') return wrapCells(`${file}:${r.line}:${r.column}`, width, out);
  if (r.status === 'not-applicable') return wrapCells(visible(r.message), width, out);
  if (r.status === 'waived' && r.waiver) return wrapCells(`waived: ${visible(waiverText(r.waiver))}`, width, out);
  // No finding: one empty line, as the cell of an empty text.
  if (r.findings.length === 0) return wrapCells('', width, out);
  for (const f of r.findings) {
    wrapCells(`${file}:${f.line}:${f.column} ${visible(f.message)}`, width, out);
    if (f.fix) wrapCells(`→ ${visible(f.fix)}`, width, out);
  }
}

function summaryLine(s: Summary, c: Painter, validating: boolean): string {
  if (validating) {
    // Schema only: no rule ran, so there are no findings to count.
    const line = `${s.documents} document${s.documents === 1 ? '' : 's'}: ${s.passed + s.failed} valid, ${s.invalid} invalid`;
    return s.invalid > 0 ? c.redBold(line) : c.greenBold(line);
  }
  const docs = `${s.documents} document${s.documents === 1 ? '' : 's'}: ${s.passed} passed, ${s.failed} failed, ${s.invalid} invalid`;
  const findings = [`${s.errors} error${s.errors === 1 ? '' : 's'}`, `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`];
  if (s.infos) findings.push(`${s.infos} info`);
  if (s.waived) findings.push(`${s.waived} waived`);
  if (s.baselined) findings.push(`${s.baselined} baselined`);
  const line = `${docs} · ${findings.join(', ')}`;
  return s.failed + s.invalid > 0 ? c.redBold(line) : c.greenBold(line);
}
