import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import type { AuditOptions } from '../core/engine.js';
import { loadYaml } from '../yaml/load.js';
import type { Locator } from '../yaml/locate.js';
import { patientDataProblems } from '../core/privacy.js';
import type { Thresholds } from '../domain/thresholds.js';
import type { Problem, RuleSeverity, Waiver } from '../core/types.js';
import { schemaProblems, type SchemaValidator } from '../core/validate.js';
import { suggest } from '../core/suggest.js';
import { validateConfigSchema } from '../generated/validators.js';
import { FORMER_ALIASES } from '../packs/index.js';
import type { Rule } from '../packs/define.js';
import { UsageError } from '../cli/errors.js';
import { DEFAULT_MAX_FILE_SIZE_KB } from '../yaml/decode.js';
import { readInput } from '../run/read.js';
import { quote } from '../core/sanitize.js';
import { visible } from '../report/visible.js';

export const CONFIG_NAMES = ['.iop-audit.yaml', '.iop-audit.yml'];

export interface ConfigFile {
  /** Pack IDs, each optionally pinned to an edition or year (`asam-criteria-3@2013`). */
  standards?: string[];
  /** Pack files, relative to the config's folder. */
  packs?: string[];
  fail_on?: 'error' | 'warning';
  max_warnings?: number;
  max_file_size_kb?: number;
  rules?: Record<string, RuleSeverity>;
  thresholds?: Partial<Thresholds>;
  qualifying_certifications?: string[];
  /** `required`: every claim section must cite evidence (EVID-02); `optional` (the default): evidence is shown where cited. */
  evidence?: 'optional' | 'required';
  waivers?: Waiver[];
}

export interface LoadedConfig {
  /** Absolute path of the config file, when one was found. */
  path?: string;
  /** Its name in messages and reports. */
  file?: string;
  config: ConfigFile;
}

/** A config is written by hand: as much as a program document may be is more than any needs. */
const CONFIG_LIMIT = DEFAULT_MAX_FILE_SIZE_KB * 1024;

/**
 * The config named by --config, else the nearest `.iop-audit.yaml` from `cwd` upward (within the
 * repository), else none. Only a regular file is read: a FIFO would keep every run waiting for a writer.
 */
