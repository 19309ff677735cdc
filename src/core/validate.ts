import programSchema from '../../schemas/program.schema.json' with { type: 'json' };
import { validateProgramSchema } from '../generated/validators.js';
import type { Locator } from '../yaml/locate.js';
import { LIST_INDEX, pointerSegments } from '../yaml/locate.js';
import { patientDataProblems } from './privacy.js';
import { PLACEHOLDER, readTerms } from './readings.js';
import { minutesOf, type Program } from '../domain/program.js';
import { quote, sanitize } from './sanitize.js';
import { suggest } from './suggest.js';
import { fieldPath } from '../domain/terms.js';
import type { Problem } from './types.js';

/** The part of an ajv error object the messages need (ajv's own type is not exported by standalone code). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/**
 * Turns a schema validator's errors into problems with plain messages and
 * positions: an unknown key is reported at the key with a "did you mean";
 * a missing key at its parent; anything else at the offending value.
 */
export function schemaProblems(
  validator: SchemaValidator,
  schema: object,
  data: unknown,
  locator: Locator,
): Problem[] {
  if (validator(data)) return [];
  const described = (validator.errors ?? []).map((error) => describe(error, schema, data));
  // A misspelt required key is one mistake, not two: the unknown key's did-you-mean already names
  // the key that is missing ('nme', did you mean 'name'?), so its "missing the required key" is left out.
  const meant = new Set(described.flatMap((d) => (d.meant !== undefined ? [d.meant] : [])));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { pointer, message, at, missing } of described) {
    if (missing && meant.has(pointer)) continue;
    const key = `${pointer}\0${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ kind: 'schema', pointer, message, ...locator.locate(pointer, at) });
  }
  // Ties in code-point order, not the locale's: the same bytes on every machine.
  return listed(problems.sort((a, b) => a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)));
}

/** Most problems listed for one document: past these, more lines help no one, and a hostile document can hold a hundred thousand. */
export const MAX_PROBLEMS = 100;

/** The first MAX_PROBLEMS problems and, when there are more, one line counting the rest, where the first of them is. */
export function listed(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  const { kind, line, column } = problems[MAX_PROBLEMS]!;
  const more: Problem = { kind, pointer: '', message: `and ${rest} more ${rest === 1 ? 'problem' : 'problems'}, not listed`, line, column };
  return [...problems.slice(0, MAX_PROBLEMS), more];
}

/**
 * Validates a parsed program document: patient data first (so that no later
 * message can repeat it), then the vocabulary fields are read (synonyms and
 * other spellings become the vocabulary's words, src/core/readings.ts), then
 * the schema, then the timetable's times.
 */
export function validateProgram(data: unknown, locator: Locator): Problem[] {
  const privacy = patientDataProblems(data, locator);
  if (privacy.length > 0) return listed(privacy);
  readTerms(data);
  const problems = schemaProblems(validateProgramSchema as SchemaValidator, programSchema, data, locator);
  if (problems.length > 0) return problems;
  return listed(timetableProblems(data as Program, locator));
}

/** A block must end after it starts: the arithmetic never sees negative or empty blocks. */
function timetableProblems(program: Program, locator: Locator): Problem[] {
  const problems: Problem[] = [];
  program.schedule?.timetable?.forEach((block, index) => {
    const length = minutesOf(block.end) - minutesOf(block.start);
    if (length <= 0) {
      const pointer = `/schedule/timetable/${index}/end`;
      const message = block.end === block.start
        ? `block on ${block.day} ends when it starts (${block.start}): give it a length`
        : `block on ${block.day} ends at ${block.end}, before it starts at ${block.start}`;
      problems.push({ kind: 'schedule', pointer, message, ...locator.locate(pointer) });
      return;
    }
    if (block.minutes === undefined) return;
    let timed = 0;
    for (const [activity, minutes] of Object.entries(block.minutes)) {
      timed += minutes;
      if (!block.activities.includes(activity)) {
        const pointer = `/schedule/timetable/${index}/minutes/${activity}`;
        problems.push({ kind: 'schedule', pointer, message: `minutes are given for ${shown(activity)}, which the block on ${block.day} does not list in its activities`, ...locator.locate(pointer, 'key') });
      }
    }
    if (timed > length) {
      const pointer = `/schedule/timetable/${index}/minutes`;
      problems.push({ kind: 'schedule', pointer, message: `the block on ${block.day} (${block.start}–${block.end}) lasts ${length} minutes, but its activities are given ${timed}`, ...locator.locate(pointer) });
    }
  });
  return problems;
}

/** A schema error in words: where, what, and (for a misspelt key) the key it stands for, or whether it is a key left out. */
interface Described {
  pointer: string;
  message: string;
  at: 'key' | 'value';
  /** An unknown key's did-you-mean, as the pointer of the key meant. */
  meant?: string;
  /** A required key left out. */
  missing?: boolean;
}

function describe(error: SchemaError, schema: object, data: unknown): Described {
  const where = error.instancePath;
  const field = fieldName(where);
  const value = valueAt(data, where);
  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = String(error.params.additionalProperty);
      const known = Object.keys((schemaAt(schema, error.schemaPath, 1) as { properties?: object }).properties ?? {});
      const guess = suggest(unknown, known);
      const pointer = `${where}/${escape(unknown)}`;
      const hint = guess ? `; did you mean '${guess}'?` : `; expected one of: ${known.join(', ')}`;
      return { pointer, message: `unknown key ${shown(unknown)} in ${field}${hint}`, at: 'key', ...(guess ? { meant: `${where}/${escape(guess)}` } : {}) };
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      return { pointer: `${where}/${escape(missing)}`, message: `${field} is missing the required key '${missing}'`, at: 'value', missing: true };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const choices = allowed.length <= 12 ? `one of: ${allowed.join(', ')}` : `a value listed by \`iop-audit schema --field ${fieldPath(pointerSegments(where))}\``;
      if (typeof value === 'string' && PLACEHOLDER.test(value)) return { pointer: where, message: `${field}: placeholder left unfilled (${shown(value)}): write ${choices}`, at: 'value' };
      const guess = typeof value === 'string' ? suggest(value, allowed) : undefined;
      const hint = guess ? `did you mean '${guess}'?` : `expected ${choices}`;
      return { pointer: where, message: `${field}: ${shown(value)} is not an allowed value; ${hint}`, at: 'value' };
    }
    case 'const':
      return { pointer: where, message: `${field} must be ${JSON.stringify(error.params.allowedValue)} (got ${shown(value)})`, at: 'value' };
    case 'type': {
      if (TIME_FIELD.test(where)) return { pointer: where, message: notATime(field, value), at: 'value' };
      // A whole file that is not a mapping (an .env file, a note) is named by its kind: its text may be anything.
      return { pointer: where, message: `${field} must be ${article(String(error.params.type))} (got ${where === '' ? kindAlone(value) : kindOf(value)})`, at: 'value' };
    }
    case 'pattern': {
      if (String(error.params.pattern) === TIME_PATTERN) return { pointer: where, message: notATime(field, value), at: 'value' };
      const form = PATTERN_FORMS[String(error.params.pattern)];
      if (form === undefined) return { pointer: where, message: `${field} must not be empty`, at: 'value' };
      return { pointer: where, message: `${field}: ${shown(value)} is not ${form}`, at: 'value' };
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const words = { minimum: 'at least', exclusiveMinimum: 'more than', maximum: 'at most', exclusiveMaximum: 'less than' };
      return { pointer: where, message: `${field} must be ${words[error.keyword]} ${String(error.params.limit)} (got ${shown(value)})`, at: 'value' };
    }
    case 'minItems':
      return { pointer: where, message: `${field} must list at least ${String(error.params.limit)} value(s)`, at: 'value' };
    case 'uniqueItems':
      return { pointer: `${where}/${String(error.params.i)}`, message: `${field} lists ${shown(valueAt(data, `${where}/${String(error.params.i)}`))} more than once`, at: 'value' };
    default:
      return { pointer: where, message: `${field} ${sanitize(error.message ?? 'is not valid')}`, at: 'value' };
  }
}

