import type { Rule } from '../packs/define.js';
import { computeFacts } from '../domain/facts.js';
import { evidenceIndex } from '../domain/evidence.js';
import { loadYaml } from '../yaml/load.js';
import type { Locator } from '../yaml/locate.js';
import type { Program } from '../domain/program.js';
import { DEFAULT_QUALIFYING_CERTIFICATIONS, DEFAULT_THRESHOLDS, type Limits, type Thresholds } from '../domain/thresholds.js';
import {
  SEVERITY_RANK,
  type AuditResult, type DocumentResult, type Finding, type Position, type RuleResult, type RuleSeverity, type Severity,
  type Summary, type Waiver,
} from './types.js';
import { validateProgram } from './validate.js';
import { stampFingerprints } from './fingerprint.js';

export interface AuditOptions {
  /** The catalog to run (normally allRules() from src/packs/index.ts), in report order. */
  rules: readonly Rule[];
  /** Packs to audit, by ID; a rule runs when its own pack or a pack whose requirement it implements is selected. The document checks always run. Default: samhsa-tip47 and joint. */
  standards?: readonly string[];
  thresholds?: Partial<Thresholds>;
  /** Certifications that qualify a clinical lead (default: the state addiction-counselor certifications). */
  qualifyingCertifications?: readonly string[];
  /** Severity per rule ID ('off' removes the rule from the audit; any other turns on a rule that is off by default). */
  severities?: Readonly<Record<string, RuleSeverity>>;
  /** `required`: claims must cite evidence (turns on EVID-02, at error severity unless `severities` says otherwise). */
  evidence?: 'optional' | 'required';
  /** The lowest severity that fails a document. */
  failOn?: 'error' | 'warning';
  /** The waiver covering a rule for a file, if any (decided by the config layer). */
  waiverFor?: (ruleId: string, file: string) => Waiver | undefined;
  /** Whether a finding was already recorded in a baseline (file + rule + fingerprint, or JSON pointer for older baselines). */
  inBaseline?: (file: string, ruleId: string, finding: Pick<Finding, 'pointer' | 'fingerprint'>) => boolean;
}

/** Reads, validates and audits the text of one program document, then applies the run's policy. Pure: no I/O. */
export function auditText(text: string, file: string, options: AuditOptions): DocumentResult {
  return applyPolicy(auditDocument(text, file, options), options);
}

/** The audit alone, before waivers and the baseline: what the cache stores and workers compute. */
export function auditDocument(text: string, file: string, options: AuditOptions): DocumentResult {
  const loaded = loadYaml(text);
  if (loaded.problems.length > 0 || !loaded.locator) {
    return { file, verdict: 'invalid', problems: loaded.problems, results: [] };
  }
  const problems = validateProgram(loaded.data, loaded.locator);
  if (problems.length > 0) return { file, verdict: 'invalid', problems, results: [] };
  return auditProgram(loaded.data as Program, loaded.locator, file, options);
}

/** Validates a document without auditing it. */
export function validateText(text: string, file: string): DocumentResult {
  const loaded = loadYaml(text);
  const problems = loaded.problems.length > 0 || !loaded.locator ? loaded.problems : validateProgram(loaded.data, loaded.locator);
  const program = problems.length === 0 ? (loaded.data as Program) : undefined;
  return {
    file,
    ...(program ? { name: program.program.name } : {}),
    verdict: problems.length > 0 ? 'invalid' : 'pass',
    problems,
    results: [],
  };
}

/** Audits a valid program document: facts once, then every selected rule, each finding located. */
export function auditProgram(program: Program, locator: Locator, file: string, options: AuditOptions): DocumentResult {
  const thresholds = limitsFor(options);
  const facts = computeFacts(program, thresholds);
  const evidence = evidenceIndex(program, (pointer) => locator.locate(pointer));
  const results: RuleResult[] = [];
  for (const rule of selectRules(options)) {
    const configured = (options.severities?.[rule.id] ?? rule.severity) as Severity;
    const result = runRule(rule, configured, program, facts, thresholds, locator);
    // A failure cites the evidence of what failed; a pass (or not applicable) that of everything the rule read.
    const cited = evidence.citing(result.findings.length > 0 ? result.findings.map((f) => f.pointer) : rule.evidence.length > 0 ? rule.evidence : [result.pointer]);
    if (cited.length > 0) result.evidence = cited;
    results.push(result);
  }
  stampFingerprints(results, program);
  return {
    file,
    name: program.program.name,
    ...(program.program.provider !== undefined ? { provider: program.program.provider } : {}),
    ...(program.program.level_of_care ? { declaredLevel: program.program.level_of_care } : {}),
    verdict: verdictOf(results, options.failOn ?? 'error'),
    facts,
    problems: [],
    results,
    ...(program.source_documents ? { sourceDocuments: program.source_documents } : {}),
  };
}

