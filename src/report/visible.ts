/**
 * Text from a document, a file name or a config, made safe to print: every
 * control character (C0, DEL and C1) is shown as an escape such as `\x1b` or
 * `\n`. A terminal or a CI log would otherwise act on it: clear the screen, set
 * the window title, hide a link (OSC 8), or start a line that looks like the
 * tool's own. Invisible format characters (a right-to-left override that shows a
 * file name backwards, zero-width spaces), line and paragraph separators and lone
 * surrogates are escaped too (`\u202e`), as src/core/sanitize.ts escapes them in
 * messages. The report's own colours are added after, so they still work.
 */
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]|\p{Cs}/gu;

/** Printable ASCII, nearly all text: nothing in it to escape, so it is not searched for CONTROL. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function visible(text: string): string {
  return PRINTABLE_ASCII.test(text) ? text : text.replace(CONTROL, escapedControl);
}

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** How a control character is shown: `\t`, `\n`, `\r`, else its code as `\x1b` (or `\u202e` past U+00FF). */
export function escapedControl(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}
