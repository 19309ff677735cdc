import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText, buildResult } from '../../src/core/engine.js';
import { RULES } from '../../src/packs/index.js';
import { cell, displayWidth, fit, wrapCells } from '../../src/report/grid.js';
import { table } from '../../src/report/table.js';
import { withChanges } from '../support/audit.js';
import { CONTROL_SEQUENCES, context, controlResult, rawControls } from './fixture.js';

describe('table', () => {
  it('wraps at spaces, and inside words only when a word is wider than the column', () => {
    expect(fit('one two three', 7)).toEqual(['one two', 'three']);
    expect(fit('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(fit('a\nb c', 10)).toEqual(['a', 'b c']);
    expect(fit('日本語のパス', 5)).toEqual(['日本', '語の', 'パス']);
    expect(displayWidth('\u001b[31mFAIL\u001b[39m')).toBe(4);
  });

  it('wraps text of one-column characters exactly as the word-by-word loop does', () => {
    // The loop the wrapper replaced, for text where every character is one column.
    const wordByWord = (paragraph: string, width: number): string[] => {
      const out: string[] = [];
      let line = '';
      for (const word of paragraph.split(' ')) {
        if (line && line.length + 1 + word.length <= width) {
          line += ` ${word}`;
          continue;
        }
        if (line) out.push(line);
        let rest = word;
        for (; rest.length > width; rest = rest.slice(width)) out.push(rest.slice(0, width));
        line = rest;
      }
      return [...out, line];
    };
    const text = fc.stringMatching(/^[ab \n]{0,40}$/);
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 12 }), (paragraphs, width) => {
      const expected = paragraphs.split('\n').flatMap((p) => (p.length <= width && p[0] !== ' ' ? [p] : wordByWord(p, width)));
      expect(fit(paragraphs, width)).toEqual(expected);
    }), { numRuns: 20_000, seed: 11 });
  });

  it('measures one-column characters past Latin (the arrow before a fix, dashes, accents) by their length, wrapping them as ASCII', () => {
    // fit's general path measures word by word, character by character; its fast path must agree with it.
    const asAscii = (text: string) => text.replace(/[→é—]/g, 'a');
    const text = fc.stringMatching(/^[ab→é— \n]{0,40}$/);
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 12 }), (paragraphs, width) => {
      expect(fit(paragraphs, width).map(asAscii)).toEqual(fit(asAscii(paragraphs), width));
      expect(displayWidth(paragraphs)).toBe(paragraphs.length);
    }), { numRuns: 5_000, seed: 13 });
    expect(fit('→ 日本語 x', 4)).toEqual(['→', '日本', '語 x']);
    expect(displayWidth('→\u001b[31m日\u001b[39m')).toBe(3);
  });

  it('wraps a cell\'s paragraph as fit does, each line padded to the column by its width', () => {
    for (const paragraph of ['/tmp/a/program.yaml:28:1 admission requirements are not stated', '→ State the days', '日本語のパス and more', ' lead', '']) {
      const cells: string[] = [];
      wrapCells(paragraph, 12, cells);
      expect(cells).toEqual(fit(paragraph, 10).map((line) => cell(line, 12)));
      // The column, then the frame that closes it.
      for (const c of cells) expect(displayWidth(c)).toBe(12 + 1);
    }
  });

  it('never cuts a long file path short: every character of the location is printed', () => {
    const file = `${'deeply/nested/folder/'.repeat(4)}program.yaml`;
    const doc = auditText(withChanges({ 'services.drug_testing.method': 'hair' }), file, { rules: RULES });
    const out = table(buildResult([doc], '0.0.0-test'), { ...context, quiet: true });
    expect(out).not.toContain('…');
    const finding = doc.results.find((r) => r.rule === 'SAMHSA-08')!.findings[0]!;
    // The Finding column's pieces, read top to bottom, give back the whole text.
    const cells = out.split('\n').filter((l) => l.includes('│')).map((l) => l.split('│')[5]!.trim());
    expect(cells.join('')).toContain(`${file}:${finding.line}:${finding.column}`.replace(/ /g, ''));
  });

  it('is plain text without colour, with a summary line', () => {
    const doc = auditText(withChanges({}), 'p.yaml', { rules: RULES });
    const out = table(buildResult([doc], '0.0.0-test'), context);
    expect(out).not.toMatch(/\u001b\[/);
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 document: 1 passed, 0 failed, 0 invalid · 0 errors, 0 warnings');
  });

  it('shows control characters from file names, names, messages and notices as escapes, with colour and without', () => {
    // Colour codes are the report's own: the only escape sequences left are the SGR codes chalk writes.
    const SGR = /\u001b\[[0-9;]*m|\n/g;
    for (const color of [false, true]) {
      const out = table(controlResult(), { ...context, color });
      expect(rawControls(out, SGR), `color: ${color}`).toEqual([]);
      expect(out).toContain('Evil\\x1b[2J\\x1b]0;pwned\\x07\\x1b]8;;https://evil.example/\\x1b\\click\\x1b]8;;\\x1b\\\\x9b31m\\x7f\\r\\nPASS  forged.yaml');
      // The forged verdict never starts a line of its own.
      expect(out.split('\n').some((line) => line.startsWith('PASS'))).toBe(false);
      expect(out).not.toContain(CONTROL_SEQUENCES);
    }
    // The tool's own colouring still works.
    expect(table(controlResult(), { ...context, color: true })).toContain('\u001b[31m\u001b[1mFAIL');
  });
});
