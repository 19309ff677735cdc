import { resolvePlain } from './core-schema.js';
import { MAX_KEY_LENGTH, quickRead, type Frame, type QuickRead } from './frames.js';

/**
 * The quickest reading path, for the shape nearly every program document has:
 * block mappings and lists whose values fit on their line (plain text, quoted
 * text with the common escapes, or a flow list or mapping closed on the same
 * line) or are block scalars (`|`, `>`: free text over several lines), with
 * comments and blank lines between; a value on its line may be anchored
 * (`&name text`) and repeated by an alias (`*name`). One pass over the text
 * builds the data and every node's position at once, several times faster
 * than a general YAML reader. Plain values may go on over the following lines
 * (see continuedPlain). Anything else (quoted values continued on the next
 * line, keys other than plain names, anchors on collections, tags,
 * document markers, lone carriage returns, characters YAML does not print,
 * ...) returns `undefined` for the next reading path to take.
 */
export function readPlainShape(text: string): QuickRead | undefined {
  // Lines ending in CRLF (a Windows checkout) are read as if they ended in LF: YAML reads a line break
  // inside a block scalar as LF, and dropping the CR at each line's end moves no character to
  // another line or column, so the values and the positions read from the LF text are the same.
  const lines = text.includes('\r') ? text.replace(CRLF, '\n') : text;
  if (UNUSUAL_CHARACTER.test(lines)) return undefined;
  try {
    return quickRead(new PlainScanner(lines).document(), lines);
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

const CRLF = /\r\n/g;

/**
 * Characters left to the other paths: tabs and carriage returns not before a
 * line feed (YAML treats them specially), control characters, the byte-order
 * mark, Unicode line separators and every surrogate (so no half of a pair can slip through).
 */
const UNUSUAL_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

const DECLINE = new Error('outside the plain shape');

/** The one-character escapes of double-quoted text the reader takes, and what they stand for. */
const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', t: '\t', n: '\n', r: '\r', ' ': ' ' };
const HEX = /^[0-9a-fA-F]*$/;

const LINE_FEED = 0x0a;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const AMPERSAND = 0x26;
const SINGLE_QUOTE = 0x27;
const ASTERISK = 0x2a;
const COMMA = 0x2c;
const DASH = 0x2d;
const COLON = 0x3a;
const GREATER = 0x3e;
const OPEN_BRACKET = 0x5b;
const PIPE = 0x7c;
const PLUS = 0x2b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Collections inside collections the reader follows; program documents need fewer than ten. */
const MAX_DEPTH = 64;

/**
 * Aliases a document may use on this path: the full reader refuses a document that expands
 * aliases more than 100 times (MAX_ALIAS_COUNT in load.ts), so one with more is left to it.
 */
const MAX_ALIASES = 50;

/** Characters that cannot start a plain scalar here (YAML 1.2.2 c-indicator, with `-` handled apart). */
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`?:'].map((c) => c.charCodeAt(0)));

const isNameStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === DASH;
const isFlowEnd = (c: number) => c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === OPEN_BRACKET || c === OPEN_BRACE;

function frame(start: number, end: number, kind: Frame['kind'], result: unknown, entries: Frame[] | null = null, items: Frame[] | null = null): Frame {
  return { start, end, kind, result, children: null, entries, items };
}

/** A mapping's frame; a key given twice (the later value replaced the earlier) leaves the text to the other paths. */
function mapping(start: number, end: number, result: Record<string, unknown>, entries: Frame[]): Frame {
  if (Object.keys(result).length * 2 !== entries.length) throw DECLINE;
  return frame(start, end, 'mapping', result, entries);
}

/**
 * Reads block structure by indentation. Each block method starts at the first
 * character of its first line's content and returns with `at` at the first
 * character of the next content line, whose indentation is in `lineIndent`
 * (-1 at the end of the text).
 */
class PlainScanner {
  private at = 0;
  private lineIndent = -1;
  /** Collections open around the current one. */
  private depth = 0;
  /** The value of each anchor set so far (`&name`), by name: the latest wins, as an alias finds it. */
  private readonly anchors = new Map<string, unknown>();
  private aliases = 0;

  constructor(private readonly text: string) {}

  document(): Frame {
    this.nextContentLine();
    if (this.lineIndent !== 0) throw DECLINE;
    const root = this.blockMapping(0);
    // Content left after the root mapping: a line it could not take.
    if (this.at < this.text.length) throw DECLINE;
    return root;
  }

  /** Deeper nesting than a program document needs is left to the readers that report it. */
  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
  }

  private leave(collection: Frame): Frame {
    this.depth--;
    return collection;
  }

  /** Moves to the next line with content, past blank and comment lines. */
  private nextContentLine(): void {
    const text = this.text;
    for (;;) {
      const lineStart = this.at;
      while (this.text.charCodeAt(this.at) === SPACE) this.at++;
      if (this.at >= text.length) {
        this.lineIndent = -1;
        return;
      }
      const c = this.text.charCodeAt(this.at);
      if (c === LINE_FEED) this.at++;
      else if (c === HASH) this.skipComment();
      else {
        this.lineIndent = this.at - lineStart;
        return;
      }
    }
  }

  /** Past the end of the line a comment starts on. */
  private skipComment(): void {
    const eol = this.text.indexOf('\n', this.at);
    this.at = eol === -1 ? this.text.length : eol + 1;
  }

  /** The rest of a line after its value: spaces and an optional comment. */
  private endLine(): void {
    const start = this.at;
    while (this.text.charCodeAt(this.at) === SPACE) this.at++;
    if (this.at >= this.text.length) return;
    const c = this.text.charCodeAt(this.at);
    if (c === LINE_FEED) this.at++;
    else if (c === HASH && (this.at > start || this.text.charCodeAt(this.at - 1) === SPACE)) this.skipComment();
    else throw DECLINE;
  }

  private skipSpaces(): void {
    while (this.text.charCodeAt(this.at) === SPACE) this.at++;
  }

  /** Whether a list item's dash is here: `-` then a space or the end of the line. */
  private atItem(): boolean {
    if (this.text.charCodeAt(this.at) !== DASH) return false;
    const next = this.text.charCodeAt(this.at + 1);
    return next === SPACE || next === LINE_FEED || this.at + 1 >= this.text.length;
  }

  /** Where the colon is, if a plain name followed by `:` and a space or line end is here; otherwise -1. */
  private keyColon(): number {
    const text = this.text;
    let at = this.at;
    if (!isNameStart(text.charCodeAt(at))) return -1;
    while (isNameChar(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== COLON) return -1;
    const next = text.charCodeAt(at + 1);
    return next === SPACE || next === LINE_FEED || at + 1 >= text.length ? at : -1;
  }

  /** A plain name and its colon; the key frame. */
  private key(): Frame {
    const start = this.at;
    const colon = this.keyColon();
    if (colon < 0 || colon - start > MAX_KEY_LENGTH) throw DECLINE;
    const name = this.text.slice(start, colon);
    this.at = colon + 1;
    // A name that reads as null or a boolean is not text, and `__proto__` needs the full reader's care.
    if (((name.length === 4 || name.length === 5) && typeof resolvePlain(name) !== 'string') || name === '__proto__') throw DECLINE;
    return frame(start, colon, 'scalar', name);
  }

  private blockMapping(indent: number): Frame {
    this.enter();
    const start = this.at;
    const result: Record<string, unknown> = {};
    const entries: Frame[] = [];
    for (;;) {
      const key = this.key();
      const name = key.result as string;
      this.skipSpaces();
      let value: Frame;
      const c = this.text.charCodeAt(this.at);
      if (this.at >= this.text.length || c === LINE_FEED || c === HASH) {
        // The value is the block on the following lines: deeper, or a list at the key's own indentation.
        this.endLine();
        this.nextContentLine();
        if (this.lineIndent > indent) value = this.atItem() ? this.blockSequence(this.lineIndent) : this.blockMapping(this.lineIndent);
        else if (this.lineIndent === indent && this.atItem()) value = this.blockSequence(indent);
        else throw DECLINE; // an empty value
      } else if (c === PIPE || c === GREATER) {
        value = this.blockScalar(indent);
        this.nextContentLine();
      } else if (c === OPEN_BRACKET && this.lineEndsAfter(this.at + 1)) {
        value = this.listOverLines(indent);
        this.endLine();
        this.nextContentLine();
      } else {
        value = this.inlineValue(indent);
        this.endLine();
        this.nextContentLine();
      }
      entries.push(key, value);
      result[name] = value.result;
      if (this.lineIndent < indent) return this.leave(mapping(start, this.at, result, entries));
      if (this.lineIndent > indent) throw DECLINE;
    }
  }

  /**
   * A block scalar as a mapping's value (`|` keeps line breaks, `>` folds them into spaces), in its
   * common forms: an optional chomping indicator (`-` strip, `+` keep), no indentation indicator,
   * content indented more than its key and starting on the next line, and, when folded, no line
   * indented more than the first. Returns with `at` at the start of the first line after it.
   */
  private blockScalar(parentIndent: number): Frame {
    const text = this.text;
    const start = this.at;
    const folded = text.charCodeAt(this.at) === GREATER;
    this.at++;
    const chomp = text.charCodeAt(this.at);
    const chomping = chomp === DASH ? 'strip' : chomp === PLUS ? 'keep' : 'clip';
    if (chomping !== 'clip') this.at++;
    const after = text.charCodeAt(this.at);
    if (!(after === SPACE || after === LINE_FEED || this.at >= text.length)) throw DECLINE;
    this.endLine();
    // The content's indentation is its first line's, which must hold text.
    let contentIndent = 0;
    while (text.charCodeAt(this.at + contentIndent) === SPACE) contentIndent++;
    const first = text.charCodeAt(this.at + contentIndent);
    if (contentIndent <= parentIndent || this.at + contentIndent >= text.length || first === LINE_FEED) throw DECLINE;
    const lines: string[] = [];
    let trailingBlank = 0;
    for (;;) {
      const lineStart = this.at;
      let spaces = 0;
      while (text.charCodeAt(lineStart + spaces) === SPACE) spaces++;
      const eol = text.indexOf('\n', lineStart);
      const lineEnd = eol === -1 ? text.length : eol;
      if (lineStart + spaces === lineEnd) {
        // A blank line: part of the text (or of what chomping drops) if the content goes on.
        if (lineStart >= text.length || spaces > contentIndent) {
          if (lineStart < text.length) throw DECLINE;
          break;
        }
        trailingBlank++;
        this.at = eol === -1 ? text.length : eol + 1;
        if (eol === -1) break;
        continue;
      }
      if (spaces < contentIndent) break;
      if (spaces > contentIndent && folded) throw DECLINE;
      for (; trailingBlank > 0; trailingBlank--) lines.push('');
      lines.push(text.slice(lineStart + contentIndent, lineEnd));
      this.at = eol === -1 ? text.length : eol + 1;
      if (eol === -1) {
        // The last line has no line break: clip and keep have none to keep.
        if (chomping !== 'strip') throw DECLINE;
        break;
      }
    }
    let value = '';
    if (folded) {
      for (let i = 0; i < lines.length; i++) {
        if (i > 0) value += lines[i] === '' || lines[i - 1] === '' ? (lines[i] === '' ? '\n' : '') : ' ';
        value += lines[i];
      }
    } else value = lines.join('\n');
    if (chomping === 'clip') value += '\n';
    else if (chomping === 'keep') value += '\n'.repeat(1 + trailingBlank);
    return frame(start, this.at, 'scalar', value);
  }

  private blockSequence(indent: number): Frame {
    this.enter();
    const start = this.at;
    const result: unknown[] = [];
    const items: Frame[] = [];
    for (;;) {
      const dash = this.at;
      this.at++;
      this.skipSpaces();
      const c = this.text.charCodeAt(this.at);
      if (this.at >= this.text.length || c === LINE_FEED || c === HASH) throw DECLINE; // an item on the lines below
      let item: Frame;
      if (this.keyColon() >= 0) item = this.blockMapping(indent + this.at - dash);
      else {
        item = this.inlineValue(indent);
        this.endLine();
        this.nextContentLine();
      }
      items.push(item);
      result.push(item.result);
      if (this.lineIndent === indent && this.atItem()) continue;
      if (this.lineIndent <= indent) return this.leave(frame(start, this.at, 'sequence', result, null, items));
      throw DECLINE;
    }
  }

  /** A flow collection or quoted text, read alike as a block value and inside a flow collection; undefined if none starts here. */
  private delimited(c: number): Frame | undefined {
    if (c === OPEN_BRACKET) return this.flowSequence();
    if (c === OPEN_BRACE) return this.flowMapping();
    if (c === DOUBLE_QUOTE) return this.doubleQuoted();
    if (c === SINGLE_QUOTE) return this.singleQuoted();
    return undefined;
  }

  /**
   * A value that starts on its key's or dash's line: it ends on it, or for plain text, may go on
   * over lines indented more than `parentIndent` (the key's or the dash's).
   */
  private inlineValue(parentIndent: number): Frame {
    const c = this.text.charCodeAt(this.at);
    if (c === AMPERSAND || c === ASTERISK) return this.anchorOrAlias(c, false, false, parentIndent);
    const delimited = this.delimited(c);
    if (delimited) return delimited;
    if (NOT_PLAIN_START.has(c) || (c === DASH && this.atItem())) throw DECLINE;
    const start = this.at;
    let end = start;
    const text = this.text;
    for (;;) {
      const d = this.text.charCodeAt(this.at);
      if (this.at >= text.length || d === LINE_FEED) break;
      if (d === SPACE) {
        this.at++;
        continue;
      }
      if (d === HASH) break; // after a space: a comment
      // `: ` would make this a key on the value's line.
      if (d === COLON) {
        const next = this.text.charCodeAt(this.at + 1);
        if (next === SPACE || next === LINE_FEED || this.at + 1 >= text.length) throw DECLINE;
      }
      end = ++this.at;
    }
    const lineEnd = this.at;
    this.at = end;
    // Text folded over lines holds a space or a line break, so it is never a number, a boolean or null.
    const continued = text.charCodeAt(lineEnd) === LINE_FEED ? this.continuedPlain(text.slice(start, end), lineEnd, parentIndent) : undefined;
    return frame(start, this.at, 'scalar', continued ?? resolvePlain(text.slice(start, end)));
  }

  /**
   * A plain value continued on the following lines (YAML's multi-line plain scalar), from the line
   * break ending its first line `firstLine`: each line indented more than `parentIndent` goes on
   * the value, folded into it after a space, or after one line break per empty line between
   * (spaces at either end of a line are dropped). Returns undefined if the value ends on its first
   * line, and leaves `at` just after the value's last character. A line indented less, or a comment
   * line, ends the value: the caller declines content indented deeper after it, as YAML refuses
   * it. A continued line the full reader might read otherwise is left to the other paths: one that
   * starts with an indicator (`-`, `[`, `&`, `?`, ...) or holds a `#` or a key's `: `.
   */
  private continuedPlain(firstLine: string, lineBreak: number, parentIndent: number): string | undefined {
    const text = this.text;
    let value: string | undefined;
    let emptyLines = 0;
    for (let at = lineBreak; at < text.length; ) {
      // `at` is at a line feed.
      let content = at + 1;
      while (text.charCodeAt(content) === SPACE) content++;
      if (content >= text.length) break;
      const c = text.charCodeAt(content);
      if (c === LINE_FEED) {
        emptyLines++;
        at = content;
        continue;
      }
      if (content - at - 1 <= parentIndent || c === HASH) break;
      if (NOT_PLAIN_START.has(c) || c === DASH) throw DECLINE;
      let end = content;
      let scan = content;
      for (; scan < text.length; scan++) {
        const d = text.charCodeAt(scan);
        if (d === LINE_FEED) break;
        if (d === SPACE) continue;
        if (d === HASH) throw DECLINE;
        if (d === COLON) {
          const next = text.charCodeAt(scan + 1);
          if (next === SPACE || next === LINE_FEED || scan + 1 >= text.length) throw DECLINE;
        }
        end = scan + 1;
      }
      value = (value ?? firstLine) + (emptyLines === 0 ? ' ' : '\n'.repeat(emptyLines)) + text.slice(content, end);
      emptyLines = 0;
      this.at = end;
      at = scan;
    }
    return value;
  }

  /**
   * An anchored scalar (`&name` and plain or quoted text on the same line), whose node starts at
   * its text, or an alias (`*name`) of one set before it, whose node starts at the `*`. Anchor
   * names are taken in their common spelling (letters, digits, `_`, `-`); anchors on collections
   * or on the lines below, and aliases of them, are left to the other paths.
   */
  private anchorOrAlias(indicator: number, inFlow: boolean, lineEnds: boolean, parentIndent = 0): Frame {
    const text = this.text;
    const start = this.at;
    let end = start + 1;
    while (isNameChar(text.charCodeAt(end))) end++;
    if (end === start + 1) throw DECLINE;
    const name = text.slice(start + 1, end);
    this.at = end;
    const next = text.charCodeAt(end);
    if (indicator === ASTERISK) {
      const ends = next === SPACE || next === LINE_FEED || end >= text.length || (inFlow && (next === COMMA || next === CLOSE_BRACKET || next === CLOSE_BRACE));
      if (!ends || !this.anchors.has(name) || ++this.aliases > MAX_ALIASES) throw DECLINE;
      return frame(start, end, 'scalar', this.anchors.get(name));
    }
    if (next !== SPACE) throw DECLINE;
    this.skipSpaces();
    const c = text.charCodeAt(this.at);
    if (this.at >= text.length || c === LINE_FEED || c === HASH || c === OPEN_BRACKET || c === OPEN_BRACE || c === AMPERSAND || c === ASTERISK) throw DECLINE;
    const value = inFlow ? this.flowValue(lineEnds) : this.inlineValue(parentIndent);
    this.anchors.set(name, value.result);
    return value;
  }

  /** Double-quoted text on one line, with the escapes editors and converters write (`\\`, `\"`, `\/`, `\t`, `\n`, `\xXX`, `\uXXXX`, ...). */
  private doubleQuoted(): Frame {
    const start = this.at;
    const text = this.text;
    let value = '';
    let from = start + 1;
    for (let at = from; at < text.length; at++) {
      const c = this.text.charCodeAt(at);
      if (c === DOUBLE_QUOTE) {
        this.at = at + 1;
        return frame(start, this.at, 'scalar', value + text.slice(from, at));
      }
      if (c === LINE_FEED) break;
      if (c !== BACKSLASH) continue;
      value += text.slice(from, at);
      const escape = text[at + 1] ?? '';
      const simple = SIMPLE_ESCAPES[escape];
      if (simple !== undefined) {
        value += simple;
        at++;
      } else {
        const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
        const hex = text.slice(at + 2, at + 2 + digits);
        if (digits === 0 || !HEX.test(hex) || hex.length !== digits) throw DECLINE;
        const code = Number.parseInt(hex, 16);
        // Only printable characters: control characters, surrogates and the like are for the full reader to judge.
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff || UNUSUAL_CHARACTER.test(String.fromCodePoint(code))) throw DECLINE;
        value += String.fromCodePoint(code);
        at += 1 + digits;
      }
      from = at + 1;
    }
    throw DECLINE;
  }

  private singleQuoted(): Frame {
    const start = this.at;
    const text = this.text;
    let value = '';
    let from = start + 1;
    for (let at = from; at < text.length; at++) {
      const c = this.text.charCodeAt(at);
      if (c === LINE_FEED) break;
      if (c !== SINGLE_QUOTE) continue;
      value += text.slice(from, at);
      // Two quotes stand for one.
      if (this.text.charCodeAt(at + 1) === SINGLE_QUOTE) {
        value += "'";
        from = ++at + 1;
        continue;
      }
      this.at = at + 1;
      return frame(start, this.at, 'scalar', value);
    }
    throw DECLINE;
  }

  private flowSequence(): Frame {
    this.enter();
    const start = this.at++;
    const result: unknown[] = [];
    const items: Frame[] = [];
    this.skipSpaces();
    if (this.text.charCodeAt(this.at) !== CLOSE_BRACKET) {
      for (;;) {
        const item = this.flowValue();
        items.push(item);
        result.push(item.result);
        if (this.flowSeparator(CLOSE_BRACKET)) break;
      }
    }
    this.at++;
    return this.leave(frame(start, this.at, 'sequence', result, null, items));
  }

  private flowMapping(): Frame {
    this.enter();
    const start = this.at++;
    const result: Record<string, unknown> = {};
    const entries: Frame[] = [];
    this.skipSpaces();
    if (this.text.charCodeAt(this.at) !== CLOSE_BRACE) {
      for (;;) {
        const key = this.key();
        const name = key.result as string;
        if (this.text.charCodeAt(this.at) !== SPACE) throw DECLINE;
        this.skipSpaces();
        const value = this.flowValue();
        entries.push(key, value);
        result[name] = value.result;
        if (this.flowSeparator(CLOSE_BRACE)) break;
      }
    }
    this.at++;
    return this.leave(mapping(start, this.at, result, entries));
  }

  /** Whether only spaces lie between `at` and the end of its line. */
  private lineEndsAfter(at: number): boolean {
    while (this.text.charCodeAt(at) === SPACE) at++;
    return this.text.charCodeAt(at) === LINE_FEED;
  }

  /**
   * A flow list as a mapping's value written one item a line: `[` ending its key's line, each
   * item on a line of its own indented more than the key (a comma after every item but the
   * last), and `]` alone on the last line, at the key's indentation or deeper.
   */
  private listOverLines(keyIndent: number): Frame {
    this.enter();
    const text = this.text;
    const start = this.at;
    this.at = text.indexOf('\n', this.at) + 1;
    const result: unknown[] = [];
    const items: Frame[] = [];
    const indentHere = () => {
      let spaces = 0;
      while (text.charCodeAt(this.at + spaces) === SPACE) spaces++;
      this.at += spaces;
      return spaces;
    };
    for (;;) {
      if (indentHere() <= keyIndent) throw DECLINE;
      const c = text.charCodeAt(this.at);
      if (c === CLOSE_BRACKET || c === LINE_FEED || c === HASH) throw DECLINE;
      const item = this.flowValue(true);
      items.push(item);
      result.push(item.result);
      this.skipSpaces();
      const after = text.charCodeAt(this.at);
      const more = after === COMMA;
      if (more) {
        this.at++;
        this.skipSpaces();
      }
      if (text.charCodeAt(this.at) !== LINE_FEED) throw DECLINE;
      this.at++;
      if (!more) break;
    }
    if (indentHere() < keyIndent || text.charCodeAt(this.at) !== CLOSE_BRACKET) throw DECLINE;
    this.at++;
    return this.leave(frame(start, this.at, 'sequence', result, null, items));
  }

  /** After a flow entry: `,` and more to come (false), or the closing bracket (true, left to read). */
  private flowSeparator(close: number): boolean {
    this.skipSpaces();
    const c = this.text.charCodeAt(this.at);
    if (c === close) return true;
    if (c !== COMMA) throw DECLINE;
    this.at++;
    this.skipSpaces();
    // A trailing comma, or the line ending inside the collection.
    if (this.text.charCodeAt(this.at) === close) throw DECLINE;
    return false;
  }

  /** An entry of a flow list, or a value in a flow mapping; `lineEnds`: a plain one may also end at its line's end (see listOverLines). */
  private flowValue(lineEnds = false): Frame {
    const c = this.text.charCodeAt(this.at);
    if (c === AMPERSAND || c === ASTERISK) return this.anchorOrAlias(c, true, lineEnds);
    const delimited = this.delimited(c);
    if (delimited) return delimited;
    if (NOT_PLAIN_START.has(c) || c === LINE_FEED || this.at >= this.text.length) throw DECLINE;
    if (c === DASH) {
      const next = this.text.charCodeAt(this.at + 1);
      if (next === SPACE || next === LINE_FEED || isFlowEnd(next)) throw DECLINE;
    }
    const start = this.at;
    let end = start;
    const text = this.text;
    for (;;) {
      const d = this.text.charCodeAt(this.at);
      if (lineEnds && d === LINE_FEED) break;
      if (this.at >= text.length || d === LINE_FEED || d === HASH || d === OPEN_BRACKET || d === OPEN_BRACE) throw DECLINE;
      if (d === COMMA || d === CLOSE_BRACKET || d === CLOSE_BRACE) break;
      if (d === SPACE) {
        this.at++;
        continue;
      }
      // `:` before a space or a bracket would make a key (a pair inside a list, or a mapping inside a value).
      if (d === COLON) {
        const next = this.text.charCodeAt(this.at + 1);
        if (next === SPACE || next === LINE_FEED || isFlowEnd(next)) throw DECLINE;
      }
      end = ++this.at;
    }
    this.at = end;
    return frame(start, end, 'scalar', resolvePlain(text.slice(start, end)));
  }
}
