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
      // Built field by field, optional ones in their place (not spread in): the same keys in the same order, cheaper.
      for (let index = 0; index < value.length; index++) {
        const ref = value[index] as string;
        const { id, locator } = parseReference(ref);
        const reference = { ref, id } as EvidenceReference;
        if (locator !== undefined) reference.locator = locator;
        reference.pointer = pointer;
        const document = listed.get(id);
        if (document) reference.document = document;
        reference.at = `${pointer}/evidence/${index}`;
        into.push(reference);
      }
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
  // The objects that carry evidence, each with its references: one `evidence` list each, so their
  // references are consecutive in document order. A document has a handful; a look-up compares a
  // pointer with each of them (no per-prefix tables to build for every document).
  const carriers: Carrier[] = [];
  references.forEach((reference, order) => {
    const last = carriers[carriers.length - 1];
    if (last !== undefined && last.pointer === reference.pointer) last.end = order + 1;
    else carriers.push({ pointer: reference.pointer, start: order, end: order + 1 });
  });
  // Citations are made (and located) when first cited: a reference no result cites costs no look-up.
  const citations: (EvidenceCitation | undefined)[] = new Array<EvidenceCitation | undefined>(references.length);
  const citation = (order: number): EvidenceCitation => {
    let made = citations[order];
    if (made === undefined) {
      const { ref, id, locator, pointer, document, at } = references[order]!;
      made = { ref, id } as EvidenceCitation;
      if (locator !== undefined) made.locator = locator;
      made.pointer = pointer;
      const position = locate?.(at);
      if (position) {
        made.line = position.line;
        made.column = position.column;
      }
      if (document) made.document = document;
      citations[order] = made;
    }
    return made;
  };
  // Carriers by the top-level section they are in: only a carrier of the pointer's own section can
  // hold it or be inside it, so a look-up compares a pointer with a few carriers, not all of them.
  const bySection = new Map<string, number[]>();
  carriers.forEach((carrier, index) => {
    const section = sectionOf(carrier.pointer);
    const list = bySection.get(section);
    if (list) list.push(index);
    else bySection.set(section, [index]);
  });
  // The program section's evidence also bears on the top-level lists (only looked for when the program section carries some).
  const programCarrier = carriers.findIndex((carrier) => carrier.pointer === '/program');
  const topLevelLists = programCarrier < 0 ? []
    : Object.keys(program).filter((key) => key !== 'source_documents' && Array.isArray((program as unknown as Record<string, unknown>)[key])).map((key) => `/${key}`);
  // Which carriers bear on the pointers of one look-up: made once per document, cleared after each look-up.
  const bearing = new Uint8Array(carriers.length);
  return {
    citing(pointers) {
      let any = false;
      for (const pointer of pointers) {
        if (pointer === '') continue;
        const section = sectionOf(pointer);
        for (const index of bySection.get(section) ?? NONE) {
          // The carrier is the object the pointer names, or inside it; or it holds that object.
          const carried = carriers[index]!.pointer;
          if (contains(pointer, carried) || contains(carried, pointer)) {
            bearing[index] = 1;
            any = true;
          }
        }
        if (programCarrier >= 0 && topLevelLists.includes(section)) {
          bearing[programCarrier] = 1;
          any = true;
        }
      }
      if (!any) return [];
      // Carriers in document order, each once: their citations come out in document order, each once.
      const cited: EvidenceCitation[] = [];
      for (let index = 0; index < carriers.length; index++) {
        if (bearing[index] === 0) continue;
        bearing[index] = 0;
        const { start, end } = carriers[index]!;
        for (let order = start; order < end; order++) cited.push(citation(order));
      }
      return cited;
    },
  };
}

/** An object that carries evidence, and its references' orders, `start` to `end` (exclusive). */
interface Carrier {
  pointer: string;
  start: number;
  end: number;
}

const NO_EVIDENCE: EvidenceIndex = { citing: () => [] };
const NONE: readonly number[] = [];

/** A pointer's top-level section: `/schedule` for `/schedule/timetable/2`. */
function sectionOf(pointer: string): string {
  const end = pointer.indexOf('/', 1);
  return end < 0 ? pointer : pointer.slice(0, end);
}

/** Whether `inner` is `outer` or inside it (`/a/b` is in `/a`, `/ab` is not). */
function contains(outer: string, inner: string): boolean {
  return inner.startsWith(outer) && (inner.length === outer.length || inner.charCodeAt(outer.length) === 0x2f);
}
