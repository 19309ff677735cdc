import { PLAIN_TYPES } from './core-schema.js';
import { MAX_KEY_LENGTH, quickRead, type Frame, type QuickRead } from './frames.js';
import { readPlainShape } from './plain-reader.js';
import type { Schema } from 'js-yaml';
import type { YamlLibraries } from './yaml-libraries.js';
import { yamlLibraries } from './yaml-loader.js';

/**
 * The fast reading paths. Most program documents are plain block YAML: nested
 * mappings and lists of plain or quoted scalars. The plainest of them (values
 * on one line or plain text continued below it, block scalars) are read by
 * src/yaml/plain-reader.ts in one pass; the rest of
 * the plain shape by js-yaml, about ten times faster than the full YAML
 * library, with the positions of keys and values rebuilt from its node
 * events. Anything outside that shape (syntax errors, anchors and aliases
 * other than the plain-shape reader's anchored values, tags, directives,
 * explicit or non-text keys, empty values, tabs, lone carriage returns, ...)
 * returns `undefined`, and the caller reads the document with the full
 * library, which owns every error message.
 * tests/yaml/fast-load.test.ts checks that every path gives the same data and
 * the same positions.
 */
export function fastLoad(text: string): QuickRead | undefined {
  // The plain-shape reader makes its own checks; the screen below is js-yaml's.
  const plain = readPlainShape(text);
  if (plain) {
    readerCounts.plain++;
    return plain;
  }
  if (needsFullReader(text)) return undefined;
  const stack: Frame[] = [];
  let root: Frame | undefined;
  const { jsyaml } = yamlLibraries();
  try {
    jsyaml.load(withKeyFlowClosersJoined(text), {
      schema: coreSchema(jsyaml),
      // js-yaml only warns about lines indented less than YAML allows (inside flow collections and quoted
      // text); the full reader refuses them, and gives the message. One such line it takes as written: a
      // flow list or mapping closed on a line of its own at its key's indentation (`payers: [` ... `]`).
      onWarning(warning) {
        if (!closesKeyFlow(text, stack[stack.length - 1]?.start, warning.mark?.position)) throw OUTSIDE_FAST_PATH;
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
  readerCounts.jsyaml++;
  return quickRead(root, text);
}

/**
 * How many texts each reader took on this thread (the full reader's are counted by loadYaml):
 * the benchmark prints them (IOP_AUDIT_READERS=1, see main.ts), to show which path a corpus takes.
 */
export const readerCounts = { plain: 0, jsyaml: 0, full: 0 };

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

/**
 * Whether a warning at `position` is about a line holding nothing but the closing bracket (or brace)
 * of the flow collection opened at `open`, written after a plain key (`payers: [`), at that key's
 * indentation: the full reader takes that, and so does this path. Anything else is left to it.
 */
function closesKeyFlow(text: string, open: number | undefined, position: number | undefined): boolean {
  if (open === undefined || position === undefined) return false;
  const opener = text.charCodeAt(open);
  if (opener !== 0x5b && opener !== 0x7b) return false;
  const key = KEY_BEFORE_FLOW.exec(text.slice(text.lastIndexOf('\n', open - 1) + 1, open));
  const start = text.lastIndexOf('\n', position - 1) + 1;
  const end = text.indexOf('\n', position);
  const closer = CLOSER_ONLY.exec(text.slice(start, end === -1 ? text.length : end));
  return key !== null && closer !== null && closer[1]!.length === key[1]!.length && closer[2]!.charCodeAt(0) === opener + 2;
}

/**
 * The text js-yaml reads: the same, except that a flow list or mapping closed on a line of its own
 * at its key's indentation (`payers: [` ... `]`, which closesKeyFlow accepts) has the line break
 * before its closer turned into a space, so that the closer ends the line before (offsets stay
 * the same). js-yaml would warn about each such closer, and build an exception with a snippet of
 * the whole text for it: ten times for a document of such lists. Only a closer whose key line is
 * found above it (over blank lines and lines indented deeper), after a line without a `#`, is
 * moved; anything else stays for js-yaml to warn about and closesKeyFlow to judge.
 */
function withKeyFlowClosersJoined(text: string): string {
  if (text.includes('\r')) return text;
  let joined = '';
  let from = 0;
  for (const closer of text.matchAll(CLOSER_LINE)) {
    const lineBreak = closer.index;
    const indent = closer[1]!.length;
    const before = text.lastIndexOf('\n', lineBreak - 1) + 1;
    if (text.slice(before, lineBreak).includes('#')) continue;
    if (keyFlowOpenerAbove(text, before, indent) !== closer[2]!.charCodeAt(0) - 2) continue;
    joined += text.slice(from, lineBreak) + ' ';
    from = lineBreak + 1;
  }
  return from === 0 ? text : joined + text.slice(from);
}

/** A line holding only a closing bracket or brace (after its indentation), with the line break before it. */
const CLOSER_LINE = /\n( *)([\]}])(?=\n|$)/g;

/**
 * The opening bracket or brace (its character code) that ends a `key: [` line at `indent`, found going
 * up from the line starting at `lineStart` over blank lines and lines indented deeper; -1 if another line comes first.
 */
function keyFlowOpenerAbove(text: string, lineStart: number, indent: number): number {
  for (let start = lineStart; ; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    const spaces = line.length - line.trimStart().length;
    if (spaces === line.length || spaces > indent) {
      if (start === 0) return -1;
      start = text.lastIndexOf('\n', start - 2) + 1;
      continue;
    }
    const opener = KEY_AND_OPENER.exec(line);
    return spaces === indent && opener ? opener[1]!.charCodeAt(0) : -1;
  }
}

const KEY_AND_OPENER = /^ *[A-Za-z_][\w-]*: +([[{]) *$/;

const KEY_BEFORE_FLOW = /^( *)[A-Za-z_][\w-]*: +$/;
const CLOSER_ONLY = /^( *)([\]}])\r?$/;

const DIRECTIVE = /^%/m;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
const GLUED_COMMENT = /[^\s]#/;

const OUTSIDE_FAST_PATH = new Error('outside the fast reading path');

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

/** js-yaml's reading of plain scalars, by the shared core schema table: built on first use, with the library. */
let CORE_SCHEMA: Schema | undefined;

function coreSchema(jsyaml: YamlLibraries['jsyaml']): Schema {
  return (CORE_SCHEMA ??= jsyaml.FAILSAFE_SCHEMA.extend({
    implicit: PLAIN_TYPES.map(({ tag, could, test, construct }) => new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && could(data) && test.test(data),
      construct,
    })),
  }));
}
