import { toPointer, type Locator } from '../yaml/locate.js';
import type { Problem } from './types.js';

/**
 * A program document describes a program, never a person. Text that looks
 * like a patient identifier is refused before anything else reads the
 * document, and the problem names where it is but never repeats it: a report
 * must not become a second copy of the identifier.
 *
 * Reviewed text. Some program text only looks like patient data: a founding
 * date beside the program's name ("Hope House, founded 03/01/1987"), a staff
 * member's review ("reviewed by Ann Lee on 03/04/2025"), the program's own
 * phone number. Ending its line with the YAML comment
 * `# iop-audit: not-patient-data` says a person has read it: the key and the
 * value on that line are then exempt from the weaker patterns (dates of birth,
 * names beside dates, phone numbers, e-mail addresses, patient and chart
 * numbers, nine digits inside other text), never from the strong ones (SSN
 * shapes, a value that is nine digits, medical record numbers), which are
 * refused on any line.
 *
 * Every pattern runs in time linear in the text: its quantifiers are all
 * bounded, so no text makes the matcher backtrack without end (a test reads
 * megabyte lines built to make it try).
 */
interface Pattern {
  kind: string;
  /** Refused even on a line marked as reviewed. */
  strong: boolean;
  test: (text: string) => boolean;
}

/** The comment that marks a line's key and value as reviewed, non-patient text. */
export const NOT_PATIENT_DATA_MARKER = 'iop-audit: not-patient-data';

/** A month's name or abbreviation in any case ("Jan", "JANUARY"), also inside patterns without the `i` flag. */
const MONTH = `(?:${['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
  .map((m) => [...m].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|')})[a-zA-Z]{0,6}\\.?`;
const ORDINAL = '(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])';
const FULL_YEAR = '(?:19|20)\\d{2}';
/** A year written in full or short ("1987", "87", "'87"). */
const ANY_YEAR = `(?:${FULL_YEAR}|'?\\d{2})(?!\\d)`;
/** Hyphen, the Unicode dashes and minus signs, and their full-width and small forms. */
const DASH = '\\-\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff0d';
/** Numeric (03/04/1987, 3/4/87, 1987-04-12) and spelled (4 March 1987, 4th of Mar '87, March 4th, 1987) dates. */
const DATE = `(?:\\d{1,2}[/.${DASH}]\\d{1,2}[/.${DASH}]${ANY_YEAR}|${FULL_YEAR}[/.${DASH}]\\d{1,2}[/.${DASH}]\\d{1,2}(?!\\d)`
  + `|\\d{1,2}${ORDINAL}?(?:\\s[oO][fF])?\\s${MONTH},?\\s${ANY_YEAR}|${MONTH}\\s\\d{1,2}${ORDINAL}?,?\\s${ANY_YEAR})`;

