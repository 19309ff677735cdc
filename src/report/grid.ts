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

/** Text whose every character takes one column: nothing wide, no surrogate pairs. */
const NARROW = /^[\u0000-\u10ff]*$/;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
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
    // `used` is the width of `line`, kept as the line grows.
    let line = '';
    let used = 0;
    // Text without colour codes or wide characters (nearly all of it) is measured by its length.
    const narrow = !paragraph.includes('\u001b') && NARROW.test(paragraph);
    // A line that fits is kept as it is (unless it starts with a space, which wrapping drops).
    if (narrow && paragraph.length <= width && paragraph[0] !== ' ') {
      out.push(paragraph);
      continue;
    }
    for (const word of paragraph.split(' ')) {
      const wordWidth = narrow ? word.length : displayWidth(word);
      if (line && used + 1 + wordWidth <= width) {
        line += ` ${word}`;
        used += 1 + wordWidth;
        continue;
      }
      if (line) out.push(line);
      line = '';
      used = 0;
      if (narrow || NARROW.test(word)) {
        // The common case, by plain slicing.
        let rest = word;
        while (rest.length > width) {
          out.push(rest.slice(0, width));
          rest = rest.slice(width);
        }
        line = rest;
        used = narrow ? rest.length : displayWidth(rest);
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
 * Draws a header row and body rows, each line starting with `indent`; `widths`
 * include one space of padding on each side. The frame lines depend only on the
 * widths, so they are drawn once per set of widths (a report draws one grid per document).
 */
export function drawGrid(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], indent = ''): string {
  const frame = frameFor(head, widths, indent);
  let out = frame.top;
  for (const cells of rows) out += `\n${indent}${row(cells, widths)}`;
  return `${out}\n${frame.bottom}`;
}

const frames = new Map<string, { top: string; bottom: string }>();

function frameFor(head: readonly string[], widths: readonly number[], indent: string): { top: string; bottom: string } {
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

function row(cells: readonly string[], widths: readonly number[]): string {
  let line = '│';
  for (let i = 0; i < widths.length; i++) {
    const cell = cells[i] ?? '';
    line += ` ${cell}${' '.repeat(Math.max(0, widths[i]! - 2 - displayWidth(cell)))} │`;
  }
  return line;
}
