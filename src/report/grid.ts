/**
 * A boxed text grid in the style cli-table3 draws (its default characters,
 * compact rows, one space of padding), drawn directly: laying out a report of
 * thousands of documents through cli-table3 cost about 2 ms a document (it
 * merges options per cell and truncates every cell for a debug log), so a
 * 10,000-document run spent 20 s in layout alone. Cells must already be
 * wrapped to one line each (see `fit`); colour codes do not count toward width.
 */
const ANSI = /\u001b\[[0-9;]*m/g;

/** East Asian wide and fullwidth characters, and emoji, take two columns in a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

function charWidth(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

/**
 * Text whose every UTF-16 unit takes one column, so that its width is its length: no
 * colour code (ESC), none of WIDE's characters, no surrogate (an emoji or a lone half).
 * Arrows, dashes and accented letters (the "→" before every fix) are one column each.
 */
const NARROW = /^[^\u001b\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\ud800-\udfff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]*$/;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  if (NARROW.test(plain)) return plain.length;
  let width = 0;
  for (const ch of plain) width += charWidth(ch);
  return width;
}

/** Wraps plain text to `width` columns: at spaces where it can, inside a word where it must. */
export function fit(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Text without colour codes or wide characters (nearly all of it) is measured by its length.
    if (NARROW.test(paragraph)) {
      wrapNarrow(paragraph, width, out);
      continue;
    }
    // `used` is the width of `line`, kept as the line grows.
    let line = '';
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const wordWidth = displayWidth(word);
      if (line && used + 1 + wordWidth <= width) {
        line += ` ${word}`;
        used += 1 + wordWidth;
        continue;
      }
      if (line) out.push(line);
      line = '';
      used = 0;
      if (NARROW.test(word)) {
        let rest = word;
        while (rest.length > width) {
          out.push(rest.slice(0, width));
          rest = rest.slice(width);
        }
        line = rest;
        used = displayWidth(rest);
        continue;
      }
      for (const ch of word) {
        const w = charWidth(ch);
        if (used + w > width && line) {
          out.push(line);
          line = '';
          used = 0;
        }
        line += ch;
        used += w;
      }
      used = displayWidth(line);
    }
    out.push(line);
  }
  return out;
}

/**
 * The same wrapping for text where a character is a column, by positions in
 * the text: words are not split out and each line is cut from the text once.
 * The current line is text[start, end); it always ends where its last word does.
 */
function wrapNarrow(text: string, width: number, out: string[]): void {
  // A line that fits is kept as it is (unless it starts with a space, which wrapping drops).
  if (text.length <= width && text[0] !== ' ') {
    out.push(text);
    return;
  }
  let start = 0;
  let end = 0;
  for (let word = 0; ; ) {
    const space = text.indexOf(' ', word);
    const wordEnd = space === -1 ? text.length : space;
    if (end > start && end - start + 1 + (wordEnd - word) <= width) {
      end = wordEnd;
    } else {
      if (end > start) out.push(text.slice(start, end));
      // A word wider than the column is cut into pieces of exactly its width.
      let rest = word;
      for (; wordEnd - rest > width; rest += width) out.push(text.slice(rest, rest + width));
      start = rest;
      end = wordEnd;
    }
    if (space === -1) break;
    word = space + 1;
  }
  out.push(text.slice(start, end));
}

/**
 * Draws a header row and body rows, each line starting with `indent`; `widths`
 * include one space of padding on each side. The frame lines depend only on the
 * widths, so they are drawn once per set of widths (a report draws one grid per document).
 */
export function drawGrid(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], indent = ''): string {
  const frame = gridFrame(head, widths, indent);
  let out = frame.top;
  for (const cells of rows) out += `\n${indent}${row(cells, widths)}`;
  return `${out}\n${frame.bottom}`;
}

const frames = new Map<string, { top: string; bottom: string }>();

/** The lines above the body rows (top border, header row, separator) and the one below, as drawGrid draws them. */
export function gridFrame(head: readonly string[], widths: readonly number[], indent: string): { top: string; bottom: string } {
  const key = `${indent}\0${widths.join(',')}\0${head.join('\0')}`;
  let frame = frames.get(key);
  if (!frame) {
    const rule = (left: string, mid: string, right: string) => `${indent}${left}${widths.map((w) => '─'.repeat(w)).join(mid)}${right}`;
    frame = {
      top: [rule('┌', '┬', '┐'), `${indent}${row(head, widths)}`, rule('├', '┼', '┤')].join('\n'),
      bottom: rule('└', '┴', '┘'),
    };
    // A handful of terminal widths per run; the bound only guards against misuse.
    if (frames.size > 64) frames.clear();
    frames.set(key, frame);
  }
  return frame;
}

/** A body or header row as drawGrid draws it, without the indent: `│ a │ b │`. */
export function row(cells: readonly string[], widths: readonly number[]): string {
  let line = '│';
  for (let i = 0; i < widths.length; i++) line += cell(cells[i] ?? '', widths[i]!);
  return line;
}

/** One cell of a row, after the `│` that opens it: ` text   │`, `width` columns with its padding. */
export function cell(text: string, width: number): string {
  return ` ${text}${padding(width - 2 - displayWidth(text))} │`;
}

/**
 * One paragraph (no line breaks) wrapped as `fit` wraps it, each line appended to
 * `out` as a cell of a column `width` wide (see `cell`). Text of one-column
 * characters is padded by its length, without measuring each line again.
 */
export function wrapCells(paragraph: string, width: number, out: string[]): void {
  const inner = width - 2;
  if (!NARROW.test(paragraph)) {
    for (const line of fit(paragraph, inner)) out.push(cell(line, width));
    return;
  }
  const first = out.length;
  wrapNarrow(paragraph, inner, out);
  for (let i = first; i < out.length; i++) out[i] = ` ${out[i]!}${padding(inner - out[i]!.length)} │`;
}

/** Runs of spaces for padding cells, made once: a report pads every cell of every row. */
const PADDING = Array.from({ length: 256 }, (_, n) => ' '.repeat(n));

function padding(n: number): string {
  return n <= 0 ? '' : (PADDING[n] ?? ' '.repeat(n));
}
