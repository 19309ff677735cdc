import type { EvidenceCitation, Position, SourceDocument } from '../core/types.js';
import type { Program } from './program.js';
import { toPointer } from '../yaml/locate.js';

/**
 * Evidence references: `evidence: [P-12 §4.2]` beside a claim names a document of
 * `source_documents` by its ID and, after white space, where in it the claim is written
 * ("§4.2", "p. 3", "section 5, effective 2026-01-01": free text, kept as written).
 * Pure: read from the validated document, no I/O.
 */

/** One reference as written, where it is, and what it names. */
export interface EvidenceReference extends EvidenceCitation {
  /** The JSON pointer of the reference itself (`/admission/assessment/evidence/1`), for its line and column. */
  at: string;
}

/** Splits a reference into the source document's ID and the locator that follows it. */
export function parseReference(ref: string): { id: string; locator?: string } {
  const trimmed = ref.trim();
  const space = trimmed.search(/\s/);
  if (space < 0) return { id: trimmed };
  return { id: trimmed.slice(0, space), locator: trimmed.slice(space).trim() };
}

/** The document's evidence references, in document order, each resolved against its source documents (the first listing of an ID wins). */
export function evidenceReferences(program: Program): readonly EvidenceReference[] {
  let found = referencesOf.get(program);
  if (found === undefined) {
    const listed = new Map<string, SourceDocument>();
    for (const document of program.source_documents ?? []) if (!listed.has(document.id)) listed.set(document.id, document);
    found = [];
    collect(program, [], listed, found);
    referencesOf.set(program, found);
  }
  return found;
}

// The engine and the EVID rules read the same document's references: walked once.
const referencesOf = new WeakMap<Program, EvidenceReference[]>();

function collect(node: unknown, path: (string | number)[], listed: ReadonlyMap<string, SourceDocument>, into: EvidenceReference[]): void {
  // One path, pushed and popped: this walks every node of every document, most of which cite nothing.
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      const item: unknown = node[index];
      if (item === null || typeof item !== 'object') continue;
      path.push(index);
      collect(item, path, listed, into);
      path.pop();
    }
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const key in node) {
    const value = (node as Record<string, unknown>)[key];
    // The schema allows `evidence` only as a list of references on a section or list item.
    if (key === 'evidence' && path.length > 0 && Array.isArray(value)) {
      const pointer = toPointer(path);
      value.forEach((ref: string, index) => {
        const { id, locator } = parseReference(ref);
        const document = listed.get(id);
        into.push({ ref, id, ...(locator !== undefined ? { locator } : {}), pointer, ...(document ? { document } : {}), at: `${pointer}/evidence/${index}` });
      });
    } else if (key !== 'source_documents' && value !== null && typeof value === 'object') {
      path.push(key);
      collect(value, path, listed, into);
      path.pop();
    }
  }
}

/**
 * Which citations bear on a result. A result (and each of its findings) names a JSON
 * pointer; the citations that bear on it are those carried
 *  - by the object the pointer names or any object inside it (the timetable's evidence
 *    and each block's, for a result at /schedule/timetable), and
 *  - by each object that holds it, up to but not including the document's root (the
 *    schedule's evidence, for a result at /schedule/timetable/2/end).
 * A sibling's evidence never counts (a contract cited on services.medical says nothing
 * about services.family), and a pointer at the root itself cites nothing: the whole
 * document is not one claim. Top-level lists (approaches) cannot carry evidence of their
 * own: the program section's evidence bears on them, as claims the program makes. Built once per document, in time linear in its references
 * times their depth; each look-up costs the pointer's depth plus what it returns.
 */
export interface EvidenceIndex {
  /** The citations bearing on any of these pointers, in document order, each once. */
  citing(pointers: readonly string[]): EvidenceCitation[];
}

/** `locate` gives each citation the line and column of its reference (the engine passes the document's locator). */
export function evidenceIndex(program: Program, locate?: (pointer: string) => Position): EvidenceIndex {
  const references = evidenceReferences(program);
  if (references.length === 0) return NO_EVIDENCE;
  // Per object pointer: the citations it carries itself, and those it or anything inside it carries.
  const carried = new Map<string, number[]>();
  const within = new Map<string, number[]>();
  references.forEach((reference, order) => {
    push(carried, reference.pointer, order);
    for (const prefix of prefixes(reference.pointer)) push(within, prefix, order);
  });
  const citations = references.map(({ ref, id, locator, pointer, document, at }): EvidenceCitation => {
    const position = locate?.(at);
    return {
      ref, id, ...(locator !== undefined ? { locator } : {}), pointer,
      ...(position ? { line: position.line, column: position.column } : {}), ...(document ? { document } : {}),
    };
  });
  const topLevelLists = new Set(Object.keys(program).filter((key) => key !== 'source_documents' && Array.isArray((program as unknown as Record<string, unknown>)[key])).map((key) => `/${key}`));
  return {
    citing(pointers) {
      const orders = new Set<number>();
      for (const pointer of pointers) {
        if (pointer === '') continue;
        for (const order of within.get(pointer) ?? []) orders.add(order);
        const holders = prefixes(pointer);
        // The pointer itself was covered by `within`; its holders add what they carry.
        for (let i = 0; i < holders.length - 1; i++) for (const order of carried.get(holders[i]!) ?? []) orders.add(order);
        if (topLevelLists.has(holders[0]!)) for (const order of carried.get('/program') ?? []) orders.add(order);
      }
      return [...orders].sort((a, b) => a - b).map((order) => citations[order]!);
    },
  };
}

const NO_EVIDENCE: EvidenceIndex = { citing: () => [] };

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `/a/b/c` → `/a`, `/a/b`, `/a/b/c` (the root excluded). */
function prefixes(pointer: string): string[] {
  const out: string[] = [];
  for (let at = pointer.indexOf('/', 1); at > 0; at = pointer.indexOf('/', at + 1)) out.push(pointer.slice(0, at));
  if (pointer !== '') out.push(pointer);
  return out;
}