/** The packs audited when none are selected. */
export const DEFAULT_STANDARDS: readonly string[] = ['samhsa-tip47', 'joint'];

/** Pack IDs as earlier versions named them in configs and on the command line. */
const FORMER_PACK_IDS: Readonly<Record<string, string>> = { samhsa: 'samhsa-tip47', schedule: 'document' };

/** A pack ID as the catalog knows it (former names resolved). */
export function packId(name: string): string {
  return FORMER_PACK_IDS[name] ?? name;
}

/** The rules an audit runs, in catalog order. */
export function selectRules(options: Pick<AuditOptions, 'rules' | 'standards' | 'severities' | 'evidence'>): Rule[] {
  // Every document of a run asks with the same catalog and settings: the selection is made once.
  const { rules, standards, severities, evidence } = options;
  if (lastSelection && lastSelection.rules === rules && lastSelection.standards === standards && lastSelection.severities === severities
    && lastSelection.evidence === evidence) {
    return lastSelection.selected;
  }
  const packs = new Set<string>([...(standards ?? DEFAULT_STANDARDS).map(packId), 'document']);
  const runs = (rule: Rule) => packs.has(packId(rule.standard)) || rule.implements.some((key) => packs.has(key.slice(0, key.indexOf(':'))));
  // A rule off by default runs when its setting asks for it or the config gives it a severity.
  const on = (rule: Rule) => rule.optIn === undefined || (rule.optIn === 'evidence-required' && evidence === 'required') || severities?.[rule.id] !== undefined;
  const selected = rules.filter((rule) => runs(rule) && on(rule) && severities?.[rule.id] !== 'off');
  lastSelection = { rules, standards, severities, evidence, selected };
  return selected;
}

let lastSelection: (Pick<AuditOptions, 'rules' | 'standards' | 'severities' | 'evidence'> & { selected: Rule[] }) | undefined;

/** The limits the rules read: every document of a run asks with the same settings, so they are made once (the rules only read them). */
function limitsFor({ thresholds, qualifyingCertifications }: Pick<AuditOptions, 'thresholds' | 'qualifyingCertifications'>): Limits {
  if (lastLimits && lastLimits.thresholds === thresholds && lastLimits.qualifyingCertifications === qualifyingCertifications) return lastLimits.limits;
  const limits: Limits = {
    ...DEFAULT_THRESHOLDS,
    ...thresholds,
    qualifying_certifications: new Set(qualifyingCertifications ?? DEFAULT_QUALIFYING_CERTIFICATIONS),
  };
  lastLimits = { thresholds, qualifyingCertifications, limits };
  return limits;
}

let lastLimits: (Pick<AuditOptions, 'thresholds' | 'qualifyingCertifications'> & { limits: Limits }) | undefined;

function runRule(
  rule: Rule, configured: Severity, program: Program, facts: ReturnType<typeof computeFacts>, thresholds: Limits,
  locator: Locator,
): RuleResult {
  // Results are built as literals, not spreads: this runs for every rule of every document.
  const evidence = rule.evidence[0] ?? '';
  if (rule.appliesTo && !rule.appliesTo.when(program, facts)) {
    return summary(rule, 'not-applicable', configured, `not applicable: ${rule.appliesTo.otherwise}`, evidence, [], locator.locate(evidence));
  }
  const raws = rule.check(program, facts, thresholds);
  const findings: Finding[] = [];
  let severity: Severity = 'info';
  for (const raw of raws) {
    const at = locator.locate(raw.pointer);
    // A finding's own lesser severity holds; a rule turned down lowers every finding with it.
    const own = lower(raw.severity ?? configured, configured);
    if (SEVERITY_RANK[own] > SEVERITY_RANK[severity]) severity = own;
    const finding: Finding = { pointer: raw.pointer, message: raw.message, severity: own, line: at.line, column: at.column };
    if (raw.fix !== undefined) finding.fix = raw.fix;
    findings.push(finding);
  }
  if (findings.length === 0) {
    const judged = rule.analogue?.when(program) ? `passes (${rule.analogue.note})` : 'passes';
    return summary(rule, 'pass', configured, judged, evidence, findings, locator.locate(evidence));
  }
  const first = findings[0]!;
  return {
    rule: rule.id, alias: rule.alias, standard: rule.standard, clause: rule.clause, title: rule.title, citation: rule.citation,
    basis: rule.basis,
    status: 'fail',
    severity,
    message: findings.length === 1 ? first.message : findings.map((f) => f.message).join('; '),
    pointer: first.pointer,
    line: first.line,
    column: first.column,
    findings,
  };
}

