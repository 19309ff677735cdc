import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { Position } from '../core/types.js';
import { yamlLibraries } from './yaml-loader.js';

/** Splits an RFC 6901 JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): readonly string[] {
  let segments = splitPointers.get(pointer);
  if (segments === undefined) {
    segments = pointer === '' || pointer === '/' ? [] : pointer.slice(1).split('/');
    if (pointer.includes('~')) segments = segments.map(unescaped);
    // Rules and schema errors name the same few hundred pointers in every document; the bound keeps odd inputs from growing it.
    if (splitPointers.size >= 4096) splitPointers.clear();
    splitPointers.set(pointer, segments);
  }
  return segments;
}

const splitPointers = new Map<string, readonly string[]>();

/** A pointer segment with its escapes (`~1` for `/`, `~0` for `~`) read. */
export function unescaped(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A pointer segment that can index a list. */
export const LIST_INDEX = /^\d+$/;

/** Builds a JSON pointer from path segments. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export interface Locator {
  /**
   * The 1-based line and column of the node a pointer names. `key` points at the
   * mapping key rather than its value (used for unknown keys). When the node is
   * missing, the nearest existing parent's key is given instead.
   */
  locate(pointer: string, at?: 'key' | 'value'): Position;
}

/** One locator per parsed document; every finding's position goes through it. */
export function createLocator(doc: Document, lineCounter: LineCounter): Locator {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLibraries().yaml;
  const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const start = (node: unknown): number | undefined =>
    node && typeof node === 'object' && 'range' in node ? (node as Node).range?.[0] : undefined;
  // Each mapping's pairs by key text, built on the first look into it: a document with thousands of
  // unknown keys has each of them located, and a search in order per key would be quadratic.
  const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let pairs = pairsByKey.get(map);
    if (pairs === undefined) {
      pairs = new Map();
      // The first of repeated keys, as a search in order would find (a document with one is refused anyway).
      for (const pair of map.items) if (isPair(pair) && !pairs.has(keyText(pair.key))) pairs.set(keyText(pair.key), pair);
      pairsByKey.set(map, pairs);
    }
    return pairs.get(key);
  };

  return {
    locate(pointer, at = 'value') {
      let node: unknown = doc.contents;
      // Where the deepest node reached so far is introduced: its key, or its own start for list items.
      let introducedAt = start(node) ?? 0;
      let complete = true;
      for (const segment of pointerSegments(pointer)) {
        if (isAlias(node)) node = node.resolve(doc);
        let keyNode: unknown;
        let child: unknown;
        if (isMap(node)) {
          const pair = pairOf(node, segment);
          if (!pair) { complete = false; break; }
          keyNode = pair.key;
          child = pair.value;
        } else if (isSeq(node)) {
          const index = Number(segment);
          if (!LIST_INDEX.test(segment) || index >= node.items.length) { complete = false; break; }
          child = node.items[index];
        } else {
          complete = false;
          break;
        }
        introducedAt = start(keyNode) ?? start(child) ?? introducedAt;
        node = child;
      }
      if (!complete || at === 'key') return position(introducedAt);
      // A collection is shown where its key is (a block list starts on the next line); a scalar where its value is.
      if (isMap(node) || isSeq(node)) return position(introducedAt);
      return position(start(node) ?? introducedAt);
    },
  };
}