/** The schema's pattern for a time of day, and the fields that hold one. */
const TIME_PATTERN = '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$';
const TIME_FIELD = /^\/schedule\/timetable\/\d+\/(?:start|end)$/;

function notATime(field: string, value: unknown): string {
  return `${field}: ${shown(value)} is not a time as the format writes it: ${timeHint(value) ?? 'write a 24-hour time as HH:MM, like "17:30"'}`;
}

/**
 * The right form of a time written another way ("5pm", "1730", "9:00", "17.30",
 * which YAML reads as the number 17.3), as 'write "17:30" (24-hour HH:MM)';
 * undefined when no time can be made out of it.
 */
export function timeHint(value: unknown): string | undefined {
  let hours: number;
  let minutes: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    if (Number.isInteger(value)) {
      // 1730 or 930; a lone 17 is an hour.
      [hours, minutes] = value >= 100 ? [Math.floor(value / 100), value % 100] : [value, 0];
    } else {
      // 17.30 reaches us as 17.3: the digits after the point are minutes, a lone digit tens of them.
      const [whole, fraction = ''] = String(value).split('.');
      hours = Number(whole);
      minutes = Number(fraction.length === 1 ? `${fraction}0` : fraction.slice(0, 2));
    }
  } else if (typeof value === 'string') {
    const parts = /^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(value);
    if (!parts) return undefined;
    hours = Number(parts[1]);
    minutes = Number(parts[2] ?? 0);
    const half = parts[3]?.toLowerCase().replace(/\./g, '');
    if (half !== undefined) {
      if (hours < 1 || hours > 12) return undefined;
      hours = (hours % 12) + (half === 'pm' ? 12 : 0);
    }
  } else return undefined;
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  const time = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return `write "${time}" (24-hour HH:MM)`;
}