// Patterns are constants, not literals in the tests: a literal is a new object each time it is
// evaluated, and these run on most values of every document.
/** 123-45-6789, 123.45.6789, 123 45 6789, 123–45–6789, and mixtures: three, two and four digits, one to three separators apart. */
const SSN_SEPARATOR = `[\\s._/${DASH}]{1,3}`;
const SSN = new RegExp(String.raw`(?<!\d)\d{3}${SSN_SEPARATOR}\d{2}${SSN_SEPARATOR}\d{4}(?!\d)`);
const SSN_LABELLED = /\b(?:ssn|social security)\b[^a-z]{0,6}\d{9}(?!\d)/i;
const NINE_DIGITS_ALONE = /^\d{9}$/;
const NINE_DIGIT_RUN = /(?<!\d)\d{9}(?!\d)/;
/** Labels only a medical record number has: MRN, MR#, MR no., medical record (number). */
const MEDICAL_RECORD_NUMBER = /\b(?:mrn|mr ?(?:#|no\.?|num(?:ber)?)|med(?:ical)? rec(?:ord)?\.?(?: ?(?:number|num\.?|no\.?|#))?)[\s:#=.-]{0,4}[a-z]{0,3}\d{4}/i;
/** "Patient no." and "chart #" also start counts ("patient number 1200 served"), so they need five digits. */
const PATIENT_NUMBER = /\b(?:patient|chart) ?(?:id|number|num\.?|no\.?|#)[\s:#=.-]{0,4}[a-z]{0,3}\d{5}/i;
const DATE_OF_BIRTH = new RegExp(String.raw`\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)[\s:=,-]{0,4}${DATE}`, 'i');
const NAME_AND_DATE = new RegExp(String.raw`\b[A-Z][a-z]{1,30},?\s[A-Z][a-z]{1,30}\b[^\n]{0,12}${DATE}`);
/** (555) 867-5309, 555-867-5309, 555.867.5309, +1 555 867 5309. */
const PHONE_SEPARATOR = `[\\s.${DASH}]{1,2}`;
const PHONE = new RegExp(String.raw`(?<!\d)(?:\(\d{3}\)\s?|\d{3}${PHONE_SEPARATOR})\d{3}${PHONE_SEPARATOR}\d{4}(?!\d)`);
/** Something before an @, then a domain with a dot whose last label starts with a letter (so "room@10.30" is not one). */
const EMAIL = /[\w.%+-]@(?:[a-z0-9-]{1,63}\.){1,8}[a-z][a-z0-9-]{0,62}/i;

// Cheap conditions each pattern needs, tried first: the full patterns are slow to compile (a
// one-document run paid ~1.7 ms for them) and are then compiled only for text that may match.
/** Four digits in a row: every SSN, record number and phone number has them, and every date with a full year. */
const FOUR_DIGITS = /\d{4}/;
/** A digit, then a two-digit year within a few characters: every date whose year is short ("3/4/87", "4 Mar '87"). */
const SHORT_YEAR_DATE = /\d[^\d:]{1,20}\d\d/;
const BIRTH_WORD = /dob|d\.o\.b|birth|born/i;
const CAPITALISED_WORDS = /[A-Z][a-z]{1,30},?\s[A-Z][a-z]/;
const mayHoldDate = (text: string) => FOUR_DIGITS.test(text) || SHORT_YEAR_DATE.test(text);

/**
 * How many digits the text has: an SSN has nine, a phone number ten, and a date, the most common
 * text with digits in a program document, eight at most. Counted before those patterns, so that a
 * run whose documents hold dates but no such numbers never compiles them (~100 µs together).
 */
function digitCount(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/**
 * Whether the text has one of the words (in lower case) that a labelled pattern needs. The
 * patterns are case-insensitive only for ASCII letters, which lower-casing finds as well; the
 * record number's pattern alone costs ~240 µs to compile, paid by the first document with a date.
 */
function hasWord(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word));
}

const SSN_LABEL_WORDS = ['ssn', 'social security'];
const RECORD_LABEL_WORDS = ['mr', 'med'];
const PATIENT_LABEL_WORDS = ['patient', 'chart'];

export const IDENTIFIER_PATTERNS: readonly Pattern[] = [
  {
    kind: 'a social security number',
    strong: true,
    // Area 000, 666 and 9xx are never issued, but a lookalike is still refused.
    test: (text) => digitCount(text) >= 9 && (SSN.test(text) || (hasWord(text, SSN_LABEL_WORDS) && SSN_LABELLED.test(text)) || NINE_DIGITS_ALONE.test(text.trim())),
  },
  {
    kind: 'a medical record number',
    strong: true,
    test: (text) => FOUR_DIGITS.test(text) && hasWord(text, RECORD_LABEL_WORDS) && MEDICAL_RECORD_NUMBER.test(text),
  },
  {
    kind: 'a social security number',
    strong: false,
    // Nine digits inside other text: a grant or provider number may have them too.
    test: (text) => digitCount(text) >= 9 && NINE_DIGIT_RUN.test(text),
  },
  {
    kind: 'a medical record number',
    strong: false,
    test: (text) => FOUR_DIGITS.test(text) && hasWord(text, PATIENT_LABEL_WORDS) && PATIENT_NUMBER.test(text),
  },
  {
    kind: 'a date of birth',
    strong: false,
    test: (text) => mayHoldDate(text) && BIRTH_WORD.test(text) && DATE_OF_BIRTH.test(text),
  },
  {
    kind: 'a name with a date of birth',
    strong: false,
    // "Jane Doe 03/04/1985", "Doe, Jane (1985-03-04)", "Jane Doe, March 4th, '85": a capitalised name beside a calendar date.
    test: (text) => mayHoldDate(text) && CAPITALISED_WORDS.test(text) && NAME_AND_DATE.test(text),
  },
  {
    kind: 'a phone number',
    strong: false,
    test: (text) => digitCount(text) >= 10 && PHONE.test(text),
  },
  {
    kind: 'an e-mail address',
    strong: false,
    test: (text) => text.includes('@') && EMAIL.test(text),
  },
];

/** False only for text that no identifier pattern can match. */
export function mayHoldIdentifier(text: string): boolean {
  return FOUR_DIGITS.test(text) || text.includes('@') || SHORT_YEAR_DATE.test(text);
}

/** What a text looks like ("a social security number"), if it looks like a patient identifier. */
export function identifierKind(text: string): string | undefined {
  return matchingPattern(text)?.kind;
}

/** The first pattern (a strong one if any) that the text, read plainly, matches. */
function matchingPattern(text: string): Pattern | undefined {
  // One search settles most text (times such as 09:00 included).
  if (!WORTH_A_LOOK.test(text)) return undefined;
  const plain = readable(text);
  if (plain !== text && !mayHoldIdentifier(plain)) return undefined;
  return IDENTIFIER_PATTERNS.find((p) => p.test(plain));
}

/**
 * The text the patterns read: full-width and other compatibility forms of
 * digits and signs as their plain forms, and invisible characters (zero-width
 * spaces, soft hyphens, direction marks, control characters other than white
 * space) dropped, so that "１２３-45-6789" or "123\u200b-45-6789" is still seen.
 * Plain ASCII text, nearly all text, is read as it is.
 */
function readable(text: string): string {
  return UNUSUAL.test(text) ? text.normalize('NFKC').replace(INVISIBLE, '') : text;
}

const UNUSUAL = /[^\x20-\x7e\t\n\r]/;
/** What mayHoldIdentifier looks for (four digits, a short year, an @) or a character outside printable ASCII, in one search. */
const WORTH_A_LOOK = /\d(?:\d{3}|[^\d:]{1,20}\d\d)|[^\t\n\r\x20-\x3f\x41-\x7e]/;
const INVISIBLE = /[\p{Cf}\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/gu;

/** The lines (1-based) of a text that carry the not-patient-data comment; empty for nearly every document. */
export function reviewedLines(text: string): ReadonlySet<number> {
  const lines = new Set<number>();
  if (!text.includes(NOT_PATIENT_DATA_MARKER)) return lines;
  text.split('\n').forEach((line, index) => {
    if (REVIEWED_COMMENT.test(line)) lines.add(index + 1);
  });
  return lines;
}

/** The marker opening a comment: `#` at the line's start or after white space; a reason may follow it. */
const REVIEWED_COMMENT = new RegExp(`(?:^|\\s)#[ \\t]{0,8}${NOT_PATIENT_DATA_MARKER}(?![\\w-])`);

/** A locator that also knows the reviewed lines of its document (loadYaml gives one). */
export type ReviewedLocator = Locator & { readonly reviewedLines?: ReadonlySet<number> };

/**
 * Finds text in keys and values that looks like a patient identifier, in
 * `data` found at the path `under` of its document. The walk recurses, which
 * is about twice as fast as keeping its own stack, down to RECURSION_DEPTH
 * levels (deeper than any reader lets a document nest); data nested deeper
 * (aliases can build it) is screened by a walk with its own stack, so the
 * screen sees every value the parser accepts, however deeply nested.
 */
export function patientDataProblems(data: unknown, locator: ReviewedLocator, under: ReadonlyArray<string | number> = []): Problem[] {
  const problems: Problem[] = [];
  const path: (string | number)[] = [...under];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      screenText(value, 'value', path, locator, problems);
    } else if (typeof value === 'number') {
      if (Number.isInteger(value) && value >= 100_000_000 && value <= 999_999_999) problems.push(privacyProblem('a social security number', 'value', true, path, locator));
    } else if (value === null || typeof value !== 'object') {
      return;
    } else if (depth > RECURSION_DEPTH) {
      problems.push(...screenDeep(value, locator, path));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i], depth + 1);
        path.pop();
      }
    } else {
      for (const key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        path.push(key);
        if (!CLEAN_KEYS.has(key)) screenKey(key, path, locator, problems);
        visit((value as Record<string, unknown>)[key], depth + 1);
        path.pop();
      }
    }
  };
  visit(data, path.length);
  return problems;
}

