import { lineIndex } from './lines.js';
import { unescaped, type Locator } from './locate.js';

/**
 * A node read by one of the quick reading paths (src/yaml/plain-reader.ts,
 * src/yaml/fast-load.ts): where it starts, what it holds, and for a
 * collection the nodes inside it, from which positions are found.
 */
export interface Frame {
  /** Offset of the node's first character. */
  start: number;
  /** Offset just after the node. */
  end: number;
  kind: 'scalar' | 'mapping' | 'sequence' | null;
  result: unknown;
  /** The js-yaml path's working list: nodes composed inside this one, in order (none yet: null, as for every scalar). */
  children: Frame[] | null;
  /** A mapping's keys and values, in turn: few enough per mapping to search in order. */
  entries: Frame[] | null;
  items: Frame[] | null;
}

/**
 * Longest key a quick reading path takes: the full reader refuses implicit keys
 * over 1024 characters (YAML 1.2), and a longer key is left to it, with its message.
 */
export const MAX_KEY_LENGTH = 1000;

/** What a quick reading path gives: the plain data, and where each node of it is. */
export interface QuickRead {
  data: Record<string, unknown>;
  locator: Locator;
}

/** The data and locator of a document whose root mapping's frame is `root`. */
export function quickRead(root: Frame, text: string): QuickRead {
  return { data: root.result as Record<string, unknown>, locator: frameLocator(root, lineIndex(text)) };
}

/**
 * Same answers as the full reader's locator (src/yaml/locate.ts): a scalar at
 * its value, a collection at its key, a list item at its own start, a missing
 * node at the nearest existing parent's key.
 */
function frameLocator(root: Frame, position: ReturnType<typeof lineIndex>): Locator {
  return {
    locate(pointer, at = 'value') {
      let node = root;
      let introducedAt = root.start;
      let complete = true;
      // The pointer's segments are read in place (as pointerSegments splits them: '' and '/' have none).
      // Most pointers are built afresh for one look, and finding one in a cache of split pointers
      // would first copy and hash the whole string.
      for (let from = 1, more = pointer !== '' && pointer !== '/'; more; ) {
        let end = pointer.indexOf('/', from);
        if (end === -1) end = pointer.length;
        if (node.entries) {
          const entries = node.entries;
          const key = keyIndex(node, entries, pointer, from, end);
          if (key < 0) { complete = false; break; }
          introducedAt = entries[key]!.start;
          node = entries[key + 1]!;
        } else if (node.items) {
          const index = listIndex(pointer, from, end);
          if (index < 0 || index >= node.items.length) { complete = false; break; }
          node = node.items[index]!;
          introducedAt = node.start;
        } else {
          complete = false;
          break;
        }
        more = end < pointer.length;
        from = end + 1;
      }
      if (!complete || at === 'key' || node.entries || node.items) return position(introducedAt);
      return position(node.start);
    },
  };
}

/** The list index a pointer segment names (digits only, as LIST_INDEX takes them), or -1. */
function listIndex(pointer: string, from: number, end: number): number {
  if (end === from) return -1;
  let index = 0;
  for (let at = from; at < end; at++) {
    const digit = pointer.charCodeAt(at) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    index = index * 10 + digit;
  }
  return index;
}

/** Mappings with this many entries are indexed on first search; smaller ones are searched in order. */
const INDEXED_FROM = 64;
const keyIndexes = new WeakMap<Frame, Map<unknown, number>>();

/**
 * Where the key named by the pointer segment from `from` to `end` is in a mapping's entries, or
 * -1. A segment with an escape (`~0`, `~1`) is unescaped first. A mapping of many keys (a
 * document of thousands of unknown keys) is indexed once, so that locating each of its problems
 * stays linear.
 */
function keyIndex(node: Frame, entries: readonly Frame[], pointer: string, from: number, end: number): number {
  const escaped = pointer.indexOf('~', from);
  if (entries.length < INDEXED_FROM * 2 && (escaped === -1 || escaped >= end)) {
    const length = end - from;
    for (let key = 0; key < entries.length; key += 2) {
      const name = entries[key]!.result as string;
      if (name.length === length && pointer.startsWith(name, from)) return key;
    }
    return -1;
  }
  const segment = unescaped(pointer.slice(from, end));
  if (entries.length < INDEXED_FROM * 2) {
    for (let key = 0; key < entries.length; key += 2) if (entries[key]!.result === segment) return key;
    return -1;
  }
  let index = keyIndexes.get(node);
  if (!index) {
    index = new Map();
    // Keys are unique in what the quick paths accept; the first wins, as the in-order search does.
    for (let key = entries.length - 2; key >= 0; key -= 2) index.set(entries[key]!.result, key);
    keyIndexes.set(node, index);
  }
  return index.get(segment) ?? -1;
}