export async function loadConfig(explicit: string | undefined, cwd: string, rules: readonly Rule[] | ((config: ConfigFile, path: string) => readonly Rule[])): Promise<LoadedConfig> {
  const path = explicit !== undefined ? resolve(cwd, explicit) : findUpward(cwd);
  if (path === undefined) return { config: {} };
  const file = displayPath(path, cwd);
  let read: ReturnType<typeof readInput>;
  try {
    read = readInput(path, CONFIG_LIMIT, false);
  } catch (error) {
    throw new UsageError(`cannot read config ${visible(explicit ?? file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if ('refused' in read) throw new UsageError(`cannot read config ${visible(explicit ?? file)}: ${read.refused}`);
  return { path, file, config: parseConfig(read.bytes.toString('utf8'), file, typeof rules === 'function' ? (config) => rules(config, path) : rules) };
}

/** Validates config text; any problem is a usage error naming file, line and column. */
/**
 * `rules` is the catalog rule names are checked against; given as a function, it is asked
 * once the config is valid, so that the rules of the config's own `packs:` can be loaded first.
 */
export function parseConfig(text: string, file: string, rules: readonly Rule[] | ((config: ConfigFile) => readonly Rule[])): ConfigFile {
  const loaded = loadYaml(text);
  const fail = (line: number, column: number, message: string, more: number): never => {
    throw new UsageError(`invalid config ${visible(file)}:${line}:${column}: ${message}${more > 0 ? ` (and ${more} more)` : ''}`);
  };
  // An empty config file is allowed: it means "all defaults".
  if (loaded.problems.length === 1 && /empty/.test(loaded.problems[0]!.message)) return {};
  if (loaded.problems.length > 0 || !loaded.locator) {
    const first = loaded.problems[0]!;
    return fail(first.line, first.column, first.message, loaded.problems.length - 1);
  }
  const problems = schemaProblems(validateConfigSchema as SchemaValidator, configSchema, loaded.data, loaded.locator);
  if (problems.length > 0) {
    const first = problems[0]!;
    return fail(first.line, first.column, first.message, problems.length - 1);
  }
  const config = loaded.data as ConfigFile;
  const privacy = justificationProblems(config, loaded.locator);
  if (privacy.length > 0) return fail(privacy[0]!.line, privacy[0]!.column, privacy[0]!.message, privacy.length - 1);
  // Rule names are checked against the catalog (the schema cannot know it) and stored by ID.
  const catalog = typeof rules === 'function' ? rules(config) : rules;
  const known = catalog.flatMap((r) => [r.id, r.alias]);
  const resolveRule = (name: string, pointer: string): string => {
    const lower = name.toLowerCase();
    const rule = catalog.find((r) => r.id.toLowerCase() === lower || r.alias.toLowerCase() === lower || (FORMER_ALIASES[lower] === r.id));
    if (rule) return rule.id;
    const position = loaded.locator!.locate(pointer, 'key');
    const guess = suggest(name, known);
    return fail(position.line, position.column, `unknown rule ${quote(name)}${guess ? `; did you mean '${guess}'?` : ''}`, 0);
  };
  if (config.rules) {
    config.rules = Object.fromEntries(Object.entries(config.rules).map(([name, severity]) => [resolveRule(name, `/rules/${name}`), severity]));
  }
  config.waivers?.forEach((waiver, index) => {
    waiver.rule = resolveRule(waiver.rule, `/waivers/${index}/rule`);
    // The schema checks the form of the date; the calendar is checked here (2099-02-30 has the form).
    const wrong = waiver.expires !== undefined ? notInCalendar(waiver.expires) : undefined;
    if (wrong) {
      const position = loaded.locator!.locate(`/waivers/${index}/expires`);
      fail(position.line, position.column, `waivers[${index}].expires: '${waiver.expires}' is not a date of the calendar: ${wrong}`, 0);
    }
  });
  return config;
}

/**
 * A waiver's justification is free text that reports repeat: one that looks like patient
 * data makes the config invalid, at its line, under the same screen as program documents.
 */
function justificationProblems(config: ConfigFile, locator: Locator): Problem[] {
  return (config.waivers ?? []).flatMap((waiver, index) => patientDataProblems(waiver.justification, locator, ['waivers', index, 'justification']));
}

/**
 * The nearest config from `start` upward. The search ends at the repository's top folder (the
 * one holding `.git`, a folder or, in a worktree, a file) or the file system's root: a config
 * outside the repository belongs to something else.
 */
function findUpward(start: string): string | undefined {
  let directory = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(directory, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(directory);
    if (parent === directory || existsSync(join(directory, '.git'))) return undefined;
    directory = parent;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a date of the form YYYY-MM-DD is not a day of the calendar ("February 2099 has 28 days"), or nothing when it is one. */
export function notInCalendar(date: string): string | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (!(month >= 1 && month <= 12)) return `there is no month ${month}`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day >= 1 && day <= days ? undefined : `${MONTHS[month - 1]} ${year} has ${days} days`;
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/');
}

export interface WaiverBook {
  waiverFor: NonNullable<AuditOptions['waiverFor']>;
  /** Expired waivers and waivers that covered nothing, as sentences for the report. */
  notices(): string[];
  /** Which waivers (by position in the config) have covered a failure so far. */
  used(): number[];
  /** Records waivers used by another copy of this book (a worker thread's), so notices cover the whole run. */
  markUsed(positions: readonly number[]): void;
}

/**
 * Decides which waiver covers a rule for a file. Globs are relative to the
 * config file's folder. A waiver past its expiry date no longer applies, and
 * the report says so; one that covered nothing is reported as unused.
 */
export function waiverBook(waivers: readonly Waiver[], configDir: string, cwd: string, today: string): WaiverBook {
  const entries = waivers.map((waiver) => ({
    waiver,
    matches: picomatch(waiver.files, { dot: true }),
    expired: waiver.expires !== undefined && waiver.expires < today,
    used: false,
  }));
  return {
    waiverFor(ruleId, file) {
      // Most configs have no waivers: skip resolving the path for every failing rule.
      if (entries.length === 0) return undefined;
      const fromConfig = relative(configDir, resolve(cwd, file)).split(sep).join('/');
      for (const entry of entries) {
        if (entry.waiver.rule !== ruleId || !(entry.matches(fromConfig) || entry.matches(file))) continue;
        if (entry.expired) continue;
        entry.used = true;
        return entry.waiver;
      }
      return undefined;
    },
    notices() {
      const notes: string[] = [];
      for (const { waiver, expired, used } of entries) {
        const name = `waiver for ${waiver.rule} (${waiver.files.join(', ')})`;
        if (expired) notes.push(`${name} expired on ${waiver.expires} and no longer applies`);
        else if (!used) notes.push(`${name} matched no failing result and can be removed`);
      }
      return notes;
    },
    used: () => entries.flatMap((entry, position) => (entry.used ? [position] : [])),
    markUsed(positions) {
      for (const position of positions) entries[position]!.used = true;
    },
  };
}

/** Today's date as YYYY-MM-DD in UTC; IOP_AUDIT_TODAY pins it (for reproducible reports and tests). */
export function today(env: Record<string, string | undefined>): string {
  const pinned = env.IOP_AUDIT_TODAY;
  if (pinned !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || notInCalendar(pinned)) throw new UsageError(`IOP_AUDIT_TODAY must be a date like 2027-06-30, got '${pinned}'`);
    return pinned;
  }
  return utcDate(Date.now());
}

/**
 * The UTC calendar date (YYYY-MM-DD) of a time in milliseconds, by arithmetic on days
 * since 1970 (the civil-from-days method): the same as Date's toISOString, without the
 * first-call cost of Date's formatting, which is a noticeable part of a one-document run.
 */
export function utcDate(ms: number): string {
  const z = Math.floor(ms / 86_400_000) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
