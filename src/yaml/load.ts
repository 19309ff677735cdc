import type { CST, Document } from 'yaml';
import { fastLoad, readerCounts } from './fast-load.js';
import { layoutMistake } from './layout-mistakes.js';
import { lineIndex } from './lines.js';
import { createLocator, type Locator } from './locate.js';
import { reviewedLines, type ReviewedLocator } from '../core/privacy.js';
import { quote, sanitize } from '../core/sanitize.js';
import type { Problem } from '../core/types.js';
import { listed } from '../core/validate.js';
import { yamlLibraries } from './yaml-loader.js';

export interface LoadedDocument {
  /** The plain data, present when the text parsed without errors. */
  data?: unknown;
  locator?: Locator;
  problems: Problem[];
}

/** Aliases a document may expand before it is refused (guards against alias bombs). */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses the text of one program document. A file must hold exactly one YAML
 * document; syntax errors, duplicate keys, unresolvable tags, an empty file and
 * extra documents all come back as problems with a line and column.
 * Plain documents take the fast path (src/yaml/fast-load.ts); `fast: false`
 * forces the full reader, which the equivalence tests compare against.
 */
export function loadYaml(text: string, { fast = true }: { fast?: boolean } = {}): LoadedDocument {
  if (fast) {
    const quick = fastLoad(text);
    if (quick) return { data: quick.data, locator: withReviewedLines(quick.locator, text), problems: [] };
  }
  readerCounts.full++;
  const loneReturn = LONE_CARRIAGE_RETURN.exec(text);
  if (loneReturn) return { problems: [{ kind: 'syntax', pointer: '', message: LONE_CARRIAGE_RETURNS, ...lineIndex(text)(loneReturn.index) }] };
  // parseAllDocuments in two steps, so that the nesting is checked between them.
  const { Composer, LineCounter, Parser } = yamlLibraries().yaml;
  const lineCounter = new LineCounter();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const tooDeep = tooDeepAt(tokens);
  if (tooDeep !== undefined) return { problems: [{ kind: 'syntax', pointer: '', message: TOO_DEEP, ...at(tooDeep) }] };
  // Repeated keys are found by duplicateKeyOffsets: the library's own check compares each key with every key before it.
  const docs = Array.from(new Composer({ lineCounter, uniqueKeys: false, prettyErrors: false, strict: true }).compose(tokens));
  const problems: Problem[] = [];
  if (docs.length === 0) {
    problems.push({ kind: 'syntax', pointer: '', message: 'the file is empty: a program document needs at least `version` and `program`', ...at(0) });
    return { problems };
  }
  const first = docs[0]!;
  // A layout mistake is said once, in plain words, where it is. The library's errors after it are mostly
  // its consequences (a tab or a stray indent throws off every line below), so only repeated keys are kept.
  let laidOut = false;
  for (const issue of [...withDuplicateKeys(first.errors, duplicateKeyOffsets(first)), ...first.warnings]) {
    if (laidOut && issue.code !== 'DUPLICATE_KEY') continue;
    const mistake = layoutMistake(issue.code, issue.message, issue.pos[0], text);
    if (mistake) {
      laidOut = true;
      problems.push({ kind: 'syntax', pointer: '', message: mistake.message, ...at(mistake.offset) });
      continue;
    }
    problems.push({ kind: 'syntax', pointer: '', message: syntaxMessage(issue.code, issue.message, text.slice(issue.pos[0], issue.pos[0] + 200)), ...at(issue.pos[0]) });
  }
  for (const extra of docs.slice(1)) {
    problems.push({
      kind: 'syntax', pointer: '',
      message: `the file holds ${docs.length} YAML documents; a program document is exactly one (split them into separate files)`,
      ...at(extra.range[0]),
    });
    break;
  }
  if (problems.length === 0 && first.contents === null) {
    problems.push({ kind: 'syntax', pointer: '', message: 'the file is empty: a program document needs at least `version` and `program`', ...at(0) });
  }
  if (problems.length === 0) problems.push(...structureProblems(first, at));
  const locator = withReviewedLines(createLocator(first, lineCounter), text);
  if (problems.length > 0) return { locator, problems: listed(problems) };
  try {
    return { data: first.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locator, problems };
  } catch (error) {
    const message = error instanceof Error && /alias/i.test(error.message)
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): the document is refused`
      : `the document could not be read: ${sanitize(error instanceof Error ? error.message : String(error))}`;
    return { locator, problems: [{ kind: 'syntax', pointer: '', message, line: 1, column: 1 }] };
  }
}

/**
 * YAML reads a carriage return alone as a line break, the yaml library does not: a file saved with
 * old Mac line ends would come back as one long line and a confusing message about its middle.
 */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

const LONE_CARRIAGE_RETURNS = 'this file uses carriage returns alone as line breaks: save it with LF or CRLF line ends';

/** Where each repeated key of a mapping starts, in document order; keys compare by value, as the yaml library compares them. */
function duplicateKeyOffsets(doc: Document): number[] {
  const { isScalar, visit } = yamlLibraries().yaml;
  const offsets: number[] = [];
  visit(doc, {
    Map(_key, map) {
      const keys = new Set<unknown>();
      for (const { key } of map.items) {
        // NaN is never equal to itself, so the library lets `.nan` repeat.
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (keys.has(key.value)) offsets.push(key.range?.[0] ?? 0);
        else keys.add(key.value);
      }
    },
  });
  // A mapping is visited before the mappings inside it, whose keys may come first in the text.
  return offsets.sort((a, b) => a - b);
}

type Issue = Pick<Document['errors'][number], 'code' | 'message' | 'pos'>;

/** The library's errors with the repeated keys among them, each before the first error that comes after it in the text. */
function withDuplicateKeys(errors: readonly Issue[], duplicates: readonly number[]): Issue[] {
  const issues: Issue[] = [];
  let next = 0;
  const duplicateAt = (offset: number): Issue => ({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [offset, offset + 1] });
  for (const error of errors) {
    for (; next < duplicates.length && duplicates[next]! < error.pos[0]; next++) issues.push(duplicateAt(duplicates[next]!));
    issues.push(error);
  }
  for (; next < duplicates.length; next++) issues.push(duplicateAt(duplicates[next]!));
  return issues;
}

/**
 * Only plain YAML 1.2 types may appear: a tag that builds anything else
 * (binary data, sets, dates, application objects) is refused at its line, and
 * so is a key that is itself a mapping or a list (JSON has no such keys) or an
 * alias (which may stand for either). An alias must name an anchor set before it.
 */
const PLAIN_TAGS: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

function structureProblems(doc: Document, at: (offset: number) => { line: number; column: number }): Problem[] {
  const { isAlias, isCollection, visit } = yamlLibraries().yaml;
  const problems: Problem[] = [];
  // Anchors in the order the library resolves aliases against them: the document's, up to the alias.
  const anchors = new Set<string>();
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        problems.push({ kind: 'syntax', pointer: '', message: 'a key must be plain text, not a mapping or a list', ...at(pair.key.range?.[0] ?? 0) });
        return visit.BREAK;
      }
      if (isAlias(pair.key)) {
        problems.push({ kind: 'syntax', pointer: '', message: 'an alias cannot be used as a key: write the key out', ...at(pair.key.range?.[0] ?? 0) });
        return visit.BREAK;
      }
      return undefined;
    },
    Node(_key, node) {
      if (node.anchor !== undefined) anchors.add(node.anchor);
      if (isAlias(node) && !anchors.has(node.source)) {
        problems.push({ kind: 'syntax', pointer: '', message: `the alias *${sanitize(node.source, 40)} refers to no anchor before it`, ...at(node.range?.[0] ?? 0) });
        return visit.BREAK;
      }
      if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
        problems.push({ kind: 'syntax', pointer: '', message: `unsupported YAML tag (${sanitize(node.tag, 40)}): program documents use plain values only`, ...at(node.range?.[0] ?? 0) });
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return problems;
}

/**
 * How many collections a collection may sit inside. The full reader composes recursively and,
 * nested too deeply, runs out of stack at whichever node the stack left allows (less after
 * other documents, more on worker threads), so a fixed limit, checked before composing, keeps
 * the refusal and its position the same on every path. js-yaml on the fast path stops at 100
 * nodes deep, so what it reads stays within the limit.
 */
const MAX_NESTING = 100;

const TOO_DEEP = 'the document nests too deeply to read: a program document needs only a few levels';

/** Where the first collection (in document order) nested past MAX_NESTING starts; walked without recursion, as deep as the text goes. */
function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  // Each token with the number of collections around it; children go on in reverse, so they come off in order.
  const pending = tokens.map((token) => ({ token, around: 0 })).reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, around } = next;
    if (token.type === 'document' && token.value) pending.push({ token: token.value, around });
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (around > MAX_NESTING) return token.offset;
    for (let i = token.items.length - 1; i >= 0; i--) {
      const { key, value } = token.items[i]!;
      if (value) pending.push({ token: value, around: around + 1 });
      if (key) pending.push({ token: key, around: around + 1 });
    }
  }
  return undefined;
}

/**
 * Plain one-line messages; the yaml library's own carry position suffixes and code excerpts, and
 * quote the text they stumble on, so what they quote goes through the message sanitiser
 * (src/core/sanitize.ts). `source` is the text from the error on.
 */
function syntaxMessage(code: string, message: string, source: string): string {
  const plain = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  if (code === 'DUPLICATE_KEY') {
    // The error marks where the repeated key starts; read the key up to its colon.
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:,{}[\]\n]+?)\s*:/.exec(source)?.[1];
    return `duplicate key${key ? ` ${quote(key.replace(/^["']|["']$/g, ''))}` : ''}: each key may appear once in a mapping`;
  }
  if (code === 'TAG_RESOLVE_FAILED') return `unsupported YAML tag (${sanitize(plain.replace(/^Unresolved tag:\s*/, ''), 40)}): program documents use plain values only`;
  // The library ends some messages with the text it stumbled on ('Unexpected scalar token in YAML stream: "..."').
  // An indicator ("}", ":") helps to find the mistake and is kept; other text may be a piece of a value, too
  // short for the screen to know what it belonged to (a date without the "DOB" before it), and is left out.
  const excerpt = QUOTED_AT_END.exec(plain);
  if (excerpt) return `YAML syntax error: ${sanitize(excerpt[1]!)}${INDICATORS.test(excerpt[2]!) ? `: '${excerpt[2]}'` : ''}`;
  return `YAML syntax error: ${sanitize(plain)}`;
}

const QUOTED_AT_END = /^([^"]*): "(.*)"$/s;
const INDICATORS = /^[-?:,[\]{}#&*!|>'"%@`]{1,3}$/;

/** The document's locator, told which lines carry the not-patient-data marker (src/core/privacy.ts); most have none. */
function withReviewedLines(locator: Locator, text: string): ReviewedLocator {
  const lines = reviewedLines(text);
  return lines.size === 0 ? locator : { locate: (pointer, at) => locator.locate(pointer, at), reviewedLines: lines };
}
