import { visible } from './visible.js';

/**
 * Free text as plain inline Markdown, so a name or a message cannot restructure the
 * report: each character that could start markup (emphasis, code, links, raw HTML,
 * entities, strikethrough, a heading's closing #s) is backslash-escaped, and control
 * characters are shown as escapes (see visible), so the text never ends its line to
 * open a heading, a fence or a table of its own. visible's own backslashes stand
 * before letters, where Markdown keeps a backslash as it is.
 */
export function inline(text: string): string {
  return visible(text.replace(MARKUP, (ch) => `\\${ch}`));
}

const MARKUP = /[\\`*_~<>&#[\]]/g;

/** Text inside a table cell: a pipe would also end the cell. */
export function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}
