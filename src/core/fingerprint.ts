import type { RuleResult } from './types.js';

/**
 * Content-based fingerprints: where a result or finding is, named so that edits elsewhere
 * in the document leave it alone. A JSON pointer names list items by index
 * (`/admission/requirements/2`), so one item added at the front of a list moves every
 * pointer after it; a fingerprint names them by what they are:
 * - a scalar item by its value (`requirements[=clinical-need]`);
 * - an object item by the field that identifies it: `id` (source documents), `day` and
 *   `start` (timetable blocks), `role` (staff), else a hash of its canonical JSON;
 * - items that share an identity (two counselors, a duplicated block) by their occurrence
 *   among those alone (`team[role=counselor#2]`).
 * The path is hashed with the rule ID into 16 hex digits. The file is not part of it:
 * baselines and reports match files separately (relative to the baseline's folder).
 * Pure and cheap: it runs for every result of every document, so no crypto module loads.
 */
export function fingerprintOf(rule: string, path: string): string {
  return hash64(path, rule);
}

/** Gives every result and finding of one document its fingerprint (results are fresh objects, built by the engine). */
export function stampFingerprints(results: readonly RuleResult[], data: unknown): void {
  for (const result of results) {
    for (const finding of result.findings) finding.fingerprint = fingerprintOf(result.rule, contentPath(data, finding.pointer));
    // A failing result is at its first finding: the same rule and pointer, the same fingerprint.
    const first = result.findings[0];
    result.fingerprint = first !== undefined && first.pointer === result.pointer ? first.fingerprint! : fingerprintOf(result.rule, contentPath(data, result.pointer));
  }
}

/**
 * A JSON pointer with its list indices replaced by the items' identities. Segments the data
 * does not hold (a pointer to a field the document lacks) are kept as they are.
 */
export function contentPath(data: unknown, pointer: string): string {
  if (pointer === '' || pointer === '/') return '';
  // Most pointers hold no list index: nothing to rename.
  if (!HAS_INDEX.test(pointer)) return pointer;
  let node: unknown = data;
  let path = '';
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < node.length) {
      const index = Number(segment);
      path += `[${itemIdentity(node, index)}]`;
      node = node[index];
    } else {
      path += `/${raw}`;
      node = typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

const HAS_INDEX = /\/\d/;

/** An item's identity, with its occurrence among earlier items of the same identity when it is not the first. */
function itemIdentity(list: readonly unknown[], index: number): string {
  const identity = identityOf(list[index]);
  let earlier = 0;
  for (let i = 0; i < index; i++) if (identityOf(list[i]) === identity) earlier++;
  return earlier === 0 ? identity : `${identity}#${earlier + 1}`;
}

function identityOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) return `=${String(item)}`;
  if (Array.isArray(item)) return `#${hash64(canonical(item))}`;
  const fields = item as Record<string, unknown>;
  if (typeof fields.id === 'string') return `id=${fields.id}`;
  if (typeof fields.day === 'string' && typeof fields.start === 'string') return `${fields.day} ${fields.start}`;
  if (typeof fields.role === 'string') return `role=${fields.role}`;
  return `#${hash64(canonical(item))}`;
}

/** JSON with object keys sorted, so that the same content always gives the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = value as Record<string, unknown>;
    return `{${Object.keys(fields).sort().filter((key) => fields[key] !== undefined).map((key) => `${JSON.stringify(key)}:${canonical(fields[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Two 32-bit lanes (FNV-1a, and a murmur-style multiply-xorshift) over the UTF-16 code
 * units of `prefix`, a separator and `text`, as 16 hex digits: collisions matter only among
 * one rule's findings in one file. Written out (no tuples, no concatenation): it runs for
 * every result of every document.
 */
export function hash64(text: string, prefix = ''): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < prefix.length; i++) {
    const unit = prefix.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // The separator, so that "A" + "B/" differs from "AB" + "/".
  a = Math.imul(a, 0x01000193);
  b = Math.imul(b ^ 0xff, 0x5bd1e995);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16; a = Math.imul(a, 0x85ebca6b); a ^= a >>> 13;
  b ^= b >>> 16; b = Math.imul(b, 0xc2b2ae35); b ^= b >>> 16;
  return hex8(a) + hex8(b);
}

/** Two hex digits per byte, looked up: number.toString(16) and padStart cost more than the hash. */
const HEX: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex8(n: number): string {
  return HEX[(n >>> 24) & 0xff]! + HEX[(n >>> 16) & 0xff]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;
}
