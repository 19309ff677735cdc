import type { Program } from '../domain/program.js';
import { readAs } from '../domain/terms.js';
import { suggest } from './suggest.js';
import { toPointer } from '../yaml/locate.js';
import { programShape } from '../generated/program-shape.js';

/**
 * A value of a vocabulary field the audit read in a way the document did not
 * write it: another spelling or a synonym read as the vocabulary's word, or a
 * term an open list does not know, kept and counted by no rule. VOCAB-02
 * reports each reading and VOCAB-01 each unknown term, so that nothing is read silently.
 */
export interface Reading {
  pointer: string;
  /** The field, as `schema --field` names it. */
  field: string;
  written: string;
  /** The vocabulary's word it was read as; absent for an unlisted term of an open list. */
  read?: string;
  /** For an unlisted term: the vocabulary's word nearest to it, if one is near. */
  closest?: string;
}

/** Where a document's readings travel with it, from validation to the rules (never a key of the data). */
const READINGS = Symbol('readings');

export function readingsOf(program: Program): readonly Reading[] {
  return (program as { [READINGS]?: Reading[] })[READINGS] ?? [];
}

/** A value the template leaves for the writer to fill: `<program name>`, `TODO ...`, `TBD`. */
export const PLACEHOLDER = /^\s*(?:<[^<>\n]*>|(?:TODO|TBD)\b.*)\s*$/;

/**
 * The schema as the reading walks it: the vocabulary of each field that has one, and whether its
 * list is open (made from the program schema by scripts/build.mjs: src/generated/program-shape.js).
 */
export interface Shape {
  field: string;
  words?: { all: readonly string[]; known: ReadonlySet<string>; open: boolean };
  properties?: Record<string, Shape>;
  items?: Shape;
}

/**
 * Reads the document's vocabulary fields before the schema checks them: a value
 * the vocabulary writes differently ("CBT", "Group Counselling", "IOP") is
 * replaced by the vocabulary's word, and an unlisted term of an open list is
 * kept; each is recorded on the program for VOCAB-01 and VOCAB-02. Anything else is left for
 * the schema to judge. Changes values only, never keys, so every pointer still
 * locates its line.
 */
export function readTerms(data: unknown): void {
  const shape = programShape();
  if (!shape || data === null || typeof data !== 'object' || Array.isArray(data)) return;
  const readings: Reading[] = [];
  walk(data, shape, [], readings);
  if (readings.length > 0) Object.defineProperty(data, READINGS, { value: readings, enumerable: false });
}

// One path, pushed and popped, made into a pointer only for a value read another way: the walk
// visits every vocabulary field of every document, and nearly all of them are written as the vocabulary writes them.
function walk(node: unknown, shape: Shape, path: (string | number)[], readings: Reading[]): void {
  if (Array.isArray(node)) {
    const items = shape.items;
    if (items) for (let i = 0; i < node.length; i++) step(node as unknown as Record<number, unknown>, i, items, path, readings);
    return;
  }
  if (node === null || typeof node !== 'object' || !shape.properties) return;
  // for-in, not Object.keys: no array of keys made for every mapping (a document's data has no inherited keys).
  for (const key in node) {
    const inner = shape.properties[key];
    if (inner) step(node as Record<string, unknown>, key, inner, path, readings);
  }
}

/** A list item or a mapping's value: a vocabulary term read (and replaced by the vocabulary's word), or walked into. */
function step<K extends string | number>(container: Record<K, unknown>, key: K, shape: Shape, path: (string | number)[], readings: Reading[]): void {
  const value = container[key];
  path.push(key);
  if (typeof value !== 'string') walk(value, shape, path, readings);
  else if (shape.words) {
    const read = reading(value, shape, path, readings);
    if (read !== undefined) container[key] = read;
  }
  path.pop();
}

/** The vocabulary's word for `written` when it is another way of writing one; records what was read. */
function reading(written: string, shape: Shape, path: readonly (string | number)[], readings: Reading[]): string | undefined {
  const words = shape.words!;
  if (words.known.has(written) || PLACEHOLDER.test(written) || !/\S/.test(written)) return undefined;
  const read = readAs(written, words.all);
  if (read !== undefined) {
    readings.push({ pointer: toPointer(path), field: shape.field, written, read });
    return read;
  }
  if (words.open) {
    const closest = closestWord(written, words.all);
    readings.push({ pointer: toPointer(path), field: shape.field, written, ...(closest ? { closest } : {}) });
  }
  return undefined;
}

const CLOSEST = new WeakMap<readonly string[], Map<string, string | undefined>>();
/** Terms remembered per vocabulary: a provider's documents repeat their unlisted terms, and the search compares with every word. */
const CLOSEST_KEPT = 1000;

/** The vocabulary's word nearest to an unlisted term (see suggest), remembered for the next document that writes it. */
function closestWord(written: string, words: readonly string[]): string | undefined {
  let known = CLOSEST.get(words);
  if (!known) CLOSEST.set(words, (known = new Map()));
  if (known.has(written)) return known.get(written);
  const closest = suggest(written, words);
  if (known.size < CLOSEST_KEPT) known.set(written, closest);
  return closest;
}
