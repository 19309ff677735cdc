import type { Document } from 'yaml';
import { fastLoad } from './fast-load.js';
import { createLocator, type Locator } from './locate.js';
import type { Problem } from './types.js';
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
 * Plain documents take the fast path (src/core/fast-load.ts); `fast: false`
 * forces the full reader, which the equivalence tests compare against.
 */
export function loadYaml(text: string, { fast = true }: { fast?: boolean } = {}): LoadedDocument {
  if (fast) {
    const quick = fastLoad(text);
    if (quick) return { ...quick, problems: [] };
  }
  const { LineCounter, parseAllDocuments } = yamlLibraries().yaml;
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];
  if (docs.length === 0) {
    problems.push({ kind: 'syntax', pointer: '', message: 'the file is empty: a program document needs at least `version` and `program`', ...at(0) });
    return { problems };
  }
  const first = docs[0]!;
  for (const issue of [...first.errors, ...first.warnings]) {
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
  const locator = createLocator(first, lineCounter);
  if (problems.length > 0) return { locator, problems };
  try {
    return { data: first.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locator, problems };
  } catch (error) {
    const message = error instanceof Error && /alias/i.test(error.message)
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): the document is refused`
      : `the document could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { locator, problems: [{ kind: 'syntax', pointer: '', message, line: 1, column: 1 }] };
  }
}

/**
 * Only plain YAML 1.2 types may appear: a tag that builds anything else
 * (binary data, sets, dates, application objects) is refused at its line, and
 * so is a key that is itself a mapping or a list (JSON has no such keys).
 */
const PLAIN_TAGS: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

function structureProblems(doc: Document, at: (offset: number) => { line: number; column: number }): Problem[] {
  const { isCollection, visit } = yamlLibraries().yaml;
  const problems: Problem[] = [];
  try {
    visit(doc, {
      Pair(_key, pair) {
        if (isCollection(pair.key)) {
          problems.push({ kind: 'syntax', pointer: '', message: 'a key must be plain text, not a mapping or a list', ...at(pair.key.range?.[0] ?? 0) });
          return visit.BREAK;
        }
        return undefined;
      },
      Node(_key, node) {
        if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
          const shown = node.tag.length > 40 ? `${node.tag.slice(0, 37)}…` : node.tag;
          problems.push({ kind: 'syntax', pointer: '', message: `unsupported YAML tag (${shown}): program documents use plain values only`, ...at(node.range?.[0] ?? 0) });
          return visit.BREAK;
        }
        return undefined;
      },
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({ kind: 'syntax', pointer: '', message: TOO_DEEP, line: 1, column: 1 });
  }
  return problems;
}

const TOO_DEEP = 'the document nests too deeply to read: a program document needs only a few levels';

/** Plain one-line messages; the yaml library's own carry position suffixes and code excerpts. `source` is the text from the error on. */
function syntaxMessage(code: string, message: string, source: string): string {
  const plain = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  if (code === 'DUPLICATE_KEY') {
    // The error marks where the repeated key starts; read the key up to its colon.
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:,{}[\]\n]+?)\s*:/.exec(source)?.[1];
    return `duplicate key${key ? ` '${key.replace(/^["']|["']$/g, '')}'` : ''}: each key may appear once in a mapping`;
  }
  if (/call stack/i.test(plain)) return TOO_DEEP;
  if (code === 'TAG_RESOLVE_FAILED') return `unsupported YAML tag (${plain.replace(/^Unresolved tag:\s*/, '')}): program documents use plain values only`;
  return `YAML syntax error: ${plain}`;
}
