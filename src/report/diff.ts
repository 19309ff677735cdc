import { cell, inline } from './markdown-text.js';
import { visible } from './visible.js';

/**
 * `iop-audit diff old.json new.json`: what changed between two JSON reports, per program.
 * A follow-up visit brings it: findings fixed, new and still open (matched by fingerprint,
 * so edits elsewhere in a document do not turn an old finding into a new one), and
 * readiness then and now for each pack. Pure: the reports come in as parsed JSON. The JSON
 * it writes (ReportDiff) is documented by schemas/diff.schema.json.
 */

/** A report as read for the comparison: only the fields the diff uses, checked by readReport. */
export interface ReportInput {
  documents: ReportDocument[];
}

export interface ReportDocument {
  file: string;
  name?: string;
  verdict: string;
  results: Array<{
    rule: string;
    title?: string;
    status: string;
    findings: Array<{ pointer: string; message: string; severity: string; line: number; fingerprint?: string }>;
  }>;
  packs?: Array<{ pack: string; title?: string; compliance: number | null; counts: Record<string, number> }>;
}

export interface DiffFinding {
  rule: string;
  title: string;
  severity: string;
  message: string;
  pointer: string;
  line: number;
  fingerprint?: string;
}

export interface Readiness {
  compliance: number | null;
  met: number;
  partiallyMet: number;
  notMet: number;
}

export interface ProgramDiff {
  /** The program's file in the new report (in the old one when it is gone). */
  file: string;
  /** Its file in the old report, when it had another name there (matched by program name). */
  previousFile?: string;
  name?: string;
  /** Verdicts then and now; null when the program is not in that report. */
  then: string | null;
  now: string | null;
  fixed: DiffFinding[];
  new: DiffFinding[];
  open: DiffFinding[];
  /** Failing then, waived now. */
  waived: DiffFinding[];
  readiness: Array<{ pack: string; title: string; then: Readiness | null; now: Readiness | null }>;
}

export interface ReportDiff {
  programs: ProgramDiff[];
  totals: { programs: number; fixed: number; new: number; open: number; newlyInvalid: number };
}

/**
 * Checks that a parsed JSON value is an iop-audit JSON report, as far as the diff reads it
 * (each field the diff carries over in the form schemas/report.schema.json gives it, so that
 * the diff's JSON is valid against schemas/diff.schema.json); returns what is wrong in a few
 * words, or the report.
 */
export function readReport(value: unknown): ReportInput | string {
  const documents = (value as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) return 'not an iop-audit JSON report (no documents list)';
  for (const [index, doc] of documents.entries()) {
    const at = `document ${index + 1}`;
    if (typeof doc?.file !== 'string' || typeof doc.verdict !== 'string' || !Array.isArray(doc.results)) return `${at} lacks file, verdict or results`;
    if (!VERDICTS.has(doc.verdict)) return `${at}: verdict is not pass, fail or invalid`;
    if (doc.name !== undefined && typeof doc.name !== 'string') return `${at}: name is not text`;
    for (const result of doc.results) {
      if (typeof result?.rule !== 'string' || typeof result.status !== 'string' || !Array.isArray(result.findings)) return `${at}: a result lacks rule, status or findings`;
      if (result.title !== undefined && typeof result.title !== 'string') return `${at}: the title of ${visible(result.rule)} is not text`;
      for (const f of result.findings) {
        if (typeof f?.pointer !== 'string' || typeof f.message !== 'string' || !isCount(f.line) || f.line < 1
          || !SEVERITIES.has(f.severity) || (f.fingerprint !== undefined && !(typeof f.fingerprint === 'string' && FINGERPRINT.test(f.fingerprint)))) {
          return `${at}: a finding of ${visible(result.rule)} lacks pointer, message, line or severity, or has one (or its fingerprint) in another form than a report's`;
        }
      }
    }
    if (doc.packs !== undefined && (!Array.isArray(doc.packs) || !doc.packs.every(isPackResult))) return `${at}: packs is not a list of pack results`;
  }
  return value as ReportInput;
}

