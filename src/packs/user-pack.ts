import packSchema from '../../schemas/pack.schema.json' with { type: 'json' };
import type { ScheduleFacts } from '../domain/facts.js';
import { loadYaml } from '../yaml/load.js';
import type { Program } from '../domain/program.js';
import type { SourceRef } from '../domain/sources.js';
import type { RawFinding, Severity } from '../core/types.js';
import { AGE_GROUPS } from '../domain/vocabulary.js';
import { schemaProblems, type SchemaValidator } from '../core/validate.js';
import { validatePackSchema } from '../generated/validators.js';
import { expected, factValue, fixFor, lookedAtInWords, passes, shownValue, valueAt, type Check, type FactName } from './checks.js';
import { defineRule, type Rule } from './define.js';
import { requirementKey, type Pack, type Requirement } from './pack.js';

/** A pack file as the schema describes it. */
interface PackFile {
  pack: string;
  title: string;
  publisher: string;
  edition: string;
  year?: number;
  jurisdiction: Pack['jurisdiction'];
  requirements: Array<{ id: string; title: string; source: SourceRef }>;
  rules: PackRuleFile[];
}

interface PackRuleFile {
  id: string;
  alias: string;
  implements: string[];
  title: string;
  severity: Severity;
  applies_when?: { focus?: string[]; populations?: string[]; payers?: string[]; level?: string[] };
  look: { pointer: string } | { fact: FactName };
  check: Check;
  if_missing?: 'pass' | 'fail';
  message: string;
  remediation: { text: string; example: string };
}

/** A pack that could not be read: the first problem, at its place in the file. */
export class PackError extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, readonly reason: string) {
    super(`invalid pack ${file}:${line}:${column}: ${reason}`);
  }
}

export interface LoadedPack {
  pack: Pack;
  rules: Rule[];
}

/**
 * Reads a pack written in YAML: validated by schemas/pack.schema.json with the
 * same line-precise errors as program documents, then checked for what a schema
 * cannot see (every rule implements a requirement of its pack, IDs are unique,
 * patterns compile). Its rules are built from the closed set of checks.
 */
export function parsePack(text: string, file: string): LoadedPack {
  const loaded = loadYaml(text);
  const fail = (line: number, column: number, reason: string): never => {
    throw new PackError(file, line, column, reason);
  };
  if (loaded.problems.length > 0 || !loaded.locator) {
    const first = loaded.problems[0]!;
    return fail(first.line, first.column, first.message);
  }
  const locator = loaded.locator;
  const problems = schemaProblems(validatePackSchema as SchemaValidator, packSchema, loaded.data, locator);
  if (problems.length > 0) {
    const first = problems[0]!;
    return fail(first.line, first.column, `${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  }
  const data = loaded.data as PackFile;
  const at = (pointer: string, reason: string, where: 'key' | 'value' = 'value'): never => {
    const position = locator.locate(pointer, where);
    return fail(position.line, position.column, reason);
  };

  const requirements: Requirement[] = [];
  const clauses = new Set<string>();
  data.requirements.forEach((r, i) => {
    if (clauses.has(r.id)) at(`/requirements/${i}/id`, `requirement '${r.id}' is listed twice`);
    clauses.add(r.id);
    requirements.push({ clause: r.id, title: r.title, source: r.source });
  });
  const pack: Pack = {
    id: data.pack, title: data.title, publisher: data.publisher, edition: data.edition,
    ...(data.year !== undefined ? { year: data.year } : {}),
    jurisdiction: data.jurisdiction, requirements, file,
  };

  const ids = new Set<string>();
  const rules = data.rules.map((r, i) => {
    const here = `/rules/${i}`;
    if (ids.has(r.id)) at(`${here}/id`, `rule ${r.id} is defined twice`);
    ids.add(r.id);
    r.implements.forEach((clause, j) => {
      if (!clauses.has(clause)) at(`${here}/implements/${j}`, `rule ${r.id} implements '${clause}', which is not a requirement of this pack; requirements: ${[...clauses].join(', ')}`);
    });
    let pattern: RegExp | undefined;
    if ('matches' in r.check) {
      try {
        pattern = new RegExp(r.check.matches, 'u');
      } catch (error) {
        at(`${here}/check/matches`, `the pattern does not compile: ${(error as Error).message}`);
      }
    }
    return packRule(pack, r, requirements, pattern);
  });
  return { pack, rules };
}

/** One rule of a pack file as a catalog rule. */
function packRule(pack: Pack, r: PackRuleFile, requirements: readonly Requirement[], pattern: RegExp | undefined): Rule {
  const implemented = r.implements.map((clause) => requirements.find((q) => q.clause === clause)!);
  const when = r.applies_when;
  const pointer = 'pointer' in r.look ? r.look.pointer : undefined;
  return defineRule({
    id: r.id,
    alias: r.alias,
    standard: pack.id,
    implements: r.implements.map((clause) => requirementKey(pack.id, clause)),
    clause: implemented.map((q) => `${q.clause} ${q.title}`).join('; '),
    title: r.title,
    severity: r.severity,
    ...(when ? { appliesTo: { when: (program: Program) => matchesWhen(program, when), otherwise: otherwise(when) } } : {}),
    sources: implemented.map((q) => q.source),
    rationale: `${pack.title} (${pack.publisher}, ${pack.edition}): ${implemented.map((q) => q.title).join('; ')}.`,
    remediation: r.remediation,
    evidence: [pointer ?? '/schedule'],
    thresholds: [],
    check(program: Program, facts: ScheduleFacts): RawFinding[] {
      const found = pointer !== undefined ? { value: valueAt(program, pointer), pointer } : factValue((r.look as { fact: FactName }).fact, program, facts);
      if (found.value === undefined && r.if_missing !== undefined) {
        if (r.if_missing === 'pass') return [];
      } else if (passes(r.check, found.value, pattern)) {
        return [];
      }
      const message = r.message.replaceAll('{value}', shownValue(found.value)).replaceAll('{expected}', expected(r.check));
      return [{ pointer: found.pointer, message, fix: fixFor(r.check, lookedAtInWords(r.look), found.value) }];
    },
  });
}

function matchesWhen(program: Program, when: NonNullable<PackRuleFile['applies_when']>): boolean {
  const any = (listed: string[] | undefined, actual: readonly string[] | undefined) =>
    listed === undefined || (actual ?? []).some((value) => listed.includes(value));
  const level = program.program.level_of_care;
  return any(when.focus, program.program.focus)
    // No age group stated reads as adults, as the weekly floor does.
    && any(when.populations, statedOrAdults(program.program.populations))
    && any(when.payers, program.program.payers)
    && (when.level === undefined || (level !== undefined && when.level.includes(level)));
}

function statedOrAdults(populations: readonly string[] | undefined): readonly string[] {
  const stated = populations ?? [];
  return stated.some((p) => AGE_GROUPS.has(p)) ? stated : [...stated, 'adults'];
}

function otherwise(when: NonNullable<PackRuleFile['applies_when']>): string {
  const parts = (Object.entries(when) as Array<[string, string[]]>).map(([key, values]) => `${key} ${values.join(' or ')}`);
  return `the rule applies only to programs with ${parts.join(', and ')}`;
}
