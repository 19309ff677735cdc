import type { ScheduleFacts } from '../domain/facts.js';
import { pointerSegments } from '../yaml/locate.js';
import type { Program } from '../domain/program.js';

/**
 * The closed set of checks a pack written in YAML may use, and the facts it may
 * read. Pack rules are data: these functions are the only code they run.
 */
export type Scalar = string | number | boolean;
export type Check =
  | { present: true }
  | { equals: Scalar }
  | { one_of: Scalar[] }
  | { not_one_of: Scalar[] }
  | { includes: string | number }
  | { excludes: string | number }
  | { at_least: number }
  | { at_most: number }
  | { between: [number, number] }
  | { matches: string }
  | { count_at_least: number }
  | { count_at_most: number };

export type FactName =
  | 'treatment_hours_per_week' | 'longest_day_hours' | 'days_per_week' | 'program_length_days'
  | 'adjunctive_hours_per_week' | 'weekly_floor' | 'implied_level';

/** A fact's value, and the place in the document a finding about it points at. */
export function factValue(name: FactName, program: Program, facts: ScheduleFacts): { value: unknown; pointer: string } {
  const schedule = facts.source === 'timetable' ? '/schedule/timetable' : '/schedule';
  switch (name) {
    case 'treatment_hours_per_week': return { value: facts.treatmentHoursPerWeek ?? undefined, pointer: schedule };
    case 'longest_day_hours': return { value: facts.longestDayHours ?? undefined, pointer: schedule };
    case 'days_per_week': return { value: facts.daysPerWeek ?? undefined, pointer: schedule };
    case 'adjunctive_hours_per_week': return { value: facts.adjunctiveHoursPerWeek, pointer: schedule };
    case 'weekly_floor': return { value: facts.weeklyFloor, pointer: '/program/populations' };
    case 'implied_level': return { value: facts.impliedLevel ?? undefined, pointer: schedule };
    case 'program_length_days': {
      const length = program.schedule?.program_length;
      const days = length?.minimum_days !== undefined || length?.typical_weeks !== undefined
        ? Math.max(length.minimum_days ?? 0, Math.round((length.typical_weeks ?? 0) * 7))
        : undefined;
      return { value: days, pointer: '/schedule/program_length' };
    }
  }
}