const VERDICTS = new Set(['pass', 'fail', 'invalid']);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const FINGERPRINT = /^[0-9a-f]{16}$/;

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** A pack result's name, title, compliance (whole percent or null) and the counts the diff reads. */
function isPackResult(value: unknown): boolean {
  const p = value as { pack?: unknown; title?: unknown; compliance?: unknown; counts?: unknown };
  if (typeof p?.pack !== 'string' || (p.title !== undefined && typeof p.title !== 'string')) return false;
  if (p.compliance !== undefined && p.compliance !== null && !(isCount(p.compliance) && p.compliance <= 100)) return false;
  const counts = p.counts as Record<string, unknown> | null;
  return typeof counts === 'object' && counts !== null && ['met', 'partially-met', 'not-met'].every((key) => counts[key] === undefined || isCount(counts[key]));
}

/** Compares two reports, program by program (by file, then by program name), in the new report's order, gone programs last. */
export function diffReports(before: ReportInput, after: ReportInput): ReportDiff {
  const pairs = pairPrograms(before.documents, after.documents);
  const programs = pairs.map(([old, now]) => diffProgram(old, now));
  const totals = { programs: programs.length, fixed: 0, new: 0, open: 0, newlyInvalid: 0 };
  for (const p of programs) {
    totals.fixed += p.fixed.length;
    totals.new += p.new.length;
    totals.open += p.open.length;
    if (p.now === 'invalid' && p.then !== 'invalid') totals.newlyInvalid++;
  }
  return { programs, totals };
}

/** Whether the new report is worse: a new failure, or a program that can no longer be audited. */
export function hasRegressions(diff: ReportDiff): boolean {
  return diff.totals.new > 0 || diff.totals.newlyInvalid > 0;
}

function pairPrograms(before: readonly ReportDocument[], after: readonly ReportDocument[]): Array<[ReportDocument | undefined, ReportDocument | undefined]> {
  const oldByFile = new Map<string, ReportDocument>();
  for (const doc of before) if (!oldByFile.has(doc.file)) oldByFile.set(doc.file, doc);
  const paired = new Set<ReportDocument>();
  const pairs = after.map((doc): [ReportDocument | undefined, ReportDocument | undefined] => {
    const old = oldByFile.get(doc.file);
    if (!old || paired.has(old)) return [undefined, doc];
    paired.add(old);
    return [old, doc];
  });
  // Files renamed or moved (or reports run from another folder): matched by the program's name when it names one program on each side.
  const unique = (docs: readonly ReportDocument[]) => {
    const byName = new Map<string, ReportDocument | null>();
    for (const doc of docs) if (doc.name !== undefined) byName.set(doc.name, byName.has(doc.name) ? null : doc);
    return byName;
  };
  const oldByName = unique(before.filter((doc) => !paired.has(doc)));
  const newByName = unique(pairs.filter(([old]) => old === undefined).map(([, doc]) => doc!));
  for (const pair of pairs) {
    const doc = pair[1]!;
    if (pair[0] !== undefined || doc.name === undefined || newByName.get(doc.name) !== doc) continue;
    const old = oldByName.get(doc.name);
    if (old) {
      pair[0] = old;
      paired.add(old);
    }
  }
  for (const old of before) if (!paired.has(old)) pairs.push([old, undefined]);
  return pairs;
}