/** A passing or not-applicable result, located at the rule's evidence. */
function summary(
  rule: Rule, status: 'pass' | 'not-applicable', severity: Severity, message: string, pointer: string, findings: Finding[], at: Position,
): RuleResult {
  return {
    rule: rule.id, alias: rule.alias, standard: rule.standard, clause: rule.clause, title: rule.title, citation: rule.citation,
    basis: rule.basis, status, severity, message, pointer, findings, line: at.line, column: at.column,
  };
}

/**
 * Applies the run's policy to an audited document: waivers, the baseline and
 * the severity that fails. Kept apart from the audit so that an audit result
 * depends only on the document and the catalog settings, and can be cached or
 * computed in another thread.
 */
export function applyPolicy(doc: DocumentResult, options: Pick<AuditOptions, 'waiverFor' | 'inBaseline' | 'failOn'>): DocumentResult {
  if (doc.verdict === 'invalid') return doc;
  const results = doc.results.map((r): RuleResult => {
    if (r.status !== 'fail') return r;
    const waiver = options.waiverFor?.(r.rule, doc.file);
    if (waiver) return { ...r, status: 'waived', waiver };
    const inBaseline = options.inBaseline;
    if (inBaseline) {
      // Every finding is looked up (not only up to the first new one): the run counts the baseline entries that still match.
      let known = true;
      for (const f of r.findings) if (!inBaseline(doc.file, r.rule, f)) known = false;
      if (known) return { ...r, baselined: true };
    }
    return r;
  });
  return { ...doc, results, verdict: verdictOf(results, options.failOn ?? 'error') };
}

/** A document fails on any failure at or above `failOn` that is not already in the baseline. */
export function verdictOf(results: readonly RuleResult[], failOn: 'error' | 'warning'): 'pass' | 'fail' {
  const threshold = SEVERITY_RANK[failOn];
  return results.some((r) => r.status === 'fail' && !r.baselined && SEVERITY_RANK[r.severity] >= threshold) ? 'fail' : 'pass';
}

function lower(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

/** Counts across documents, for the summary line and the machine formats. */
export function summarize(documents: readonly DocumentResult[]): Summary {
  const summary = emptySummary();
  for (const doc of documents) tally(summary, doc);
  return summary;
}

export function emptySummary(): Summary {
  return { documents: 0, passed: 0, failed: 0, invalid: 0, errors: 0, warnings: 0, infos: 0, waived: 0, baselined: 0 };
}

/** Adds one document to a summary (for runs that write their report as they go). */
export function tally(summary: Summary, doc: DocumentResult): void {
  summary.documents++;
  if (doc.verdict === 'pass') summary.passed++;
  else if (doc.verdict === 'fail') summary.failed++;
  else summary.invalid++;
  for (const result of doc.results) {
    if (result.status === 'waived') summary.waived++;
    if (result.status !== 'fail') continue;
    if (result.baselined) { summary.baselined++; continue; }
    if (result.severity === 'error') summary.errors++;
    else if (result.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
}

/** Adds one summary's counts to another (a worker thread's part of the run). */
export function addSummary(into: Summary, part: Readonly<Summary>): void {
  for (const key of Object.keys(into) as (keyof Summary)[]) into[key] += part[key];
}

export function buildResult(documents: DocumentResult[], version: string, notices: string[] = []): AuditResult {
  return { tool: { name: 'iop-audit', version }, documents, summary: summarize(documents), notices };
}