/** The value at a JSON pointer in the program, or undefined. */
export function valueAt(program: Program, pointer: string): unknown {
  let node: unknown = program;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const MAX_MATCHED_LENGTH = 2000;

/** Whether a value passes a check; `pattern` is the check's compiled regular expression for `matches`. */
export function passes(check: Check, value: unknown, pattern?: RegExp): boolean {
  const list = Array.isArray(value) ? value : undefined;
  if ('present' in check) return value !== undefined && value !== null && !(list?.length === 0) && value !== '';
  if ('equals' in check) return value === check.equals;
  if ('one_of' in check) return value !== undefined && (list ?? [value]).every((v) => check.one_of.includes(v as Scalar));
  if ('not_one_of' in check) return (list ?? (value === undefined ? [] : [value])).every((v) => !check.not_one_of.includes(v as Scalar));
  if ('includes' in check) return list?.includes(check.includes) ?? false;
  if ('excludes' in check) return !(list?.includes(check.excludes) ?? false);
  if ('at_least' in check) return typeof value === 'number' && value >= check.at_least;
  if ('at_most' in check) return typeof value === 'number' && value <= check.at_most;
  if ('between' in check) return typeof value === 'number' && value >= check.between[0] && value <= check.between[1];
  // A pattern is the pack author's; the text it runs on is bounded so that no pattern can stall a run on a long value.
  if ('matches' in check) return typeof value === 'string' && value.length <= MAX_MATCHED_LENGTH && pattern!.test(value);
  if ('count_at_least' in check) return (list?.length ?? 0) >= check.count_at_least;
  return (list?.length ?? 0) <= check.count_at_most;
}

/** What a check expects, in words, for `{expected}` in a message. */
export function expected(check: Check): string {
  if ('present' in check) return 'a value';
  if ('equals' in check) return String(check.equals);
  if ('one_of' in check) return `one of ${check.one_of.join(', ')}`;
  if ('not_one_of' in check) return `none of ${check.not_one_of.join(', ')}`;
  if ('includes' in check) return `a list that includes ${check.includes}`;
  if ('excludes' in check) return `a list without ${check.excludes}`;
  if ('at_least' in check) return `at least ${check.at_least}`;
  if ('at_most' in check) return `at most ${check.at_most}`;
  if ('between' in check) return `between ${check.between[0]} and ${check.between[1]}`;
  if ('matches' in check) return `text matching /${check.matches}/`;
  if ('count_at_least' in check) return `at least ${check.count_at_least} item(s)`;
  return `at most ${check.count_at_most} item(s)`;
}

/** A found value as a message shows it: lists joined, nothing said plainly, long text cut. */
export function shownValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : value.map((v) => shownValue(v)).join(', ');
  if (typeof value === 'object') return 'a section';
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Facts in words, for a fix a reader can act on. */
const FACT_WORDS: Readonly<Record<FactName, string>> = {
  treatment_hours_per_week: 'weekly treatment hours',
  longest_day_hours: 'hours of the longest treatment day',
  days_per_week: 'treatment days a week',
  program_length_days: 'program length in days',
  adjunctive_hours_per_week: 'weekly hours of adjunctive activities',
  weekly_floor: 'weekly hours the age groups served need',
  implied_level: 'level of care the schedule implies',
};

/**
 * What is looked at, in words: a fact by its meaning, a document field by its
 * last two names ("drug testing per week"), list positions left out.
 */
export function lookedAtInWords(look: { pointer: string } | { fact: FactName }): string {
  if ('fact' in look) return FACT_WORDS[look.fact];
  const names = pointerSegments(look.pointer).filter((s) => !/^\d+$/.test(s)).map((s) => s.replace(/[_-]+/g, ' '));
  return names.slice(-2).join(' ') || 'document';
}

/** A yes-or-no answer as a reader says it. */
function yesOrNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** What to change for a failed closed check, with its numbers: "Set X to at least 9 (now 6)." */
export function fixFor(check: Check, field: string, value: unknown): string {
  const missing = value === undefined || value === null;
  const now = missing ? '' : ` (now ${typeof value === 'boolean' ? yesOrNo(value) : shownValue(value)})`;
  const count = Array.isArray(value) ? ` (now ${value.length})` : '';
  if ('present' in check) return `State the ${field}.`;
  if ('equals' in check) return `Set the ${field} to ${typeof check.equals === 'boolean' ? yesOrNo(check.equals) : String(check.equals)}${now}.`;
  if ('one_of' in check) return `Set the ${field} to one of ${check.one_of.join(', ')}${now}.`;
  if ('not_one_of' in check) {
    const refused = (Array.isArray(value) ? value : [value]).filter((v) => check.not_one_of.includes(v as Scalar)).map(String);
    return Array.isArray(value) ? `Remove ${refused.join(', ')} from the ${field}.` : `Change the ${field} from '${refused.join(', ')}', which is not accepted.`;
  }
  if ('includes' in check) return `Add ${check.includes} to the ${field}.`;
  if ('excludes' in check) return `Remove ${check.excludes} from the ${field}.`;
  if ('at_least' in check) return missing ? `State the ${field}: at least ${check.at_least}.` : `Set the ${field} to at least ${check.at_least}${now}.`;
  if ('at_most' in check) return missing ? `State the ${field}: at most ${check.at_most}.` : `Set the ${field} to at most ${check.at_most}${now}.`;
  if ('between' in check) return `Set the ${field} to between ${check.between[0]} and ${check.between[1]}${now}.`;
  if ('matches' in check) return missing ? `State the ${field}, in the form the pack asks for.` : `Write the ${field} in the form the pack asks for${now}.`;
  if ('count_at_least' in check) return `List at least ${check.count_at_least} item(s) in the ${field}${count}.`;
  return `List at most ${check.count_at_most} item(s) in the ${field}${count}.`;
}
