import { quote, sanitize } from '../core/sanitize.js';

/**
 * The layout mistakes people make in YAML by hand (a tab, a key or a list item
 * out of line, a line indented under a finished value, a missing colon, an
 * unclosed quote or bracket), said in plain words at the line where the mistake
 * is. The yaml library names them in its own terms ("implicit keys", "compact
 * mappings", "block sequence") and often where it noticed them: the line above,
 * or the end of the file.
 */
export interface LayoutMistake {
  message: string;
  /** Where the mistake is, as an offset into the text. */
  offset: number;
}

/** A plain account of the yaml library's error `code` at `offset`, or undefined when it is not one of these mistakes. */
export function layoutMistake(code: string, libraryMessage: string, offset: number, text: string): LayoutMistake | undefined {
  const lines = new Lines(text);
  const row = lines.rowAt(offset);
  switch (code) {
    case 'TAB_AS_INDENT':
      return { message: 'this line is indented with a tab: YAML indents with spaces only (replace the tab with spaces)', offset: lines.start(row) };
    case 'MISSING_CHAR': {
      const mark = /closing (["'])quote/.exec(libraryMessage)?.[1];
      return mark ? unclosedQuote(lines, mark, row) : undefined;
    }
    case 'BAD_INDENT': {
      const bracket = /must be sufficiently indented and end with a ([\]}])/.exec(libraryMessage)?.[1];
      if (bracket) return unclosedBracket(lines, bracket === ']' ? '[' : '{', row);
      if (/must start at the same column/.test(libraryMessage)) return outOfLine(lines, row, 'key');
      return undefined;
    }
    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (/block sequence/.test(libraryMessage) && /^\s*- /.test(lines.text(row) + ' ')) return outOfLine(lines, row, 'item');
      if (/compact mappings/.test(libraryMessage)) return valueWithColon(lines, offset) ?? indentedUnderValue(lines, row);
      return undefined;
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return missingColon(lines, row);
    default:
      return undefined;
  }
}

/** The text's lines, with their offsets. */
class Lines {
  readonly starts: number[] = [0];
  constructor(readonly all: string) {
    for (let i = all.indexOf('\n'); i !== -1; i = all.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  rowAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  start(row: number): number {
    return this.starts[row]!;
  }
  text(row: number): string {
    const end = row + 1 < this.starts.length ? this.starts[row + 1]! - 1 : this.all.length;
    return this.all.slice(this.starts[row]!, end).replace(/\r$/, '');
  }
  indent(row: number): number {
    return /^ */.exec(this.text(row))![0].length;
  }
  /** Blank lines and comments say nothing about layout. */
  meaningful(row: number): boolean {
    return /^\s*[^\s#]/.test(this.text(row));
  }
}

function spaces(n: number): string {
  return `${n} ${n === 1 ? 'space' : 'spaces'}`;
}

/**
 * A key or list item indented differently from the keys or items above it in the
 * same collection: their column is the smallest indentation of the like lines
 * between it and the line it hangs from.
 */
function outOfLine(lines: Lines, row: number, kind: 'key' | 'item'): LayoutMistake | undefined {
  const own = lines.indent(row);
  let siblings: number | undefined;
  const like = (column: number) => { siblings = siblings === undefined ? column : Math.min(siblings, column); };
  for (let above = row - 1; above >= 0; above--) {
    if (!lines.meaningful(above)) continue;
    const indent = lines.indent(above);
    const isItem = /^\s*- /.test(`${lines.text(above)} `);
    if (indent <= own) {
      // A list item at this column starts a mapping whose first key sits after its dash.
      if (kind === 'key' && isItem && indent === own) like(indent + 2);
      break;
    }
    if ((kind === 'item') === isItem) like(indent);
  }
  if (siblings === undefined) return undefined;
  const what = kind === 'key'
    ? `this key is indented ${spaces(own)} but the keys above it ${siblings}: the keys of one mapping start in the same column`
    : `this list item is indented ${spaces(own)} but the items above it ${siblings}: the dashes of one list line up`;
  return { message: `wrong indentation: ${what}`, offset: lines.start(row) + own };
}

/** `name: Harbor: Evening IOP`: a colon and a space inside a value start a mapping. */
function valueWithColon(lines: Lines, offset: number): LayoutMistake | undefined {
  const row = lines.rowAt(offset);
  const value = lines.all.slice(offset, lines.start(row) + lines.text(row).length).replace(/\s+#.*$/, '');
  if (!/: /.test(value)) return undefined;
  return { message: `this value holds a colon and a space, which YAML reads as a new key: put the value in quotes ("${sanitize(value.trim(), 40)}")`, offset };
}

/** A line indented under a key whose value is already on the key's line. */
function indentedUnderValue(lines: Lines, row: number): LayoutMistake | undefined {
  let next = row + 1;
  while (next < lines.starts.length && !lines.meaningful(next)) next++;
  if (next >= lines.starts.length) return undefined;
  const keyIndent = lines.indent(row);
  const own = lines.indent(next);
  if (own <= keyIndent) return undefined;
  return {
    message: `wrong indentation: this line is indented ${spaces(own)}, under a key whose value is already given on line ${row + 1}: indent it ${spaces(keyIndent)}, like that key`,
    offset: lines.start(next) + own,
  };
}

/** `name Harbor Light`, or `schedule` alone on its line. */
function missingColon(lines: Lines, row: number): LayoutMistake | undefined {
  const line = lines.text(row);
  const content = line.trim().replace(/^- /, '');
  if (content.includes(':') || content.startsWith('#') || /^["'[{]/.test(content)) return undefined;
  const [key, ...rest] = content.split(/\s+/);
  const written = rest.length > 0 ? `${key}: ${rest.join(' ')}` : `${key}:`;
  return { message: `this line has no colon after its key: write ${quote(written, 60)}`, offset: lines.start(row) + lines.indent(row) + (line.trim().startsWith('- ') ? 2 : 0) };
}

/** An opening quote never closed: the library notices at the end of the file; the mistake is where the quote opens. */
function unclosedQuote(lines: Lines, mark: string, errorRow: number): LayoutMistake | undefined {
  const opening = new RegExp(`(?:^|[:\\-,[{]\\s)\\s*(${mark})`);
  for (let row = 0; row <= errorRow && row < lines.starts.length; row++) {
    const line = lines.text(row);
    if (!lines.meaningful(row)) continue;
    const found = opening.exec(line);
    if (!found) continue;
    const at = found.index + found[0].length - 1;
    const rest = line.slice(at + 1);
    const closed = mark === '"' ? /(?:^|[^\\])"/.test(rest) : /'/.test(rest.replace(/''/g, ''));
    if (!closed) return { message: `this quote (${mark}) is never closed: end the value with ${mark} on the same line`, offset: lines.start(row) + at };
  }
  return undefined;
}

/** A `[` or `{` never closed: the library notices on a later line. */
function unclosedBracket(lines: Lines, open: '[' | '{', errorRow: number): LayoutMistake | undefined {
  const close = open === '[' ? ']' : '}';
  for (let row = errorRow - 1; row >= 0; row--) {
    const line = lines.text(row).replace(/\s#.*$/, '');
    let depth = 0;
    let last = -1;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === open) { depth++; last = i; } else if (line[i] === close) depth--;
    }
    if (depth > 0) {
      const what = open === '[' ? 'list' : 'mapping';
      return { message: `this ${what} opened with '${open}' is not closed: end it with '${close}' on the same line`, offset: lines.start(row) + last };
    }
  }
  return undefined;
}
