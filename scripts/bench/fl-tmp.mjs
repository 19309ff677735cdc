var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// ../../main/node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "../../main/node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// ../../main/node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "../../main/node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// ../../main/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "../../main/node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/yaml/core-schema.ts
var numberStart = (chars) => (s) => s.length > 0 && chars.includes(s[0]);
var PLAIN_TYPES = [
  { tag: "null", could: (s) => s.length === 0 || s.length <= 4 && "~nN".includes(s[0]), test: /^(?:~|null|Null|NULL)?$/, construct: () => null },
  { tag: "bool", could: (s) => (s.length === 4 || s.length === 5) && "tTfF".includes(s[0]), test: /^(?:true|True|TRUE|false|False|FALSE)$/, construct: (s) => s[0] === "t" || s[0] === "T" },
  {
    tag: "int",
    could: numberStart("+-0123456789"),
    test: /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/,
    construct: (s) => s.startsWith("0o") ? parseInt(s.slice(2), 8) : s.startsWith("0x") ? parseInt(s.slice(2), 16) : parseInt(s, 10)
  },
  {
    tag: "float",
    could: numberStart("+-.0123456789"),
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/,
    construct: (s) => /nan$/i.test(s) ? NaN : /inf$/i.test(s) ? s[0] === "-" ? -Infinity : Infinity : parseFloat(s)
  }
];
var MAY_START_KEYWORD = new Set([..."nNtTfF"].map((c) => c.charCodeAt(0)));
function resolvePlain(source) {
  const first = source.charCodeAt(0);
  if ((first >= 97 && first <= 122 || first >= 65 && first <= 90) && !MAY_START_KEYWORD.has(first)) return source;
  for (const type of PLAIN_TYPES) if (type.could(source) && type.test.test(source)) return type.construct(source);
  return source;
}

// src/yaml/lines.ts
function lineIndex(text) {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

// src/yaml/yaml-libraries.ts
import * as yaml from "yaml";
import jsyaml from "js-yaml";
var YAML_LIBRARIES = { yaml, jsyaml };

// src/yaml/yaml-loader.ts
function yamlLibraries() {
  return YAML_LIBRARIES;
}

// src/yaml/locate.ts
function pointerSegments(pointer) {
  let segments = splitPointers.get(pointer);
  if (segments === void 0) {
    segments = pointer === "" || pointer === "/" ? [] : pointer.slice(1).split("/");
    if (pointer.includes("~")) segments = segments.map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (splitPointers.size >= 4096) splitPointers.clear();
    splitPointers.set(pointer, segments);
  }
  return segments;
}
var splitPointers = /* @__PURE__ */ new Map();
var LIST_INDEX = /^\d+$/;
function createLocator(doc, lineCounter) {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLibraries().yaml;
  const keyText = (key) => isScalar(key) ? String(key.value) : String(key);
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const start = (node) => node && typeof node === "object" && "range" in node ? node.range?.[0] : void 0;
  const pairsByKey = /* @__PURE__ */ new WeakMap();
  const pairOf = (map, key) => {
    let pairs = pairsByKey.get(map);
    if (pairs === void 0) {
      pairs = /* @__PURE__ */ new Map();
      for (const pair of map.items) if (isPair(pair) && !pairs.has(keyText(pair.key))) pairs.set(keyText(pair.key), pair);
      pairsByKey.set(map, pairs);
    }
    return pairs.get(key);
  };
  return {
    locate(pointer, at = "value") {
      let node = doc.contents;
      let introducedAt = start(node) ?? 0;
      let complete = true;
      for (const segment of pointerSegments(pointer)) {
        if (isAlias(node)) node = node.resolve(doc);
        let keyNode;
        let child;
        if (isMap(node)) {
          const pair = pairOf(node, segment);
          if (!pair) {
            complete = false;
            break;
          }
          keyNode = pair.key;
          child = pair.value;
        } else if (isSeq(node)) {
          const index = Number(segment);
          if (!LIST_INDEX.test(segment) || index >= node.items.length) {
            complete = false;
            break;
          }
          child = node.items[index];
        } else {
          complete = false;
          break;
        }
        introducedAt = start(keyNode) ?? start(child) ?? introducedAt;
        node = child;
      }
      if (!complete || at === "key") return position(introducedAt);
      if (isMap(node) || isSeq(node)) return position(introducedAt);
      return position(start(node) ?? introducedAt);
    }
  };
}

// src/yaml/frames.ts
var MAX_KEY_LENGTH = 1e3;
function quickRead(root, text) {
  return { data: root.result, locator: frameLocator(root, lineIndex(text)) };
}
function frameLocator(root, position) {
  return {
    locate(pointer, at = "value") {
      let node = root;
      let introducedAt = root.start;
      let complete = true;
      for (const segment of pointerSegments(pointer)) {
        if (node.entries) {
          const entries = node.entries;
          const key = keyIndex(node, entries, segment);
          if (key < 0) {
            complete = false;
            break;
          }
          introducedAt = entries[key].start;
          node = entries[key + 1];
        } else if (node.items) {
          const index = Number(segment);
          if (!LIST_INDEX.test(segment) || index >= node.items.length) {
            complete = false;
            break;
          }
          node = node.items[index];
          introducedAt = node.start;
        } else {
          complete = false;
          break;
        }
      }
      if (!complete || at === "key" || node.entries || node.items) return position(introducedAt);
      return position(node.start);
    }
  };
}
var INDEXED_FROM = 64;
var keyIndexes = /* @__PURE__ */ new WeakMap();
function keyIndex(node, entries, segment) {
  if (entries.length < INDEXED_FROM * 2) {
    for (let key = 0; key < entries.length; key += 2) if (entries[key].result === segment) return key;
    return -1;
  }
  let index = keyIndexes.get(node);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (let key = entries.length - 2; key >= 0; key -= 2) index.set(entries[key].result, key);
    keyIndexes.set(node, index);
  }
  return index.get(segment) ?? -1;
}

