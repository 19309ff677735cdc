import type { Program } from '../domain/program.js';
import { SUBSTANCE_FOCUS } from '../domain/vocabulary.js';

/**
 * Whether the program treats substance use. A document that does not state its
 * focus is assumed to: the substance-use rules then apply rather than pass unseen.
 */
export function servesSubstanceUse(program: Program): boolean {
  const focus = program.program.focus;
  return focus === undefined || focus.some((f) => SUBSTANCE_FOCUS.has(f));
}

/** Whether the program declares itself an IOP, or declares no level (and is audited as one). */
export function auditedAsIop(program: Program): boolean {
  const level = program.program.level_of_care;
  return level === undefined || level === 'intensive-outpatient';
}

/** Hours with at most two decimals, without trailing zeros: 7.5, 9, 0.33. */
export function hours(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Items as a sentence lists them: "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A number of hours as a sentence says it: "1 hour", "2.5 hours". */
export function hoursCount(value: number): string {
  const shown = hours(value);
  return `${shown} hour${shown === '1' ? '' : 's'}`;
}

/** A vocabulary word as a sentence says it: "older-adults" -> "older adults". */
export function inWords(word: string): string {
  return word.replace(/[-_]+/g, ' ');
}
