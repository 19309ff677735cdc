import { toPointer, type Locator } from './locate.js';
import type { Problem } from './types.js';

/**
 * A program document describes a program, never a person. Text that looks
 * like a patient identifier is refused before anything else reads the
 * document, and the problem names where it is but never repeats it: a report
 * must not become a second copy of the identifier.
 */
interface Pattern {
  kind: string;
  test: (text: string) => boolean;
}

/** A month's name or abbreviation in any case ("Jan", "JANUARY"), also inside patterns without the `i` flag. */
const MONTH = `(?:${['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
  .map((m) => [...m].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|')})[a-zA-Z]*`;
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2} ${MONTH} (?:19|20)\d{2}|${MONTH} \d{1,2},? (?:19|20)\d{2})`;

const DATE_OF_BIRTH = new RegExp(String.raw`\b(?:dob|d\.o\.b\.|date of birth|birth ?date|born(?: on)?)\b\s*[:=]?\s*${DATE}`, 'i');
const NAME_AND_DATE = new RegExp(String.raw`\b[A-Z][a-z]+,? [A-Z][a-z]+\b[^\n]{0,12}${DATE}`);

// Patterns are constants, not literals in the tests: a literal is a new object each time it is
// evaluated, and these run on most values of every document.
const SSN = /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/;
const SSN_LABELLED = /\b(?:ssn|social security)\b[^a-z]{0,6}\d{9}\b/i;
const MEDICAL_RECORD_NUMBER = /\b(?:mrn|medical record(?: number| no\.?| #)?|patient (?:id|number|no\.?)|chart (?:number|no\.?|#))\s*[:#=]?\s*[a-z]{0,3}\d{4,}/i;
/** Four digits in a row: every pattern above has them (a date's year, an SSN's last group, an MRN). */
const FOUR_DIGITS = /\d{4}/;
// Cheap conditions each pattern needs, tried first: the full patterns are slow to compile (a
// one-document run paid ~1.7 ms for them) and are then compiled only for text that may match.
const SSN_SHAPE = /\d{3}[- ]\d{2}[- ]\d{4}/;
const NINE_DIGITS = /\d{9}/;
const RECORD_WORD = /mrn|medical record|patient |chart /i;
/** Every DATE form has a year from 1900 to 2099. */
const YEAR = /(?:19|20)\d{2}/;

export const IDENTIFIER_PATTERNS: readonly Pattern[] = [
  {
    kind: 'a social security number',
    // 123-45-6789 or 123 45 6789; area 000, 666 and 9xx are never issued, but a lookalike is still refused.
    test: (text) => (SSN_SHAPE.test(text) && SSN.test(text)) || (NINE_DIGITS.test(text) && SSN_LABELLED.test(text)),
  },
  {
    kind: 'a medical record number',
    test: (text) => RECORD_WORD.test(text) && MEDICAL_RECORD_NUMBER.test(text),
  },
  {
    kind: 'a date of birth',
    test: (text) => YEAR.test(text) && DATE_OF_BIRTH.test(text),
  },
  {
    kind: 'a name with a date of birth',
    // "Jane Doe 03/04/1985", "Doe, Jane (1985-03-04)": a capitalised name beside a calendar date.
    test: (text) => YEAR.test(text) && NAME_AND_DATE.test(text),
  },
];

/** False only for text that no identifier pattern can match. */
export function mayHoldIdentifier(text: string): boolean {
  return FOUR_DIGITS.test(text);
}

/** Finds text in keys and values that looks like a patient identifier. */
export function patientDataProblems(data: unknown, locator: Locator): Problem[] {
  const problems: Problem[] = [];
  // One path, pushed and popped as the walk goes: copied only when something is reported.
  const path: (string | number)[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 64) return;
    if (typeof value === 'string') check(value, 'value');
    else if (typeof value === 'number' && Number.isInteger(value) && value >= 100_000_000 && value <= 999_999_999) {
      report('a social security number', 'value');
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i], depth + 1);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        path.push(key);
        check(key, 'key');
        visit((value as Record<string, unknown>)[key], depth + 1);
        path.pop();
      }
    }
  };
  const check = (text: string, at: 'key' | 'value') => {
    // Most text (times such as 09:00 included) can be skipped at once.
    if (!mayHoldIdentifier(text)) return;
    const match = IDENTIFIER_PATTERNS.find((p) => p.test(text));
    if (match) report(match.kind, at);
  };
  const report = (kind: string, at: 'key' | 'value') => {
    // A key's own text would be in its pointer, so a suspicious key is reported by its parent's pointer.
    const pointer = toPointer(at === 'key' ? path.slice(0, -1) : path);
    const where = at === 'key' ? 'a key here' : 'this value';
    problems.push({
      kind: 'privacy',
      pointer,
      message: `${where} looks like ${kind}; a program document must not hold patient data: remove it (the value is not repeated in any report)`,
      ...locator.locate(toPointer(path), at),
    });
  };
  visit(data, 0);
  return problems;
}
