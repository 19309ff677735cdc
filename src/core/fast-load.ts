import jsyaml from 'js-yaml';
import { lineIndex } from './lines.js';
import { LIST_INDEX, pointerSegments, type Locator } from './locate.js';

/**
 * The fast reading path. Most program documents are plain block YAML: nested
 * mappings and lists of plain or quoted scalars. For those, js-yaml reads the
 * text about ten times faster than the full YAML library, and the positions of
 * keys and values are rebuilt from its node events. Anything outside that
 * plain shape (syntax errors, anchors, aliases, tags, directives, explicit or
 * non-text keys, empty values, tabs, lone carriage returns, ...) returns
 * `undefined`, and the caller reads the document with the full library, which
 * owns every error message. tests/core/fast-load.test.ts checks that both
 * paths give the same data and the same positions.
 */
export function fastLoad(text: string): { data: Record<string, unknown>; locator: Locator } | undefined {
  if (needsFullReader(text)) return undefined;
  const stack: Frame[] = [];
  let root: Frame | undefined;
  try {
    jsyaml.load(text, {
      schema: CORE_SCHEMA,
      // js-yaml only warns about lines indented less than YAML allows (inside flow collections and quoted
      // text); the full reader refuses them, and gives the message.
      onWarning() {
        throw OUTSIDE_FAST_PATH;
      },
      listener(event, state) {
        if (event === 'open') {
          const start = contentStart(text, state.position);
          const first = text.charCodeAt(start);
          // A node that opens with a tag, an anchor or an alias.
          if (first === 0x21 || first === 0x26 || first === 0x2a) throw OUTSIDE_FAST_PATH;
          // Every field is set here, so all frames share one shape.
          stack.push({ start, end: start, kind: null, result: null, children: null, entries: null, items: null });
          return;
        }
        const frame = stack.pop()!;
        frame.kind = state.kind as Frame['kind'];
        frame.result = state.result;
        frame.end = state.position;
        // An empty node: either a probe the reader gave up on (a block scalar list item is first tried
        // as a key) or an empty value, which leaves its collection short and fails `shape`.
        if (frame.kind === null) return;
        if (frame.kind !== 'scalar') shape(frame, text);
        const parent = stack[stack.length - 1];
        if (parent) (parent.children ??= []).push(frame);
        else root = frame;
      },
    });
  } catch {
    return undefined;
  }
  if (!root || root.kind !== 'mapping' || stack.length > 0) return undefined;
  return { data: root.result as Record<string, unknown>, locator: frameLocator(root, lineIndex(text)) };
}

/**
 * Texts the fast path leaves to the full reader without trying: directives
 * (`%YAML 1.1` changes the schema), tabs, lone carriage returns, and a `#` not
 * preceded by white space (the two readers disagree about where such comments start).
 */
function needsFullReader(text: string): boolean {
  // One quick search per character before any pattern runs: most documents have none of them.
  if (text.includes('\t')) return true;
  if (text.includes('%') && DIRECTIVE.test(text)) return true;
  if (text.includes('\r') && LONE_CARRIAGE_RETURN.test(text)) return true;
  return text.includes('#') && GLUED_COMMENT.test(text);
}

const DIRECTIVE = /^%/m;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
const GLUED_COMMENT = /[^\s]#/;

const OUTSIDE_FAST_PATH = new Error('outside the fast reading path');

/** Longest implicit key the full reader accepts (YAML 1.2 limits implicit keys to 1024 characters). */
const MAX_KEY_LENGTH = 1000;

interface Frame {
  /** Offset of the node's first character. */
  start: number;
  /** Offset just after the node. */
  end: number;
  kind: 'scalar' | 'mapping' | 'sequence' | null;
  result: unknown;
  /** Nodes composed inside this one, in order (none yet: null, as for every scalar); read by `shape`. */
  children: Frame[] | null;
  /** A mapping's keys and values, in turn: few enough per mapping to search in order. */
  entries: Frame[] | null;
  items: Frame[] | null;
}

const NO_CHILDREN: Frame[] = [];

/**
 * Gives a mapping its entries and a list its items from the nodes composed
 * inside it, and checks them against the values the reader built: any
 * mismatch (an empty value, a key that is not text, an explicit `?` key)
 * leaves the document to the full reader.
 */
