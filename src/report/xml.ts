import { escapedControl } from './visible.js';

/**
 * Text made safe for XML and HTML: markup characters escaped; control
 * characters other than tab and line feed (which XML 1.0 forbids, or for DEL
 * and C1 discourages, and which a terminal acts on when the file is printed: a
 * carriage return would let the rest of a line be written over its start) shown
 * as escapes as in the text reports (see visible); and what is not a character
 * at all (lone surrogates, U+FFFE, U+FFFF) replaced, since a program document
 * may carry anything pasted from a word processor.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const NOT_A_CHARACTER = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(CONTROL, escapedControl)
    .replace(NOT_A_CHARACTER, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