const RECURSION_DEPTH = 200;

/**
 * Keys already screened and found clean, remembered for the documents after: nearly every key
 * is one of the format's own, the same in every document, and a key (a property name) is looked
 * up by its stored hash, cheaper than searching its text again.
 */
const CLEAN_KEYS = new Set<string>();
/** Keys remembered at most: a run over hostile documents with ever new keys stops adding, never grows without end. */
const CLEAN_KEYS_KEPT = 10_000;

function screenKey(key: string, path: readonly (string | number)[], locator: ReviewedLocator, problems: Problem[]): void {
  // WORTH_A_LOOK is matchingPattern's first search: text it does not match is clean, whatever the line.
  if (!WORTH_A_LOOK.test(key)) {
    if (CLEAN_KEYS.size < CLEAN_KEYS_KEPT) CLEAN_KEYS.add(key);
    return;
  }
  screenText(key, 'key', path, locator, problems);
}

/** The iterative walk, for data nested deeper than the recursive one goes. */
function screenDeep(data: unknown, locator: ReviewedLocator, under: ReadonlyArray<string | number> = []): Problem[] {
  const problems: Problem[] = [];
  // One path, cut back and extended as the walk goes: copied only when something is reported.
  const path: (string | number)[] = [...under];
  // Values still to visit, each with the depth of its path and the key or index that leads to it,
  // three entries a value in one array. A collection's members are pushed first to last, so they
  // are visited last to first: the problems are put back in document order at the end.
  const stack: unknown[] = [data, under.length, undefined];
  while (stack.length > 0) {
    const step = stack.pop() as string | number | undefined;
    const depth = stack.pop() as number;
    const value = stack.pop();
    // Setting an array's length is slow even when nothing changes; this runs for every key and value.
    if (path.length !== depth) path.length = depth;
    if (step !== undefined) path[depth - 1] = step;
    if (typeof step === 'string') check(step, 'key');
    if (typeof value === 'string') check(value, 'value');
    else if (typeof value === 'number' && Number.isInteger(value) && value >= 100_000_000 && value <= 999_999_999) {
      report('a social security number', 'value', true);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push(value[i], depth + 1, i);
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        if (Object.prototype.hasOwnProperty.call(value, key)) stack.push((value as Record<string, unknown>)[key], depth + 1, key);
      }
    }
  }
  function check(text: string, at: 'key' | 'value'): void {
    screenText(text, at, path, locator, problems);
  }
  function report(kind: string, at: 'key' | 'value', strong: boolean): void {
    problems.push(privacyProblem(kind, at, strong, path, locator));
  }
  return problems.length > 1 ? problems.sort((a, b) => a.line - b.line || a.column - b.column) : problems;
}