function diffProgram(old: ReportDocument | undefined, now: ReportDocument | undefined): ProgramDiff {
  const shown = (now ?? old)!;
  const diff: ProgramDiff = {
    file: shown.file,
    ...(old && now && old.file !== now.file ? { previousFile: old.file } : {}),
    ...(shown.name !== undefined ? { name: shown.name } : (old?.name !== undefined ? { name: old.name } : {})),
    then: old?.verdict ?? null,
    now: now?.verdict ?? null,
    fixed: [],
    new: [],
    open: [],
    waived: [],
    readiness: readinessOf(old, now),
  };
  // An invalid document has no results: its failures are unknown, not fixed; a program no longer in the report fixed nothing either.
  if (!now || now.verdict === 'invalid') return diff;
  const before = old && old.verdict !== 'invalid' ? failures(old) : [];
  const after = failures(now);
  // Fingerprints when both reports have them, else JSON pointers (reports written before fingerprints existed).
  const byFingerprint = before.every((f) => f.finding.fingerprint !== undefined) && after.every((f) => f.finding.fingerprint !== undefined);
  const keyOf = (f: Failure) => `${f.finding.rule}\0${byFingerprint ? f.finding.fingerprint : f.finding.pointer}`;
  const remaining = new Map<string, Failure[]>();
  for (const f of before) {
    const list = remaining.get(keyOf(f));
    if (list) list.push(f);
    else remaining.set(keyOf(f), [f]);
  }
  for (const f of after) {
    const match = remaining.get(keyOf(f))?.shift();
    // A waiver is neither a fix nor a new failure: a finding waived since is listed as such; one waived then and failing now is still open.
    if (f.waived) {
      if (match && !match.waived) diff.waived.push(f.finding);
    } else (match ? diff.open : diff.new).push(f.finding);
  }
  for (const f of before) if (!f.waived && remaining.get(keyOf(f))?.includes(f)) diff.fixed.push(f.finding);
  return diff;
}

interface Failure {
  finding: DiffFinding;
  waived: boolean;
}

/** A document's failing findings, waived ones marked (a baselined failure is still a failure). */
function failures(doc: ReportDocument): Failure[] {
  const out: Failure[] = [];
  for (const r of doc.results) {
    if (r.status !== 'fail' && r.status !== 'waived') continue;
    for (const f of r.findings) {
      out.push({
        finding: {
          rule: r.rule, title: r.title ?? r.rule, severity: f.severity, message: f.message, pointer: f.pointer, line: f.line,
          ...(f.fingerprint !== undefined ? { fingerprint: f.fingerprint } : {}),
        },
        waived: r.status === 'waived',
      });
    }
  }
  return out;
}

function readinessOf(old: ReportDocument | undefined, now: ReportDocument | undefined): ProgramDiff['readiness'] {
  const rows = new Map<string, ProgramDiff['readiness'][number]>();
  const add = (doc: ReportDocument | undefined, side: 'then' | 'now') => {
    for (const p of doc?.packs ?? []) {
      const row = rows.get(p.pack) ?? { pack: p.pack, title: p.title ?? p.pack, then: null, now: null };
      row[side] = { compliance: p.compliance ?? null, met: p.counts.met ?? 0, partiallyMet: p.counts['partially-met'] ?? 0, notMet: p.counts['not-met'] ?? 0 };
      rows.set(p.pack, row);
    }
  };
  add(now, 'now');
  add(old, 'then');
  return [...rows.values()];
}

export type DiffFormat = 'table' | 'markdown' | 'json';
export function formatDiff(diff: ReportDiff, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  return format === 'markdown' ? diffMarkdown(diff) : diffTable(diff);
}

function totalsLine(diff: ReportDiff): string {
  const t = diff.totals;
  const invalid = t.newlyInvalid > 0 ? `, ${t.newlyInvalid} no longer valid` : '';
  return `${t.fixed} fixed, ${t.new} new, ${t.open} still open across ${t.programs} program${t.programs === 1 ? '' : 's'}${invalid}`;
}

function verdicts(p: ProgramDiff): string {
  if (p.then === null) return `new program: ${p.now}`;
  if (p.now === null) return `no longer in the report (was ${p.then})`;
  return p.then === p.now ? p.now : `${p.then} → ${p.now}`;
}