// src/yaml/plain-reader.ts
function readPlainShape(text) {
  const lines = text.includes("\r") ? text.replace(CRLF, "\n") : text;
  if (UNUSUAL_CHARACTER.test(lines)) return void 0;
  try {
    return quickRead(new PlainScanner(lines).document(), lines);
  } catch (error) {
    if (error === DECLINE) return void 0;
    throw error;
  }
}
var CRLF = /\r\n/g;
var UNUSUAL_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
var DECLINE = new Error("outside the plain shape");
var LINE_FEED = 10;
var SPACE = 32;
var DOUBLE_QUOTE = 34;
var HASH = 35;
var SINGLE_QUOTE = 39;
var COMMA = 44;
var DASH = 45;
var COLON = 58;
var OPEN_BRACKET = 91;
var BACKSLASH = 92;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var MAX_DEPTH = 64;
var NOT_PLAIN_START = new Set([...",[]{}#&*!|>'\"%@`?:"].map((c) => c.charCodeAt(0)));
var isNameStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
var isNameChar = (c) => isNameStart(c) || c >= 48 && c <= 57 || c === DASH;
var isFlowEnd = (c) => c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === OPEN_BRACKET || c === OPEN_BRACE;
function frame(start, end, kind, result, entries = null, items = null) {
  return { start, end, kind, result, children: null, entries, items };
}
function mapping(start, end, result, entries) {
  if (Object.keys(result).length * 2 !== entries.length) throw DECLINE;
  return frame(start, end, "mapping", result, entries);
}
var PlainScanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  lineIndent = -1;
  /** Collections open around the current one. */
  depth = 0;
  document() {
    this.nextContentLine();
    if (this.lineIndent !== 0) throw DECLINE;
    const root = this.blockMapping(0);
    if (this.at < this.text.length) throw DECLINE;
    return root;
  }
  /** Deeper nesting than a program document needs is left to the readers that report it. */
  enter() {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
  }
  leave(collection) {
    this.depth--;
    return collection;
  }
  /** Moves to the next line with content, past blank and comment lines. */
  nextContentLine() {
    const text = this.text;
    for (; ; ) {
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
  skipComment() {
    const eol = this.text.indexOf("\n", this.at);
    this.at = eol === -1 ? this.text.length : eol + 1;
  }
  /** The rest of a line after its value: spaces and an optional comment. */
  endLine() {
    const start = this.at;
    while (this.text.charCodeAt(this.at) === SPACE) this.at++;
    if (this.at >= this.text.length) return;
    const c = this.text.charCodeAt(this.at);
    if (c === LINE_FEED) this.at++;
    else if (c === HASH && (this.at > start || this.text.charCodeAt(this.at - 1) === SPACE)) this.skipComment();
    else throw DECLINE;
  }
  skipSpaces() {
    while (this.text.charCodeAt(this.at) === SPACE) this.at++;
  }
  /** Whether a list item's dash is here: `-` then a space or the end of the line. */
  atItem() {
    if (this.text.charCodeAt(this.at) !== DASH) return false;
    const next = this.text.charCodeAt(this.at + 1);
    return next === SPACE || next === LINE_FEED || this.at + 1 >= this.text.length;
  }
  /** Where the colon is, if a plain name followed by `:` and a space or line end is here; otherwise -1. */
  keyColon() {
    const text = this.text;
    let at = this.at;
    if (!isNameStart(text.charCodeAt(at))) return -1;
    while (isNameChar(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== COLON) return -1;
    const next = text.charCodeAt(at + 1);
    return next === SPACE || next === LINE_FEED || at + 1 >= text.length ? at : -1;
  }
  /** A plain name and its colon; the key frame. */
  key() {
    const start = this.at;
    const colon = this.keyColon();
    if (colon < 0 || colon - start > MAX_KEY_LENGTH) throw DECLINE;
    const name = this.text.slice(start, colon);
    this.at = colon + 1;
    if ((name.length === 4 || name.length === 5) && typeof resolvePlain(name) !== "string" || name === "__proto__") throw DECLINE;
    return frame(start, colon, "scalar", name);
  }
  blockMapping(indent) {
    this.enter();
    const start = this.at;
    const result = {};
    const entries = [];
    for (; ; ) {
      const key = this.key();
      const name = key.result;
      this.skipSpaces();
      let value;
      const c = this.text.charCodeAt(this.at);
      if (this.at >= this.text.length || c === LINE_FEED || c === HASH) {
        this.endLine();
        this.nextContentLine();
        if (this.lineIndent > indent) value = this.atItem() ? this.blockSequence(this.lineIndent) : this.blockMapping(this.lineIndent);
        else if (this.lineIndent === indent && this.atItem()) value = this.blockSequence(indent);
        else throw DECLINE;
      } else {
        value = this.inlineValue();
        this.endLine();
        this.nextContentLine();
      }
      entries.push(key, value);
      result[name] = value.result;
      if (this.lineIndent < indent) return this.leave(mapping(start, this.at, result, entries));
      if (this.lineIndent > indent) throw DECLINE;
    }
  }
  blockSequence(indent) {
    this.enter();
    const start = this.at;
    const result = [];
    const items = [];
    for (; ; ) {
      const dash = this.at;
      this.at++;
      this.skipSpaces();
      const c = this.text.charCodeAt(this.at);
      if (this.at >= this.text.length || c === LINE_FEED || c === HASH) throw DECLINE;
      let item;
      if (this.keyColon() >= 0) item = this.blockMapping(indent + this.at - dash);
      else {
        item = this.inlineValue();
        this.endLine();
        this.nextContentLine();
      }
      items.push(item);
      result.push(item.result);
      if (this.lineIndent === indent && this.atItem()) continue;
      if (this.lineIndent <= indent) return this.leave(frame(start, this.at, "sequence", result, null, items));
      throw DECLINE;
    }
  }
  /** A flow collection or quoted text, read alike as a block value and inside a flow collection; undefined if none starts here. */
  delimited(c) {
    if (c === OPEN_BRACKET) return this.flowSequence();
    if (c === OPEN_BRACE) return this.flowMapping();
    if (c === DOUBLE_QUOTE) return this.doubleQuoted();
    if (c === SINGLE_QUOTE) return this.singleQuoted();
    return void 0;
  }
  /** A value that starts on its key's or dash's line and ends on it. */
  inlineValue() {
    const c = this.text.charCodeAt(this.at);
    const delimited = this.delimited(c);
    if (delimited) return delimited;
    if (NOT_PLAIN_START.has(c) || c === DASH && this.atItem()) throw DECLINE;
    const start = this.at;
    let end = start;
    const text = this.text;
    for (; ; ) {
      const d = this.text.charCodeAt(this.at);
      if (this.at >= text.length || d === LINE_FEED) break;
      if (d === SPACE) {
        this.at++;
        continue;
      }
      if (d === HASH) break;
      if (d === COLON) {
        const next = this.text.charCodeAt(this.at + 1);
        if (next === SPACE || next === LINE_FEED || this.at + 1 >= text.length) throw DECLINE;
      }
      end = ++this.at;
    }
    this.at = end;
    return frame(start, end, "scalar", resolvePlain(text.slice(start, end)));
  }
  doubleQuoted() {
    const start = this.at;
    const text = this.text;
    for (let at = start + 1; at < text.length; at++) {
      const c = this.text.charCodeAt(at);
      if (c === DOUBLE_QUOTE) {
        this.at = at + 1;
        return frame(start, this.at, "scalar", text.slice(start + 1, at));
      }
      if (c === BACKSLASH || c === LINE_FEED) break;
    }
    throw DECLINE;
  }
  singleQuoted() {
    const start = this.at;
    const text = this.text;
    let value = "";
    let from = start + 1;
    for (let at = from; at < text.length; at++) {
      const c = this.text.charCodeAt(at);
      if (c === LINE_FEED) break;
      if (c !== SINGLE_QUOTE) continue;
      value += text.slice(from, at);
      if (this.text.charCodeAt(at + 1) === SINGLE_QUOTE) {
        value += "'";
        from = ++at + 1;
        continue;
      }
      this.at = at + 1;
      return frame(start, this.at, "scalar", value);
    }
    throw DECLINE;
  }
  flowSequence() {
    this.enter();
    const start = this.at++;
    const result = [];
    const items = [];
    this.skipSpaces();
    if (this.text.charCodeAt(this.at) !== CLOSE_BRACKET) {
      for (; ; ) {
        const item = this.flowValue();
        items.push(item);
        result.push(item.result);
        if (this.flowSeparator(CLOSE_BRACKET)) break;
      }
    }
    this.at++;
    return this.leave(frame(start, this.at, "sequence", result, null, items));
  }
  flowMapping() {
    this.enter();
    const start = this.at++;
    const result = {};
    const entries = [];
    this.skipSpaces();
    if (this.text.charCodeAt(this.at) !== CLOSE_BRACE) {
      for (; ; ) {
        const key = this.key();
        const name = key.result;
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
  /** After a flow entry: `,` and more to come (false), or the closing bracket (true, left to read). */
  flowSeparator(close) {
    this.skipSpaces();
    const c = this.text.charCodeAt(this.at);
    if (c === close) return true;
    if (c !== COMMA) throw DECLINE;
    this.at++;
    this.skipSpaces();
    if (this.text.charCodeAt(this.at) === close) throw DECLINE;
    return false;
  }
  /** An entry of a flow list, or a value in a flow mapping. */
  flowValue() {
    const c = this.text.charCodeAt(this.at);
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
    for (; ; ) {
      const d = this.text.charCodeAt(this.at);
      if (this.at >= text.length || d === LINE_FEED || d === HASH || d === OPEN_BRACKET || d === OPEN_BRACE) throw DECLINE;
      if (d === COMMA || d === CLOSE_BRACKET || d === CLOSE_BRACE) break;
      if (d === SPACE) {
        this.at++;
        continue;
      }
      if (d === COLON) {
        const next = this.text.charCodeAt(this.at + 1);
        if (next === SPACE || next === LINE_FEED || isFlowEnd(next)) throw DECLINE;
      }
      end = ++this.at;
    }
    this.at = end;
    return frame(start, end, "scalar", resolvePlain(text.slice(start, end)));
  }
};

// src/yaml/fast-load.ts
function fastLoad(text) {
  const plain = readPlainShape(text);
  if (plain) {
    readerCounts.plain++;
    return plain;
  }
  if (needsFullReader(text)) return void 0;
  const stack = [];
  let root;
  const { jsyaml: jsyaml2 } = yamlLibraries();
  try {
    jsyaml2.load(text, {
      schema: coreSchema(jsyaml2),
      // js-yaml only warns about lines indented less than YAML allows (inside flow collections and quoted
      // text); the full reader refuses them, and gives the message. One such line it takes as written: a
      // flow list or mapping closed on a line of its own at its key's indentation (`payers: [` ... `]`).
      onWarning(warning) {
        if (!closesKeyFlow(text, stack[stack.length - 1]?.start, warning.mark?.position)) throw OUTSIDE_FAST_PATH;
      },
      listener(event, state) {
        if (event === "open") {
          const start = contentStart(text, state.position);
          const first = text.charCodeAt(start);
          if (first === 33 || first === 38 || first === 42) throw OUTSIDE_FAST_PATH;
          stack.push({ start, end: start, kind: null, result: null, children: null, entries: null, items: null });
          return;
        }
        const frame2 = stack.pop();
        frame2.kind = state.kind;
        frame2.result = state.result;
        frame2.end = state.position;
        if (frame2.kind === null) return;
        if (frame2.kind !== "scalar") shape(frame2, text);
        const parent = stack[stack.length - 1];
        if (parent) (parent.children ??= []).push(frame2);
        else root = frame2;
      }
    });
  } catch {
    return void 0;
  }
  if (!root || root.kind !== "mapping" || stack.length > 0) return void 0;
  readerCounts.jsyaml++;
  return quickRead(root, text);
}
var readerCounts = { plain: 0, jsyaml: 0, full: 0 };
function needsFullReader(text) {
  if (text.includes("	")) return true;
  if (text.includes("%") && DIRECTIVE.test(text)) return true;
  if (text.includes("\r") && LONE_CARRIAGE_RETURN.test(text)) return true;
  return text.includes("#") && GLUED_COMMENT.test(text);
}
function closesKeyFlow(text, open, position) {
  if (open === void 0 || position === void 0) return false;
  const opener = text.charCodeAt(open);
  if (opener !== 91 && opener !== 123) return false;
  const key = KEY_BEFORE_FLOW.exec(text.slice(text.lastIndexOf("\n", open - 1) + 1, open));
  const start = text.lastIndexOf("\n", position - 1) + 1;
  const end = text.indexOf("\n", position);
  const closer = CLOSER_ONLY.exec(text.slice(start, end === -1 ? text.length : end));
  return key !== null && closer !== null && closer[1].length === key[1].length && closer[2].charCodeAt(0) === opener + 2;
}
var KEY_BEFORE_FLOW = /^( *)[A-Za-z_][\w-]*: +$/;
var CLOSER_ONLY = /^( *)([\]}])\r?$/;
var DIRECTIVE = /^%/m;
var LONE_CARRIAGE_RETURN = /\r(?!\n)/;
var GLUED_COMMENT = /[^\s]#/;
var OUTSIDE_FAST_PATH = new Error("outside the fast reading path");
var NO_CHILDREN = [];
function shape(frame2, text) {
  const children = frame2.children ?? NO_CHILDREN;
  frame2.children = null;
  if (children.length === 1 && children[0].result === frame2.result && children[0].kind === frame2.kind) {
    frame2.entries = children[0].entries;
    frame2.items = children[0].items;
    return;
  }
  if (frame2.kind === "sequence") {
    const values2 = frame2.result;
    if (values2.length !== children.length) throw OUTSIDE_FAST_PATH;
    for (let i = 0; i < children.length; i++) if (!Object.is(children[i].result, values2[i])) throw OUTSIDE_FAST_PATH;
    frame2.items = children;
    return;
  }
  const values = frame2.result;
  if (children.length % 2 !== 0) throw OUTSIDE_FAST_PATH;
  for (let i = 0; i < children.length; i += 2) {
    const key = children[i];
    const value = children[i + 1];
    if (key.kind !== "scalar" || typeof key.result !== "string" || key.end - key.start > MAX_KEY_LENGTH) throw OUTSIDE_FAST_PATH;
    if (explicitKey(text, key.start)) throw OUTSIDE_FAST_PATH;
    if (!Object.prototype.hasOwnProperty.call(values, key.result) || !Object.is(values[key.result], value.result)) throw OUTSIDE_FAST_PATH;
  }
  if (children.length / 2 !== Object.keys(values).length) throw OUTSIDE_FAST_PATH;
  frame2.entries = children;
}
function explicitKey(text, start) {
  let at = start - 1;
  while (at >= 0 && text.charCodeAt(at) === 32) at--;
  return text.charCodeAt(at) === 63;
}
function contentStart(text, offset) {
  let at = offset;
  for (; ; ) {
    const c = text.charCodeAt(at);
    if (c === 32 || c === 10 || c === 13) at++;
    else if (c === 35) {
      if (at > 0 && !/\s/.test(text[at - 1])) throw OUTSIDE_FAST_PATH;
      const eol = text.indexOf("\n", at);
      at = eol === -1 ? text.length : eol;
    } else return at;
  }
}
var CORE_SCHEMA;
function coreSchema(jsyaml2) {
  return CORE_SCHEMA ??= jsyaml2.FAILSAFE_SCHEMA.extend({
    implicit: PLAIN_TYPES.map(({ tag, could, test, construct }) => new jsyaml2.Type(`tag:yaml.org,2002:${tag}`, {
      kind: "scalar",
      resolve: (data) => typeof data === "string" && could(data) && test.test(data),
      construct
    }))
  });
}

// src/core/privacy.ts
var NOT_PATIENT_DATA_MARKER = "iop-audit: not-patient-data";
var MONTH = `(?:${["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m) => [...m].map((c) => `[${c}${c.toUpperCase()}]`).join("")).join("|")})[a-zA-Z]{0,6}\\.?`;
var ORDINAL = "(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])";
var FULL_YEAR = "(?:19|20)\\d{2}";
var ANY_YEAR = `(?:${FULL_YEAR}|'?\\d{2})(?!\\d)`;
var DASH2 = "\\-\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff0d";
var DATE = `(?:\\d{1,2}[/.${DASH2}]\\d{1,2}[/.${DASH2}]${ANY_YEAR}|${FULL_YEAR}[/.${DASH2}]\\d{1,2}[/.${DASH2}]\\d{1,2}(?!\\d)|\\d{1,2}${ORDINAL}?(?:\\s[oO][fF])?\\s${MONTH},?\\s${ANY_YEAR}|${MONTH}\\s\\d{1,2}${ORDINAL}?,?\\s${ANY_YEAR})`;
var SSN_SEPARATOR = `[\\s._/${DASH2}]{1,3}`;
var SSN = new RegExp(String.raw`(?<!\d)\d{3}${SSN_SEPARATOR}\d{2}${SSN_SEPARATOR}\d{4}(?!\d)`);
var SSN_LABELLED = /\b(?:ssn|social security)\b[^a-z]{0,6}\d{9}(?!\d)/i;
var NINE_DIGITS_ALONE = /^\d{9}$/;
var NINE_DIGIT_RUN = /(?<!\d)\d{9}(?!\d)/;
var MEDICAL_RECORD_NUMBER = /\b(?:mrn|mr ?(?:#|no\.?|num(?:ber)?)|med(?:ical)? rec(?:ord)?\.?(?: ?(?:number|num\.?|no\.?|#))?)[\s:#=.-]{0,4}[a-z]{0,3}\d{4}/i;
var PATIENT_NUMBER = /\b(?:patient|chart) ?(?:id|number|num\.?|no\.?|#)[\s:#=.-]{0,4}[a-z]{0,3}\d{5}/i;
var DATE_OF_BIRTH = new RegExp(String.raw`\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)[\s:=,-]{0,4}${DATE}`, "i");
var NAME_AND_DATE = new RegExp(String.raw`\b[A-Z][a-z]{1,30},?\s[A-Z][a-z]{1,30}\b[^\n]{0,12}${DATE}`);
var PHONE_SEPARATOR = `[\\s.${DASH2}]{1,2}`;
var PHONE = new RegExp(String.raw`(?<!\d)(?:\(\d{3}\)\s?|\d{3}${PHONE_SEPARATOR})\d{3}${PHONE_SEPARATOR}\d{4}(?!\d)`);
var EMAIL = /[\w.%+-]@(?:[a-z0-9-]{1,63}\.){1,8}[a-z][a-z0-9-]{0,62}/i;
var FOUR_DIGITS = /\d{4}/;
var SHORT_YEAR_DATE = /\d[^\d:]{1,20}\d\d/;
var BIRTH_WORD = /dob|d\.o\.b|birth|born/i;
var CAPITALISED_WORDS = /[A-Z][a-z]{1,30},?\s[A-Z][a-z]/;
var mayHoldDate = (text) => FOUR_DIGITS.test(text) || SHORT_YEAR_DATE.test(text);
var IDENTIFIER_PATTERNS = [
  {
    kind: "a social security number",
    strong: true,
    // Area 000, 666 and 9xx are never issued, but a lookalike is still refused.
    test: (text) => FOUR_DIGITS.test(text) && (SSN.test(text) || SSN_LABELLED.test(text) || NINE_DIGITS_ALONE.test(text.trim()))
  },
  {
    kind: "a medical record number",
    strong: true,
    test: (text) => FOUR_DIGITS.test(text) && MEDICAL_RECORD_NUMBER.test(text)
  },
  {
    kind: "a social security number",
    strong: false,
    // Nine digits inside other text: a grant or provider number may have them too.
    test: (text) => FOUR_DIGITS.test(text) && NINE_DIGIT_RUN.test(text)
  },
  {
    kind: "a medical record number",
    strong: false,
    test: (text) => FOUR_DIGITS.test(text) && PATIENT_NUMBER.test(text)
  },
  {
    kind: "a date of birth",
    strong: false,
    test: (text) => mayHoldDate(text) && BIRTH_WORD.test(text) && DATE_OF_BIRTH.test(text)
  },
  {
    kind: "a name with a date of birth",
    strong: false,
    // "Jane Doe 03/04/1985", "Doe, Jane (1985-03-04)", "Jane Doe, March 4th, '85": a capitalised name beside a calendar date.
    test: (text) => mayHoldDate(text) && CAPITALISED_WORDS.test(text) && NAME_AND_DATE.test(text)
  },
  {
    kind: "a phone number",
    strong: false,
    test: (text) => FOUR_DIGITS.test(text) && PHONE.test(text)
  },
  {
    kind: "an e-mail address",
    strong: false,
    test: (text) => text.includes("@") && EMAIL.test(text)
  }
];
function mayHoldIdentifier(text) {
  return FOUR_DIGITS.test(text) || text.includes("@") || SHORT_YEAR_DATE.test(text);
}
function identifierKind(text) {
  return matchingPattern(text)?.kind;
}
function matchingPattern(text) {
  if (!WORTH_A_LOOK.test(text)) return void 0;
  const plain = readable(text);
  if (plain !== text && !mayHoldIdentifier(plain)) return void 0;
  return IDENTIFIER_PATTERNS.find((p) => p.test(plain));
}
function readable(text) {
  return UNUSUAL.test(text) ? text.normalize("NFKC").replace(INVISIBLE, "") : text;
}
var UNUSUAL = /[^\x20-\x7e\t\n\r]/;
var WORTH_A_LOOK = /\d(?:\d{3}|[^\d:]{1,20}\d\d)|[^\t\n\r\x20-\x3f\x41-\x7e]/;
var INVISIBLE = /[\p{Cf}\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/gu;
function reviewedLines(text) {
  const lines = /* @__PURE__ */ new Set();
  if (!text.includes(NOT_PATIENT_DATA_MARKER)) return lines;
  text.split("\n").forEach((line, index) => {
    if (REVIEWED_COMMENT.test(line)) lines.add(index + 1);
  });
  return lines;
}
var REVIEWED_COMMENT = new RegExp(`(?:^|\\s)#[ \\t]{0,8}${NOT_PATIENT_DATA_MARKER}(?![\\w-])`);

// src/core/sanitize.ts
function sanitize(text, limit = MESSAGE_TEXT_LIMIT) {
  const kind = identifierKind(text);
  return kind ? redacted(kind) : printable(text, limit);
}
function quote(text, limit = QUOTE_LIMIT) {
  const kind = identifierKind(text);
  return kind ? redacted(kind) : `'${printable(text, limit)}'`;
}
var MESSAGE_TEXT_LIMIT = 120;
var QUOTE_LIMIT = 60;
function redacted(kind) {
  return `\xABredacted: looks like ${kind}\xBB`;
}
function printable(text, limit) {
  const head = text.length > limit ? text.slice(0, limit) : text;
  const escaped = head.replace(UNPRINTABLE, escape);
  if (escaped.length <= limit && head.length === text.length) return escaped;
  let end = limit - 1;
  if (isHighSurrogate(escaped.charCodeAt(end - 1))) end--;
  return `${escaped.slice(0, end)}\u2026`;
}
var UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]|\p{Cs}/gu;
var SHORT_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escape(character) {
  return SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}

// src/generated/validators.js
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/iop-audit/iop-audit/schemas/program.schema.json", "title": "iop-audit program document (format version 1)", "description": "One intensive outpatient program as its designers intend to run it. Describes a program, never a patient. Every section but version and program is optional: a missing section is an audit finding, not a schema error.", "type": "object", "additionalProperties": false, "required": ["version", "program"], "properties": { "version": { "const": 1, "description": "Format version of this document." }, "program": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "The program's name.", "pattern": "\\S" }, "provider": { "type": "string", "description": "The organisation that runs it.", "pattern": "\\S" }, "level_of_care": { "type": "string", "enum": ["standard-outpatient", "intensive-outpatient", "partial-hospitalization", "residential"], "description": "The level of care the program claims to be." }, "populations": { "type": "array", "items": { "type": "string", "enum": ["adults", "adolescents", "young-adults", "older-adults", "justice-involved"] }, "uniqueItems": true, "minItems": 1, "description": "Who the program serves. Age groups (adults, young-adults, older-adults, adolescents) set the weekly floor and the hours that fit; justice-involved marks a court or probation track." }, "focus": { "type": "array", "items": { "type": "string", "enum": ["substance-use", "mental-health", "co-occurring", "eating-disorders"] }, "uniqueItems": true, "minItems": 1 }, "delivery": { "type": "array", "items": { "type": "string", "enum": ["in-person", "telehealth"] }, "uniqueItems": true, "minItems": 1 }, "payers": { "type": "array", "items": { "type": "string", "enum": ["medicare", "medicaid", "commercial", "tricare", "va", "self-pay", "grant-funded"] }, "uniqueItems": true, "description": "Who pays for the program's care. Medicare makes a physician's certification of need a condition of payment (42 CFR 424.24), so requiring one is not an admission barrier the program chose." }, "settings": { "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["hospital-outpatient-department", "community-mental-health-center", "federally-qualified-health-center", "rural-health-clinic", "opioid-treatment-program", "freestanding-clinic", "telehealth", "patients-home"] }, "description": "Where the program's services are furnished. Medicare pays for intensive outpatient services in hospital outpatient departments, community mental health centers, federally qualified health centers, rural health clinics and (for opioid use disorder) opioid treatment programs, never in the patient's home." } }, "required": ["name"] }, "schedule": { "type": "object", "additionalProperties": false, "properties": { "days_per_week": { "type": "integer", "minimum": 1, "maximum": 7, "description": "Summary: scheduled treatment days a week." }, "hours_per_day": { "type": "number", "exclusiveMinimum": 0, "maximum": 24, "description": "Summary: treatment hours on each scheduled day." }, "timetable": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "day": { "type": "string", "enum": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, "start": { "type": "string", "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$", "description": '24-hour time, "HH:MM".' }, "end": { "type": "string", "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$", "description": '24-hour time, "HH:MM".' }, "activities": { "type": "array", "items": { "type": "string", "enum": ["individual-counseling", "group-counseling", "group-therapy", "psychoeducation", "relapse-prevention", "skills-training", "family-therapy", "family-education", "multifamily-group", "case-management", "medication-management", "psychiatric-care", "medical-care", "assessment", "treatment-planning", "trauma-therapy", "dialectical-behavior-therapy-skills", "experiential-therapy", "nutrition-counseling", "meal-support", "vocational-counseling", "mutual-support-meeting", "peer-support-meeting", "recreation", "fitness", "meditation", "alumni-meeting", "social-activity", "drug-testing", "meal-break"] }, "uniqueItems": true, "minItems": 1, "description": "What happens in the block. Treatment activities count toward treatment hours; adjunctive ones (mutual-support meetings, recreation, drug testing, breaks) never do." }, "minutes": { "type": "object", "additionalProperties": false, "description": "Minutes of the block given to some of its activities (a 10-minute drug test at check-in, a meal break). The activities not listed share what is left evenly; without minutes the block is shared evenly among its activities.", "properties": { "individual-counseling": { "type": "integer", "minimum": 1 }, "group-counseling": { "type": "integer", "minimum": 1 }, "group-therapy": { "type": "integer", "minimum": 1 }, "psychoeducation": { "type": "integer", "minimum": 1 }, "relapse-prevention": { "type": "integer", "minimum": 1 }, "skills-training": { "type": "integer", "minimum": 1 }, "family-therapy": { "type": "integer", "minimum": 1 }, "family-education": { "type": "integer", "minimum": 1 }, "multifamily-group": { "type": "integer", "minimum": 1 }, "case-management": { "type": "integer", "minimum": 1 }, "medication-management": { "type": "integer", "minimum": 1 }, "psychiatric-care": { "type": "integer", "minimum": 1 }, "medical-care": { "type": "integer", "minimum": 1 }, "assessment": { "type": "integer", "minimum": 1 }, "treatment-planning": { "type": "integer", "minimum": 1 }, "trauma-therapy": { "type": "integer", "minimum": 1 }, "dialectical-behavior-therapy-skills": { "type": "integer", "minimum": 1 }, "experiential-therapy": { "type": "integer", "minimum": 1 }, "nutrition-counseling": { "type": "integer", "minimum": 1 }, "meal-support": { "type": "integer", "minimum": 1 }, "vocational-counseling": { "type": "integer", "minimum": 1 }, "mutual-support-meeting": { "type": "integer", "minimum": 1 }, "peer-support-meeting": { "type": "integer", "minimum": 1 }, "recreation": { "type": "integer", "minimum": 1 }, "fitness": { "type": "integer", "minimum": 1 }, "meditation": { "type": "integer", "minimum": 1 }, "alumni-meeting": { "type": "integer", "minimum": 1 }, "social-activity": { "type": "integer", "minimum": 1 }, "drug-testing": { "type": "integer", "minimum": 1 }, "meal-break": { "type": "integer", "minimum": 1 } } } }, "required": ["day", "start", "end", "activities"] }, "description": "One entry per scheduled block in a typical week. When given, it is what the audit counts." }, "evening_or_weekend_option": { "type": "boolean", "description": "Clients who work or study can attend evenings or weekends." }, "program_length": { "type": "object", "additionalProperties": false, "properties": { "minimum_days": { "type": "integer", "minimum": 1 }, "typical_weeks": { "type": "number", "exclusiveMinimum": 0 }, "individualized": { "type": "boolean", "description": "Length is set per client by clinical need rather than fixed." }, "continued_stay_review": { "type": "boolean", "description": "Whether each client's need to stay is reviewed against criteria during the program." } } }, "hours_rationale": { "type": "string", "pattern": "\\S", "description": "Why the program's hours fit the people it serves, when they are not evenings or weekends (for example: daytime hours for retired older adults)." } }, "description": "Give the summary, the timetable, or both." }, "admission": { "type": "object", "additionalProperties": false, "properties": { "assessment": { "type": "object", "additionalProperties": false, "properties": { "timing": { "type": "string", "enum": ["before-enrollment", "at-referring-level", "first-week", "none"], "description": "When the comprehensive assessment is done: before enrollment, at the level of care that referred the client (then updated after transfer, see updated_within_days), in the first week, or not at all." }, "conducted_by": { "type": "string", "enum": ["licensed-clinician", "physician", "psychiatrist", "psychologist", "nurse", "counselor", "intake-staff", "social-worker", "nurse-practitioner", "case-manager", "peer-specialist"] }, "covers": { "type": "array", "items": { "type": "string", "enum": ["substance-use-severity", "mental-health", "co-occurring-mental-health", "medical", "family", "cultural", "motivation", "trauma", "suicide-risk", "legal", "vocational", "housing", "eating-behavior", "nutrition"] }, "uniqueItems": true }, "instruments": { "type": "array", "items": { "type": "string", "pattern": "\\S" }, "uniqueItems": true }, "updated_within_days": { "type": "integer", "minimum": 0, "description": "For an assessment done at the referring level of care: within how many days of transfer it is reviewed and updated." }, "reviewed_by": { "type": "string", "enum": ["licensed-clinician", "physician", "psychiatrist", "psychologist", "nurse", "counselor", "intake-staff", "social-worker", "nurse-practitioner", "case-manager", "peer-specialist"], "description": "Who reviews and signs the assessment when someone else gathers it (intake staff collect, a licensed clinician reviews)." }, "suicide_screening": { "type": "object", "additionalProperties": false, "description": "How clients are screened for suicide risk at intake.", "properties": { "instrument": { "type": "string", "pattern": "\\S", "description": "The screening tool, e.g. C-SSRS, ASQ, PHQ-9 item 9, SBQ-R." }, "validated": { "type": "boolean", "description": "Whether the tool is a validated screening instrument for the population served." } } } } }, "requirements": { "type": "array", "items": { "type": "string", "enum": ["clinical-need", "willingness-to-participate", "prior-treatment", "employment", "insurance-only", "abstinence-before-admission", "stable-housing", "physician-certification", "physician-referral", "court-order", "ability-to-pay"] }, "uniqueItems": true, "description": "What admission demands of a client." }, "exclusions": { "type": "array", "items": { "type": "string", "enum": ["needs-medical-withdrawal-management", "needs-24-hour-supervision", "imminent-risk-of-harm", "acute-medical-instability", "co-occurring-mental-health", "co-occurring-medical", "severe-cognitive-impairment", "receiving-moud"] }, "uniqueItems": true, "description": "Who the program does not admit." }, "waiting_list": { "type": "boolean", "description": "Admission goes through a waiting list." }, "days_to_first_session": { "type": "integer", "minimum": 0, "description": "Typical days from first contact to first session." }, "certification": { "type": "object", "additionalProperties": false, "description": "Certification of each client's need for the program, as Medicare requires for intensive outpatient services (42 CFR 424.24).", "properties": { "by": { "type": "string", "enum": ["physician", "nurse-practitioner", "physician-assistant", "clinical-nurse-specialist", "psychologist", "licensed-clinician", "none"], "description": "Who certifies the need." }, "minimum_hours_per_week": { "type": "number", "minimum": 0, "description": "The weekly hours of services the certification says the client needs." }, "recertify_every_days": { "type": "integer", "minimum": 1, "description": "How often the need is recertified." } } } } }, "staffing": { "type": "object", "additionalProperties": false, "properties": { "clinical_lead": { "type": "object", "additionalProperties": false, "properties": { "role": { "type": "string", "enum": ["clinical-director", "medical-director", "program-director", "addiction-psychiatrist", "psychiatrist", "physician", "psychologist", "nurse-practitioner", "nurse", "social-worker", "counselor", "therapist", "family-therapist", "case-manager", "recovery-coach", "peer-specialist", "dietitian", "administrator", "intake-coordinator"], "description": "What the person does in the program." }, "credential": { "type": "string", "enum": ["MD", "DO", "PhD", "PsyD", "EdD", "LCSW", "LICSW", "LMSW", "LPC", "LPCC", "LMHC", "LMFT", "LCDC", "LADC", "LAC", "LCADC", "CADC", "CAC", "NP", "PMHNP", "APRN", "PA", "RN", "LPN", "RD", "CPRS", "CPS", "CRSS", "CPRC", "LCPC", "LCAS", "CAADC", "CCS", "MAC", "BA", "MA", "MSW", "none"], "description": "Highest professional credential or degree held." }, "licensed": { "type": "boolean", "description": "Holds a current professional license to practise independently." }, "count": { "type": "integer", "minimum": 1, "description": "How many people hold this role (default 1)." } }, "required": ["role"] }, "team": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "role": { "type": "string", "enum": ["clinical-director", "medical-director", "program-director", "addiction-psychiatrist", "psychiatrist", "physician", "psychologist", "nurse-practitioner", "nurse", "social-worker", "counselor", "therapist", "family-therapist", "case-manager", "recovery-coach", "peer-specialist", "dietitian", "administrator", "intake-coordinator"], "description": "What the person does in the program." }, "credential": { "type": "string", "enum": ["MD", "DO", "PhD", "PsyD", "EdD", "LCSW", "LICSW", "LMSW", "LPC", "LPCC", "LMHC", "LMFT", "LCDC", "LADC", "LAC", "LCADC", "CADC", "CAC", "NP", "PMHNP", "APRN", "PA", "RN", "LPN", "RD", "CPRS", "CPS", "CRSS", "CPRC", "LCPC", "LCAS", "CAADC", "CCS", "MAC", "BA", "MA", "MSW", "none"], "description": "Highest professional credential or degree held." }, "licensed": { "type": "boolean", "description": "Holds a current professional license to practise independently." }, "count": { "type": "integer", "minimum": 1, "description": "How many people hold this role (default 1)." } }, "required": ["role"] } } } }, "services": { "type": "object", "additionalProperties": false, "properties": { "individual_counseling": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" }, "sessions_per_week": { "type": "number", "exclusiveMinimum": 0 }, "consistent_counselor": { "type": "boolean", "description": "Each client keeps the same primary counselor." } }, "required": ["provided"] }, "group_counseling": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" }, "max_group_size": { "type": "integer", "minimum": 1 } }, "required": ["provided"] }, "psychoeducation": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" }, "topics": { "type": "array", "items": { "type": "string", "enum": ["nature-of-addiction", "nature-of-illness", "recovery", "relapse", "medications", "coping-skills", "health", "family-dynamics", "nutrition"] }, "uniqueItems": true } }, "required": ["provided"] }, "family": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" }, "formats": { "type": "array", "items": { "type": "string", "enum": ["family-therapy", "family-education", "family-psychoeducation", "multifamily-group", "couples-therapy"] }, "uniqueItems": true } }, "required": ["provided"] }, "case_management": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" } }, "required": ["provided"] }, "medical": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" } }, "required": ["provided"] }, "psychiatric": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" } }, "required": ["provided"] }, "medications": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" }, "includes": { "type": "array", "items": { "type": "string", "enum": ["moud", "aud-medications", "tobacco-cessation", "psychiatric-medications"] }, "uniqueItems": true } }, "required": ["provided"] }, "vocational": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" } }, "required": ["provided"] }, "nutrition": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" } }, "required": ["provided"] }, "crisis": { "type": "object", "additionalProperties": false, "properties": { "available_24_7": { "type": "boolean", "description": "Someone answers at any hour, every day." }, "method": { "type": "string", "enum": ["on-call-clinician", "crisis-line", "mobile-crisis-team", "emergency-department-agreement"] } } }, "drug_testing": { "type": "object", "additionalProperties": false, "properties": { "provided": { "type": "string", "enum": ["on-site", "referral", "none"], "description": "on-site: the program delivers it; referral: a named partner does, arranged by the program; none: not available." }, "partner": { "type": "string", "description": "Who delivers the service when it is by referral.", "pattern": "\\S" }, "method": { "type": "string", "enum": ["urine", "oral-fluid", "breath", "blood", "sweat-patch", "hair", "self-report"] }, "schedule": { "type": "string", "enum": ["random", "scheduled", "on-suspicion"] }, "per_week": { "type": "number", "exclusiveMinimum": 0 } }, "required": ["provided"] }, "support_groups": { "type": "object", "additionalProperties": false, "properties": { "expectation": { "type": "string", "enum": ["required", "encouraged", "offered", "none"] }, "types": { "type": "array", "items": { "type": "string", "enum": ["12-step", "smart-recovery", "refuge-recovery", "women-for-sobriety", "celebrate-recovery", "dual-recovery-anonymous", "peer-support-group", "family-support-group", "eating-disorders-anonymous"] }, "uniqueItems": true } } } } }, "treatment_planning": { "type": "object", "additionalProperties": false, "properties": { "formal_plan": { "type": "boolean" }, "after_assessment": { "type": "boolean" }, "individualized": { "type": "boolean" }, "client_participates": { "type": "boolean" }, "review_every_days": { "type": "integer", "minimum": 1 }, "addresses": { "type": "array", "items": { "type": "string", "enum": ["co-occurring", "family", "cultural", "medical", "vocational", "educational", "legal", "housing", "trauma", "spiritual"] }, "uniqueItems": true }, "referral_responsibility": { "type": "boolean", "description": "The program arranges any service it does not provide itself." }, "physician_reviewed": { "type": "boolean", "description": "A physician establishes or reviews each client's written plan (a Medicare condition for intensive outpatient services)." } } }, "engagement": { "type": "object", "additionalProperties": false, "properties": { "motivational_approach": { "type": "array", "items": { "type": "string", "enum": ["motivational-interviewing", "motivational-enhancement-therapy"] }, "uniqueItems": true }, "motivation_assessed": { "type": "boolean" }, "alliance": { "type": "object", "additionalProperties": false, "properties": { "primary_counselor": { "type": "boolean" }, "measured_with": { "type": "string", "description": "Instrument used to measure the alliance, e.g. WAI-SR.", "pattern": "\\S" }, "every_weeks": { "type": "number", "exclusiveMinimum": 0 } } }, "retention": { "type": "object", "additionalProperties": false, "properties": { "attendance_tracked": { "type": "boolean" }, "missed_session_outreach_hours": { "type": "number", "minimum": 0 }, "on_relapse": { "type": "string", "enum": ["adjust-plan", "discharge"] }, "strategies": { "type": "array", "items": { "type": "string", "enum": ["flexible-scheduling", "contingency-management", "reminders", "transportation-help", "childcare", "telehealth-sessions", "peer-mentoring"] }, "uniqueItems": true } } } } }, "approaches": { "type": "array", "items": { "type": "string", "enum": ["cognitive-behavioral-therapy", "motivational-interviewing", "motivational-enhancement-therapy", "contingency-management", "community-reinforcement-approach", "relapse-prevention", "mindfulness-based-relapse-prevention", "dialectical-behavior-therapy", "acceptance-and-commitment-therapy", "twelve-step-facilitation", "matrix-model", "behavioral-couples-therapy", "family-behavior-therapy", "multidimensional-family-therapy", "brief-strategic-family-therapy", "functional-family-therapy", "multisystemic-therapy", "adolescent-community-reinforcement-approach", "seeking-safety", "trauma-focused-cbt", "emdr", "interpersonal-psychotherapy", "family-based-treatment", "enhanced-cbt-for-eating-disorders", "behavioral-activation", "psychodynamic-therapy", "confrontational-counseling", "art-therapy", "music-therapy", "equine-therapy", "adventure-therapy", "yoga", "acupuncture", "nutritional-therapy", "narrative-therapy", "solution-focused-therapy"] }, "uniqueItems": true, "description": "Therapeutic approaches in use." }, "social_support": { "type": "object", "additionalProperties": false, "properties": { "family_involvement": { "type": "boolean" }, "peer_support": { "type": "boolean" }, "employer_or_school_involvement": { "type": "string", "enum": ["with-consent", "not-offered"] } } }, "continuing_care": { "type": "object", "additionalProperties": false, "properties": { "plan_before_discharge": { "type": "boolean" }, "step_down_to": { "type": "array", "items": { "type": "string", "enum": ["standard-outpatient", "recovery-coaching", "alumni-group", "recovery-housing", "medication-management", "peer-support", "telehealth-check-ins"] }, "uniqueItems": true }, "contact_until_stable": { "type": "boolean" }, "follow_up": { "type": "object", "additionalProperties": false, "properties": { "every_days": { "type": "integer", "minimum": 1 }, "for_months": { "type": "number", "exclusiveMinimum": 0 } } } } }, "quality": { "type": "object", "additionalProperties": false, "properties": { "outcome_measures": { "type": "array", "items": { "type": "string", "enum": ["retention", "completion", "abstinence", "readmission", "client-satisfaction", "symptom-change", "functioning", "employment", "quality-of-life"] }, "uniqueItems": true }, "review_every_months": { "type": "number", "exclusiveMinimum": 0 }, "client_feedback": { "type": "boolean" }, "improvement_plan": { "type": "boolean" } } } } };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("\\S", "u");
var pattern6 = new RegExp("^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.program === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "program" }, message: "must have required property 'program'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.program !== void 0) {
      let data1 = data.program;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err4 = { instancePath: instancePath + "/program", schemaPath: "#/properties/program/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "provider" || key1 === "level_of_care" || key1 === "populations" || key1 === "focus" || key1 === "delivery" || key1 === "payers" || key1 === "settings")) {
            const err5 = { instancePath: instancePath + "/program", schemaPath: "#/properties/program/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 === "string") {
            if (!pattern4.test(data2)) {
              const err6 = { instancePath: instancePath + "/program/name", schemaPath: "#/properties/program/properties/name/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/program/name", schemaPath: "#/properties/program/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.provider !== void 0) {
          let data3 = data1.provider;
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err8 = { instancePath: instancePath + "/program/provider", schemaPath: "#/properties/program/properties/provider/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/program/provider", schemaPath: "#/properties/program/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.level_of_care !== void 0) {
          let data4 = data1.level_of_care;
          if (typeof data4 !== "string") {
            const err10 = { instancePath: instancePath + "/program/level_of_care", schemaPath: "#/properties/program/properties/level_of_care/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (!(data4 === "standard-outpatient" || data4 === "intensive-outpatient" || data4 === "partial-hospitalization" || data4 === "residential")) {
            const err11 = { instancePath: instancePath + "/program/level_of_care", schemaPath: "#/properties/program/properties/level_of_care/enum", keyword: "enum", params: { allowedValues: schema31.properties.program.properties.level_of_care.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.populations !== void 0) {
          let data5 = data1.populations;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err12 = { instancePath: instancePath + "/program/populations", schemaPath: "#/properties/program/properties/populations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 !== "string") {
                const err13 = { instancePath: instancePath + "/program/populations/" + i0, schemaPath: "#/properties/program/properties/populations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (!(data6 === "adults" || data6 === "adolescents" || data6 === "young-adults" || data6 === "older-adults" || data6 === "justice-involved")) {
                const err14 = { instancePath: instancePath + "/program/populations/" + i0, schemaPath: "#/properties/program/properties/populations/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.program.properties.populations.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            let i1 = data5.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data5[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err15 = { instancePath: instancePath + "/program/populations", schemaPath: "#/properties/program/properties/populations/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/program/populations", schemaPath: "#/properties/program/properties/populations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.focus !== void 0) {
          let data7 = data1.focus;
          if (Array.isArray(data7)) {
            if (data7.length < 1) {
              const err17 = { instancePath: instancePath + "/program/focus", schemaPath: "#/properties/program/properties/focus/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            const len1 = data7.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data8 = data7[i2];
              if (typeof data8 !== "string") {
                const err18 = { instancePath: instancePath + "/program/focus/" + i2, schemaPath: "#/properties/program/properties/focus/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (!(data8 === "substance-use" || data8 === "mental-health" || data8 === "co-occurring" || data8 === "eating-disorders")) {
                const err19 = { instancePath: instancePath + "/program/focus/" + i2, schemaPath: "#/properties/program/properties/focus/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.program.properties.focus.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            let i3 = data7.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data7[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err20 = { instancePath: instancePath + "/program/focus", schemaPath: "#/properties/program/properties/focus/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/program/focus", schemaPath: "#/properties/program/properties/focus/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data1.delivery !== void 0) {
          let data9 = data1.delivery;
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              const err22 = { instancePath: instancePath + "/program/delivery", schemaPath: "#/properties/program/properties/delivery/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            const len2 = data9.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data10 = data9[i4];
              if (typeof data10 !== "string") {
                const err23 = { instancePath: instancePath + "/program/delivery/" + i4, schemaPath: "#/properties/program/properties/delivery/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (!(data10 === "in-person" || data10 === "telehealth")) {
                const err24 = { instancePath: instancePath + "/program/delivery/" + i4, schemaPath: "#/properties/program/properties/delivery/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.program.properties.delivery.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            let i5 = data9.length;
            let j2;
            if (i5 > 1) {
              const indices2 = {};
              for (; i5--; ) {
                let item2 = data9[i5];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err25 = { instancePath: instancePath + "/program/delivery", schemaPath: "#/properties/program/properties/delivery/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i5;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/program/delivery", schemaPath: "#/properties/program/properties/delivery/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data1.payers !== void 0) {
          let data11 = data1.payers;
          if (Array.isArray(data11)) {
            const len3 = data11.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data12 = data11[i6];
              if (typeof data12 !== "string") {
                const err27 = { instancePath: instancePath + "/program/payers/" + i6, schemaPath: "#/properties/program/properties/payers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (!(data12 === "medicare" || data12 === "medicaid" || data12 === "commercial" || data12 === "tricare" || data12 === "va" || data12 === "self-pay" || data12 === "grant-funded")) {
                const err28 = { instancePath: instancePath + "/program/payers/" + i6, schemaPath: "#/properties/program/properties/payers/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.program.properties.payers.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            let i7 = data11.length;
            let j3;
            if (i7 > 1) {
              const indices3 = {};
              for (; i7--; ) {
                let item3 = data11[i7];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err29 = { instancePath: instancePath + "/program/payers", schemaPath: "#/properties/program/properties/payers/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i7;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/program/payers", schemaPath: "#/properties/program/properties/payers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data1.settings !== void 0) {
          let data13 = data1.settings;
          if (Array.isArray(data13)) {
            const len4 = data13.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data14 = data13[i8];
              if (typeof data14 !== "string") {
                const err31 = { instancePath: instancePath + "/program/settings/" + i8, schemaPath: "#/properties/program/properties/settings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (!(data14 === "hospital-outpatient-department" || data14 === "community-mental-health-center" || data14 === "federally-qualified-health-center" || data14 === "rural-health-clinic" || data14 === "opioid-treatment-program" || data14 === "freestanding-clinic" || data14 === "telehealth" || data14 === "patients-home")) {
                const err32 = { instancePath: instancePath + "/program/settings/" + i8, schemaPath: "#/properties/program/properties/settings/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.program.properties.settings.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            let i9 = data13.length;
            let j4;
            if (i9 > 1) {
              const indices4 = {};
              for (; i9--; ) {
                let item4 = data13[i9];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err33 = { instancePath: instancePath + "/program/settings", schemaPath: "#/properties/program/properties/settings/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i9;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/program/settings", schemaPath: "#/properties/program/properties/settings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/program", schemaPath: "#/properties/program/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data15 = data.schedule;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          if (!(key2 === "days_per_week" || key2 === "hours_per_day" || key2 === "timetable" || key2 === "evening_or_weekend_option" || key2 === "program_length" || key2 === "hours_rationale")) {
            const err36 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data15.days_per_week !== void 0) {
          let data16 = data15.days_per_week;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err37 = { instancePath: instancePath + "/schedule/days_per_week", schemaPath: "#/properties/schedule/properties/days_per_week/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 7 || isNaN(data16)) {
              const err38 = { instancePath: instancePath + "/schedule/days_per_week", schemaPath: "#/properties/schedule/properties/days_per_week/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data16 < 1 || isNaN(data16)) {
              const err39 = { instancePath: instancePath + "/schedule/days_per_week", schemaPath: "#/properties/schedule/properties/days_per_week/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data15.hours_per_day !== void 0) {
          let data17 = data15.hours_per_day;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 24 || isNaN(data17)) {
              const err40 = { instancePath: instancePath + "/schedule/hours_per_day", schemaPath: "#/properties/schedule/properties/hours_per_day/maximum", keyword: "maximum", params: { comparison: "<=", limit: 24 }, message: "must be <= 24" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data17 <= 0 || isNaN(data17)) {
              const err41 = { instancePath: instancePath + "/schedule/hours_per_day", schemaPath: "#/properties/schedule/properties/hours_per_day/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/schedule/hours_per_day", schemaPath: "#/properties/schedule/properties/hours_per_day/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data15.timetable !== void 0) {
          let data18 = data15.timetable;
          if (Array.isArray(data18)) {
            const len5 = data18.length;
            for (let i10 = 0; i10 < len5; i10++) {
              let data19 = data18[i10];
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.day === void 0) {
                  const err43 = { instancePath: instancePath + "/schedule/timetable/" + i10, schemaPath: "#/properties/schedule/properties/timetable/items/required", keyword: "required", params: { missingProperty: "day" }, message: "must have required property 'day'" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                if (data19.start === void 0) {
                  const err44 = { instancePath: instancePath + "/schedule/timetable/" + i10, schemaPath: "#/properties/schedule/properties/timetable/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (data19.end === void 0) {
                  const err45 = { instancePath: instancePath + "/schedule/timetable/" + i10, schemaPath: "#/properties/schedule/properties/timetable/items/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data19.activities === void 0) {
                  const err46 = { instancePath: instancePath + "/schedule/timetable/" + i10, schemaPath: "#/properties/schedule/properties/timetable/items/required", keyword: "required", params: { missingProperty: "activities" }, message: "must have required property 'activities'" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                for (const key3 in data19) {
                  if (!(key3 === "day" || key3 === "start" || key3 === "end" || key3 === "activities" || key3 === "minutes")) {
                    const err47 = { instancePath: instancePath + "/schedule/timetable/" + i10, schemaPath: "#/properties/schedule/properties/timetable/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data19.day !== void 0) {
                  let data20 = data19.day;
                  if (typeof data20 !== "string") {
                    const err48 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/day", schemaPath: "#/properties/schedule/properties/timetable/items/properties/day/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                  if (!(data20 === "monday" || data20 === "tuesday" || data20 === "wednesday" || data20 === "thursday" || data20 === "friday" || data20 === "saturday" || data20 === "sunday")) {
                    const err49 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/day", schemaPath: "#/properties/schedule/properties/timetable/items/properties/day/enum", keyword: "enum", params: { allowedValues: schema31.properties.schedule.properties.timetable.items.properties.day.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data19.start !== void 0) {
                  let data21 = data19.start;
                  if (typeof data21 === "string") {
                    if (!pattern6.test(data21)) {
                      const err50 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/start", schemaPath: "#/properties/schedule/properties/timetable/items/properties/start/pattern", keyword: "pattern", params: { pattern: "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$" }, message: 'must match pattern "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"' };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/start", schemaPath: "#/properties/schedule/properties/timetable/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data19.end !== void 0) {
                  let data22 = data19.end;
                  if (typeof data22 === "string") {
                    if (!pattern6.test(data22)) {
                      const err52 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/end", schemaPath: "#/properties/schedule/properties/timetable/items/properties/end/pattern", keyword: "pattern", params: { pattern: "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$" }, message: 'must match pattern "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"' };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/end", schemaPath: "#/properties/schedule/properties/timetable/items/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data19.activities !== void 0) {
                  let data23 = data19.activities;
                  if (Array.isArray(data23)) {
                    if (data23.length < 1) {
                      const err54 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/activities", schemaPath: "#/properties/schedule/properties/timetable/items/properties/activities/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                    const len6 = data23.length;
                    for (let i11 = 0; i11 < len6; i11++) {
                      let data24 = data23[i11];
                      if (typeof data24 !== "string") {
                        const err55 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/activities/" + i11, schemaPath: "#/properties/schedule/properties/timetable/items/properties/activities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                      if (!(data24 === "individual-counseling" || data24 === "group-counseling" || data24 === "group-therapy" || data24 === "psychoeducation" || data24 === "relapse-prevention" || data24 === "skills-training" || data24 === "family-therapy" || data24 === "family-education" || data24 === "multifamily-group" || data24 === "case-management" || data24 === "medication-management" || data24 === "psychiatric-care" || data24 === "medical-care" || data24 === "assessment" || data24 === "treatment-planning" || data24 === "trauma-therapy" || data24 === "dialectical-behavior-therapy-skills" || data24 === "experiential-therapy" || data24 === "nutrition-counseling" || data24 === "meal-support" || data24 === "vocational-counseling" || data24 === "mutual-support-meeting" || data24 === "peer-support-meeting" || data24 === "recreation" || data24 === "fitness" || data24 === "meditation" || data24 === "alumni-meeting" || data24 === "social-activity" || data24 === "drug-testing" || data24 === "meal-break")) {
                        const err56 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/activities/" + i11, schemaPath: "#/properties/schedule/properties/timetable/items/properties/activities/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.schedule.properties.timetable.items.properties.activities.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                    let i12 = data23.length;
                    let j5;
                    if (i12 > 1) {
                      const indices5 = {};
                      for (; i12--; ) {
                        let item5 = data23[i12];
                        if (typeof item5 !== "string") {
                          continue;
                        }
                        if (typeof indices5[item5] == "number") {
                          j5 = indices5[item5];
                          const err57 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/activities", schemaPath: "#/properties/schedule/properties/timetable/items/properties/activities/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                          break;
                        }
                        indices5[item5] = i12;
                      }
                    }
                  } else {
                    const err58 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/activities", schemaPath: "#/properties/schedule/properties/timetable/items/properties/activities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data19.minutes !== void 0) {
                  let data25 = data19.minutes;
                  if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                    for (const key4 in data25) {
                      if (!func1.call(schema31.properties.schedule.properties.timetable.items.properties.minutes.properties, key4)) {
                        const err59 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data25["individual-counseling"] !== void 0) {
                      let data26 = data25["individual-counseling"];
                      if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                        const err60 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/individual-counseling", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/individual-counseling/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                      if (typeof data26 == "number" && isFinite(data26)) {
                        if (data26 < 1 || isNaN(data26)) {
                          const err61 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/individual-counseling", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/individual-counseling/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["group-counseling"] !== void 0) {
                      let data27 = data25["group-counseling"];
                      if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                        const err62 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/group-counseling", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/group-counseling/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                      if (typeof data27 == "number" && isFinite(data27)) {
                        if (data27 < 1 || isNaN(data27)) {
                          const err63 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/group-counseling", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/group-counseling/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err63];
                          } else {
                            vErrors.push(err63);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["group-therapy"] !== void 0) {
                      let data28 = data25["group-therapy"];
                      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                        const err64 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/group-therapy", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/group-therapy/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                      if (typeof data28 == "number" && isFinite(data28)) {
                        if (data28 < 1 || isNaN(data28)) {
                          const err65 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/group-therapy", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/group-therapy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err65];
                          } else {
                            vErrors.push(err65);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25.psychoeducation !== void 0) {
                      let data29 = data25.psychoeducation;
                      if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                        const err66 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/psychoeducation", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/psychoeducation/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                      if (typeof data29 == "number" && isFinite(data29)) {
                        if (data29 < 1 || isNaN(data29)) {
                          const err67 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/psychoeducation", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/psychoeducation/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["relapse-prevention"] !== void 0) {
                      let data30 = data25["relapse-prevention"];
                      if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                        const err68 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/relapse-prevention", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/relapse-prevention/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                      if (typeof data30 == "number" && isFinite(data30)) {
                        if (data30 < 1 || isNaN(data30)) {
                          const err69 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/relapse-prevention", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/relapse-prevention/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err69];
                          } else {
                            vErrors.push(err69);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["skills-training"] !== void 0) {
                      let data31 = data25["skills-training"];
                      if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                        const err70 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/skills-training", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/skills-training/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                      if (typeof data31 == "number" && isFinite(data31)) {
                        if (data31 < 1 || isNaN(data31)) {
                          const err71 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/skills-training", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/skills-training/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err71];
                          } else {
                            vErrors.push(err71);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["family-therapy"] !== void 0) {
                      let data32 = data25["family-therapy"];
                      if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                        const err72 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/family-therapy", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/family-therapy/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                      if (typeof data32 == "number" && isFinite(data32)) {
                        if (data32 < 1 || isNaN(data32)) {
                          const err73 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/family-therapy", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/family-therapy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["family-education"] !== void 0) {
                      let data33 = data25["family-education"];
                      if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                        const err74 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/family-education", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/family-education/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                      if (typeof data33 == "number" && isFinite(data33)) {
                        if (data33 < 1 || isNaN(data33)) {
                          const err75 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/family-education", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/family-education/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["multifamily-group"] !== void 0) {
                      let data34 = data25["multifamily-group"];
                      if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                        const err76 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/multifamily-group", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/multifamily-group/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                      if (typeof data34 == "number" && isFinite(data34)) {
                        if (data34 < 1 || isNaN(data34)) {
                          const err77 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/multifamily-group", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/multifamily-group/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err77];
                          } else {
                            vErrors.push(err77);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["case-management"] !== void 0) {
                      let data35 = data25["case-management"];
                      if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                        const err78 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/case-management", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/case-management/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                      if (typeof data35 == "number" && isFinite(data35)) {
                        if (data35 < 1 || isNaN(data35)) {
                          const err79 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/case-management", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/case-management/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["medication-management"] !== void 0) {
                      let data36 = data25["medication-management"];
                      if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                        const err80 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/medication-management", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/medication-management/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                      if (typeof data36 == "number" && isFinite(data36)) {
                        if (data36 < 1 || isNaN(data36)) {
                          const err81 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/medication-management", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/medication-management/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err81];
                          } else {
                            vErrors.push(err81);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["psychiatric-care"] !== void 0) {
                      let data37 = data25["psychiatric-care"];
                      if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                        const err82 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/psychiatric-care", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/psychiatric-care/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                      if (typeof data37 == "number" && isFinite(data37)) {
                        if (data37 < 1 || isNaN(data37)) {
                          const err83 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/psychiatric-care", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/psychiatric-care/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["medical-care"] !== void 0) {
                      let data38 = data25["medical-care"];
                      if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                        const err84 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/medical-care", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/medical-care/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                      if (typeof data38 == "number" && isFinite(data38)) {
                        if (data38 < 1 || isNaN(data38)) {
                          const err85 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/medical-care", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/medical-care/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25.assessment !== void 0) {
                      let data39 = data25.assessment;
                      if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                        const err86 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/assessment", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/assessment/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                      if (typeof data39 == "number" && isFinite(data39)) {
                        if (data39 < 1 || isNaN(data39)) {
                          const err87 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/assessment", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/assessment/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["treatment-planning"] !== void 0) {
                      let data40 = data25["treatment-planning"];
                      if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                        const err88 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/treatment-planning", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/treatment-planning/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                      if (typeof data40 == "number" && isFinite(data40)) {
                        if (data40 < 1 || isNaN(data40)) {
                          const err89 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/treatment-planning", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/treatment-planning/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["trauma-therapy"] !== void 0) {
                      let data41 = data25["trauma-therapy"];
                      if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                        const err90 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/trauma-therapy", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/trauma-therapy/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                      if (typeof data41 == "number" && isFinite(data41)) {
                        if (data41 < 1 || isNaN(data41)) {
                          const err91 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/trauma-therapy", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/trauma-therapy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["dialectical-behavior-therapy-skills"] !== void 0) {
                      let data42 = data25["dialectical-behavior-therapy-skills"];
                      if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                        const err92 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/dialectical-behavior-therapy-skills", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/dialectical-behavior-therapy-skills/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                      if (typeof data42 == "number" && isFinite(data42)) {
                        if (data42 < 1 || isNaN(data42)) {
                          const err93 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/dialectical-behavior-therapy-skills", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/dialectical-behavior-therapy-skills/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["experiential-therapy"] !== void 0) {
                      let data43 = data25["experiential-therapy"];
                      if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                        const err94 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/experiential-therapy", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/experiential-therapy/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                      }
                      if (typeof data43 == "number" && isFinite(data43)) {
                        if (data43 < 1 || isNaN(data43)) {
                          const err95 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/experiential-therapy", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/experiential-therapy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err95];
                          } else {
                            vErrors.push(err95);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["nutrition-counseling"] !== void 0) {
                      let data44 = data25["nutrition-counseling"];
                      if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
                        const err96 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/nutrition-counseling", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/nutrition-counseling/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                      if (typeof data44 == "number" && isFinite(data44)) {
                        if (data44 < 1 || isNaN(data44)) {
                          const err97 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/nutrition-counseling", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/nutrition-counseling/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["meal-support"] !== void 0) {
                      let data45 = data25["meal-support"];
                      if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                        const err98 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/meal-support", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/meal-support/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                      if (typeof data45 == "number" && isFinite(data45)) {
                        if (data45 < 1 || isNaN(data45)) {
                          const err99 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/meal-support", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/meal-support/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err99];
                          } else {
                            vErrors.push(err99);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["vocational-counseling"] !== void 0) {
                      let data46 = data25["vocational-counseling"];
                      if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                        const err100 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/vocational-counseling", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/vocational-counseling/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                      if (typeof data46 == "number" && isFinite(data46)) {
                        if (data46 < 1 || isNaN(data46)) {
                          const err101 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/vocational-counseling", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/vocational-counseling/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["mutual-support-meeting"] !== void 0) {
                      let data47 = data25["mutual-support-meeting"];
                      if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47))) {
                        const err102 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/mutual-support-meeting", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/mutual-support-meeting/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err102];
                        } else {
                          vErrors.push(err102);
                        }
                        errors++;
                      }
                      if (typeof data47 == "number" && isFinite(data47)) {
                        if (data47 < 1 || isNaN(data47)) {
                          const err103 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/mutual-support-meeting", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/mutual-support-meeting/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err103];
                          } else {
                            vErrors.push(err103);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["peer-support-meeting"] !== void 0) {
                      let data48 = data25["peer-support-meeting"];
                      if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)) && isFinite(data48))) {
                        const err104 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/peer-support-meeting", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/peer-support-meeting/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                      if (typeof data48 == "number" && isFinite(data48)) {
                        if (data48 < 1 || isNaN(data48)) {
                          const err105 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/peer-support-meeting", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/peer-support-meeting/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err105];
                          } else {
                            vErrors.push(err105);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25.recreation !== void 0) {
                      let data49 = data25.recreation;
                      if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                        const err106 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/recreation", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/recreation/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err106];
                        } else {
                          vErrors.push(err106);
                        }
                        errors++;
                      }
                      if (typeof data49 == "number" && isFinite(data49)) {
                        if (data49 < 1 || isNaN(data49)) {
                          const err107 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/recreation", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/recreation/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err107];
                          } else {
                            vErrors.push(err107);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25.fitness !== void 0) {
                      let data50 = data25.fitness;
                      if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
                        const err108 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/fitness", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/fitness/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                      if (typeof data50 == "number" && isFinite(data50)) {
                        if (data50 < 1 || isNaN(data50)) {
                          const err109 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/fitness", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/fitness/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err109];
                          } else {
                            vErrors.push(err109);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25.meditation !== void 0) {
                      let data51 = data25.meditation;
                      if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
                        const err110 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/meditation", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/meditation/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                      if (typeof data51 == "number" && isFinite(data51)) {
                        if (data51 < 1 || isNaN(data51)) {
                          const err111 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/meditation", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/meditation/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err111];
                          } else {
                            vErrors.push(err111);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["alumni-meeting"] !== void 0) {
                      let data52 = data25["alumni-meeting"];
                      if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                        const err112 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/alumni-meeting", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/alumni-meeting/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                      if (typeof data52 == "number" && isFinite(data52)) {
                        if (data52 < 1 || isNaN(data52)) {
                          const err113 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/alumni-meeting", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/alumni-meeting/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err113];
                          } else {
                            vErrors.push(err113);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["social-activity"] !== void 0) {
                      let data53 = data25["social-activity"];
                      if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
                        const err114 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/social-activity", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/social-activity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                      if (typeof data53 == "number" && isFinite(data53)) {
                        if (data53 < 1 || isNaN(data53)) {
                          const err115 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/social-activity", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/social-activity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err115];
                          } else {
                            vErrors.push(err115);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["drug-testing"] !== void 0) {
                      let data54 = data25["drug-testing"];
                      if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                        const err116 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/drug-testing", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/drug-testing/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                      if (typeof data54 == "number" && isFinite(data54)) {
                        if (data54 < 1 || isNaN(data54)) {
                          const err117 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/drug-testing", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/drug-testing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err117];
                          } else {
                            vErrors.push(err117);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data25["meal-break"] !== void 0) {
                      let data55 = data25["meal-break"];
                      if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                        const err118 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/meal-break", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/meal-break/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                      if (typeof data55 == "number" && isFinite(data55)) {
                        if (data55 < 1 || isNaN(data55)) {
                          const err119 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes/meal-break", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/properties/meal-break/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/schedule/timetable/" + i10 + "/minutes", schemaPath: "#/properties/schedule/properties/timetable/items/properties/minutes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
              } else {
                const err121 = { instancePath: instancePath + "/schedule/timetable/" + i10, schemaPath: "#/properties/schedule/properties/timetable/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
          } else {
            const err122 = { instancePath: instancePath + "/schedule/timetable", schemaPath: "#/properties/schedule/properties/timetable/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data15.evening_or_weekend_option !== void 0) {
          if (typeof data15.evening_or_weekend_option !== "boolean") {
            const err123 = { instancePath: instancePath + "/schedule/evening_or_weekend_option", schemaPath: "#/properties/schedule/properties/evening_or_weekend_option/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        if (data15.program_length !== void 0) {
          let data57 = data15.program_length;
          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            for (const key5 in data57) {
              if (!(key5 === "minimum_days" || key5 === "typical_weeks" || key5 === "individualized" || key5 === "continued_stay_review")) {
                const err124 = { instancePath: instancePath + "/schedule/program_length", schemaPath: "#/properties/schedule/properties/program_length/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
            if (data57.minimum_days !== void 0) {
              let data58 = data57.minimum_days;
              if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
                const err125 = { instancePath: instancePath + "/schedule/program_length/minimum_days", schemaPath: "#/properties/schedule/properties/program_length/properties/minimum_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
              if (typeof data58 == "number" && isFinite(data58)) {
                if (data58 < 1 || isNaN(data58)) {
                  const err126 = { instancePath: instancePath + "/schedule/program_length/minimum_days", schemaPath: "#/properties/schedule/properties/program_length/properties/minimum_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              }
            }
            if (data57.typical_weeks !== void 0) {
              let data59 = data57.typical_weeks;
              if (typeof data59 == "number" && isFinite(data59)) {
                if (data59 <= 0 || isNaN(data59)) {
                  const err127 = { instancePath: instancePath + "/schedule/program_length/typical_weeks", schemaPath: "#/properties/schedule/properties/program_length/properties/typical_weeks/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              } else {
                const err128 = { instancePath: instancePath + "/schedule/program_length/typical_weeks", schemaPath: "#/properties/schedule/properties/program_length/properties/typical_weeks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data57.individualized !== void 0) {
              if (typeof data57.individualized !== "boolean") {
                const err129 = { instancePath: instancePath + "/schedule/program_length/individualized", schemaPath: "#/properties/schedule/properties/program_length/properties/individualized/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data57.continued_stay_review !== void 0) {
              if (typeof data57.continued_stay_review !== "boolean") {
                const err130 = { instancePath: instancePath + "/schedule/program_length/continued_stay_review", schemaPath: "#/properties/schedule/properties/program_length/properties/continued_stay_review/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
          } else {
            const err131 = { instancePath: instancePath + "/schedule/program_length", schemaPath: "#/properties/schedule/properties/program_length/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
        if (data15.hours_rationale !== void 0) {
          let data62 = data15.hours_rationale;
          if (typeof data62 === "string") {
            if (!pattern4.test(data62)) {
              const err132 = { instancePath: instancePath + "/schedule/hours_rationale", schemaPath: "#/properties/schedule/properties/hours_rationale/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
          } else {
            const err133 = { instancePath: instancePath + "/schedule/hours_rationale", schemaPath: "#/properties/schedule/properties/hours_rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
      } else {
        const err134 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
    }
    if (data.admission !== void 0) {
      let data63 = data.admission;
      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
        for (const key6 in data63) {
          if (!(key6 === "assessment" || key6 === "requirements" || key6 === "exclusions" || key6 === "waiting_list" || key6 === "days_to_first_session" || key6 === "certification")) {
            const err135 = { instancePath: instancePath + "/admission", schemaPath: "#/properties/admission/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
        if (data63.assessment !== void 0) {
          let data64 = data63.assessment;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            for (const key7 in data64) {
              if (!(key7 === "timing" || key7 === "conducted_by" || key7 === "covers" || key7 === "instruments" || key7 === "updated_within_days" || key7 === "reviewed_by" || key7 === "suicide_screening")) {
                const err136 = { instancePath: instancePath + "/admission/assessment", schemaPath: "#/properties/admission/properties/assessment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data64.timing !== void 0) {
              let data65 = data64.timing;
              if (typeof data65 !== "string") {
                const err137 = { instancePath: instancePath + "/admission/assessment/timing", schemaPath: "#/properties/admission/properties/assessment/properties/timing/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
              if (!(data65 === "before-enrollment" || data65 === "at-referring-level" || data65 === "first-week" || data65 === "none")) {
                const err138 = { instancePath: instancePath + "/admission/assessment/timing", schemaPath: "#/properties/admission/properties/assessment/properties/timing/enum", keyword: "enum", params: { allowedValues: schema31.properties.admission.properties.assessment.properties.timing.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data64.conducted_by !== void 0) {
              let data66 = data64.conducted_by;
              if (typeof data66 !== "string") {
                const err139 = { instancePath: instancePath + "/admission/assessment/conducted_by", schemaPath: "#/properties/admission/properties/assessment/properties/conducted_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
              if (!(data66 === "licensed-clinician" || data66 === "physician" || data66 === "psychiatrist" || data66 === "psychologist" || data66 === "nurse" || data66 === "counselor" || data66 === "intake-staff" || data66 === "social-worker" || data66 === "nurse-practitioner" || data66 === "case-manager" || data66 === "peer-specialist")) {
                const err140 = { instancePath: instancePath + "/admission/assessment/conducted_by", schemaPath: "#/properties/admission/properties/assessment/properties/conducted_by/enum", keyword: "enum", params: { allowedValues: schema31.properties.admission.properties.assessment.properties.conducted_by.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data64.covers !== void 0) {
              let data67 = data64.covers;
              if (Array.isArray(data67)) {
                const len7 = data67.length;
                for (let i13 = 0; i13 < len7; i13++) {
                  let data68 = data67[i13];
                  if (typeof data68 !== "string") {
                    const err141 = { instancePath: instancePath + "/admission/assessment/covers/" + i13, schemaPath: "#/properties/admission/properties/assessment/properties/covers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                  if (!(data68 === "substance-use-severity" || data68 === "mental-health" || data68 === "co-occurring-mental-health" || data68 === "medical" || data68 === "family" || data68 === "cultural" || data68 === "motivation" || data68 === "trauma" || data68 === "suicide-risk" || data68 === "legal" || data68 === "vocational" || data68 === "housing" || data68 === "eating-behavior" || data68 === "nutrition")) {
                    const err142 = { instancePath: instancePath + "/admission/assessment/covers/" + i13, schemaPath: "#/properties/admission/properties/assessment/properties/covers/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.admission.properties.assessment.properties.covers.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                let i14 = data67.length;
                let j6;
                if (i14 > 1) {
                  const indices6 = {};
                  for (; i14--; ) {
                    let item6 = data67[i14];
                    if (typeof item6 !== "string") {
                      continue;
                    }
                    if (typeof indices6[item6] == "number") {
                      j6 = indices6[item6];
                      const err143 = { instancePath: instancePath + "/admission/assessment/covers", schemaPath: "#/properties/admission/properties/assessment/properties/covers/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i14 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err143];
                      } else {
                        vErrors.push(err143);
                      }
                      errors++;
                      break;
                    }
                    indices6[item6] = i14;
                  }
                }
              } else {
                const err144 = { instancePath: instancePath + "/admission/assessment/covers", schemaPath: "#/properties/admission/properties/assessment/properties/covers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data64.instruments !== void 0) {
              let data69 = data64.instruments;
              if (Array.isArray(data69)) {
                const len8 = data69.length;
                for (let i15 = 0; i15 < len8; i15++) {
                  let data70 = data69[i15];
                  if (typeof data70 === "string") {
                    if (!pattern4.test(data70)) {
                      const err145 = { instancePath: instancePath + "/admission/assessment/instruments/" + i15, schemaPath: "#/properties/admission/properties/assessment/properties/instruments/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err145];
                      } else {
                        vErrors.push(err145);
                      }
                      errors++;
                    }
                  } else {
                    const err146 = { instancePath: instancePath + "/admission/assessment/instruments/" + i15, schemaPath: "#/properties/admission/properties/assessment/properties/instruments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                }
                let i16 = data69.length;
                let j7;
                if (i16 > 1) {
                  const indices7 = {};
                  for (; i16--; ) {
                    let item7 = data69[i16];
                    if (typeof item7 !== "string") {
                      continue;
                    }
                    if (typeof indices7[item7] == "number") {
                      j7 = indices7[item7];
                      const err147 = { instancePath: instancePath + "/admission/assessment/instruments", schemaPath: "#/properties/admission/properties/assessment/properties/instruments/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i16 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err147];
                      } else {
                        vErrors.push(err147);
                      }
                      errors++;
                      break;
                    }
                    indices7[item7] = i16;
                  }
                }
              } else {
                const err148 = { instancePath: instancePath + "/admission/assessment/instruments", schemaPath: "#/properties/admission/properties/assessment/properties/instruments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data64.updated_within_days !== void 0) {
              let data71 = data64.updated_within_days;
              if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71))) {
                const err149 = { instancePath: instancePath + "/admission/assessment/updated_within_days", schemaPath: "#/properties/admission/properties/assessment/properties/updated_within_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
              if (typeof data71 == "number" && isFinite(data71)) {
                if (data71 < 0 || isNaN(data71)) {
                  const err150 = { instancePath: instancePath + "/admission/assessment/updated_within_days", schemaPath: "#/properties/admission/properties/assessment/properties/updated_within_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
              }
            }
            if (data64.reviewed_by !== void 0) {
              let data72 = data64.reviewed_by;
              if (typeof data72 !== "string") {
                const err151 = { instancePath: instancePath + "/admission/assessment/reviewed_by", schemaPath: "#/properties/admission/properties/assessment/properties/reviewed_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
              if (!(data72 === "licensed-clinician" || data72 === "physician" || data72 === "psychiatrist" || data72 === "psychologist" || data72 === "nurse" || data72 === "counselor" || data72 === "intake-staff" || data72 === "social-worker" || data72 === "nurse-practitioner" || data72 === "case-manager" || data72 === "peer-specialist")) {
                const err152 = { instancePath: instancePath + "/admission/assessment/reviewed_by", schemaPath: "#/properties/admission/properties/assessment/properties/reviewed_by/enum", keyword: "enum", params: { allowedValues: schema31.properties.admission.properties.assessment.properties.reviewed_by.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data64.suicide_screening !== void 0) {
              let data73 = data64.suicide_screening;
              if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                for (const key8 in data73) {
                  if (!(key8 === "instrument" || key8 === "validated")) {
                    const err153 = { instancePath: instancePath + "/admission/assessment/suicide_screening", schemaPath: "#/properties/admission/properties/assessment/properties/suicide_screening/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
                if (data73.instrument !== void 0) {
                  let data74 = data73.instrument;
                  if (typeof data74 === "string") {
                    if (!pattern4.test(data74)) {
                      const err154 = { instancePath: instancePath + "/admission/assessment/suicide_screening/instrument", schemaPath: "#/properties/admission/properties/assessment/properties/suicide_screening/properties/instrument/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                    }
                  } else {
                    const err155 = { instancePath: instancePath + "/admission/assessment/suicide_screening/instrument", schemaPath: "#/properties/admission/properties/assessment/properties/suicide_screening/properties/instrument/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data73.validated !== void 0) {
                  if (typeof data73.validated !== "boolean") {
                    const err156 = { instancePath: instancePath + "/admission/assessment/suicide_screening/validated", schemaPath: "#/properties/admission/properties/assessment/properties/suicide_screening/properties/validated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
              } else {
                const err157 = { instancePath: instancePath + "/admission/assessment/suicide_screening", schemaPath: "#/properties/admission/properties/assessment/properties/suicide_screening/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
          } else {
            const err158 = { instancePath: instancePath + "/admission/assessment", schemaPath: "#/properties/admission/properties/assessment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
        if (data63.requirements !== void 0) {
          let data76 = data63.requirements;
          if (Array.isArray(data76)) {
            const len9 = data76.length;
            for (let i17 = 0; i17 < len9; i17++) {
              let data77 = data76[i17];
              if (typeof data77 !== "string") {
                const err159 = { instancePath: instancePath + "/admission/requirements/" + i17, schemaPath: "#/properties/admission/properties/requirements/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
              if (!(data77 === "clinical-need" || data77 === "willingness-to-participate" || data77 === "prior-treatment" || data77 === "employment" || data77 === "insurance-only" || data77 === "abstinence-before-admission" || data77 === "stable-housing" || data77 === "physician-certification" || data77 === "physician-referral" || data77 === "court-order" || data77 === "ability-to-pay")) {
                const err160 = { instancePath: instancePath + "/admission/requirements/" + i17, schemaPath: "#/properties/admission/properties/requirements/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.admission.properties.requirements.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            let i18 = data76.length;
            let j8;
            if (i18 > 1) {
              const indices8 = {};
              for (; i18--; ) {
                let item8 = data76[i18];
                if (typeof item8 !== "string") {
                  continue;
                }
                if (typeof indices8[item8] == "number") {
                  j8 = indices8[item8];
                  const err161 = { instancePath: instancePath + "/admission/requirements", schemaPath: "#/properties/admission/properties/requirements/uniqueItems", keyword: "uniqueItems", params: { i: i18, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i18 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                  break;
                }
                indices8[item8] = i18;
              }
            }
          } else {
            const err162 = { instancePath: instancePath + "/admission/requirements", schemaPath: "#/properties/admission/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        if (data63.exclusions !== void 0) {
          let data78 = data63.exclusions;
          if (Array.isArray(data78)) {
            const len10 = data78.length;
            for (let i19 = 0; i19 < len10; i19++) {
              let data79 = data78[i19];
              if (typeof data79 !== "string") {
                const err163 = { instancePath: instancePath + "/admission/exclusions/" + i19, schemaPath: "#/properties/admission/properties/exclusions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
              if (!(data79 === "needs-medical-withdrawal-management" || data79 === "needs-24-hour-supervision" || data79 === "imminent-risk-of-harm" || data79 === "acute-medical-instability" || data79 === "co-occurring-mental-health" || data79 === "co-occurring-medical" || data79 === "severe-cognitive-impairment" || data79 === "receiving-moud")) {
                const err164 = { instancePath: instancePath + "/admission/exclusions/" + i19, schemaPath: "#/properties/admission/properties/exclusions/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.admission.properties.exclusions.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
            let i20 = data78.length;
            let j9;
            if (i20 > 1) {
              const indices9 = {};
              for (; i20--; ) {
                let item9 = data78[i20];
                if (typeof item9 !== "string") {
                  continue;
                }
                if (typeof indices9[item9] == "number") {
                  j9 = indices9[item9];
                  const err165 = { instancePath: instancePath + "/admission/exclusions", schemaPath: "#/properties/admission/properties/exclusions/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i20 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                  break;
                }
                indices9[item9] = i20;
              }
            }
          } else {
            const err166 = { instancePath: instancePath + "/admission/exclusions", schemaPath: "#/properties/admission/properties/exclusions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
        }
        if (data63.waiting_list !== void 0) {
          if (typeof data63.waiting_list !== "boolean") {
            const err167 = { instancePath: instancePath + "/admission/waiting_list", schemaPath: "#/properties/admission/properties/waiting_list/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data63.days_to_first_session !== void 0) {
          let data81 = data63.days_to_first_session;
          if (!(typeof data81 == "number" && (!(data81 % 1) && !isNaN(data81)) && isFinite(data81))) {
            const err168 = { instancePath: instancePath + "/admission/days_to_first_session", schemaPath: "#/properties/admission/properties/days_to_first_session/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
          if (typeof data81 == "number" && isFinite(data81)) {
            if (data81 < 0 || isNaN(data81)) {
              const err169 = { instancePath: instancePath + "/admission/days_to_first_session", schemaPath: "#/properties/admission/properties/days_to_first_session/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          }
        }
        if (data63.certification !== void 0) {
          let data82 = data63.certification;
          if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
            for (const key9 in data82) {
              if (!(key9 === "by" || key9 === "minimum_hours_per_week" || key9 === "recertify_every_days")) {
                const err170 = { instancePath: instancePath + "/admission/certification", schemaPath: "#/properties/admission/properties/certification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data82.by !== void 0) {
              let data83 = data82.by;
              if (typeof data83 !== "string") {
                const err171 = { instancePath: instancePath + "/admission/certification/by", schemaPath: "#/properties/admission/properties/certification/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
              if (!(data83 === "physician" || data83 === "nurse-practitioner" || data83 === "physician-assistant" || data83 === "clinical-nurse-specialist" || data83 === "psychologist" || data83 === "licensed-clinician" || data83 === "none")) {
                const err172 = { instancePath: instancePath + "/admission/certification/by", schemaPath: "#/properties/admission/properties/certification/properties/by/enum", keyword: "enum", params: { allowedValues: schema31.properties.admission.properties.certification.properties.by.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
            if (data82.minimum_hours_per_week !== void 0) {
              let data84 = data82.minimum_hours_per_week;
              if (typeof data84 == "number" && isFinite(data84)) {
                if (data84 < 0 || isNaN(data84)) {
                  const err173 = { instancePath: instancePath + "/admission/certification/minimum_hours_per_week", schemaPath: "#/properties/admission/properties/certification/properties/minimum_hours_per_week/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
              } else {
                const err174 = { instancePath: instancePath + "/admission/certification/minimum_hours_per_week", schemaPath: "#/properties/admission/properties/certification/properties/minimum_hours_per_week/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
            if (data82.recertify_every_days !== void 0) {
              let data85 = data82.recertify_every_days;
              if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85)) && isFinite(data85))) {
                const err175 = { instancePath: instancePath + "/admission/certification/recertify_every_days", schemaPath: "#/properties/admission/properties/certification/properties/recertify_every_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
              if (typeof data85 == "number" && isFinite(data85)) {
                if (data85 < 1 || isNaN(data85)) {
                  const err176 = { instancePath: instancePath + "/admission/certification/recertify_every_days", schemaPath: "#/properties/admission/properties/certification/properties/recertify_every_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err177 = { instancePath: instancePath + "/admission/certification", schemaPath: "#/properties/admission/properties/certification/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          }
        }
      } else {
        const err178 = { instancePath: instancePath + "/admission", schemaPath: "#/properties/admission/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err178];
        } else {
          vErrors.push(err178);
        }
        errors++;
      }
    }
    if (data.staffing !== void 0) {
      let data86 = data.staffing;
      if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
        for (const key10 in data86) {
          if (!(key10 === "clinical_lead" || key10 === "team")) {
            const err179 = { instancePath: instancePath + "/staffing", schemaPath: "#/properties/staffing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
        }
        if (data86.clinical_lead !== void 0) {
          let data87 = data86.clinical_lead;
          if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
            if (data87.role === void 0) {
              const err180 = { instancePath: instancePath + "/staffing/clinical_lead", schemaPath: "#/properties/staffing/properties/clinical_lead/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            for (const key11 in data87) {
              if (!(key11 === "role" || key11 === "credential" || key11 === "licensed" || key11 === "count")) {
                const err181 = { instancePath: instancePath + "/staffing/clinical_lead", schemaPath: "#/properties/staffing/properties/clinical_lead/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err181];
                } else {
                  vErrors.push(err181);
                }
                errors++;
              }
            }
            if (data87.role !== void 0) {
              let data88 = data87.role;
              if (typeof data88 !== "string") {
                const err182 = { instancePath: instancePath + "/staffing/clinical_lead/role", schemaPath: "#/properties/staffing/properties/clinical_lead/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
              if (!(data88 === "clinical-director" || data88 === "medical-director" || data88 === "program-director" || data88 === "addiction-psychiatrist" || data88 === "psychiatrist" || data88 === "physician" || data88 === "psychologist" || data88 === "nurse-practitioner" || data88 === "nurse" || data88 === "social-worker" || data88 === "counselor" || data88 === "therapist" || data88 === "family-therapist" || data88 === "case-manager" || data88 === "recovery-coach" || data88 === "peer-specialist" || data88 === "dietitian" || data88 === "administrator" || data88 === "intake-coordinator")) {
                const err183 = { instancePath: instancePath + "/staffing/clinical_lead/role", schemaPath: "#/properties/staffing/properties/clinical_lead/properties/role/enum", keyword: "enum", params: { allowedValues: schema31.properties.staffing.properties.clinical_lead.properties.role.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
            if (data87.credential !== void 0) {
              let data89 = data87.credential;
              if (typeof data89 !== "string") {
                const err184 = { instancePath: instancePath + "/staffing/clinical_lead/credential", schemaPath: "#/properties/staffing/properties/clinical_lead/properties/credential/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
              if (!(data89 === "MD" || data89 === "DO" || data89 === "PhD" || data89 === "PsyD" || data89 === "EdD" || data89 === "LCSW" || data89 === "LICSW" || data89 === "LMSW" || data89 === "LPC" || data89 === "LPCC" || data89 === "LMHC" || data89 === "LMFT" || data89 === "LCDC" || data89 === "LADC" || data89 === "LAC" || data89 === "LCADC" || data89 === "CADC" || data89 === "CAC" || data89 === "NP" || data89 === "PMHNP" || data89 === "APRN" || data89 === "PA" || data89 === "RN" || data89 === "LPN" || data89 === "RD" || data89 === "CPRS" || data89 === "CPS" || data89 === "CRSS" || data89 === "CPRC" || data89 === "LCPC" || data89 === "LCAS" || data89 === "CAADC" || data89 === "CCS" || data89 === "MAC" || data89 === "BA" || data89 === "MA" || data89 === "MSW" || data89 === "none")) {
                const err185 = { instancePath: instancePath + "/staffing/clinical_lead/credential", schemaPath: "#/properties/staffing/properties/clinical_lead/properties/credential/enum", keyword: "enum", params: { allowedValues: schema31.properties.staffing.properties.clinical_lead.properties.credential.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            }
            if (data87.licensed !== void 0) {
              if (typeof data87.licensed !== "boolean") {
                const err186 = { instancePath: instancePath + "/staffing/clinical_lead/licensed", schemaPath: "#/properties/staffing/properties/clinical_lead/properties/licensed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
            if (data87.count !== void 0) {
              let data91 = data87.count;
              if (!(typeof data91 == "number" && (!(data91 % 1) && !isNaN(data91)) && isFinite(data91))) {
                const err187 = { instancePath: instancePath + "/staffing/clinical_lead/count", schemaPath: "#/properties/staffing/properties/clinical_lead/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
              if (typeof data91 == "number" && isFinite(data91)) {
                if (data91 < 1 || isNaN(data91)) {
                  const err188 = { instancePath: instancePath + "/staffing/clinical_lead/count", schemaPath: "#/properties/staffing/properties/clinical_lead/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err188];
                  } else {
                    vErrors.push(err188);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err189 = { instancePath: instancePath + "/staffing/clinical_lead", schemaPath: "#/properties/staffing/properties/clinical_lead/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
        }
        if (data86.team !== void 0) {
          let data92 = data86.team;
          if (Array.isArray(data92)) {
            const len11 = data92.length;
            for (let i21 = 0; i21 < len11; i21++) {
              let data93 = data92[i21];
              if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                if (data93.role === void 0) {
                  const err190 = { instancePath: instancePath + "/staffing/team/" + i21, schemaPath: "#/properties/staffing/properties/team/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
                for (const key12 in data93) {
                  if (!(key12 === "role" || key12 === "credential" || key12 === "licensed" || key12 === "count")) {
                    const err191 = { instancePath: instancePath + "/staffing/team/" + i21, schemaPath: "#/properties/staffing/properties/team/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err191];
                    } else {
                      vErrors.push(err191);
                    }
                    errors++;
                  }
                }
                if (data93.role !== void 0) {
                  let data94 = data93.role;
                  if (typeof data94 !== "string") {
                    const err192 = { instancePath: instancePath + "/staffing/team/" + i21 + "/role", schemaPath: "#/properties/staffing/properties/team/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                  if (!(data94 === "clinical-director" || data94 === "medical-director" || data94 === "program-director" || data94 === "addiction-psychiatrist" || data94 === "psychiatrist" || data94 === "physician" || data94 === "psychologist" || data94 === "nurse-practitioner" || data94 === "nurse" || data94 === "social-worker" || data94 === "counselor" || data94 === "therapist" || data94 === "family-therapist" || data94 === "case-manager" || data94 === "recovery-coach" || data94 === "peer-specialist" || data94 === "dietitian" || data94 === "administrator" || data94 === "intake-coordinator")) {
                    const err193 = { instancePath: instancePath + "/staffing/team/" + i21 + "/role", schemaPath: "#/properties/staffing/properties/team/items/properties/role/enum", keyword: "enum", params: { allowedValues: schema31.properties.staffing.properties.team.items.properties.role.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err193];
                    } else {
                      vErrors.push(err193);
                    }
                    errors++;
                  }
                }
                if (data93.credential !== void 0) {
                  let data95 = data93.credential;
                  if (typeof data95 !== "string") {
                    const err194 = { instancePath: instancePath + "/staffing/team/" + i21 + "/credential", schemaPath: "#/properties/staffing/properties/team/items/properties/credential/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err194];
                    } else {
                      vErrors.push(err194);
                    }
                    errors++;
                  }
                  if (!(data95 === "MD" || data95 === "DO" || data95 === "PhD" || data95 === "PsyD" || data95 === "EdD" || data95 === "LCSW" || data95 === "LICSW" || data95 === "LMSW" || data95 === "LPC" || data95 === "LPCC" || data95 === "LMHC" || data95 === "LMFT" || data95 === "LCDC" || data95 === "LADC" || data95 === "LAC" || data95 === "LCADC" || data95 === "CADC" || data95 === "CAC" || data95 === "NP" || data95 === "PMHNP" || data95 === "APRN" || data95 === "PA" || data95 === "RN" || data95 === "LPN" || data95 === "RD" || data95 === "CPRS" || data95 === "CPS" || data95 === "CRSS" || data95 === "CPRC" || data95 === "LCPC" || data95 === "LCAS" || data95 === "CAADC" || data95 === "CCS" || data95 === "MAC" || data95 === "BA" || data95 === "MA" || data95 === "MSW" || data95 === "none")) {
                    const err195 = { instancePath: instancePath + "/staffing/team/" + i21 + "/credential", schemaPath: "#/properties/staffing/properties/team/items/properties/credential/enum", keyword: "enum", params: { allowedValues: schema31.properties.staffing.properties.team.items.properties.credential.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err195];
                    } else {
                      vErrors.push(err195);
                    }
                    errors++;
                  }
                }
                if (data93.licensed !== void 0) {
                  if (typeof data93.licensed !== "boolean") {
                    const err196 = { instancePath: instancePath + "/staffing/team/" + i21 + "/licensed", schemaPath: "#/properties/staffing/properties/team/items/properties/licensed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err196];
                    } else {
                      vErrors.push(err196);
                    }
                    errors++;
                  }
                }
                if (data93.count !== void 0) {
                  let data97 = data93.count;
                  if (!(typeof data97 == "number" && (!(data97 % 1) && !isNaN(data97)) && isFinite(data97))) {
                    const err197 = { instancePath: instancePath + "/staffing/team/" + i21 + "/count", schemaPath: "#/properties/staffing/properties/team/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err197];
                    } else {
                      vErrors.push(err197);
                    }
                    errors++;
                  }
                  if (typeof data97 == "number" && isFinite(data97)) {
                    if (data97 < 1 || isNaN(data97)) {
                      const err198 = { instancePath: instancePath + "/staffing/team/" + i21 + "/count", schemaPath: "#/properties/staffing/properties/team/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err198];
                      } else {
                        vErrors.push(err198);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err199 = { instancePath: instancePath + "/staffing/team/" + i21, schemaPath: "#/properties/staffing/properties/team/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
          } else {
            const err200 = { instancePath: instancePath + "/staffing/team", schemaPath: "#/properties/staffing/properties/team/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          }
        }
      } else {
        const err201 = { instancePath: instancePath + "/staffing", schemaPath: "#/properties/staffing/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err201];
        } else {
          vErrors.push(err201);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data98 = data.services;
      if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
        for (const key13 in data98) {
          if (!func1.call(schema31.properties.services.properties, key13)) {
            const err202 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
        }
        if (data98.individual_counseling !== void 0) {
          let data99 = data98.individual_counseling;
          if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
            if (data99.provided === void 0) {
              const err203 = { instancePath: instancePath + "/services/individual_counseling", schemaPath: "#/properties/services/properties/individual_counseling/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err203];
              } else {
                vErrors.push(err203);
              }
              errors++;
            }
            for (const key14 in data99) {
              if (!(key14 === "provided" || key14 === "partner" || key14 === "sessions_per_week" || key14 === "consistent_counselor")) {
                const err204 = { instancePath: instancePath + "/services/individual_counseling", schemaPath: "#/properties/services/properties/individual_counseling/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data99.provided !== void 0) {
              let data100 = data99.provided;
              if (typeof data100 !== "string") {
                const err205 = { instancePath: instancePath + "/services/individual_counseling/provided", schemaPath: "#/properties/services/properties/individual_counseling/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
              if (!(data100 === "on-site" || data100 === "referral" || data100 === "none")) {
                const err206 = { instancePath: instancePath + "/services/individual_counseling/provided", schemaPath: "#/properties/services/properties/individual_counseling/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.individual_counseling.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
            }
            if (data99.partner !== void 0) {
              let data101 = data99.partner;
              if (typeof data101 === "string") {
                if (!pattern4.test(data101)) {
                  const err207 = { instancePath: instancePath + "/services/individual_counseling/partner", schemaPath: "#/properties/services/properties/individual_counseling/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
              } else {
                const err208 = { instancePath: instancePath + "/services/individual_counseling/partner", schemaPath: "#/properties/services/properties/individual_counseling/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
            if (data99.sessions_per_week !== void 0) {
              let data102 = data99.sessions_per_week;
              if (typeof data102 == "number" && isFinite(data102)) {
                if (data102 <= 0 || isNaN(data102)) {
                  const err209 = { instancePath: instancePath + "/services/individual_counseling/sessions_per_week", schemaPath: "#/properties/services/properties/individual_counseling/properties/sessions_per_week/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
              } else {
                const err210 = { instancePath: instancePath + "/services/individual_counseling/sessions_per_week", schemaPath: "#/properties/services/properties/individual_counseling/properties/sessions_per_week/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
            }
            if (data99.consistent_counselor !== void 0) {
              if (typeof data99.consistent_counselor !== "boolean") {
                const err211 = { instancePath: instancePath + "/services/individual_counseling/consistent_counselor", schemaPath: "#/properties/services/properties/individual_counseling/properties/consistent_counselor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
          } else {
            const err212 = { instancePath: instancePath + "/services/individual_counseling", schemaPath: "#/properties/services/properties/individual_counseling/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
        }
        if (data98.group_counseling !== void 0) {
          let data104 = data98.group_counseling;
          if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
            if (data104.provided === void 0) {
              const err213 = { instancePath: instancePath + "/services/group_counseling", schemaPath: "#/properties/services/properties/group_counseling/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err213];
              } else {
                vErrors.push(err213);
              }
              errors++;
            }
            for (const key15 in data104) {
              if (!(key15 === "provided" || key15 === "partner" || key15 === "max_group_size")) {
                const err214 = { instancePath: instancePath + "/services/group_counseling", schemaPath: "#/properties/services/properties/group_counseling/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
            }
            if (data104.provided !== void 0) {
              let data105 = data104.provided;
              if (typeof data105 !== "string") {
                const err215 = { instancePath: instancePath + "/services/group_counseling/provided", schemaPath: "#/properties/services/properties/group_counseling/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              }
              if (!(data105 === "on-site" || data105 === "referral" || data105 === "none")) {
                const err216 = { instancePath: instancePath + "/services/group_counseling/provided", schemaPath: "#/properties/services/properties/group_counseling/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.group_counseling.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
            if (data104.partner !== void 0) {
              let data106 = data104.partner;
              if (typeof data106 === "string") {
                if (!pattern4.test(data106)) {
                  const err217 = { instancePath: instancePath + "/services/group_counseling/partner", schemaPath: "#/properties/services/properties/group_counseling/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err217];
                  } else {
                    vErrors.push(err217);
                  }
                  errors++;
                }
              } else {
                const err218 = { instancePath: instancePath + "/services/group_counseling/partner", schemaPath: "#/properties/services/properties/group_counseling/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
            }
            if (data104.max_group_size !== void 0) {
              let data107 = data104.max_group_size;
              if (!(typeof data107 == "number" && (!(data107 % 1) && !isNaN(data107)) && isFinite(data107))) {
                const err219 = { instancePath: instancePath + "/services/group_counseling/max_group_size", schemaPath: "#/properties/services/properties/group_counseling/properties/max_group_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
              if (typeof data107 == "number" && isFinite(data107)) {
                if (data107 < 1 || isNaN(data107)) {
                  const err220 = { instancePath: instancePath + "/services/group_counseling/max_group_size", schemaPath: "#/properties/services/properties/group_counseling/properties/max_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err220];
                  } else {
                    vErrors.push(err220);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err221 = { instancePath: instancePath + "/services/group_counseling", schemaPath: "#/properties/services/properties/group_counseling/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
        }
        if (data98.psychoeducation !== void 0) {
          let data108 = data98.psychoeducation;
          if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
            if (data108.provided === void 0) {
              const err222 = { instancePath: instancePath + "/services/psychoeducation", schemaPath: "#/properties/services/properties/psychoeducation/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
            }
            for (const key16 in data108) {
              if (!(key16 === "provided" || key16 === "partner" || key16 === "topics")) {
                const err223 = { instancePath: instancePath + "/services/psychoeducation", schemaPath: "#/properties/services/properties/psychoeducation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err223];
                } else {
                  vErrors.push(err223);
                }
                errors++;
              }
            }
            if (data108.provided !== void 0) {
              let data109 = data108.provided;
              if (typeof data109 !== "string") {
                const err224 = { instancePath: instancePath + "/services/psychoeducation/provided", schemaPath: "#/properties/services/properties/psychoeducation/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
              if (!(data109 === "on-site" || data109 === "referral" || data109 === "none")) {
                const err225 = { instancePath: instancePath + "/services/psychoeducation/provided", schemaPath: "#/properties/services/properties/psychoeducation/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.psychoeducation.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
            }
            if (data108.partner !== void 0) {
              let data110 = data108.partner;
              if (typeof data110 === "string") {
                if (!pattern4.test(data110)) {
                  const err226 = { instancePath: instancePath + "/services/psychoeducation/partner", schemaPath: "#/properties/services/properties/psychoeducation/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err226];
                  } else {
                    vErrors.push(err226);
                  }
                  errors++;
                }
              } else {
                const err227 = { instancePath: instancePath + "/services/psychoeducation/partner", schemaPath: "#/properties/services/properties/psychoeducation/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err227];
                } else {
                  vErrors.push(err227);
                }
                errors++;
              }
            }
            if (data108.topics !== void 0) {
              let data111 = data108.topics;
              if (Array.isArray(data111)) {
                const len12 = data111.length;
                for (let i22 = 0; i22 < len12; i22++) {
                  let data112 = data111[i22];
                  if (typeof data112 !== "string") {
                    const err228 = { instancePath: instancePath + "/services/psychoeducation/topics/" + i22, schemaPath: "#/properties/services/properties/psychoeducation/properties/topics/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err228];
                    } else {
                      vErrors.push(err228);
                    }
                    errors++;
                  }
                  if (!(data112 === "nature-of-addiction" || data112 === "nature-of-illness" || data112 === "recovery" || data112 === "relapse" || data112 === "medications" || data112 === "coping-skills" || data112 === "health" || data112 === "family-dynamics" || data112 === "nutrition")) {
                    const err229 = { instancePath: instancePath + "/services/psychoeducation/topics/" + i22, schemaPath: "#/properties/services/properties/psychoeducation/properties/topics/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.psychoeducation.properties.topics.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                }
                let i23 = data111.length;
                let j10;
                if (i23 > 1) {
                  const indices10 = {};
                  for (; i23--; ) {
                    let item10 = data111[i23];
                    if (typeof item10 !== "string") {
                      continue;
                    }
                    if (typeof indices10[item10] == "number") {
                      j10 = indices10[item10];
                      const err230 = { instancePath: instancePath + "/services/psychoeducation/topics", schemaPath: "#/properties/services/properties/psychoeducation/properties/topics/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i23 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err230];
                      } else {
                        vErrors.push(err230);
                      }
                      errors++;
                      break;
                    }
                    indices10[item10] = i23;
                  }
                }
              } else {
                const err231 = { instancePath: instancePath + "/services/psychoeducation/topics", schemaPath: "#/properties/services/properties/psychoeducation/properties/topics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
            }
          } else {
            const err232 = { instancePath: instancePath + "/services/psychoeducation", schemaPath: "#/properties/services/properties/psychoeducation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err232];
            } else {
              vErrors.push(err232);
            }
            errors++;
          }
        }
        if (data98.family !== void 0) {
          let data113 = data98.family;
          if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
            if (data113.provided === void 0) {
              const err233 = { instancePath: instancePath + "/services/family", schemaPath: "#/properties/services/properties/family/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err233];
              } else {
                vErrors.push(err233);
              }
              errors++;
            }
            for (const key17 in data113) {
              if (!(key17 === "provided" || key17 === "partner" || key17 === "formats")) {
                const err234 = { instancePath: instancePath + "/services/family", schemaPath: "#/properties/services/properties/family/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err234];
                } else {
                  vErrors.push(err234);
                }
                errors++;
              }
            }
            if (data113.provided !== void 0) {
              let data114 = data113.provided;
              if (typeof data114 !== "string") {
                const err235 = { instancePath: instancePath + "/services/family/provided", schemaPath: "#/properties/services/properties/family/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
              if (!(data114 === "on-site" || data114 === "referral" || data114 === "none")) {
                const err236 = { instancePath: instancePath + "/services/family/provided", schemaPath: "#/properties/services/properties/family/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.family.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
            }
            if (data113.partner !== void 0) {
              let data115 = data113.partner;
              if (typeof data115 === "string") {
                if (!pattern4.test(data115)) {
                  const err237 = { instancePath: instancePath + "/services/family/partner", schemaPath: "#/properties/services/properties/family/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
              } else {
                const err238 = { instancePath: instancePath + "/services/family/partner", schemaPath: "#/properties/services/properties/family/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
            }
            if (data113.formats !== void 0) {
              let data116 = data113.formats;
              if (Array.isArray(data116)) {
                const len13 = data116.length;
                for (let i24 = 0; i24 < len13; i24++) {
                  let data117 = data116[i24];
                  if (typeof data117 !== "string") {
                    const err239 = { instancePath: instancePath + "/services/family/formats/" + i24, schemaPath: "#/properties/services/properties/family/properties/formats/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                  if (!(data117 === "family-therapy" || data117 === "family-education" || data117 === "family-psychoeducation" || data117 === "multifamily-group" || data117 === "couples-therapy")) {
                    const err240 = { instancePath: instancePath + "/services/family/formats/" + i24, schemaPath: "#/properties/services/properties/family/properties/formats/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.family.properties.formats.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err240];
                    } else {
                      vErrors.push(err240);
                    }
                    errors++;
                  }
                }
                let i25 = data116.length;
                let j11;
                if (i25 > 1) {
                  const indices11 = {};
                  for (; i25--; ) {
                    let item11 = data116[i25];
                    if (typeof item11 !== "string") {
                      continue;
                    }
                    if (typeof indices11[item11] == "number") {
                      j11 = indices11[item11];
                      const err241 = { instancePath: instancePath + "/services/family/formats", schemaPath: "#/properties/services/properties/family/properties/formats/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i25 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err241];
                      } else {
                        vErrors.push(err241);
                      }
                      errors++;
                      break;
                    }
                    indices11[item11] = i25;
                  }
                }
              } else {
                const err242 = { instancePath: instancePath + "/services/family/formats", schemaPath: "#/properties/services/properties/family/properties/formats/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err242];
                } else {
                  vErrors.push(err242);
                }
                errors++;
              }
            }
          } else {
            const err243 = { instancePath: instancePath + "/services/family", schemaPath: "#/properties/services/properties/family/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err243];
            } else {
              vErrors.push(err243);
            }
            errors++;
          }
        }
        if (data98.case_management !== void 0) {
          let data118 = data98.case_management;
          if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
            if (data118.provided === void 0) {
              const err244 = { instancePath: instancePath + "/services/case_management", schemaPath: "#/properties/services/properties/case_management/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err244];
              } else {
                vErrors.push(err244);
              }
              errors++;
            }
            for (const key18 in data118) {
              if (!(key18 === "provided" || key18 === "partner")) {
                const err245 = { instancePath: instancePath + "/services/case_management", schemaPath: "#/properties/services/properties/case_management/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
            }
            if (data118.provided !== void 0) {
              let data119 = data118.provided;
              if (typeof data119 !== "string") {
                const err246 = { instancePath: instancePath + "/services/case_management/provided", schemaPath: "#/properties/services/properties/case_management/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err246];
                } else {
                  vErrors.push(err246);
                }
                errors++;
              }
              if (!(data119 === "on-site" || data119 === "referral" || data119 === "none")) {
                const err247 = { instancePath: instancePath + "/services/case_management/provided", schemaPath: "#/properties/services/properties/case_management/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.case_management.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err247];
                } else {
                  vErrors.push(err247);
                }
                errors++;
              }
            }
            if (data118.partner !== void 0) {
              let data120 = data118.partner;
              if (typeof data120 === "string") {
                if (!pattern4.test(data120)) {
                  const err248 = { instancePath: instancePath + "/services/case_management/partner", schemaPath: "#/properties/services/properties/case_management/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err248];
                  } else {
                    vErrors.push(err248);
                  }
                  errors++;
                }
              } else {
                const err249 = { instancePath: instancePath + "/services/case_management/partner", schemaPath: "#/properties/services/properties/case_management/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
            }
          } else {
            const err250 = { instancePath: instancePath + "/services/case_management", schemaPath: "#/properties/services/properties/case_management/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          }
        }
        if (data98.medical !== void 0) {
          let data121 = data98.medical;
          if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
            if (data121.provided === void 0) {
              const err251 = { instancePath: instancePath + "/services/medical", schemaPath: "#/properties/services/properties/medical/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err251];
              } else {
                vErrors.push(err251);
              }
              errors++;
            }
            for (const key19 in data121) {
              if (!(key19 === "provided" || key19 === "partner")) {
                const err252 = { instancePath: instancePath + "/services/medical", schemaPath: "#/properties/services/properties/medical/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
            }
            if (data121.provided !== void 0) {
              let data122 = data121.provided;
              if (typeof data122 !== "string") {
                const err253 = { instancePath: instancePath + "/services/medical/provided", schemaPath: "#/properties/services/properties/medical/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err253];
                } else {
                  vErrors.push(err253);
                }
                errors++;
              }
              if (!(data122 === "on-site" || data122 === "referral" || data122 === "none")) {
                const err254 = { instancePath: instancePath + "/services/medical/provided", schemaPath: "#/properties/services/properties/medical/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.medical.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err254];
                } else {
                  vErrors.push(err254);
                }
                errors++;
              }
            }
            if (data121.partner !== void 0) {
              let data123 = data121.partner;
              if (typeof data123 === "string") {
                if (!pattern4.test(data123)) {
                  const err255 = { instancePath: instancePath + "/services/medical/partner", schemaPath: "#/properties/services/properties/medical/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err255];
                  } else {
                    vErrors.push(err255);
                  }
                  errors++;
                }
              } else {
                const err256 = { instancePath: instancePath + "/services/medical/partner", schemaPath: "#/properties/services/properties/medical/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err256];
                } else {
                  vErrors.push(err256);
                }
                errors++;
              }
            }
          } else {
            const err257 = { instancePath: instancePath + "/services/medical", schemaPath: "#/properties/services/properties/medical/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err257];
            } else {
              vErrors.push(err257);
            }
            errors++;
          }
        }
        if (data98.psychiatric !== void 0) {
          let data124 = data98.psychiatric;
          if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
            if (data124.provided === void 0) {
              const err258 = { instancePath: instancePath + "/services/psychiatric", schemaPath: "#/properties/services/properties/psychiatric/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err258];
              } else {
                vErrors.push(err258);
              }
              errors++;
            }
            for (const key20 in data124) {
              if (!(key20 === "provided" || key20 === "partner")) {
                const err259 = { instancePath: instancePath + "/services/psychiatric", schemaPath: "#/properties/services/properties/psychiatric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err259];
                } else {
                  vErrors.push(err259);
                }
                errors++;
              }
            }
            if (data124.provided !== void 0) {
              let data125 = data124.provided;
              if (typeof data125 !== "string") {
                const err260 = { instancePath: instancePath + "/services/psychiatric/provided", schemaPath: "#/properties/services/properties/psychiatric/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err260];
                } else {
                  vErrors.push(err260);
                }
                errors++;
              }
              if (!(data125 === "on-site" || data125 === "referral" || data125 === "none")) {
                const err261 = { instancePath: instancePath + "/services/psychiatric/provided", schemaPath: "#/properties/services/properties/psychiatric/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.psychiatric.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err261];
                } else {
                  vErrors.push(err261);
                }
                errors++;
              }
            }
            if (data124.partner !== void 0) {
              let data126 = data124.partner;
              if (typeof data126 === "string") {
                if (!pattern4.test(data126)) {
                  const err262 = { instancePath: instancePath + "/services/psychiatric/partner", schemaPath: "#/properties/services/properties/psychiatric/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err262];
                  } else {
                    vErrors.push(err262);
                  }
                  errors++;
                }
              } else {
                const err263 = { instancePath: instancePath + "/services/psychiatric/partner", schemaPath: "#/properties/services/properties/psychiatric/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err263];
                } else {
                  vErrors.push(err263);
                }
                errors++;
              }
            }
          } else {
            const err264 = { instancePath: instancePath + "/services/psychiatric", schemaPath: "#/properties/services/properties/psychiatric/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err264];
            } else {
              vErrors.push(err264);
            }
            errors++;
          }
        }
        if (data98.medications !== void 0) {
          let data127 = data98.medications;
          if (data127 && typeof data127 == "object" && !Array.isArray(data127)) {
            if (data127.provided === void 0) {
              const err265 = { instancePath: instancePath + "/services/medications", schemaPath: "#/properties/services/properties/medications/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err265];
              } else {
                vErrors.push(err265);
              }
              errors++;
            }
            for (const key21 in data127) {
              if (!(key21 === "provided" || key21 === "partner" || key21 === "includes")) {
                const err266 = { instancePath: instancePath + "/services/medications", schemaPath: "#/properties/services/properties/medications/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err266];
                } else {
                  vErrors.push(err266);
                }
                errors++;
              }
            }
            if (data127.provided !== void 0) {
              let data128 = data127.provided;
              if (typeof data128 !== "string") {
                const err267 = { instancePath: instancePath + "/services/medications/provided", schemaPath: "#/properties/services/properties/medications/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err267];
                } else {
                  vErrors.push(err267);
                }
                errors++;
              }
              if (!(data128 === "on-site" || data128 === "referral" || data128 === "none")) {
                const err268 = { instancePath: instancePath + "/services/medications/provided", schemaPath: "#/properties/services/properties/medications/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.medications.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err268];
                } else {
                  vErrors.push(err268);
                }
                errors++;
              }
            }
            if (data127.partner !== void 0) {
              let data129 = data127.partner;
              if (typeof data129 === "string") {
                if (!pattern4.test(data129)) {
                  const err269 = { instancePath: instancePath + "/services/medications/partner", schemaPath: "#/properties/services/properties/medications/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err269];
                  } else {
                    vErrors.push(err269);
                  }
                  errors++;
                }
              } else {
                const err270 = { instancePath: instancePath + "/services/medications/partner", schemaPath: "#/properties/services/properties/medications/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err270];
                } else {
                  vErrors.push(err270);
                }
                errors++;
              }
            }
            if (data127.includes !== void 0) {
              let data130 = data127.includes;
              if (Array.isArray(data130)) {
                const len14 = data130.length;
                for (let i26 = 0; i26 < len14; i26++) {
                  let data131 = data130[i26];
                  if (typeof data131 !== "string") {
                    const err271 = { instancePath: instancePath + "/services/medications/includes/" + i26, schemaPath: "#/properties/services/properties/medications/properties/includes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                  if (!(data131 === "moud" || data131 === "aud-medications" || data131 === "tobacco-cessation" || data131 === "psychiatric-medications")) {
                    const err272 = { instancePath: instancePath + "/services/medications/includes/" + i26, schemaPath: "#/properties/services/properties/medications/properties/includes/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.medications.properties.includes.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err272];
                    } else {
                      vErrors.push(err272);
                    }
                    errors++;
                  }
                }
                let i27 = data130.length;
                let j12;
                if (i27 > 1) {
                  const indices12 = {};
                  for (; i27--; ) {
                    let item12 = data130[i27];
                    if (typeof item12 !== "string") {
                      continue;
                    }
                    if (typeof indices12[item12] == "number") {
                      j12 = indices12[item12];
                      const err273 = { instancePath: instancePath + "/services/medications/includes", schemaPath: "#/properties/services/properties/medications/properties/includes/uniqueItems", keyword: "uniqueItems", params: { i: i27, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i27 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err273];
                      } else {
                        vErrors.push(err273);
                      }
                      errors++;
                      break;
                    }
                    indices12[item12] = i27;
                  }
                }
              } else {
                const err274 = { instancePath: instancePath + "/services/medications/includes", schemaPath: "#/properties/services/properties/medications/properties/includes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
            }
          } else {
            const err275 = { instancePath: instancePath + "/services/medications", schemaPath: "#/properties/services/properties/medications/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err275];
            } else {
              vErrors.push(err275);
            }
            errors++;
          }
        }
        if (data98.vocational !== void 0) {
          let data132 = data98.vocational;
          if (data132 && typeof data132 == "object" && !Array.isArray(data132)) {
            if (data132.provided === void 0) {
              const err276 = { instancePath: instancePath + "/services/vocational", schemaPath: "#/properties/services/properties/vocational/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err276];
              } else {
                vErrors.push(err276);
              }
              errors++;
            }
            for (const key22 in data132) {
              if (!(key22 === "provided" || key22 === "partner")) {
                const err277 = { instancePath: instancePath + "/services/vocational", schemaPath: "#/properties/services/properties/vocational/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err277];
                } else {
                  vErrors.push(err277);
                }
                errors++;
              }
            }
            if (data132.provided !== void 0) {
              let data133 = data132.provided;
              if (typeof data133 !== "string") {
                const err278 = { instancePath: instancePath + "/services/vocational/provided", schemaPath: "#/properties/services/properties/vocational/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err278];
                } else {
                  vErrors.push(err278);
                }
                errors++;
              }
              if (!(data133 === "on-site" || data133 === "referral" || data133 === "none")) {
                const err279 = { instancePath: instancePath + "/services/vocational/provided", schemaPath: "#/properties/services/properties/vocational/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.vocational.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err279];
                } else {
                  vErrors.push(err279);
                }
                errors++;
              }
            }
            if (data132.partner !== void 0) {
              let data134 = data132.partner;
              if (typeof data134 === "string") {
                if (!pattern4.test(data134)) {
                  const err280 = { instancePath: instancePath + "/services/vocational/partner", schemaPath: "#/properties/services/properties/vocational/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err280];
                  } else {
                    vErrors.push(err280);
                  }
                  errors++;
                }
              } else {
                const err281 = { instancePath: instancePath + "/services/vocational/partner", schemaPath: "#/properties/services/properties/vocational/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err281];
                } else {
                  vErrors.push(err281);
                }
                errors++;
              }
            }
          } else {
            const err282 = { instancePath: instancePath + "/services/vocational", schemaPath: "#/properties/services/properties/vocational/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err282];
            } else {
              vErrors.push(err282);
            }
            errors++;
          }
        }
        if (data98.nutrition !== void 0) {
          let data135 = data98.nutrition;
          if (data135 && typeof data135 == "object" && !Array.isArray(data135)) {
            if (data135.provided === void 0) {
              const err283 = { instancePath: instancePath + "/services/nutrition", schemaPath: "#/properties/services/properties/nutrition/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err283];
              } else {
                vErrors.push(err283);
              }
              errors++;
            }
            for (const key23 in data135) {
              if (!(key23 === "provided" || key23 === "partner")) {
                const err284 = { instancePath: instancePath + "/services/nutrition", schemaPath: "#/properties/services/properties/nutrition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err284];
                } else {
                  vErrors.push(err284);
                }
                errors++;
              }
            }
            if (data135.provided !== void 0) {
              let data136 = data135.provided;
              if (typeof data136 !== "string") {
                const err285 = { instancePath: instancePath + "/services/nutrition/provided", schemaPath: "#/properties/services/properties/nutrition/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err285];
                } else {
                  vErrors.push(err285);
                }
                errors++;
              }
              if (!(data136 === "on-site" || data136 === "referral" || data136 === "none")) {
                const err286 = { instancePath: instancePath + "/services/nutrition/provided", schemaPath: "#/properties/services/properties/nutrition/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.nutrition.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err286];
                } else {
                  vErrors.push(err286);
                }
                errors++;
              }
            }
            if (data135.partner !== void 0) {
              let data137 = data135.partner;
              if (typeof data137 === "string") {
                if (!pattern4.test(data137)) {
                  const err287 = { instancePath: instancePath + "/services/nutrition/partner", schemaPath: "#/properties/services/properties/nutrition/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err287];
                  } else {
                    vErrors.push(err287);
                  }
                  errors++;
                }
              } else {
                const err288 = { instancePath: instancePath + "/services/nutrition/partner", schemaPath: "#/properties/services/properties/nutrition/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err288];
                } else {
                  vErrors.push(err288);
                }
                errors++;
              }
            }
          } else {
            const err289 = { instancePath: instancePath + "/services/nutrition", schemaPath: "#/properties/services/properties/nutrition/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err289];
            } else {
              vErrors.push(err289);
            }
            errors++;
          }
        }
        if (data98.crisis !== void 0) {
          let data138 = data98.crisis;
          if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
            for (const key24 in data138) {
              if (!(key24 === "available_24_7" || key24 === "method")) {
                const err290 = { instancePath: instancePath + "/services/crisis", schemaPath: "#/properties/services/properties/crisis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err290];
                } else {
                  vErrors.push(err290);
                }
                errors++;
              }
            }
            if (data138.available_24_7 !== void 0) {
              if (typeof data138.available_24_7 !== "boolean") {
                const err291 = { instancePath: instancePath + "/services/crisis/available_24_7", schemaPath: "#/properties/services/properties/crisis/properties/available_24_7/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err291];
                } else {
                  vErrors.push(err291);
                }
                errors++;
              }
            }
            if (data138.method !== void 0) {
              let data140 = data138.method;
              if (typeof data140 !== "string") {
                const err292 = { instancePath: instancePath + "/services/crisis/method", schemaPath: "#/properties/services/properties/crisis/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err292];
                } else {
                  vErrors.push(err292);
                }
                errors++;
              }
              if (!(data140 === "on-call-clinician" || data140 === "crisis-line" || data140 === "mobile-crisis-team" || data140 === "emergency-department-agreement")) {
                const err293 = { instancePath: instancePath + "/services/crisis/method", schemaPath: "#/properties/services/properties/crisis/properties/method/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.crisis.properties.method.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err293];
                } else {
                  vErrors.push(err293);
                }
                errors++;
              }
            }
          } else {
            const err294 = { instancePath: instancePath + "/services/crisis", schemaPath: "#/properties/services/properties/crisis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err294];
            } else {
              vErrors.push(err294);
            }
            errors++;
          }
        }
        if (data98.drug_testing !== void 0) {
          let data141 = data98.drug_testing;
          if (data141 && typeof data141 == "object" && !Array.isArray(data141)) {
            if (data141.provided === void 0) {
              const err295 = { instancePath: instancePath + "/services/drug_testing", schemaPath: "#/properties/services/properties/drug_testing/required", keyword: "required", params: { missingProperty: "provided" }, message: "must have required property 'provided'" };
              if (vErrors === null) {
                vErrors = [err295];
              } else {
                vErrors.push(err295);
              }
              errors++;
            }
            for (const key25 in data141) {
              if (!(key25 === "provided" || key25 === "partner" || key25 === "method" || key25 === "schedule" || key25 === "per_week")) {
                const err296 = { instancePath: instancePath + "/services/drug_testing", schemaPath: "#/properties/services/properties/drug_testing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err296];
                } else {
                  vErrors.push(err296);
                }
                errors++;
              }
            }
            if (data141.provided !== void 0) {
              let data142 = data141.provided;
              if (typeof data142 !== "string") {
                const err297 = { instancePath: instancePath + "/services/drug_testing/provided", schemaPath: "#/properties/services/properties/drug_testing/properties/provided/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err297];
                } else {
                  vErrors.push(err297);
                }
                errors++;
              }
              if (!(data142 === "on-site" || data142 === "referral" || data142 === "none")) {
                const err298 = { instancePath: instancePath + "/services/drug_testing/provided", schemaPath: "#/properties/services/properties/drug_testing/properties/provided/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.drug_testing.properties.provided.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err298];
                } else {
                  vErrors.push(err298);
                }
                errors++;
              }
            }
            if (data141.partner !== void 0) {
              let data143 = data141.partner;
              if (typeof data143 === "string") {
                if (!pattern4.test(data143)) {
                  const err299 = { instancePath: instancePath + "/services/drug_testing/partner", schemaPath: "#/properties/services/properties/drug_testing/properties/partner/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err299];
                  } else {
                    vErrors.push(err299);
                  }
                  errors++;
                }
              } else {
                const err300 = { instancePath: instancePath + "/services/drug_testing/partner", schemaPath: "#/properties/services/properties/drug_testing/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err300];
                } else {
                  vErrors.push(err300);
                }
                errors++;
              }
            }
            if (data141.method !== void 0) {
              let data144 = data141.method;
              if (typeof data144 !== "string") {
                const err301 = { instancePath: instancePath + "/services/drug_testing/method", schemaPath: "#/properties/services/properties/drug_testing/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err301];
                } else {
                  vErrors.push(err301);
                }
                errors++;
              }
              if (!(data144 === "urine" || data144 === "oral-fluid" || data144 === "breath" || data144 === "blood" || data144 === "sweat-patch" || data144 === "hair" || data144 === "self-report")) {
                const err302 = { instancePath: instancePath + "/services/drug_testing/method", schemaPath: "#/properties/services/properties/drug_testing/properties/method/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.drug_testing.properties.method.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err302];
                } else {
                  vErrors.push(err302);
                }
                errors++;
              }
            }
            if (data141.schedule !== void 0) {
              let data145 = data141.schedule;
              if (typeof data145 !== "string") {
                const err303 = { instancePath: instancePath + "/services/drug_testing/schedule", schemaPath: "#/properties/services/properties/drug_testing/properties/schedule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err303];
                } else {
                  vErrors.push(err303);
                }
                errors++;
              }
              if (!(data145 === "random" || data145 === "scheduled" || data145 === "on-suspicion")) {
                const err304 = { instancePath: instancePath + "/services/drug_testing/schedule", schemaPath: "#/properties/services/properties/drug_testing/properties/schedule/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.drug_testing.properties.schedule.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err304];
                } else {
                  vErrors.push(err304);
                }
                errors++;
              }
            }
            if (data141.per_week !== void 0) {
              let data146 = data141.per_week;
              if (typeof data146 == "number" && isFinite(data146)) {
                if (data146 <= 0 || isNaN(data146)) {
                  const err305 = { instancePath: instancePath + "/services/drug_testing/per_week", schemaPath: "#/properties/services/properties/drug_testing/properties/per_week/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err305];
                  } else {
                    vErrors.push(err305);
                  }
                  errors++;
                }
              } else {
                const err306 = { instancePath: instancePath + "/services/drug_testing/per_week", schemaPath: "#/properties/services/properties/drug_testing/properties/per_week/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err306];
                } else {
                  vErrors.push(err306);
                }
                errors++;
              }
            }
          } else {
            const err307 = { instancePath: instancePath + "/services/drug_testing", schemaPath: "#/properties/services/properties/drug_testing/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err307];
            } else {
              vErrors.push(err307);
            }
            errors++;
          }
        }
        if (data98.support_groups !== void 0) {
          let data147 = data98.support_groups;
          if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
            for (const key26 in data147) {
              if (!(key26 === "expectation" || key26 === "types")) {
                const err308 = { instancePath: instancePath + "/services/support_groups", schemaPath: "#/properties/services/properties/support_groups/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err308];
                } else {
                  vErrors.push(err308);
                }
                errors++;
              }
            }
            if (data147.expectation !== void 0) {
              let data148 = data147.expectation;
              if (typeof data148 !== "string") {
                const err309 = { instancePath: instancePath + "/services/support_groups/expectation", schemaPath: "#/properties/services/properties/support_groups/properties/expectation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err309];
                } else {
                  vErrors.push(err309);
                }
                errors++;
              }
              if (!(data148 === "required" || data148 === "encouraged" || data148 === "offered" || data148 === "none")) {
                const err310 = { instancePath: instancePath + "/services/support_groups/expectation", schemaPath: "#/properties/services/properties/support_groups/properties/expectation/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.support_groups.properties.expectation.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err310];
                } else {
                  vErrors.push(err310);
                }
                errors++;
              }
            }
            if (data147.types !== void 0) {
              let data149 = data147.types;
              if (Array.isArray(data149)) {
                const len15 = data149.length;
                for (let i28 = 0; i28 < len15; i28++) {
                  let data150 = data149[i28];
                  if (typeof data150 !== "string") {
                    const err311 = { instancePath: instancePath + "/services/support_groups/types/" + i28, schemaPath: "#/properties/services/properties/support_groups/properties/types/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err311];
                    } else {
                      vErrors.push(err311);
                    }
                    errors++;
                  }
                  if (!(data150 === "12-step" || data150 === "smart-recovery" || data150 === "refuge-recovery" || data150 === "women-for-sobriety" || data150 === "celebrate-recovery" || data150 === "dual-recovery-anonymous" || data150 === "peer-support-group" || data150 === "family-support-group" || data150 === "eating-disorders-anonymous")) {
                    const err312 = { instancePath: instancePath + "/services/support_groups/types/" + i28, schemaPath: "#/properties/services/properties/support_groups/properties/types/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.properties.support_groups.properties.types.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err312];
                    } else {
                      vErrors.push(err312);
                    }
                    errors++;
                  }
                }
                let i29 = data149.length;
                let j13;
                if (i29 > 1) {
                  const indices13 = {};
                  for (; i29--; ) {
                    let item13 = data149[i29];
                    if (typeof item13 !== "string") {
                      continue;
                    }
                    if (typeof indices13[item13] == "number") {
                      j13 = indices13[item13];
                      const err313 = { instancePath: instancePath + "/services/support_groups/types", schemaPath: "#/properties/services/properties/support_groups/properties/types/uniqueItems", keyword: "uniqueItems", params: { i: i29, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i29 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err313];
                      } else {
                        vErrors.push(err313);
                      }
                      errors++;
                      break;
                    }
                    indices13[item13] = i29;
                  }
                }
              } else {
                const err314 = { instancePath: instancePath + "/services/support_groups/types", schemaPath: "#/properties/services/properties/support_groups/properties/types/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err314];
                } else {
                  vErrors.push(err314);
                }
                errors++;
              }
            }
          } else {
            const err315 = { instancePath: instancePath + "/services/support_groups", schemaPath: "#/properties/services/properties/support_groups/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err315];
            } else {
              vErrors.push(err315);
            }
            errors++;
          }
        }
      } else {
        const err316 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err316];
        } else {
          vErrors.push(err316);
        }
        errors++;
      }
    }
    if (data.treatment_planning !== void 0) {
      let data151 = data.treatment_planning;
      if (data151 && typeof data151 == "object" && !Array.isArray(data151)) {
        for (const key27 in data151) {
          if (!(key27 === "formal_plan" || key27 === "after_assessment" || key27 === "individualized" || key27 === "client_participates" || key27 === "review_every_days" || key27 === "addresses" || key27 === "referral_responsibility" || key27 === "physician_reviewed")) {
            const err317 = { instancePath: instancePath + "/treatment_planning", schemaPath: "#/properties/treatment_planning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err317];
            } else {
              vErrors.push(err317);
            }
            errors++;
          }
        }
        if (data151.formal_plan !== void 0) {
          if (typeof data151.formal_plan !== "boolean") {
            const err318 = { instancePath: instancePath + "/treatment_planning/formal_plan", schemaPath: "#/properties/treatment_planning/properties/formal_plan/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err318];
            } else {
              vErrors.push(err318);
            }
            errors++;
          }
        }
        if (data151.after_assessment !== void 0) {
          if (typeof data151.after_assessment !== "boolean") {
            const err319 = { instancePath: instancePath + "/treatment_planning/after_assessment", schemaPath: "#/properties/treatment_planning/properties/after_assessment/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err319];
            } else {
              vErrors.push(err319);
            }
            errors++;
          }
        }
        if (data151.individualized !== void 0) {
          if (typeof data151.individualized !== "boolean") {
            const err320 = { instancePath: instancePath + "/treatment_planning/individualized", schemaPath: "#/properties/treatment_planning/properties/individualized/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err320];
            } else {
              vErrors.push(err320);
            }
            errors++;
          }
        }
        if (data151.client_participates !== void 0) {
          if (typeof data151.client_participates !== "boolean") {
            const err321 = { instancePath: instancePath + "/treatment_planning/client_participates", schemaPath: "#/properties/treatment_planning/properties/client_participates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err321];
            } else {
              vErrors.push(err321);
            }
            errors++;
          }
        }
        if (data151.review_every_days !== void 0) {
          let data156 = data151.review_every_days;
          if (!(typeof data156 == "number" && (!(data156 % 1) && !isNaN(data156)) && isFinite(data156))) {
            const err322 = { instancePath: instancePath + "/treatment_planning/review_every_days", schemaPath: "#/properties/treatment_planning/properties/review_every_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err322];
            } else {
              vErrors.push(err322);
            }
            errors++;
          }
          if (typeof data156 == "number" && isFinite(data156)) {
            if (data156 < 1 || isNaN(data156)) {
              const err323 = { instancePath: instancePath + "/treatment_planning/review_every_days", schemaPath: "#/properties/treatment_planning/properties/review_every_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err323];
              } else {
                vErrors.push(err323);
              }
              errors++;
            }
          }
        }
        if (data151.addresses !== void 0) {
          let data157 = data151.addresses;
          if (Array.isArray(data157)) {
            const len16 = data157.length;
            for (let i30 = 0; i30 < len16; i30++) {
              let data158 = data157[i30];
              if (typeof data158 !== "string") {
                const err324 = { instancePath: instancePath + "/treatment_planning/addresses/" + i30, schemaPath: "#/properties/treatment_planning/properties/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err324];
                } else {
                  vErrors.push(err324);
                }
                errors++;
              }
              if (!(data158 === "co-occurring" || data158 === "family" || data158 === "cultural" || data158 === "medical" || data158 === "vocational" || data158 === "educational" || data158 === "legal" || data158 === "housing" || data158 === "trauma" || data158 === "spiritual")) {
                const err325 = { instancePath: instancePath + "/treatment_planning/addresses/" + i30, schemaPath: "#/properties/treatment_planning/properties/addresses/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.treatment_planning.properties.addresses.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err325];
                } else {
                  vErrors.push(err325);
                }
                errors++;
              }
            }
            let i31 = data157.length;
            let j14;
            if (i31 > 1) {
              const indices14 = {};
              for (; i31--; ) {
                let item14 = data157[i31];
                if (typeof item14 !== "string") {
                  continue;
                }
                if (typeof indices14[item14] == "number") {
                  j14 = indices14[item14];
                  const err326 = { instancePath: instancePath + "/treatment_planning/addresses", schemaPath: "#/properties/treatment_planning/properties/addresses/uniqueItems", keyword: "uniqueItems", params: { i: i31, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i31 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err326];
                  } else {
                    vErrors.push(err326);
                  }
                  errors++;
                  break;
                }
                indices14[item14] = i31;
              }
            }
          } else {
            const err327 = { instancePath: instancePath + "/treatment_planning/addresses", schemaPath: "#/properties/treatment_planning/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err327];
            } else {
              vErrors.push(err327);
            }
            errors++;
          }
        }
        if (data151.referral_responsibility !== void 0) {
          if (typeof data151.referral_responsibility !== "boolean") {
            const err328 = { instancePath: instancePath + "/treatment_planning/referral_responsibility", schemaPath: "#/properties/treatment_planning/properties/referral_responsibility/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err328];
            } else {
              vErrors.push(err328);
            }
            errors++;
          }
        }
        if (data151.physician_reviewed !== void 0) {
          if (typeof data151.physician_reviewed !== "boolean") {
            const err329 = { instancePath: instancePath + "/treatment_planning/physician_reviewed", schemaPath: "#/properties/treatment_planning/properties/physician_reviewed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err329];
            } else {
              vErrors.push(err329);
            }
            errors++;
          }
        }
      } else {
        const err330 = { instancePath: instancePath + "/treatment_planning", schemaPath: "#/properties/treatment_planning/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err330];
        } else {
          vErrors.push(err330);
        }
        errors++;
      }
    }
    if (data.engagement !== void 0) {
      let data161 = data.engagement;
      if (data161 && typeof data161 == "object" && !Array.isArray(data161)) {
        for (const key28 in data161) {
          if (!(key28 === "motivational_approach" || key28 === "motivation_assessed" || key28 === "alliance" || key28 === "retention")) {
            const err331 = { instancePath: instancePath + "/engagement", schemaPath: "#/properties/engagement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err331];
            } else {
              vErrors.push(err331);
            }
            errors++;
          }
        }
        if (data161.motivational_approach !== void 0) {
          let data162 = data161.motivational_approach;
          if (Array.isArray(data162)) {
            const len17 = data162.length;
            for (let i32 = 0; i32 < len17; i32++) {
              let data163 = data162[i32];
              if (typeof data163 !== "string") {
                const err332 = { instancePath: instancePath + "/engagement/motivational_approach/" + i32, schemaPath: "#/properties/engagement/properties/motivational_approach/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err332];
                } else {
                  vErrors.push(err332);
                }
                errors++;
              }
              if (!(data163 === "motivational-interviewing" || data163 === "motivational-enhancement-therapy")) {
                const err333 = { instancePath: instancePath + "/engagement/motivational_approach/" + i32, schemaPath: "#/properties/engagement/properties/motivational_approach/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.engagement.properties.motivational_approach.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err333];
                } else {
                  vErrors.push(err333);
                }
                errors++;
              }
            }
            let i33 = data162.length;
            let j15;
            if (i33 > 1) {
              const indices15 = {};
              for (; i33--; ) {
                let item15 = data162[i33];
                if (typeof item15 !== "string") {
                  continue;
                }
                if (typeof indices15[item15] == "number") {
                  j15 = indices15[item15];
                  const err334 = { instancePath: instancePath + "/engagement/motivational_approach", schemaPath: "#/properties/engagement/properties/motivational_approach/uniqueItems", keyword: "uniqueItems", params: { i: i33, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i33 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err334];
                  } else {
                    vErrors.push(err334);
                  }
                  errors++;
                  break;
                }
                indices15[item15] = i33;
              }
            }
          } else {
            const err335 = { instancePath: instancePath + "/engagement/motivational_approach", schemaPath: "#/properties/engagement/properties/motivational_approach/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err335];
            } else {
              vErrors.push(err335);
            }
            errors++;
          }
        }
        if (data161.motivation_assessed !== void 0) {
          if (typeof data161.motivation_assessed !== "boolean") {
            const err336 = { instancePath: instancePath + "/engagement/motivation_assessed", schemaPath: "#/properties/engagement/properties/motivation_assessed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err336];
            } else {
              vErrors.push(err336);
            }
            errors++;
          }
        }
        if (data161.alliance !== void 0) {
          let data165 = data161.alliance;
          if (data165 && typeof data165 == "object" && !Array.isArray(data165)) {
            for (const key29 in data165) {
              if (!(key29 === "primary_counselor" || key29 === "measured_with" || key29 === "every_weeks")) {
                const err337 = { instancePath: instancePath + "/engagement/alliance", schemaPath: "#/properties/engagement/properties/alliance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err337];
                } else {
                  vErrors.push(err337);
                }
                errors++;
              }
            }
            if (data165.primary_counselor !== void 0) {
              if (typeof data165.primary_counselor !== "boolean") {
                const err338 = { instancePath: instancePath + "/engagement/alliance/primary_counselor", schemaPath: "#/properties/engagement/properties/alliance/properties/primary_counselor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err338];
                } else {
                  vErrors.push(err338);
                }
                errors++;
              }
            }
            if (data165.measured_with !== void 0) {
              let data167 = data165.measured_with;
              if (typeof data167 === "string") {
                if (!pattern4.test(data167)) {
                  const err339 = { instancePath: instancePath + "/engagement/alliance/measured_with", schemaPath: "#/properties/engagement/properties/alliance/properties/measured_with/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err339];
                  } else {
                    vErrors.push(err339);
                  }
                  errors++;
                }
              } else {
                const err340 = { instancePath: instancePath + "/engagement/alliance/measured_with", schemaPath: "#/properties/engagement/properties/alliance/properties/measured_with/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err340];
                } else {
                  vErrors.push(err340);
                }
                errors++;
              }
            }
            if (data165.every_weeks !== void 0) {
              let data168 = data165.every_weeks;
              if (typeof data168 == "number" && isFinite(data168)) {
                if (data168 <= 0 || isNaN(data168)) {
                  const err341 = { instancePath: instancePath + "/engagement/alliance/every_weeks", schemaPath: "#/properties/engagement/properties/alliance/properties/every_weeks/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err341];
                  } else {
                    vErrors.push(err341);
                  }
                  errors++;
                }
              } else {
                const err342 = { instancePath: instancePath + "/engagement/alliance/every_weeks", schemaPath: "#/properties/engagement/properties/alliance/properties/every_weeks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err342];
                } else {
                  vErrors.push(err342);
                }
                errors++;
              }
            }
          } else {
            const err343 = { instancePath: instancePath + "/engagement/alliance", schemaPath: "#/properties/engagement/properties/alliance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err343];
            } else {
              vErrors.push(err343);
            }
            errors++;
          }
        }
        if (data161.retention !== void 0) {
          let data169 = data161.retention;
          if (data169 && typeof data169 == "object" && !Array.isArray(data169)) {
            for (const key30 in data169) {
              if (!(key30 === "attendance_tracked" || key30 === "missed_session_outreach_hours" || key30 === "on_relapse" || key30 === "strategies")) {
                const err344 = { instancePath: instancePath + "/engagement/retention", schemaPath: "#/properties/engagement/properties/retention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err344];
                } else {
                  vErrors.push(err344);
                }
                errors++;
              }
            }
            if (data169.attendance_tracked !== void 0) {
              if (typeof data169.attendance_tracked !== "boolean") {
                const err345 = { instancePath: instancePath + "/engagement/retention/attendance_tracked", schemaPath: "#/properties/engagement/properties/retention/properties/attendance_tracked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err345];
                } else {
                  vErrors.push(err345);
                }
                errors++;
              }
            }
            if (data169.missed_session_outreach_hours !== void 0) {
              let data171 = data169.missed_session_outreach_hours;
              if (typeof data171 == "number" && isFinite(data171)) {
                if (data171 < 0 || isNaN(data171)) {
                  const err346 = { instancePath: instancePath + "/engagement/retention/missed_session_outreach_hours", schemaPath: "#/properties/engagement/properties/retention/properties/missed_session_outreach_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err346];
                  } else {
                    vErrors.push(err346);
                  }
                  errors++;
                }
              } else {
                const err347 = { instancePath: instancePath + "/engagement/retention/missed_session_outreach_hours", schemaPath: "#/properties/engagement/properties/retention/properties/missed_session_outreach_hours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err347];
                } else {
                  vErrors.push(err347);
                }
                errors++;
              }
            }
            if (data169.on_relapse !== void 0) {
              let data172 = data169.on_relapse;
              if (typeof data172 !== "string") {
                const err348 = { instancePath: instancePath + "/engagement/retention/on_relapse", schemaPath: "#/properties/engagement/properties/retention/properties/on_relapse/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err348];
                } else {
                  vErrors.push(err348);
                }
                errors++;
              }
              if (!(data172 === "adjust-plan" || data172 === "discharge")) {
                const err349 = { instancePath: instancePath + "/engagement/retention/on_relapse", schemaPath: "#/properties/engagement/properties/retention/properties/on_relapse/enum", keyword: "enum", params: { allowedValues: schema31.properties.engagement.properties.retention.properties.on_relapse.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err349];
                } else {
                  vErrors.push(err349);
                }
                errors++;
              }
            }
            if (data169.strategies !== void 0) {
              let data173 = data169.strategies;
              if (Array.isArray(data173)) {
                const len18 = data173.length;
                for (let i34 = 0; i34 < len18; i34++) {
                  let data174 = data173[i34];
                  if (typeof data174 !== "string") {
                    const err350 = { instancePath: instancePath + "/engagement/retention/strategies/" + i34, schemaPath: "#/properties/engagement/properties/retention/properties/strategies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err350];
                    } else {
                      vErrors.push(err350);
                    }
                    errors++;
                  }
                  if (!(data174 === "flexible-scheduling" || data174 === "contingency-management" || data174 === "reminders" || data174 === "transportation-help" || data174 === "childcare" || data174 === "telehealth-sessions" || data174 === "peer-mentoring")) {
                    const err351 = { instancePath: instancePath + "/engagement/retention/strategies/" + i34, schemaPath: "#/properties/engagement/properties/retention/properties/strategies/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.engagement.properties.retention.properties.strategies.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err351];
                    } else {
                      vErrors.push(err351);
                    }
                    errors++;
                  }
                }
                let i35 = data173.length;
                let j16;
                if (i35 > 1) {
                  const indices16 = {};
                  for (; i35--; ) {
                    let item16 = data173[i35];
                    if (typeof item16 !== "string") {
                      continue;
                    }
                    if (typeof indices16[item16] == "number") {
                      j16 = indices16[item16];
                      const err352 = { instancePath: instancePath + "/engagement/retention/strategies", schemaPath: "#/properties/engagement/properties/retention/properties/strategies/uniqueItems", keyword: "uniqueItems", params: { i: i35, j: j16 }, message: "must NOT have duplicate items (items ## " + j16 + " and " + i35 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err352];
                      } else {
                        vErrors.push(err352);
                      }
                      errors++;
                      break;
                    }
                    indices16[item16] = i35;
                  }
                }
              } else {
                const err353 = { instancePath: instancePath + "/engagement/retention/strategies", schemaPath: "#/properties/engagement/properties/retention/properties/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err353];
                } else {
                  vErrors.push(err353);
                }
                errors++;
              }
            }
          } else {
            const err354 = { instancePath: instancePath + "/engagement/retention", schemaPath: "#/properties/engagement/properties/retention/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err354];
            } else {
              vErrors.push(err354);
            }
            errors++;
          }
        }
      } else {
        const err355 = { instancePath: instancePath + "/engagement", schemaPath: "#/properties/engagement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err355];
        } else {
          vErrors.push(err355);
        }
        errors++;
      }
    }
    if (data.approaches !== void 0) {
      let data175 = data.approaches;
      if (Array.isArray(data175)) {
        const len19 = data175.length;
        for (let i36 = 0; i36 < len19; i36++) {
          let data176 = data175[i36];
          if (typeof data176 !== "string") {
            const err356 = { instancePath: instancePath + "/approaches/" + i36, schemaPath: "#/properties/approaches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err356];
            } else {
              vErrors.push(err356);
            }
            errors++;
          }
          if (!(data176 === "cognitive-behavioral-therapy" || data176 === "motivational-interviewing" || data176 === "motivational-enhancement-therapy" || data176 === "contingency-management" || data176 === "community-reinforcement-approach" || data176 === "relapse-prevention" || data176 === "mindfulness-based-relapse-prevention" || data176 === "dialectical-behavior-therapy" || data176 === "acceptance-and-commitment-therapy" || data176 === "twelve-step-facilitation" || data176 === "matrix-model" || data176 === "behavioral-couples-therapy" || data176 === "family-behavior-therapy" || data176 === "multidimensional-family-therapy" || data176 === "brief-strategic-family-therapy" || data176 === "functional-family-therapy" || data176 === "multisystemic-therapy" || data176 === "adolescent-community-reinforcement-approach" || data176 === "seeking-safety" || data176 === "trauma-focused-cbt" || data176 === "emdr" || data176 === "interpersonal-psychotherapy" || data176 === "family-based-treatment" || data176 === "enhanced-cbt-for-eating-disorders" || data176 === "behavioral-activation" || data176 === "psychodynamic-therapy" || data176 === "confrontational-counseling" || data176 === "art-therapy" || data176 === "music-therapy" || data176 === "equine-therapy" || data176 === "adventure-therapy" || data176 === "yoga" || data176 === "acupuncture" || data176 === "nutritional-therapy" || data176 === "narrative-therapy" || data176 === "solution-focused-therapy")) {
            const err357 = { instancePath: instancePath + "/approaches/" + i36, schemaPath: "#/properties/approaches/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.approaches.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err357];
            } else {
              vErrors.push(err357);
            }
            errors++;
          }
        }
        let i37 = data175.length;
        let j17;
        if (i37 > 1) {
          const indices17 = {};
          for (; i37--; ) {
            let item17 = data175[i37];
            if (typeof item17 !== "string") {
              continue;
            }
            if (typeof indices17[item17] == "number") {
              j17 = indices17[item17];
              const err358 = { instancePath: instancePath + "/approaches", schemaPath: "#/properties/approaches/uniqueItems", keyword: "uniqueItems", params: { i: i37, j: j17 }, message: "must NOT have duplicate items (items ## " + j17 + " and " + i37 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err358];
              } else {
                vErrors.push(err358);
              }
              errors++;
              break;
            }
            indices17[item17] = i37;
          }
        }
      } else {
        const err359 = { instancePath: instancePath + "/approaches", schemaPath: "#/properties/approaches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err359];
        } else {
          vErrors.push(err359);
        }
        errors++;
      }
    }
    if (data.social_support !== void 0) {
      let data177 = data.social_support;
      if (data177 && typeof data177 == "object" && !Array.isArray(data177)) {
        for (const key31 in data177) {
          if (!(key31 === "family_involvement" || key31 === "peer_support" || key31 === "employer_or_school_involvement")) {
            const err360 = { instancePath: instancePath + "/social_support", schemaPath: "#/properties/social_support/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err360];
            } else {
              vErrors.push(err360);
            }
            errors++;
          }
        }
        if (data177.family_involvement !== void 0) {
          if (typeof data177.family_involvement !== "boolean") {
            const err361 = { instancePath: instancePath + "/social_support/family_involvement", schemaPath: "#/properties/social_support/properties/family_involvement/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err361];
            } else {
              vErrors.push(err361);
            }
            errors++;
          }
        }
        if (data177.peer_support !== void 0) {
          if (typeof data177.peer_support !== "boolean") {
            const err362 = { instancePath: instancePath + "/social_support/peer_support", schemaPath: "#/properties/social_support/properties/peer_support/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err362];
            } else {
              vErrors.push(err362);
            }
            errors++;
          }
        }
        if (data177.employer_or_school_involvement !== void 0) {
          let data180 = data177.employer_or_school_involvement;
          if (typeof data180 !== "string") {
            const err363 = { instancePath: instancePath + "/social_support/employer_or_school_involvement", schemaPath: "#/properties/social_support/properties/employer_or_school_involvement/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err363];
            } else {
              vErrors.push(err363);
            }
            errors++;
          }
          if (!(data180 === "with-consent" || data180 === "not-offered")) {
            const err364 = { instancePath: instancePath + "/social_support/employer_or_school_involvement", schemaPath: "#/properties/social_support/properties/employer_or_school_involvement/enum", keyword: "enum", params: { allowedValues: schema31.properties.social_support.properties.employer_or_school_involvement.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err364];
            } else {
              vErrors.push(err364);
            }
            errors++;
          }
        }
      } else {
        const err365 = { instancePath: instancePath + "/social_support", schemaPath: "#/properties/social_support/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err365];
        } else {
          vErrors.push(err365);
        }
        errors++;
      }
    }
    if (data.continuing_care !== void 0) {
      let data181 = data.continuing_care;
      if (data181 && typeof data181 == "object" && !Array.isArray(data181)) {
        for (const key32 in data181) {
          if (!(key32 === "plan_before_discharge" || key32 === "step_down_to" || key32 === "contact_until_stable" || key32 === "follow_up")) {
            const err366 = { instancePath: instancePath + "/continuing_care", schemaPath: "#/properties/continuing_care/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err366];
            } else {
              vErrors.push(err366);
            }
            errors++;
          }
        }
        if (data181.plan_before_discharge !== void 0) {
          if (typeof data181.plan_before_discharge !== "boolean") {
            const err367 = { instancePath: instancePath + "/continuing_care/plan_before_discharge", schemaPath: "#/properties/continuing_care/properties/plan_before_discharge/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err367];
            } else {
              vErrors.push(err367);
            }
            errors++;
          }
        }
        if (data181.step_down_to !== void 0) {
          let data183 = data181.step_down_to;
          if (Array.isArray(data183)) {
            const len20 = data183.length;
            for (let i38 = 0; i38 < len20; i38++) {
              let data184 = data183[i38];
              if (typeof data184 !== "string") {
                const err368 = { instancePath: instancePath + "/continuing_care/step_down_to/" + i38, schemaPath: "#/properties/continuing_care/properties/step_down_to/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err368];
                } else {
                  vErrors.push(err368);
                }
                errors++;
              }
              if (!(data184 === "standard-outpatient" || data184 === "recovery-coaching" || data184 === "alumni-group" || data184 === "recovery-housing" || data184 === "medication-management" || data184 === "peer-support" || data184 === "telehealth-check-ins")) {
                const err369 = { instancePath: instancePath + "/continuing_care/step_down_to/" + i38, schemaPath: "#/properties/continuing_care/properties/step_down_to/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.continuing_care.properties.step_down_to.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err369];
                } else {
                  vErrors.push(err369);
                }
                errors++;
              }
            }
            let i39 = data183.length;
            let j18;
            if (i39 > 1) {
              const indices18 = {};
              for (; i39--; ) {
                let item18 = data183[i39];
                if (typeof item18 !== "string") {
                  continue;
                }
                if (typeof indices18[item18] == "number") {
                  j18 = indices18[item18];
                  const err370 = { instancePath: instancePath + "/continuing_care/step_down_to", schemaPath: "#/properties/continuing_care/properties/step_down_to/uniqueItems", keyword: "uniqueItems", params: { i: i39, j: j18 }, message: "must NOT have duplicate items (items ## " + j18 + " and " + i39 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err370];
                  } else {
                    vErrors.push(err370);
                  }
                  errors++;
                  break;
                }
                indices18[item18] = i39;
              }
            }
          } else {
            const err371 = { instancePath: instancePath + "/continuing_care/step_down_to", schemaPath: "#/properties/continuing_care/properties/step_down_to/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err371];
            } else {
              vErrors.push(err371);
            }
            errors++;
          }
        }
        if (data181.contact_until_stable !== void 0) {
          if (typeof data181.contact_until_stable !== "boolean") {
            const err372 = { instancePath: instancePath + "/continuing_care/contact_until_stable", schemaPath: "#/properties/continuing_care/properties/contact_until_stable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err372];
            } else {
              vErrors.push(err372);
            }
            errors++;
          }
        }
        if (data181.follow_up !== void 0) {
          let data186 = data181.follow_up;
          if (data186 && typeof data186 == "object" && !Array.isArray(data186)) {
            for (const key33 in data186) {
              if (!(key33 === "every_days" || key33 === "for_months")) {
                const err373 = { instancePath: instancePath + "/continuing_care/follow_up", schemaPath: "#/properties/continuing_care/properties/follow_up/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err373];
                } else {
                  vErrors.push(err373);
                }
                errors++;
              }
            }
            if (data186.every_days !== void 0) {
              let data187 = data186.every_days;
              if (!(typeof data187 == "number" && (!(data187 % 1) && !isNaN(data187)) && isFinite(data187))) {
                const err374 = { instancePath: instancePath + "/continuing_care/follow_up/every_days", schemaPath: "#/properties/continuing_care/properties/follow_up/properties/every_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err374];
                } else {
                  vErrors.push(err374);
                }
                errors++;
              }
              if (typeof data187 == "number" && isFinite(data187)) {
                if (data187 < 1 || isNaN(data187)) {
                  const err375 = { instancePath: instancePath + "/continuing_care/follow_up/every_days", schemaPath: "#/properties/continuing_care/properties/follow_up/properties/every_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err375];
                  } else {
                    vErrors.push(err375);
                  }
                  errors++;
                }
              }
            }
            if (data186.for_months !== void 0) {
              let data188 = data186.for_months;
              if (typeof data188 == "number" && isFinite(data188)) {
                if (data188 <= 0 || isNaN(data188)) {
                  const err376 = { instancePath: instancePath + "/continuing_care/follow_up/for_months", schemaPath: "#/properties/continuing_care/properties/follow_up/properties/for_months/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err376];
                  } else {
                    vErrors.push(err376);
                  }
                  errors++;
                }
              } else {
                const err377 = { instancePath: instancePath + "/continuing_care/follow_up/for_months", schemaPath: "#/properties/continuing_care/properties/follow_up/properties/for_months/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err377];
                } else {
                  vErrors.push(err377);
                }
                errors++;
              }
            }
          } else {
            const err378 = { instancePath: instancePath + "/continuing_care/follow_up", schemaPath: "#/properties/continuing_care/properties/follow_up/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err378];
            } else {
              vErrors.push(err378);
            }
            errors++;
          }
        }
      } else {
        const err379 = { instancePath: instancePath + "/continuing_care", schemaPath: "#/properties/continuing_care/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err379];
        } else {
          vErrors.push(err379);
        }
        errors++;
      }
    }
    if (data.quality !== void 0) {
      let data189 = data.quality;
      if (data189 && typeof data189 == "object" && !Array.isArray(data189)) {
        for (const key34 in data189) {
          if (!(key34 === "outcome_measures" || key34 === "review_every_months" || key34 === "client_feedback" || key34 === "improvement_plan")) {
            const err380 = { instancePath: instancePath + "/quality", schemaPath: "#/properties/quality/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err380];
            } else {
              vErrors.push(err380);
            }
            errors++;
          }
        }
        if (data189.outcome_measures !== void 0) {
          let data190 = data189.outcome_measures;
          if (Array.isArray(data190)) {
            const len21 = data190.length;
            for (let i40 = 0; i40 < len21; i40++) {
              let data191 = data190[i40];
              if (typeof data191 !== "string") {
                const err381 = { instancePath: instancePath + "/quality/outcome_measures/" + i40, schemaPath: "#/properties/quality/properties/outcome_measures/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err381];
                } else {
                  vErrors.push(err381);
                }
                errors++;
              }
              if (!(data191 === "retention" || data191 === "completion" || data191 === "abstinence" || data191 === "readmission" || data191 === "client-satisfaction" || data191 === "symptom-change" || data191 === "functioning" || data191 === "employment" || data191 === "quality-of-life")) {
                const err382 = { instancePath: instancePath + "/quality/outcome_measures/" + i40, schemaPath: "#/properties/quality/properties/outcome_measures/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.quality.properties.outcome_measures.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err382];
                } else {
                  vErrors.push(err382);
                }
                errors++;
              }
            }
            let i41 = data190.length;
            let j19;
            if (i41 > 1) {
              const indices19 = {};
              for (; i41--; ) {
                let item19 = data190[i41];
                if (typeof item19 !== "string") {
                  continue;
                }
                if (typeof indices19[item19] == "number") {
                  j19 = indices19[item19];
                  const err383 = { instancePath: instancePath + "/quality/outcome_measures", schemaPath: "#/properties/quality/properties/outcome_measures/uniqueItems", keyword: "uniqueItems", params: { i: i41, j: j19 }, message: "must NOT have duplicate items (items ## " + j19 + " and " + i41 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err383];
                  } else {
                    vErrors.push(err383);
                  }
                  errors++;
                  break;
                }
                indices19[item19] = i41;
              }
            }
          } else {
            const err384 = { instancePath: instancePath + "/quality/outcome_measures", schemaPath: "#/properties/quality/properties/outcome_measures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err384];
            } else {
              vErrors.push(err384);
            }
            errors++;
          }
        }
        if (data189.review_every_months !== void 0) {
          let data192 = data189.review_every_months;
          if (typeof data192 == "number" && isFinite(data192)) {
            if (data192 <= 0 || isNaN(data192)) {
              const err385 = { instancePath: instancePath + "/quality/review_every_months", schemaPath: "#/properties/quality/properties/review_every_months/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err385];
              } else {
                vErrors.push(err385);
              }
              errors++;
            }
          } else {
            const err386 = { instancePath: instancePath + "/quality/review_every_months", schemaPath: "#/properties/quality/properties/review_every_months/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err386];
            } else {
              vErrors.push(err386);
            }
            errors++;
          }
        }
        if (data189.client_feedback !== void 0) {
          if (typeof data189.client_feedback !== "boolean") {
            const err387 = { instancePath: instancePath + "/quality/client_feedback", schemaPath: "#/properties/quality/properties/client_feedback/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err387];
            } else {
              vErrors.push(err387);
            }
            errors++;
          }
        }
        if (data189.improvement_plan !== void 0) {
          if (typeof data189.improvement_plan !== "boolean") {
            const err388 = { instancePath: instancePath + "/quality/improvement_plan", schemaPath: "#/properties/quality/properties/improvement_plan/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err388];
            } else {
              vErrors.push(err388);
            }
            errors++;
          }
        }
      } else {
        const err389 = { instancePath: instancePath + "/quality", schemaPath: "#/properties/quality/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err389];
        } else {
          vErrors.push(err389);
        }
        errors++;
      }
    }
  } else {
    const err390 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err390];
    } else {
      vErrors.push(err390);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/iop-audit/iop-audit/schemas/config.schema.json", "title": "iop-audit configuration (.iop-audit.yaml)", "description": "Which standards to audit, rule severities, threshold overrides and waivers. Found from the working directory upward, or given with --config.", "type": "object", "additionalProperties": false, "properties": { "standards": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*(@\\S+)?$" }, "minItems": 1, "uniqueItems": true, "description": "Packs to audit by ID (samhsa-tip47, joint, asam-criteria-3, medicare-iop, a pack file's ID, or all), each optionally pinned to an edition or year after @ (asam-criteria-3@2013). The document checks always run. Former names samhsa and schedule are understood." }, "packs": { "type": "array", "items": { "type": "string", "pattern": "\\S" }, "uniqueItems": true, "description": "Pack files (YAML, see packs/README.md), relative to this config's folder; their packs are audited." }, "fail_on": { "enum": ["error", "warning"], "description": "Lowest severity that fails a document." }, "max_warnings": { "type": "integer", "minimum": 0 }, "max_file_size_kb": { "type": "integer", "minimum": 1, "maximum": 1048576, "description": "Program documents larger than this many KiB are refused before parsing (default 1024)." }, "rules": { "type": "object", "description": "Severity per rule, by ID or alias: off, error, warning or info.", "additionalProperties": { "enum": ["off", "error", "warning", "info"] } }, "thresholds": { "type": "object", "additionalProperties": false, "description": "Overrides of the catalog's thresholds (see `iop-audit explain <rule>`).", "properties": { "adult_weekly_hours": { "type": "number", "minimum": 0 }, "adolescent_weekly_hours": { "type": "number", "minimum": 0 }, "partial_hospitalization_day_hours": { "type": "number", "minimum": 0 }, "partial_hospitalization_week_hours": { "type": "number", "minimum": 0 }, "contact_hours_min": { "type": "number", "minimum": 0 }, "contact_hours_max": { "type": "number", "minimum": 0 }, "minimum_program_days": { "type": "number", "minimum": 0 }, "days_to_first_session": { "type": "number", "minimum": 0 }, "plan_review_max_days": { "type": "number", "minimum": 0 }, "plan_review_recommended_days": { "type": "number", "minimum": 0 }, "drug_tests_per_week": { "type": "number", "minimum": 0 }, "missed_session_outreach_max_hours": { "type": "number", "minimum": 0 }, "max_group_size": { "type": "number", "minimum": 0 }, "quality_review_max_months": { "type": "number", "minimum": 0 }, "assessment_update_days": { "type": "number", "minimum": 0 } } }, "qualifying_certifications": { "type": "array", "items": { "enum": ["CADC", "CAADC", "CAC", "CCS", "MAC"] }, "uniqueItems": true, "description": "Certifications that qualify a clinical lead besides a professional license (states decide which they recognise; default all of CADC, CAADC, CAC, CCS, MAC). Peer certifications never qualify." }, "waivers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "files", "justification", "approved_by"], "properties": { "rule": { "type": "string", "pattern": "\\S", "description": "Rule ID or alias." }, "files": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "\\S" }, "description": "Globs, relative to the config file's folder." }, "justification": { "type": "string", "pattern": "\\S", "description": "Why the exception is accepted." }, "approved_by": { "type": "string", "pattern": "\\S", "description": "Who accepted it." }, "expires": { "type": "string", "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "description": "YYYY-MM-DD; after this date the waiver stops applying." } } } } } };
var func0 = require_equal().default;
var pattern23 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*(@\\S+)?$", "u");
var pattern29 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.standards !== void 0) {
      let data0 = data.standards;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/standards", schemaPath: "#/properties/standards/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern23.test(data1)) {
              const err2 = { instancePath: instancePath + "/standards/" + i0, schemaPath: "#/properties/standards/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(@\\S+)?$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*(@\\S+)?$"' };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/standards/" + i0, schemaPath: "#/properties/standards/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data0[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err4 = { instancePath: instancePath + "/standards", schemaPath: "#/properties/standards/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/standards", schemaPath: "#/properties/standards/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.packs !== void 0) {
      let data2 = data.packs;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data3 = data2[i2];
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err6 = { instancePath: instancePath + "/packs/" + i2, schemaPath: "#/properties/packs/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/packs/" + i2, schemaPath: "#/properties/packs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i3 = data2.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data2[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err8 = { instancePath: instancePath + "/packs", schemaPath: "#/properties/packs/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/packs", schemaPath: "#/properties/packs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.fail_on !== void 0) {
      let data4 = data.fail_on;
      if (!(data4 === "error" || data4 === "warning")) {
        const err10 = { instancePath: instancePath + "/fail_on", schemaPath: "#/properties/fail_on/enum", keyword: "enum", params: { allowedValues: schema32.properties.fail_on.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.max_warnings !== void 0) {
      let data5 = data.max_warnings;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err11 = { instancePath: instancePath + "/max_warnings", schemaPath: "#/properties/max_warnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err12 = { instancePath: instancePath + "/max_warnings", schemaPath: "#/properties/max_warnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.max_file_size_kb !== void 0) {
      let data6 = data.max_file_size_kb;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err13 = { instancePath: instancePath + "/max_file_size_kb", schemaPath: "#/properties/max_file_size_kb/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 1048576 || isNaN(data6)) {
          const err14 = { instancePath: instancePath + "/max_file_size_kb", schemaPath: "#/properties/max_file_size_kb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1048576 }, message: "must be <= 1048576" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data6 < 1 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/max_file_size_kb", schemaPath: "#/properties/max_file_size_kb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.rules !== void 0) {
      let data7 = data.rules;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          let data8 = data7[key1];
          if (!(data8 === "off" || data8 === "error" || data8 === "warning" || data8 === "info")) {
            const err16 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema32.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.thresholds !== void 0) {
      let data9 = data.thresholds;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (!func1.call(schema32.properties.thresholds.properties, key2)) {
            const err18 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.adult_weekly_hours !== void 0) {
          let data10 = data9.adult_weekly_hours;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err19 = { instancePath: instancePath + "/thresholds/adult_weekly_hours", schemaPath: "#/properties/thresholds/properties/adult_weekly_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/thresholds/adult_weekly_hours", schemaPath: "#/properties/thresholds/properties/adult_weekly_hours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data9.adolescent_weekly_hours !== void 0) {
          let data11 = data9.adolescent_weekly_hours;
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err21 = { instancePath: instancePath + "/thresholds/adolescent_weekly_hours", schemaPath: "#/properties/thresholds/properties/adolescent_weekly_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/thresholds/adolescent_weekly_hours", schemaPath: "#/properties/thresholds/properties/adolescent_weekly_hours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data9.partial_hospitalization_day_hours !== void 0) {
          let data12 = data9.partial_hospitalization_day_hours;
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err23 = { instancePath: instancePath + "/thresholds/partial_hospitalization_day_hours", schemaPath: "#/properties/thresholds/properties/partial_hospitalization_day_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/thresholds/partial_hospitalization_day_hours", schemaPath: "#/properties/thresholds/properties/partial_hospitalization_day_hours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data9.partial_hospitalization_week_hours !== void 0) {
          let data13 = data9.partial_hospitalization_week_hours;
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err25 = { instancePath: instancePath + "/thresholds/partial_hospitalization_week_hours", schemaPath: "#/properties/thresholds/properties/partial_hospitalization_week_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/thresholds/partial_hospitalization_week_hours", schemaPath: "#/properties/thresholds/properties/partial_hospitalization_week_hours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data9.contact_hours_min !== void 0) {
          let data14 = data9.contact_hours_min;
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err27 = { instancePath: instancePath + "/thresholds/contact_hours_min", schemaPath: "#/properties/thresholds/properties/contact_hours_min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/thresholds/contact_hours_min", schemaPath: "#/properties/thresholds/properties/contact_hours_min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data9.contact_hours_max !== void 0) {
          let data15 = data9.contact_hours_max;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err29 = { instancePath: instancePath + "/thresholds/contact_hours_max", schemaPath: "#/properties/thresholds/properties/contact_hours_max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/thresholds/contact_hours_max", schemaPath: "#/properties/thresholds/properties/contact_hours_max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.minimum_program_days !== void 0) {
          let data16 = data9.minimum_program_days;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err31 = { instancePath: instancePath + "/thresholds/minimum_program_days", schemaPath: "#/properties/thresholds/properties/minimum_program_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/thresholds/minimum_program_days", schemaPath: "#/properties/thresholds/properties/minimum_program_days/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data9.days_to_first_session !== void 0) {
          let data17 = data9.days_to_first_session;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err33 = { instancePath: instancePath + "/thresholds/days_to_first_session", schemaPath: "#/properties/thresholds/properties/days_to_first_session/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/thresholds/days_to_first_session", schemaPath: "#/properties/thresholds/properties/days_to_first_session/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data9.plan_review_max_days !== void 0) {
          let data18 = data9.plan_review_max_days;
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err35 = { instancePath: instancePath + "/thresholds/plan_review_max_days", schemaPath: "#/properties/thresholds/properties/plan_review_max_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/thresholds/plan_review_max_days", schemaPath: "#/properties/thresholds/properties/plan_review_max_days/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data9.plan_review_recommended_days !== void 0) {
          let data19 = data9.plan_review_recommended_days;
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 < 0 || isNaN(data19)) {
              const err37 = { instancePath: instancePath + "/thresholds/plan_review_recommended_days", schemaPath: "#/properties/thresholds/properties/plan_review_recommended_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/thresholds/plan_review_recommended_days", schemaPath: "#/properties/thresholds/properties/plan_review_recommended_days/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data9.drug_tests_per_week !== void 0) {
          let data20 = data9.drug_tests_per_week;
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 < 0 || isNaN(data20)) {
              const err39 = { instancePath: instancePath + "/thresholds/drug_tests_per_week", schemaPath: "#/properties/thresholds/properties/drug_tests_per_week/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/thresholds/drug_tests_per_week", schemaPath: "#/properties/thresholds/properties/drug_tests_per_week/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data9.missed_session_outreach_max_hours !== void 0) {
          let data21 = data9.missed_session_outreach_max_hours;
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err41 = { instancePath: instancePath + "/thresholds/missed_session_outreach_max_hours", schemaPath: "#/properties/thresholds/properties/missed_session_outreach_max_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/thresholds/missed_session_outreach_max_hours", schemaPath: "#/properties/thresholds/properties/missed_session_outreach_max_hours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data9.max_group_size !== void 0) {
          let data22 = data9.max_group_size;
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 < 0 || isNaN(data22)) {
              const err43 = { instancePath: instancePath + "/thresholds/max_group_size", schemaPath: "#/properties/thresholds/properties/max_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/thresholds/max_group_size", schemaPath: "#/properties/thresholds/properties/max_group_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data9.quality_review_max_months !== void 0) {
          let data23 = data9.quality_review_max_months;
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err45 = { instancePath: instancePath + "/thresholds/quality_review_max_months", schemaPath: "#/properties/thresholds/properties/quality_review_max_months/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/thresholds/quality_review_max_months", schemaPath: "#/properties/thresholds/properties/quality_review_max_months/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data9.assessment_update_days !== void 0) {
          let data24 = data9.assessment_update_days;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 0 || isNaN(data24)) {
              const err47 = { instancePath: instancePath + "/thresholds/assessment_update_days", schemaPath: "#/properties/thresholds/properties/assessment_update_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/thresholds/assessment_update_days", schemaPath: "#/properties/thresholds/properties/assessment_update_days/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.qualifying_certifications !== void 0) {
      let data25 = data.qualifying_certifications;
      if (Array.isArray(data25)) {
        const len2 = data25.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data26 = data25[i4];
          if (!(data26 === "CADC" || data26 === "CAADC" || data26 === "CAC" || data26 === "CCS" || data26 === "MAC")) {
            const err50 = { instancePath: instancePath + "/qualifying_certifications/" + i4, schemaPath: "#/properties/qualifying_certifications/items/enum", keyword: "enum", params: { allowedValues: schema32.properties.qualifying_certifications.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        let i5 = data25.length;
        let j2;
        if (i5 > 1) {
          outer0: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data25[i5], data25[j2])) {
                const err51 = { instancePath: instancePath + "/qualifying_certifications", schemaPath: "#/properties/qualifying_certifications/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/qualifying_certifications", schemaPath: "#/properties/qualifying_certifications/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data27 = data.waivers;
      if (Array.isArray(data27)) {
        const len3 = data27.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data28 = data27[i6];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.rule === void 0) {
              const err53 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data28.files === void 0) {
              const err54 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data28.justification === void 0) {
              const err55 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data28.approved_by === void 0) {
              const err56 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "approved_by" }, message: "must have required property 'approved_by'" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            for (const key3 in data28) {
              if (!(key3 === "rule" || key3 === "files" || key3 === "justification" || key3 === "approved_by" || key3 === "expires")) {
                const err57 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data28.rule !== void 0) {
              let data29 = data28.rule;
              if (typeof data29 === "string") {
                if (!pattern4.test(data29)) {
                  const err58 = { instancePath: instancePath + "/waivers/" + i6 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/waivers/" + i6 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data28.files !== void 0) {
              let data30 = data28.files;
              if (Array.isArray(data30)) {
                if (data30.length < 1) {
                  const err60 = { instancePath: instancePath + "/waivers/" + i6 + "/files", schemaPath: "#/properties/waivers/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                const len4 = data30.length;
                for (let i7 = 0; i7 < len4; i7++) {
                  let data31 = data30[i7];
                  if (typeof data31 === "string") {
                    if (!pattern4.test(data31)) {
                      const err61 = { instancePath: instancePath + "/waivers/" + i6 + "/files/" + i7, schemaPath: "#/properties/waivers/items/properties/files/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/waivers/" + i6 + "/files/" + i7, schemaPath: "#/properties/waivers/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = { instancePath: instancePath + "/waivers/" + i6 + "/files", schemaPath: "#/properties/waivers/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data28.justification !== void 0) {
              let data32 = data28.justification;
              if (typeof data32 === "string") {
                if (!pattern4.test(data32)) {
                  const err64 = { instancePath: instancePath + "/waivers/" + i6 + "/justification", schemaPath: "#/properties/waivers/items/properties/justification/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/waivers/" + i6 + "/justification", schemaPath: "#/properties/waivers/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data28.approved_by !== void 0) {
              let data33 = data28.approved_by;
              if (typeof data33 === "string") {
                if (!pattern4.test(data33)) {
                  const err66 = { instancePath: instancePath + "/waivers/" + i6 + "/approved_by", schemaPath: "#/properties/waivers/items/properties/approved_by/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/waivers/" + i6 + "/approved_by", schemaPath: "#/properties/waivers/items/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data28.expires !== void 0) {
              let data34 = data28.expires;
              if (typeof data34 === "string") {
                if (!pattern29.test(data34)) {
                  const err68 = { instancePath: instancePath + "/waivers/" + i6 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$" }, message: 'must match pattern "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"' };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              } else {
                const err69 = { instancePath: instancePath + "/waivers/" + i6 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
  } else {
    const err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err72];
    } else {
      vErrors.push(err72);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema33 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "pack.schema.json", "title": "iop-audit standards pack (format version 1)", "description": "A set of requirements from one standard (a state rule, a payer's conditions, an organization's policy) and the checks that audit a program document against them. Data only: no code runs from a pack.", "type": "object", "additionalProperties": false, "required": ["pack", "title", "publisher", "edition", "jurisdiction", "requirements", "rules"], "properties": { "version": { "const": 1, "description": "Pack format version." }, "pack": { "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "description": "The pack's ID, used with --standard." }, "title": { "type": "string", "pattern": "\\S" }, "publisher": { "type": "string", "pattern": "\\S" }, "edition": { "type": "string", "pattern": "\\S", "description": "Edition, version or effective date of the standard." }, "year": { "type": "integer", "minimum": 1900, "maximum": 2100 }, "jurisdiction": { "type": "object", "additionalProperties": false, "required": ["kind", "name"], "properties": { "kind": { "enum": ["national", "state", "payer", "accreditor", "organization"] }, "name": { "type": "string", "pattern": "\\S" } } }, "requirements": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "title", "source"], "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9.()\xA7 -]*$", "description": "The clause ID in the standard, e.g. 6329.4(a)." }, "title": { "type": "string", "pattern": "\\S" }, "source": { "$ref": "#/$defs/source" } } } }, "rules": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "alias", "implements", "title", "severity", "look", "check", "message", "remediation"], "properties": { "id": { "type": "string", "pattern": "^[A-Z][A-Z0-9]*-[0-9]{2,3}$", "description": "Stable rule ID, e.g. DC-01." }, "alias": { "type": "string", "pattern": "^[a-z]+(-[a-z0-9]+)*$" }, "implements": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "\\S" }, "description": "IDs of this pack's requirements the rule checks." }, "title": { "type": "string", "pattern": "\\S" }, "severity": { "enum": ["error", "warning", "info"] }, "applies_when": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "The rule applies only to programs that match every condition given (any listed value matches).", "properties": { "focus": { "$ref": "#/$defs/words" }, "populations": { "$ref": "#/$defs/words" }, "payers": { "$ref": "#/$defs/words" }, "level": { "$ref": "#/$defs/words" } } }, "look": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "description": "Where the rule looks: a JSON pointer into the program document, or a computed fact.", "properties": { "pointer": { "type": "string", "pattern": "^(/[^/]+)+$" }, "fact": { "enum": ["treatment_hours_per_week", "longest_day_hours", "days_per_week", "program_length_days", "adjunctive_hours_per_week", "weekly_floor", "implied_level"] } } }, "check": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "present": { "const": true }, "equals": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] }, "one_of": { "type": "array", "minItems": 1, "items": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "not_one_of": { "type": "array", "minItems": 1, "items": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "includes": { "anyOf": [{ "type": "string" }, { "type": "number" }] }, "excludes": { "anyOf": [{ "type": "string" }, { "type": "number" }] }, "at_least": { "type": "number" }, "at_most": { "type": "number" }, "between": { "type": "array", "minItems": 2, "maxItems": 2, "items": { "type": "number" } }, "matches": { "type": "string", "minLength": 1, "maxLength": 200 }, "count_at_least": { "type": "integer", "minimum": 0 }, "count_at_most": { "type": "integer", "minimum": 0 } } }, "if_missing": { "enum": ["pass", "fail"], "description": "What a rule concludes when the value it looks at is not in the document. Default: fail, except for not_one_of, excludes and count_at_most, which a missing value cannot break." }, "message": { "type": "string", "pattern": "\\S", "description": "What is wrong, in plain words; {value} is replaced by the value found and {expected} by what the check expects." }, "remediation": { "type": "object", "additionalProperties": false, "required": ["text", "example"], "properties": { "text": { "type": "string", "pattern": "\\S" }, "example": { "type": "string", "pattern": "\\S" } } } } } } }, "$defs": { "words": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "\\S" } }, "source": { "type": "object", "additionalProperties": false, "required": ["basis", "work", "words"], "properties": { "basis": { "enum": ["primary", "secondary", "convention"] }, "work": { "type": "string", "pattern": "\\S" }, "at": { "type": "string", "pattern": "\\S" }, "words": { "type": "string", "pattern": "\\S" }, "unverified": { "type": "string", "pattern": "\\S" } } } } };
var schema34 = { "type": "object", "additionalProperties": false, "required": ["basis", "work", "words"], "properties": { "basis": { "enum": ["primary", "secondary", "convention"] }, "work": { "type": "string", "pattern": "\\S" }, "at": { "type": "string", "pattern": "\\S" }, "words": { "type": "string", "pattern": "\\S" }, "unverified": { "type": "string", "pattern": "\\S" } } };
var func10 = require_ucs2length().default;
var pattern30 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
var pattern35 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.()\xA7 -]*$", "u");
var pattern41 = new RegExp("^[A-Z][A-Z0-9]*-[0-9]{2,3}$", "u");
var pattern42 = new RegExp("^[a-z]+(-[a-z0-9]+)*$", "u");
var pattern49 = new RegExp("^(/[^/]+)+$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pack === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pack" }, message: "must have required property 'pack'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.publisher === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "publisher" }, message: "must have required property 'publisher'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.edition === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "edition" }, message: "must have required property 'edition'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.jurisdiction === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jurisdiction" }, message: "must have required property 'jurisdiction'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.requirements === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requirements" }, message: "must have required property 'requirements'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.rules === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema33.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.pack !== void 0) {
      let data1 = data.pack;
      if (typeof data1 === "string") {
        if (!pattern30.test(data1)) {
          const err9 = { instancePath: instancePath + "/pack", schemaPath: "#/properties/pack/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/pack", schemaPath: "#/properties/pack/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.publisher !== void 0) {
      let data3 = data.publisher;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/publisher", schemaPath: "#/properties/publisher/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/publisher", schemaPath: "#/properties/publisher/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.edition !== void 0) {
      let data4 = data.edition;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err15 = { instancePath: instancePath + "/edition", schemaPath: "#/properties/edition/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/edition", schemaPath: "#/properties/edition/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.year !== void 0) {
      let data5 = data.year;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err17 = { instancePath: instancePath + "/year", schemaPath: "#/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 2100 || isNaN(data5)) {
          const err18 = { instancePath: instancePath + "/year", schemaPath: "#/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data5 < 1900 || isNaN(data5)) {
          const err19 = { instancePath: instancePath + "/year", schemaPath: "#/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.jurisdiction !== void 0) {
      let data6 = data.jurisdiction;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.kind === void 0) {
          const err20 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/properties/jurisdiction/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data6.name === void 0) {
          const err21 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/properties/jurisdiction/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "kind" || key1 === "name")) {
            const err22 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/properties/jurisdiction/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data6.kind !== void 0) {
          let data7 = data6.kind;
          if (!(data7 === "national" || data7 === "state" || data7 === "payer" || data7 === "accreditor" || data7 === "organization")) {
            const err23 = { instancePath: instancePath + "/jurisdiction/kind", schemaPath: "#/properties/jurisdiction/properties/kind/enum", keyword: "enum", params: { allowedValues: schema33.properties.jurisdiction.properties.kind.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.name !== void 0) {
          let data8 = data6.name;
          if (typeof data8 === "string") {
            if (!pattern4.test(data8)) {
              const err24 = { instancePath: instancePath + "/jurisdiction/name", schemaPath: "#/properties/jurisdiction/properties/name/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/jurisdiction/name", schemaPath: "#/properties/jurisdiction/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/properties/jurisdiction/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.requirements !== void 0) {
      let data9 = data.requirements;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err27 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.id === void 0) {
              const err28 = { instancePath: instancePath + "/requirements/" + i0, schemaPath: "#/properties/requirements/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data10.title === void 0) {
              const err29 = { instancePath: instancePath + "/requirements/" + i0, schemaPath: "#/properties/requirements/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data10.source === void 0) {
              const err30 = { instancePath: instancePath + "/requirements/" + i0, schemaPath: "#/properties/requirements/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!(key2 === "id" || key2 === "title" || key2 === "source")) {
                const err31 = { instancePath: instancePath + "/requirements/" + i0, schemaPath: "#/properties/requirements/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data10.id !== void 0) {
              let data11 = data10.id;
              if (typeof data11 === "string") {
                if (!pattern35.test(data11)) {
                  const err32 = { instancePath: instancePath + "/requirements/" + i0 + "/id", schemaPath: "#/properties/requirements/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.()\xA7 -]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.()\xA7 -]*$"' };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/requirements/" + i0 + "/id", schemaPath: "#/properties/requirements/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data10.title !== void 0) {
              let data12 = data10.title;
              if (typeof data12 === "string") {
                if (!pattern4.test(data12)) {
                  const err34 = { instancePath: instancePath + "/requirements/" + i0 + "/title", schemaPath: "#/properties/requirements/items/properties/title/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/requirements/" + i0 + "/title", schemaPath: "#/properties/requirements/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data10.source !== void 0) {
              let data13 = data10.source;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.basis === void 0) {
                  const err36 = { instancePath: instancePath + "/requirements/" + i0 + "/source", schemaPath: "#/$defs/source/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data13.work === void 0) {
                  const err37 = { instancePath: instancePath + "/requirements/" + i0 + "/source", schemaPath: "#/$defs/source/required", keyword: "required", params: { missingProperty: "work" }, message: "must have required property 'work'" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data13.words === void 0) {
                  const err38 = { instancePath: instancePath + "/requirements/" + i0 + "/source", schemaPath: "#/$defs/source/required", keyword: "required", params: { missingProperty: "words" }, message: "must have required property 'words'" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                for (const key3 in data13) {
                  if (!(key3 === "basis" || key3 === "work" || key3 === "at" || key3 === "words" || key3 === "unverified")) {
                    const err39 = { instancePath: instancePath + "/requirements/" + i0 + "/source", schemaPath: "#/$defs/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data13.basis !== void 0) {
                  let data14 = data13.basis;
                  if (!(data14 === "primary" || data14 === "secondary" || data14 === "convention")) {
                    const err40 = { instancePath: instancePath + "/requirements/" + i0 + "/source/basis", schemaPath: "#/$defs/source/properties/basis/enum", keyword: "enum", params: { allowedValues: schema34.properties.basis.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data13.work !== void 0) {
                  let data15 = data13.work;
                  if (typeof data15 === "string") {
                    if (!pattern4.test(data15)) {
                      const err41 = { instancePath: instancePath + "/requirements/" + i0 + "/source/work", schemaPath: "#/$defs/source/properties/work/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/requirements/" + i0 + "/source/work", schemaPath: "#/$defs/source/properties/work/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data13.at !== void 0) {
                  let data16 = data13.at;
                  if (typeof data16 === "string") {
                    if (!pattern4.test(data16)) {
                      const err43 = { instancePath: instancePath + "/requirements/" + i0 + "/source/at", schemaPath: "#/$defs/source/properties/at/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/requirements/" + i0 + "/source/at", schemaPath: "#/$defs/source/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data13.words !== void 0) {
                  let data17 = data13.words;
                  if (typeof data17 === "string") {
                    if (!pattern4.test(data17)) {
                      const err45 = { instancePath: instancePath + "/requirements/" + i0 + "/source/words", schemaPath: "#/$defs/source/properties/words/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/requirements/" + i0 + "/source/words", schemaPath: "#/$defs/source/properties/words/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data13.unverified !== void 0) {
                  let data18 = data13.unverified;
                  if (typeof data18 === "string") {
                    if (!pattern4.test(data18)) {
                      const err47 = { instancePath: instancePath + "/requirements/" + i0 + "/source/unverified", schemaPath: "#/$defs/source/properties/unverified/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/requirements/" + i0 + "/source/unverified", schemaPath: "#/$defs/source/properties/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/requirements/" + i0 + "/source", schemaPath: "#/$defs/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/requirements/" + i0, schemaPath: "#/properties/requirements/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data19 = data.rules;
      if (Array.isArray(data19)) {
        if (data19.length < 1) {
          const err52 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        const len1 = data19.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data20 = data19[i1];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.id === void 0) {
              const err53 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data20.alias === void 0) {
              const err54 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "alias" }, message: "must have required property 'alias'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data20.implements === void 0) {
              const err55 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "implements" }, message: "must have required property 'implements'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data20.title === void 0) {
              const err56 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data20.severity === void 0) {
              const err57 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data20.look === void 0) {
              const err58 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "look" }, message: "must have required property 'look'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data20.check === void 0) {
              const err59 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data20.message === void 0) {
              const err60 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data20.remediation === void 0) {
              const err61 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "remediation" }, message: "must have required property 'remediation'" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            for (const key4 in data20) {
              if (!func1.call(schema33.properties.rules.items.properties, key4)) {
                const err62 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data20.id !== void 0) {
              let data21 = data20.id;
              if (typeof data21 === "string") {
                if (!pattern41.test(data21)) {
                  const err63 = { instancePath: instancePath + "/rules/" + i1 + "/id", schemaPath: "#/properties/rules/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*-[0-9]{2,3}$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*-[0-9]{2,3}$"' };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/rules/" + i1 + "/id", schemaPath: "#/properties/rules/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data20.alias !== void 0) {
              let data22 = data20.alias;
              if (typeof data22 === "string") {
                if (!pattern42.test(data22)) {
                  const err65 = { instancePath: instancePath + "/rules/" + i1 + "/alias", schemaPath: "#/properties/rules/items/properties/alias/pattern", keyword: "pattern", params: { pattern: "^[a-z]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z]+(-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/rules/" + i1 + "/alias", schemaPath: "#/properties/rules/items/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data20.implements !== void 0) {
              let data23 = data20.implements;
              if (Array.isArray(data23)) {
                if (data23.length < 1) {
                  const err67 = { instancePath: instancePath + "/rules/" + i1 + "/implements", schemaPath: "#/properties/rules/items/properties/implements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                const len2 = data23.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data24 = data23[i2];
                  if (typeof data24 === "string") {
                    if (!pattern4.test(data24)) {
                      const err68 = { instancePath: instancePath + "/rules/" + i1 + "/implements/" + i2, schemaPath: "#/properties/rules/items/properties/implements/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/rules/" + i1 + "/implements/" + i2, schemaPath: "#/properties/rules/items/properties/implements/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                let i3 = data23.length;
                let j0;
                if (i3 > 1) {
                  const indices0 = {};
                  for (; i3--; ) {
                    let item0 = data23[i3];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err70 = { instancePath: instancePath + "/rules/" + i1 + "/implements", schemaPath: "#/properties/rules/items/properties/implements/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i3;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/rules/" + i1 + "/implements", schemaPath: "#/properties/rules/items/properties/implements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data20.title !== void 0) {
              let data25 = data20.title;
              if (typeof data25 === "string") {
                if (!pattern4.test(data25)) {
                  const err72 = { instancePath: instancePath + "/rules/" + i1 + "/title", schemaPath: "#/properties/rules/items/properties/title/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/rules/" + i1 + "/title", schemaPath: "#/properties/rules/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data20.severity !== void 0) {
              let data26 = data20.severity;
              if (!(data26 === "error" || data26 === "warning" || data26 === "info")) {
                const err74 = { instancePath: instancePath + "/rules/" + i1 + "/severity", schemaPath: "#/properties/rules/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema33.properties.rules.items.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data20.applies_when !== void 0) {
              let data27 = data20.applies_when;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (Object.keys(data27).length < 1) {
                  const err75 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when", schemaPath: "#/properties/rules/items/properties/applies_when/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                for (const key5 in data27) {
                  if (!(key5 === "focus" || key5 === "populations" || key5 === "payers" || key5 === "level")) {
                    const err76 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when", schemaPath: "#/properties/rules/items/properties/applies_when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data27.focus !== void 0) {
                  let data28 = data27.focus;
                  if (Array.isArray(data28)) {
                    if (data28.length < 1) {
                      const err77 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/focus", schemaPath: "#/$defs/words/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    const len3 = data28.length;
                    for (let i4 = 0; i4 < len3; i4++) {
                      let data29 = data28[i4];
                      if (typeof data29 === "string") {
                        if (!pattern4.test(data29)) {
                          const err78 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/focus/" + i4, schemaPath: "#/$defs/words/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                      } else {
                        const err79 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/focus/" + i4, schemaPath: "#/$defs/words/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                    let i5 = data28.length;
                    let j1;
                    if (i5 > 1) {
                      const indices1 = {};
                      for (; i5--; ) {
                        let item1 = data28[i5];
                        if (typeof item1 !== "string") {
                          continue;
                        }
                        if (typeof indices1[item1] == "number") {
                          j1 = indices1[item1];
                          const err80 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/focus", schemaPath: "#/$defs/words/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err80];
                          } else {
                            vErrors.push(err80);
                          }
                          errors++;
                          break;
                        }
                        indices1[item1] = i5;
                      }
                    }
                  } else {
                    const err81 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/focus", schemaPath: "#/$defs/words/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data27.populations !== void 0) {
                  let data30 = data27.populations;
                  if (Array.isArray(data30)) {
                    if (data30.length < 1) {
                      const err82 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/populations", schemaPath: "#/$defs/words/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    const len4 = data30.length;
                    for (let i6 = 0; i6 < len4; i6++) {
                      let data31 = data30[i6];
                      if (typeof data31 === "string") {
                        if (!pattern4.test(data31)) {
                          const err83 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/populations/" + i6, schemaPath: "#/$defs/words/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        }
                      } else {
                        const err84 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/populations/" + i6, schemaPath: "#/$defs/words/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                    }
                    let i7 = data30.length;
                    let j2;
                    if (i7 > 1) {
                      const indices2 = {};
                      for (; i7--; ) {
                        let item2 = data30[i7];
                        if (typeof item2 !== "string") {
                          continue;
                        }
                        if (typeof indices2[item2] == "number") {
                          j2 = indices2[item2];
                          const err85 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/populations", schemaPath: "#/$defs/words/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                          break;
                        }
                        indices2[item2] = i7;
                      }
                    }
                  } else {
                    const err86 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/populations", schemaPath: "#/$defs/words/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data27.payers !== void 0) {
                  let data32 = data27.payers;
                  if (Array.isArray(data32)) {
                    if (data32.length < 1) {
                      const err87 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/payers", schemaPath: "#/$defs/words/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    const len5 = data32.length;
                    for (let i8 = 0; i8 < len5; i8++) {
                      let data33 = data32[i8];
                      if (typeof data33 === "string") {
                        if (!pattern4.test(data33)) {
                          const err88 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/payers/" + i8, schemaPath: "#/$defs/words/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                          if (vErrors === null) {
                            vErrors = [err88];
                          } else {
                            vErrors.push(err88);
                          }
                          errors++;
                        }
                      } else {
                        const err89 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/payers/" + i8, schemaPath: "#/$defs/words/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err89];
                        } else {
                          vErrors.push(err89);
                        }
                        errors++;
                      }
                    }
                    let i9 = data32.length;
                    let j3;
                    if (i9 > 1) {
                      const indices3 = {};
                      for (; i9--; ) {
                        let item3 = data32[i9];
                        if (typeof item3 !== "string") {
                          continue;
                        }
                        if (typeof indices3[item3] == "number") {
                          j3 = indices3[item3];
                          const err90 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/payers", schemaPath: "#/$defs/words/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err90];
                          } else {
                            vErrors.push(err90);
                          }
                          errors++;
                          break;
                        }
                        indices3[item3] = i9;
                      }
                    }
                  } else {
                    const err91 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/payers", schemaPath: "#/$defs/words/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data27.level !== void 0) {
                  let data34 = data27.level;
                  if (Array.isArray(data34)) {
                    if (data34.length < 1) {
                      const err92 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/level", schemaPath: "#/$defs/words/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                    const len6 = data34.length;
                    for (let i10 = 0; i10 < len6; i10++) {
                      let data35 = data34[i10];
                      if (typeof data35 === "string") {
                        if (!pattern4.test(data35)) {
                          const err93 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/level/" + i10, schemaPath: "#/$defs/words/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                      } else {
                        const err94 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/level/" + i10, schemaPath: "#/$defs/words/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                      }
                    }
                    let i11 = data34.length;
                    let j4;
                    if (i11 > 1) {
                      const indices4 = {};
                      for (; i11--; ) {
                        let item4 = data34[i11];
                        if (typeof item4 !== "string") {
                          continue;
                        }
                        if (typeof indices4[item4] == "number") {
                          j4 = indices4[item4];
                          const err95 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/level", schemaPath: "#/$defs/words/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err95];
                          } else {
                            vErrors.push(err95);
                          }
                          errors++;
                          break;
                        }
                        indices4[item4] = i11;
                      }
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when/level", schemaPath: "#/$defs/words/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
              } else {
                const err97 = { instancePath: instancePath + "/rules/" + i1 + "/applies_when", schemaPath: "#/properties/rules/items/properties/applies_when/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data20.look !== void 0) {
              let data36 = data20.look;
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (Object.keys(data36).length > 1) {
                  const err98 = { instancePath: instancePath + "/rules/" + i1 + "/look", schemaPath: "#/properties/rules/items/properties/look/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (Object.keys(data36).length < 1) {
                  const err99 = { instancePath: instancePath + "/rules/" + i1 + "/look", schemaPath: "#/properties/rules/items/properties/look/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                for (const key6 in data36) {
                  if (!(key6 === "pointer" || key6 === "fact")) {
                    const err100 = { instancePath: instancePath + "/rules/" + i1 + "/look", schemaPath: "#/properties/rules/items/properties/look/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data36.pointer !== void 0) {
                  let data37 = data36.pointer;
                  if (typeof data37 === "string") {
                    if (!pattern49.test(data37)) {
                      const err101 = { instancePath: instancePath + "/rules/" + i1 + "/look/pointer", schemaPath: "#/properties/rules/items/properties/look/properties/pointer/pattern", keyword: "pattern", params: { pattern: "^(/[^/]+)+$" }, message: 'must match pattern "^(/[^/]+)+$"' };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/rules/" + i1 + "/look/pointer", schemaPath: "#/properties/rules/items/properties/look/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data36.fact !== void 0) {
                  let data38 = data36.fact;
                  if (!(data38 === "treatment_hours_per_week" || data38 === "longest_day_hours" || data38 === "days_per_week" || data38 === "program_length_days" || data38 === "adjunctive_hours_per_week" || data38 === "weekly_floor" || data38 === "implied_level")) {
                    const err103 = { instancePath: instancePath + "/rules/" + i1 + "/look/fact", schemaPath: "#/properties/rules/items/properties/look/properties/fact/enum", keyword: "enum", params: { allowedValues: schema33.properties.rules.items.properties.look.properties.fact.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              } else {
                const err104 = { instancePath: instancePath + "/rules/" + i1 + "/look", schemaPath: "#/properties/rules/items/properties/look/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data20.check !== void 0) {
              let data39 = data20.check;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                if (Object.keys(data39).length > 1) {
                  const err105 = { instancePath: instancePath + "/rules/" + i1 + "/check", schemaPath: "#/properties/rules/items/properties/check/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
                if (Object.keys(data39).length < 1) {
                  const err106 = { instancePath: instancePath + "/rules/" + i1 + "/check", schemaPath: "#/properties/rules/items/properties/check/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                for (const key7 in data39) {
                  if (!func1.call(schema33.properties.rules.items.properties.check.properties, key7)) {
                    const err107 = { instancePath: instancePath + "/rules/" + i1 + "/check", schemaPath: "#/properties/rules/items/properties/check/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data39.present !== void 0) {
                  if (true !== data39.present) {
                    const err108 = { instancePath: instancePath + "/rules/" + i1 + "/check/present", schemaPath: "#/properties/rules/items/properties/check/properties/present/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data39.equals !== void 0) {
                  let data41 = data39.equals;
                  const _errs91 = errors;
                  let valid32 = false;
                  const _errs92 = errors;
                  if (typeof data41 !== "string") {
                    const err109 = { instancePath: instancePath + "/rules/" + i1 + "/check/equals", schemaPath: "#/properties/rules/items/properties/check/properties/equals/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                  var _valid0 = _errs92 === errors;
                  valid32 = valid32 || _valid0;
                  const _errs94 = errors;
                  if (!(typeof data41 == "number" && isFinite(data41))) {
                    const err110 = { instancePath: instancePath + "/rules/" + i1 + "/check/equals", schemaPath: "#/properties/rules/items/properties/check/properties/equals/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                  var _valid0 = _errs94 === errors;
                  valid32 = valid32 || _valid0;
                  const _errs96 = errors;
                  if (typeof data41 !== "boolean") {
                    const err111 = { instancePath: instancePath + "/rules/" + i1 + "/check/equals", schemaPath: "#/properties/rules/items/properties/check/properties/equals/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                  var _valid0 = _errs96 === errors;
                  valid32 = valid32 || _valid0;
                  if (!valid32) {
                    const err112 = { instancePath: instancePath + "/rules/" + i1 + "/check/equals", schemaPath: "#/properties/rules/items/properties/check/properties/equals/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  } else {
                    errors = _errs91;
                    if (vErrors !== null) {
                      if (_errs91) {
                        vErrors.length = _errs91;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data39.one_of !== void 0) {
                  let data42 = data39.one_of;
                  if (Array.isArray(data42)) {
                    if (data42.length < 1) {
                      const err113 = { instancePath: instancePath + "/rules/" + i1 + "/check/one_of", schemaPath: "#/properties/rules/items/properties/check/properties/one_of/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    const len7 = data42.length;
                    for (let i12 = 0; i12 < len7; i12++) {
                      let data43 = data42[i12];
                      const _errs101 = errors;
                      let valid35 = false;
                      const _errs102 = errors;
                      if (typeof data43 !== "string") {
                        const err114 = { instancePath: instancePath + "/rules/" + i1 + "/check/one_of/" + i12, schemaPath: "#/properties/rules/items/properties/check/properties/one_of/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                      var _valid1 = _errs102 === errors;
                      valid35 = valid35 || _valid1;
                      const _errs104 = errors;
                      if (!(typeof data43 == "number" && isFinite(data43))) {
                        const err115 = { instancePath: instancePath + "/rules/" + i1 + "/check/one_of/" + i12, schemaPath: "#/properties/rules/items/properties/check/properties/one_of/items/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                      var _valid1 = _errs104 === errors;
                      valid35 = valid35 || _valid1;
                      const _errs106 = errors;
                      if (typeof data43 !== "boolean") {
                        const err116 = { instancePath: instancePath + "/rules/" + i1 + "/check/one_of/" + i12, schemaPath: "#/properties/rules/items/properties/check/properties/one_of/items/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                      var _valid1 = _errs106 === errors;
                      valid35 = valid35 || _valid1;
                      if (!valid35) {
                        const err117 = { instancePath: instancePath + "/rules/" + i1 + "/check/one_of/" + i12, schemaPath: "#/properties/rules/items/properties/check/properties/one_of/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      } else {
                        errors = _errs101;
                        if (vErrors !== null) {
                          if (_errs101) {
                            vErrors.length = _errs101;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err118 = { instancePath: instancePath + "/rules/" + i1 + "/check/one_of", schemaPath: "#/properties/rules/items/properties/check/properties/one_of/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data39.not_one_of !== void 0) {
                  let data44 = data39.not_one_of;
                  if (Array.isArray(data44)) {
                    if (data44.length < 1) {
                      const err119 = { instancePath: instancePath + "/rules/" + i1 + "/check/not_one_of", schemaPath: "#/properties/rules/items/properties/check/properties/not_one_of/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    const len8 = data44.length;
                    for (let i13 = 0; i13 < len8; i13++) {
                      let data45 = data44[i13];
                      const _errs111 = errors;
                      let valid38 = false;
                      const _errs112 = errors;
                      if (typeof data45 !== "string") {
                        const err120 = { instancePath: instancePath + "/rules/" + i1 + "/check/not_one_of/" + i13, schemaPath: "#/properties/rules/items/properties/check/properties/not_one_of/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                      var _valid2 = _errs112 === errors;
                      valid38 = valid38 || _valid2;
                      const _errs114 = errors;
                      if (!(typeof data45 == "number" && isFinite(data45))) {
                        const err121 = { instancePath: instancePath + "/rules/" + i1 + "/check/not_one_of/" + i13, schemaPath: "#/properties/rules/items/properties/check/properties/not_one_of/items/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                      var _valid2 = _errs114 === errors;
                      valid38 = valid38 || _valid2;
                      const _errs116 = errors;
                      if (typeof data45 !== "boolean") {
                        const err122 = { instancePath: instancePath + "/rules/" + i1 + "/check/not_one_of/" + i13, schemaPath: "#/properties/rules/items/properties/check/properties/not_one_of/items/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err122];
                        } else {
                          vErrors.push(err122);
                        }
                        errors++;
                      }
                      var _valid2 = _errs116 === errors;
                      valid38 = valid38 || _valid2;
                      if (!valid38) {
                        const err123 = { instancePath: instancePath + "/rules/" + i1 + "/check/not_one_of/" + i13, schemaPath: "#/properties/rules/items/properties/check/properties/not_one_of/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      } else {
                        errors = _errs111;
                        if (vErrors !== null) {
                          if (_errs111) {
                            vErrors.length = _errs111;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err124 = { instancePath: instancePath + "/rules/" + i1 + "/check/not_one_of", schemaPath: "#/properties/rules/items/properties/check/properties/not_one_of/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
                if (data39.includes !== void 0) {
                  let data46 = data39.includes;
                  const _errs119 = errors;
                  let valid39 = false;
                  const _errs120 = errors;
                  if (typeof data46 !== "string") {
                    const err125 = { instancePath: instancePath + "/rules/" + i1 + "/check/includes", schemaPath: "#/properties/rules/items/properties/check/properties/includes/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                  var _valid3 = _errs120 === errors;
                  valid39 = valid39 || _valid3;
                  const _errs122 = errors;
                  if (!(typeof data46 == "number" && isFinite(data46))) {
                    const err126 = { instancePath: instancePath + "/rules/" + i1 + "/check/includes", schemaPath: "#/properties/rules/items/properties/check/properties/includes/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                  var _valid3 = _errs122 === errors;
                  valid39 = valid39 || _valid3;
                  if (!valid39) {
                    const err127 = { instancePath: instancePath + "/rules/" + i1 + "/check/includes", schemaPath: "#/properties/rules/items/properties/check/properties/includes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  } else {
                    errors = _errs119;
                    if (vErrors !== null) {
                      if (_errs119) {
                        vErrors.length = _errs119;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data39.excludes !== void 0) {
                  let data47 = data39.excludes;
                  const _errs125 = errors;
                  let valid40 = false;
                  const _errs126 = errors;
                  if (typeof data47 !== "string") {
                    const err128 = { instancePath: instancePath + "/rules/" + i1 + "/check/excludes", schemaPath: "#/properties/rules/items/properties/check/properties/excludes/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                  var _valid4 = _errs126 === errors;
                  valid40 = valid40 || _valid4;
                  const _errs128 = errors;
                  if (!(typeof data47 == "number" && isFinite(data47))) {
                    const err129 = { instancePath: instancePath + "/rules/" + i1 + "/check/excludes", schemaPath: "#/properties/rules/items/properties/check/properties/excludes/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                  var _valid4 = _errs128 === errors;
                  valid40 = valid40 || _valid4;
                  if (!valid40) {
                    const err130 = { instancePath: instancePath + "/rules/" + i1 + "/check/excludes", schemaPath: "#/properties/rules/items/properties/check/properties/excludes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  } else {
                    errors = _errs125;
                    if (vErrors !== null) {
                      if (_errs125) {
                        vErrors.length = _errs125;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data39.at_least !== void 0) {
                  let data48 = data39.at_least;
                  if (!(typeof data48 == "number" && isFinite(data48))) {
                    const err131 = { instancePath: instancePath + "/rules/" + i1 + "/check/at_least", schemaPath: "#/properties/rules/items/properties/check/properties/at_least/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (data39.at_most !== void 0) {
                  let data49 = data39.at_most;
                  if (!(typeof data49 == "number" && isFinite(data49))) {
                    const err132 = { instancePath: instancePath + "/rules/" + i1 + "/check/at_most", schemaPath: "#/properties/rules/items/properties/check/properties/at_most/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data39.between !== void 0) {
                  let data50 = data39.between;
                  if (Array.isArray(data50)) {
                    if (data50.length > 2) {
                      const err133 = { instancePath: instancePath + "/rules/" + i1 + "/check/between", schemaPath: "#/properties/rules/items/properties/check/properties/between/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                    if (data50.length < 2) {
                      const err134 = { instancePath: instancePath + "/rules/" + i1 + "/check/between", schemaPath: "#/properties/rules/items/properties/check/properties/between/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                    const len9 = data50.length;
                    for (let i14 = 0; i14 < len9; i14++) {
                      let data51 = data50[i14];
                      if (!(typeof data51 == "number" && isFinite(data51))) {
                        const err135 = { instancePath: instancePath + "/rules/" + i1 + "/check/between/" + i14, schemaPath: "#/properties/rules/items/properties/check/properties/between/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err135];
                        } else {
                          vErrors.push(err135);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err136 = { instancePath: instancePath + "/rules/" + i1 + "/check/between", schemaPath: "#/properties/rules/items/properties/check/properties/between/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
                if (data39.matches !== void 0) {
                  let data52 = data39.matches;
                  if (typeof data52 === "string") {
                    if (func10(data52) > 200) {
                      const err137 = { instancePath: instancePath + "/rules/" + i1 + "/check/matches", schemaPath: "#/properties/rules/items/properties/check/properties/matches/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                      if (vErrors === null) {
                        vErrors = [err137];
                      } else {
                        vErrors.push(err137);
                      }
                      errors++;
                    }
                    if (func10(data52) < 1) {
                      const err138 = { instancePath: instancePath + "/rules/" + i1 + "/check/matches", schemaPath: "#/properties/rules/items/properties/check/properties/matches/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err138];
                      } else {
                        vErrors.push(err138);
                      }
                      errors++;
                    }
                  } else {
                    const err139 = { instancePath: instancePath + "/rules/" + i1 + "/check/matches", schemaPath: "#/properties/rules/items/properties/check/properties/matches/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                }
                if (data39.count_at_least !== void 0) {
                  let data53 = data39.count_at_least;
                  if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
                    const err140 = { instancePath: instancePath + "/rules/" + i1 + "/check/count_at_least", schemaPath: "#/properties/rules/items/properties/check/properties/count_at_least/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                  if (typeof data53 == "number" && isFinite(data53)) {
                    if (data53 < 0 || isNaN(data53)) {
                      const err141 = { instancePath: instancePath + "/rules/" + i1 + "/check/count_at_least", schemaPath: "#/properties/rules/items/properties/check/properties/count_at_least/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                  }
                }
                if (data39.count_at_most !== void 0) {
                  let data54 = data39.count_at_most;
                  if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                    const err142 = { instancePath: instancePath + "/rules/" + i1 + "/check/count_at_most", schemaPath: "#/properties/rules/items/properties/check/properties/count_at_most/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                  if (typeof data54 == "number" && isFinite(data54)) {
                    if (data54 < 0 || isNaN(data54)) {
                      const err143 = { instancePath: instancePath + "/rules/" + i1 + "/check/count_at_most", schemaPath: "#/properties/rules/items/properties/check/properties/count_at_most/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err143];
                      } else {
                        vErrors.push(err143);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err144 = { instancePath: instancePath + "/rules/" + i1 + "/check", schemaPath: "#/properties/rules/items/properties/check/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data20.if_missing !== void 0) {
              let data55 = data20.if_missing;
              if (!(data55 === "pass" || data55 === "fail")) {
                const err145 = { instancePath: instancePath + "/rules/" + i1 + "/if_missing", schemaPath: "#/properties/rules/items/properties/if_missing/enum", keyword: "enum", params: { allowedValues: schema33.properties.rules.items.properties.if_missing.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data20.message !== void 0) {
              let data56 = data20.message;
              if (typeof data56 === "string") {
                if (!pattern4.test(data56)) {
                  const err146 = { instancePath: instancePath + "/rules/" + i1 + "/message", schemaPath: "#/properties/rules/items/properties/message/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
              } else {
                const err147 = { instancePath: instancePath + "/rules/" + i1 + "/message", schemaPath: "#/properties/rules/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
            if (data20.remediation !== void 0) {
              let data57 = data20.remediation;
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.text === void 0) {
                  const err148 = { instancePath: instancePath + "/rules/" + i1 + "/remediation", schemaPath: "#/properties/rules/items/properties/remediation/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                  if (vErrors === null) {
                    vErrors = [err148];
                  } else {
                    vErrors.push(err148);
                  }
                  errors++;
                }
                if (data57.example === void 0) {
                  const err149 = { instancePath: instancePath + "/rules/" + i1 + "/remediation", schemaPath: "#/properties/rules/items/properties/remediation/required", keyword: "required", params: { missingProperty: "example" }, message: "must have required property 'example'" };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
                for (const key8 in data57) {
                  if (!(key8 === "text" || key8 === "example")) {
                    const err150 = { instancePath: instancePath + "/rules/" + i1 + "/remediation", schemaPath: "#/properties/rules/items/properties/remediation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
                if (data57.text !== void 0) {
                  let data58 = data57.text;
                  if (typeof data58 === "string") {
                    if (!pattern4.test(data58)) {
                      const err151 = { instancePath: instancePath + "/rules/" + i1 + "/remediation/text", schemaPath: "#/properties/rules/items/properties/remediation/properties/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err151];
                      } else {
                        vErrors.push(err151);
                      }
                      errors++;
                    }
                  } else {
                    const err152 = { instancePath: instancePath + "/rules/" + i1 + "/remediation/text", schemaPath: "#/properties/rules/items/properties/remediation/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                }
                if (data57.example !== void 0) {
                  let data59 = data57.example;
                  if (typeof data59 === "string") {
                    if (!pattern4.test(data59)) {
                      const err153 = { instancePath: instancePath + "/rules/" + i1 + "/remediation/example", schemaPath: "#/properties/rules/items/properties/remediation/properties/example/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err153];
                      } else {
                        vErrors.push(err153);
                      }
                      errors++;
                    }
                  } else {
                    const err154 = { instancePath: instancePath + "/rules/" + i1 + "/remediation/example", schemaPath: "#/properties/rules/items/properties/remediation/properties/example/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                }
              } else {
                const err155 = { instancePath: instancePath + "/rules/" + i1 + "/remediation", schemaPath: "#/properties/rules/items/properties/remediation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
          } else {
            const err156 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
      } else {
        const err157 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
  } else {
    const err158 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err158];
    } else {
      vErrors.push(err158);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/core/validate.ts
var MAX_PROBLEMS = 100;
function listed(problems) {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  const { kind, line, column } = problems[MAX_PROBLEMS];
  const more = { kind, pointer: "", message: `and ${rest} more ${rest === 1 ? "problem" : "problems"}, not listed`, line, column };
  return [...problems.slice(0, MAX_PROBLEMS), more];
}

// src/yaml/load.ts
var MAX_ALIAS_COUNT = 100;
function loadYaml(text, { fast = true } = {}) {
  if (fast) {
    const quick = fastLoad(text);
    if (quick) return { data: quick.data, locator: withReviewedLines(quick.locator, text), problems: [] };
  }
  readerCounts.full++;
  const loneReturn = LONE_CARRIAGE_RETURN2.exec(text);
  if (loneReturn) return { problems: [{ kind: "syntax", pointer: "", message: LONE_CARRIAGE_RETURNS, ...lineIndex(text)(loneReturn.index) }] };
  const { Composer, LineCounter, Parser } = yamlLibraries().yaml;
  const lineCounter = new LineCounter();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const tooDeep = tooDeepAt(tokens);
  if (tooDeep !== void 0) return { problems: [{ kind: "syntax", pointer: "", message: TOO_DEEP, ...at(tooDeep) }] };
  const docs = Array.from(new Composer({ lineCounter, uniqueKeys: false, prettyErrors: false, strict: true }).compose(tokens));
  const problems = [];
  if (docs.length === 0) {
    problems.push({ kind: "syntax", pointer: "", message: "the file is empty: a program document needs at least `version` and `program`", ...at(0) });
    return { problems };
  }
  const first = docs[0];
  for (const issue of [...withDuplicateKeys(first.errors, duplicateKeyOffsets(first)), ...first.warnings]) {
    problems.push({ kind: "syntax", pointer: "", message: syntaxMessage(issue.code, issue.message, text.slice(issue.pos[0], issue.pos[0] + 200)), ...at(issue.pos[0]) });
  }
  for (const extra of docs.slice(1)) {
    problems.push({
      kind: "syntax",
      pointer: "",
      message: `the file holds ${docs.length} YAML documents; a program document is exactly one (split them into separate files)`,
      ...at(extra.range[0])
    });
    break;
  }
  if (problems.length === 0 && first.contents === null) {
    problems.push({ kind: "syntax", pointer: "", message: "the file is empty: a program document needs at least `version` and `program`", ...at(0) });
  }
  if (problems.length === 0) problems.push(...structureProblems(first, at));
  const locator = withReviewedLines(createLocator(first, lineCounter), text);
  if (problems.length > 0) return { locator, problems: listed(problems) };
  try {
    return { data: first.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locator, problems };
  } catch (error) {
    const message = error instanceof Error && /alias/i.test(error.message) ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): the document is refused` : `the document could not be read: ${sanitize(error instanceof Error ? error.message : String(error))}`;
    return { locator, problems: [{ kind: "syntax", pointer: "", message, line: 1, column: 1 }] };
  }
}
var LONE_CARRIAGE_RETURN2 = /\r(?!\n)/;
var LONE_CARRIAGE_RETURNS = "this file uses carriage returns alone as line breaks: save it with LF or CRLF line ends";
function duplicateKeyOffsets(doc) {
  const { isScalar, visit } = yamlLibraries().yaml;
  const offsets = [];
  visit(doc, {
    Map(_key, map) {
      const keys = /* @__PURE__ */ new Set();
      for (const { key } of map.items) {
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (keys.has(key.value)) offsets.push(key.range?.[0] ?? 0);
        else keys.add(key.value);
      }
    }
  });
  return offsets.sort((a, b) => a - b);
}
function withDuplicateKeys(errors, duplicates) {
  const issues = [];
  let next = 0;
  const duplicateAt = (offset) => ({ code: "DUPLICATE_KEY", message: "Map keys must be unique", pos: [offset, offset + 1] });
  for (const error of errors) {
    for (; next < duplicates.length && duplicates[next] < error.pos[0]; next++) issues.push(duplicateAt(duplicates[next]));
    issues.push(error);
  }
  for (; next < duplicates.length; next++) issues.push(duplicateAt(duplicates[next]));
  return issues;
}
var PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
function structureProblems(doc, at) {
  const { isAlias, isCollection, visit } = yamlLibraries().yaml;
  const problems = [];
  const anchors = /* @__PURE__ */ new Set();
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        problems.push({ kind: "syntax", pointer: "", message: "a key must be plain text, not a mapping or a list", ...at(pair.key.range?.[0] ?? 0) });
        return visit.BREAK;
      }
      if (isAlias(pair.key)) {
        problems.push({ kind: "syntax", pointer: "", message: "an alias cannot be used as a key: write the key out", ...at(pair.key.range?.[0] ?? 0) });
        return visit.BREAK;
      }
      return void 0;
    },
    Node(_key, node) {
      if (node.anchor !== void 0) anchors.add(node.anchor);
      if (isAlias(node) && !anchors.has(node.source)) {
        problems.push({ kind: "syntax", pointer: "", message: `the alias *${sanitize(node.source, 40)} refers to no anchor before it`, ...at(node.range?.[0] ?? 0) });
        return visit.BREAK;
      }
      if (node.tag !== void 0 && !PLAIN_TAGS.has(node.tag)) {
        problems.push({ kind: "syntax", pointer: "", message: `unsupported YAML tag (${sanitize(node.tag, 40)}): program documents use plain values only`, ...at(node.range?.[0] ?? 0) });
        return visit.BREAK;
      }
      return void 0;
    }
  });
  return problems;
}
var MAX_NESTING = 100;
var TOO_DEEP = "the document nests too deeply to read: a program document needs only a few levels";
function tooDeepAt(tokens) {
  const pending = tokens.map((token) => ({ token, around: 0 })).reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, around } = next;
    if (token.type === "document" && token.value) pending.push({ token: token.value, around });
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    if (around > MAX_NESTING) return token.offset;
    for (let i = token.items.length - 1; i >= 0; i--) {
      const { key, value } = token.items[i];
      if (value) pending.push({ token: value, around: around + 1 });
      if (key) pending.push({ token: key, around: around + 1 });
    }
  }
  return void 0;
}
function syntaxMessage(code, message, source) {
  const plain = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
  if (code === "DUPLICATE_KEY") {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:,{}[\]\n]+?)\s*:/.exec(source)?.[1];
    return `duplicate key${key ? ` ${quote(key.replace(/^["']|["']$/g, ""))}` : ""}: each key may appear once in a mapping`;
  }
  if (code === "TAG_RESOLVE_FAILED") return `unsupported YAML tag (${sanitize(plain.replace(/^Unresolved tag:\s*/, ""), 40)}): program documents use plain values only`;
  const excerpt = QUOTED_AT_END.exec(plain);
  if (excerpt) return `YAML syntax error: ${sanitize(excerpt[1])}${INDICATORS.test(excerpt[2]) ? `: '${excerpt[2]}'` : ""}`;
  return `YAML syntax error: ${sanitize(plain)}`;
}
var QUOTED_AT_END = /^([^"]*): "(.*)"$/s;
var INDICATORS = /^[-?:,[\]{}#&*!|>'"%@`]{1,3}$/;
function withReviewedLines(locator, text) {
  const lines = reviewedLines(text);
  return lines.size === 0 ? locator : { locate: (pointer, at) => locator.locate(pointer, at), reviewedLines: lines };
}
export {
  fastLoad,
  loadYaml,
  readPlainShape,
  readerCounts
};