/** Screens one key or value at `path`, adding a problem when it looks like patient data. */
function screenText(text: string, at: 'key' | 'value', path: readonly (string | number)[], locator: ReviewedLocator, problems: Problem[]): void {
  const pattern = matchingPattern(text);
  if (!pattern) return;
  // The strong patterns come first, so a weak match means no strong one matched. Reviewed lines
  // are rare: only on a document that has some is the text's line looked up.
  const reviewed = locator.reviewedLines;
  if (!pattern.strong && reviewed !== undefined && reviewed.size > 0 && reviewed.has(locator.locate(toPointer(path), at).line)) return;
  problems.push(privacyProblem(pattern.kind, at, pattern.strong, path, locator));
}

function privacyProblem(kind: string, at: 'key' | 'value', strong: boolean, path: readonly (string | number)[], locator: Locator): Problem {
  // A key's own text would be in its pointer, so a suspicious key is reported by its parent's pointer.
  const pointer = toPointer(at === 'key' ? path.slice(0, -1) : path);
  const where = at === 'key' ? 'a key here' : 'this value';
  const remedy = strong ? 'remove it' : `remove it, or if it is not patient data end its line with '# ${NOT_PATIENT_DATA_MARKER}'`;
  return {
    kind: 'privacy',
    pointer,
    message: `${where} looks like ${kind}; patient data must not be written here: ${remedy} (the value is not repeated in any report)`,
    ...locator.locate(toPointer(path), at),
  };
}

