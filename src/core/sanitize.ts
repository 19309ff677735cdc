import { identifierKind } from './privacy.js';

/**
 * Every piece of text a message takes from outside the tool (a document's
 * keys and values, a file name, a YAML library's message) passes through
 * here first, so that no message can repeat patient data, run over several
 * lines, or drive the terminal it is printed on:
 * - text that looks like a patient identifier (src/core/privacy.ts) is
 *   replaced whole by a placeholder that says what it looks like;
 * - control characters (C0, DEL, C1, the terminal's escape among them),
 *   invisible format characters (direction overrides, zero-width spaces),
 *   line and paragraph separators and lone surrogates are written as escapes;
 * - long text is cut short, with an ellipsis.
 */
export function sanitize(text: string, limit = MESSAGE_TEXT_LIMIT): string {
  const kind = identifierKind(text);
  return kind ? redacted(kind) : printable(text, limit);
}

/** A value as a message quotes it: in quotes, or the placeholder for text that looks like patient data. */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  const kind = identifierKind(text);
  return kind ? redacted(kind) : `'${printable(text, limit)}'`;
}

/** Longest text from outside the tool that a message carries. */
export const MESSAGE_TEXT_LIMIT = 120;
/** Longest value a message quotes: a value is shown to be recognised, not read. */
const QUOTE_LIMIT = 60;

function redacted(kind: string): string {
  return `«redacted: looks like ${kind}»`;
}

/** The text with unprintable characters escaped, at most `limit` characters long. */
function printable(text: string, limit: number): string {
  // Only the part that can be shown is escaped: a megabyte of text costs no more than a line.
  const head = text.length > limit ? text.slice(0, limit) : text;
  const escaped = head.replace(UNPRINTABLE, escape);
  if (escaped.length <= limit && head.length === text.length) return escaped;
  let end = limit - 1;
  // Never half of a surrogate pair.
  if (isHighSurrogate(escaped.charCodeAt(end - 1))) end--;
  return `${escaped.slice(0, end)}…`;
}

const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]|\p{Cs}/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(character: string): string {
  return SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
