/**
 * Text from a document, a file name or a config, made safe to print: every
 * control character (C0, DEL and C1) is shown as an escape such as `\x1b` or
 * `\n`. A terminal or a CI log would otherwise act on it: clear the screen, set
 * the window title, hide a link (OSC 8), or start a line that looks like the
 * tool's own. The report's own colours are added after, so they still work.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function visible(text: string): string {
  return text.replace(CONTROL, escapedControl);
}

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** How a control character is shown: `\t`, `\n`, `\r`, else its code as `\x1b`. */
export function escapedControl(ch: string): string {
  return NAMED[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
