import type { DocumentResult, RuleResult } from '../core/types.js';
import { findRule } from '../packs/index.js';

/**
 * A document result without the rule metadata every result repeats (alias,
 * standard, clause, title, citation, basis): what crosses from a worker thread and
 * what the cache stores. `expand` puts the metadata back from the catalog, so
 * the result is the same as one computed in place.
 */
type StaticField = 'alias' | 'standard' | 'clause' | 'title' | 'citation' | 'basis';
export type CompactResult = Omit<DocumentResult, 'results'> & { results: Omit<RuleResult, StaticField>[] };

export function compact(doc: DocumentResult): CompactResult {
  return {
    ...doc,
    results: doc.results.map(({ alias: _a, standard: _s, clause: _c, title: _t, citation: _ci, basis: _b, ...dynamic }) => dynamic),
  };
}

export function expand(doc: CompactResult): DocumentResult {
  return {
    ...doc,
    results: doc.results.map((r) => {
      const rule = findRule(r.rule);
      if (!rule) throw new Error(`unknown rule ${r.rule} in a stored result`);
      // Same key order as the engine builds, so reports are byte-identical.
      const { rule: id, ...rest } = r;
      return { rule: id, alias: rule.alias, standard: rule.standard, clause: rule.clause, title: rule.title, citation: rule.citation, basis: rule.basis, ...rest };
    }),
  };
}

/** A result as the cache stores it: compact JSON text. */
export function storedForm(doc: DocumentResult): string {
  return JSON.stringify(compact(doc));
}

/**
 * Whether a value read back from the cache has the shape of a stored result for
 * `file`, so that nothing downstream (expand, the policy, the formatters) meets
 * a field it cannot use. Every field is checked for its type; the fields the code
 * branches on (verdict, status, severity) for their values, and rule IDs against
 * the catalog (expand needs them, as the engine writes them). Fields only printed (a level, a day) need only
 * be text. Fields it does not know are left alone: they cannot break anything.
 * Written out by hand, without a schema library: it runs for every document read
 * from the cache (a few microseconds each).
 */
export function isCompactResult(value: unknown, file: string): value is CompactResult {
  return isRecord(value)
    && value.file === file
    && VERDICTS.has(value.verdict as string)
    && listOf(value.problems, isProblem)
    && listOf(value.results, isRuleResult)
    && optional(value.name, isText)
    && optional(value.provider, isText)
    && optional(value.declaredLevel, isText)
    && optional(value.facts, isFacts)
    && optional(value.sourceDocuments, (list) => listOf(list, isSourceDocument));
}

const VERDICTS: ReadonlySet<string> = new Set(['pass', 'fail', 'invalid']);
// Waivers are applied after the cache: a stored result is never waived.
const STORED_STATUSES: ReadonlySet<string> = new Set(['pass', 'fail', 'not-applicable']);
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);
const FACT_SOURCES: ReadonlySet<string> = new Set(['timetable', 'summary', 'none']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A line, a column, a block's position in the timetable. */
function isIndex(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function optional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function orNull(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === null || check(value);
}

function listOf(value: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!check(item)) return false;
  return true;
}

function isProblem(value: unknown): boolean {
  return isRecord(value) && isIndex(value.line) && isIndex(value.column) && isText(value.kind) && isText(value.pointer) && isText(value.message);
}

function isFinding(value: unknown): boolean {
  return isRecord(value) && isIndex(value.line) && isIndex(value.column) && isText(value.pointer) && isText(value.message)
    && SEVERITIES.has(value.severity as string) && optional(value.fix, isText)
    && optional(value.fingerprint, isText);
}

function isRuleResult(value: unknown): boolean {
  return isRecord(value)
    && isText(value.rule) && findRule(value.rule)?.id === value.rule
    && STORED_STATUSES.has(value.status as string)
    && SEVERITIES.has(value.severity as string)
    && isText(value.message) && isText(value.pointer)
    && isIndex(value.line) && isIndex(value.column)
    && listOf(value.findings, isFinding)
    && optional(value.evidence, (list) => listOf(list, isCitation))
    && optional(value.fingerprint, isText);
}

function isSourceDocument(value: unknown): boolean {
  return isRecord(value) && isText(value.id) && isText(value.title) && isText(value.kind)
    && optional(value.effective, isText) && optional(value.version, isText);
}

/** Reports print a citation's text and look its position and document up. */
function isCitation(value: unknown): boolean {
  return isRecord(value) && isText(value.ref) && isText(value.id) && isText(value.pointer)
    && optional(value.locator, isText) && optional(value.line, isIndex) && optional(value.column, isIndex)
    && optional(value.document, isSourceDocument);
}

function isFacts(value: unknown): boolean {
  return isRecord(value)
    && FACT_SOURCES.has(value.source as string)
    && orNull(value.treatmentHoursPerWeek, isNumber)
    && isNumber(value.adjunctiveHoursPerWeek)
    && isNumber(value.mutualSupportHoursPerWeek)
    && orNull(value.longestDayHours, isNumber)
    && orNull(value.longestDay, isText)
    && orNull(value.daysPerWeek, isNumber)
    && isNumber(value.longDayCount)
    && isNumber(value.weeklyFloor)
    && listOf(value.floors, (floor) => isRecord(floor) && isText(floor.population) && isNumber(floor.hours))
    && orNull(value.impliedLevel, isText)
    && orNull(value.summary, (summary) => isRecord(summary) && isNumber(summary.daysPerWeek) && isNumber(summary.hoursPerDay) && isNumber(summary.hoursPerWeek))
    && orNull(value.consistent, isBoolean)
    && listOf(value.mixedBlocks, isIndex)
    && listOf(value.evenSplitBlocks, isIndex)
    && listOf(value.overlaps, (overlap) => isRecord(overlap) && isIndex(overlap.first) && isIndex(overlap.second) && isBoolean(overlap.duplicate))
    && isRecord(value.hoursOffered)
    && orNull(value.hoursOffered.evening, isIndex) && orNull(value.hoursOffered.weekend, isIndex)
    && orNull(value.hoursOffered.afterSchool, isIndex) && orNull(value.hoursOffered.daytime, isIndex)
    && orNull(value.eveningOrWeekendBlock, isIndex);
}