function percent(r: Readiness | null): string {
  if (r === null) return '-';
  return r.compliance === null ? 'n/a' : `${r.compliance}%`;
}

function metCounts(r: Readiness | null): string {
  if (r === null) return '-';
  return `${r.met} met, ${r.partiallyMet > 0 ? `${r.partiallyMet} partially met, ` : ''}${r.notMet} not met`;
}

/** Plain text for a terminal or a CI log: document text is shown with its control characters escaped. */
function diffTable(diff: ReportDiff): string {
  const lines: string[] = [];
  for (const p of diff.programs) {
    const title = p.name !== undefined ? `${visible(p.name)} (${visible(p.file)})` : visible(p.file);
    lines.push(`${title}: ${verdicts(p)}`);
    if (p.previousFile !== undefined) lines.push(`  was ${visible(p.previousFile)}`);
    lines.push(`  ${p.fixed.length} fixed, ${p.new.length} new, ${p.open.length} still open${p.waived.length > 0 ? `, ${p.waived.length} waived since` : ''}`);
    if (p.now === 'invalid') lines.push('  not audited now: the document is invalid (run iop-audit validate)');
    for (const r of p.readiness) lines.push(`  ${visible(r.pack)}: ${percent(r.then)} → ${percent(r.now)} (${metCounts(r.then)} → ${metCounts(r.now)})`);
    const list = (label: string, findings: readonly DiffFinding[], file: string) => {
      if (findings.length === 0) return;
      lines.push(`  ${label}:`);
      for (const f of findings) lines.push(`    ${f.rule} ${f.severity} ${visible(file)}:${f.line} ${visible(f.pointer || '/')}  ${visible(f.message)}`);
    };
    list('new', p.new, p.file);
    list('fixed', p.fixed, p.previousFile ?? p.file);
    list('still open', p.open, p.file);
    list('waived since', p.waived, p.file);
    lines.push('');
  }
  lines.push(totalsLine(diff));
  return `${lines.join('\n')}\n`;
}

/** Markdown for a client or a pull-request comment: no pointers, document text escaped. */
function diffMarkdown(diff: ReportDiff): string {
  const lines: string[] = ['# Changes since the last audit', '', `**${inline(totalsLine(diff))}**`, ''];
  lines.push('| Program | Verdict | Fixed | New | Still open |', '| --- | --- | ---: | ---: | ---: |');
  for (const p of diff.programs) {
    lines.push(`| ${cell(p.name ?? p.file)} | ${cell(verdicts(p))} | ${p.fixed.length} | ${p.new.length} | ${p.open.length} |`);
  }
  for (const p of diff.programs) {
    lines.push('', `## ${inline(p.name ?? p.file)}`, '', `File: ${inline(p.file)}${p.previousFile !== undefined ? ` (was ${inline(p.previousFile)})` : ''}. Verdict: ${inline(verdicts(p))}.`);
    if (p.now === 'invalid') lines.push('', 'Not audited now: the document is invalid.');
    if (p.readiness.length > 0) {
      lines.push('', '| Pack | Compliance then | Compliance now | Requirements then | Requirements now |', '| --- | ---: | ---: | --- | --- |');
      for (const r of p.readiness) lines.push(`| ${cell(r.title)} | ${percent(r.then)} | ${percent(r.now)} | ${metCounts(r.then)} | ${metCounts(r.now)} |`);
    }
    const list = (label: string, findings: readonly DiffFinding[]) => {
      if (findings.length === 0) return;
      lines.push('', `### ${label} (${findings.length})`, '');
      for (const f of findings) lines.push(`- **${inline(f.rule)}** ${inline(f.title)} (${f.severity}, line ${f.line}): ${inline(f.message)}`);
    };
    list('New', p.new);
    list('Fixed', p.fixed);
    list('Still open', p.open);
    list('Waived since', p.waived);
  }
  return `${lines.join('\n')}\n`;
}