/** What each schema pattern means, for the message; the remaining pattern ("\\S") means "not empty". */
const PATTERN_FORMS: Record<string, string> = {
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$': 'a date like 2027-06-30',
  '^[A-Za-z0-9][A-Za-z0-9.-]*$': 'a short ID like "P-12" (letters, digits, "." and "-")',
  '^[A-Za-z0-9][A-Za-z0-9.-]*(?:[ \\t]+\\S.*)?$': 'a reference like "P-12 §4.2" (a source document\'s ID, then where in it)',
};

/**
 * A value as a message quotes it: a scalar short, screened and escaped (src/core/sanitize.ts),
 * a mapping or a list only by its kind, never whole.
 */
function shown(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return sanitize(String(value));
  return kindOf(value);
}

/** The field a pointer names, as a message writes it; its keys may come from the document, so it is screened too. */
function fieldName(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return 'the document';
  return sanitize(segments.map((s, i) => (LIST_INDEX.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join(''));
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The schema object a schemaPath names, `up` levels above its last segment. */
function schemaAt(schema: object, schemaPath: string, up: number): unknown {
  const segments = pointerSegments(schemaPath.replace(/^#/, ''));
  return valueAt(schema, segments.slice(0, segments.length - up).map((s) => `/${escape(s)}`).join(''));
}

function kindOf(value: unknown): string {
  if (typeof value === 'string') return `the text ${shown(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${shown(value)}`;
  return kindAlone(value);
}

/** What a value is, without any of its content. */
function kindAlone(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a single text value, not repeated here';
  return `a ${typeof value}`;
}

function article(type: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false' };
  return names[type] ?? type;
}