function shape(frame: Frame, text: string): void {
  const children = frame.children ?? NO_CHILDREN;
  frame.children = null;
  // A flow collection, or a collection read while looking for a key, arrives wrapped in one more node.
  if (children.length === 1 && children[0]!.result === frame.result && children[0]!.kind === frame.kind) {
    frame.entries = children[0]!.entries;
    frame.items = children[0]!.items;
    return;
  }
  if (frame.kind === 'sequence') {
    const values = frame.result as unknown[];
    if (values.length !== children.length) throw OUTSIDE_FAST_PATH;
    for (let i = 0; i < children.length; i++) if (!Object.is(children[i]!.result, values[i])) throw OUTSIDE_FAST_PATH;
    frame.items = children;
    return;
  }
  const values = frame.result as Record<string, unknown>;
  if (children.length % 2 !== 0) throw OUTSIDE_FAST_PATH;
  for (let i = 0; i < children.length; i += 2) {
    const key = children[i]!;
    const value = children[i + 1]!;
    if (key.kind !== 'scalar' || typeof key.result !== 'string' || key.end - key.start > MAX_KEY_LENGTH) throw OUTSIDE_FAST_PATH;
    if (explicitKey(text, key.start)) throw OUTSIDE_FAST_PATH;
    if (!Object.prototype.hasOwnProperty.call(values, key.result) || !Object.is(values[key.result], value.result)) throw OUTSIDE_FAST_PATH;
  }
  // js-yaml refuses a repeated key (in any spelling), so the keys are distinct: as many as the
  // mapping has means they are all of its keys.
  if (children.length / 2 !== Object.keys(values).length) throw OUTSIDE_FAST_PATH;
  frame.entries = children;
}

/** Whether the key at `start` follows a `?` indicator on its line. */
function explicitKey(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && text.charCodeAt(at) === 0x20) at--;
  return text.charCodeAt(at) === 0x3f;
}

/** Skips spaces, line breaks and comments from `offset` to where a node's content begins. */
function contentStart(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 0x20 || c === 0x0a || c === 0x0d) at++;
    else if (c === 0x23) {
      // A comment needs white space before it; anything else is for the full reader to judge.
      if (at > 0 && !/\s/.test(text[at - 1]!)) throw OUTSIDE_FAST_PATH;
      const eol = text.indexOf('\n', at);
      at = eol === -1 ? text.length : eol;
    } else return at;
  }
}

/**
 * Same answers as the full reader's locator (src/core/locate.ts): a scalar at
 * its value, a collection at its key, a list item at its own start, a missing
 * node at the nearest existing parent's key.
 */
function frameLocator(root: Frame, position: ReturnType<typeof lineIndex>): Locator {
  return {
    locate(pointer, at = 'value') {
      let node = root;
      let introducedAt = root.start;
      let complete = true;
      for (const segment of pointerSegments(pointer)) {
        if (node.entries) {
          const entries = node.entries;
          let key = 0;
          while (key < entries.length && entries[key]!.result !== segment) key += 2;
          if (key >= entries.length) { complete = false; break; }
          introducedAt = entries[key]!.start;
          node = entries[key + 1]!;
        } else if (node.items) {
          const index = Number(segment);
          if (!LIST_INDEX.test(segment) || index >= node.items.length) { complete = false; break; }
          node = node.items[index]!;
          introducedAt = node.start;
        } else {
          complete = false;
          break;
        }
      }
      if (!complete || at === 'key' || node.entries || node.items) return position(introducedAt);
      return position(node.start);
    },
  };
}

/**
 * YAML 1.2 core schema resolution of plain scalars (YAML 1.2.2 §10.3.2), in the
 * full reader's order, so that `1e3`, `0o17`, `.inf` or `Yes` read the same on both paths.
 */
const plain = (tag: string, could: (source: string) => boolean, test: RegExp, construct: (source: string) => unknown) =>
  new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    // `could` is a cheap necessary condition: most scalars are words, and skip the pattern.
    resolve: (data: unknown) => typeof data === 'string' && could(data) && test.test(data),
    construct,
  });

/** Whether text starts with a character a number's pattern below can start with. */
const numberStart = (chars: string) => (s: string) => s.length > 0 && chars.includes(s[0]!);

const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    plain('null', (s) => s.length <= 4, /^(?:~|null|Null|NULL)?$/, () => null),
    plain('bool', (s) => s.length === 4 || s.length === 5, /^(?:true|True|TRUE|false|False|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    plain('int', numberStart('+-0123456789'), /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (s) =>
      s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
    plain('float', numberStart('+-.0123456789'), /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/, (s) =>
      /nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
  ],
});
