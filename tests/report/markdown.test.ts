import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdown } from '../../src/report/markdown.js';
import { context, examplesResult, trickyResult } from './fixture.js';

const md = new MarkdownIt();

/** The rows of the first table after a heading, as a Markdown renderer sees them. */
function tableAfter(text: string, heading: string): string[][] {
  const tokens = md.parse(text, {});
  const start = tokens.findIndex((t, i) => t.type === 'inline' && t.content === heading && tokens[i - 1]?.type === 'heading_open');
  expect(start, `heading ${heading}`).toBeGreaterThan(-1);
  const open = tokens.findIndex((t, i) => i > start && t.type === 'table_open');
  const rows: string[][] = [];
  let row: string[] = [];
  for (let i = open; tokens[i]!.type !== 'table_close'; i++) {
    const t = tokens[i]!;
    if (t.type === 'tr_open') row = [];
    if (t.type === 'inline') row.push(t.content);
    if (t.type === 'tr_close') rows.push(row);
  }
  return rows;
}

describe('markdown', () => {
  it('opens with a summary table across programs that a renderer reads as a table', () => {
    const result = examplesResult();
    const rows = tableAfter(markdown(result, context), 'Summary');
    expect(rows).toHaveLength(result.documents.length + 1);
    const summit = rows.find((r) => r[1] === 'examples/summit-day-program.yaml')!;
    expect(summit).toEqual(['Summit Day Program', 'examples/summit-day-program.yaml', '**FAIL**', '30', '6', 'intensive-outpatient', 'partial-hospitalization', '2', '1']);
  });

  it('gives each failing principle its evidence, source and a YAML fix, under its standard', () => {
    const text = markdown(examplesResult(), context);
    const tokens = md.parse(text, {});
    const headings = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'heading_open').map((t) => t.content);
    expect(headings).toContain('Summit Day Program');
    expect(headings).toContain('Joint ASAM / APA / AAAP specifications for intensive outpatient programs');
    expect(headings.some((h) => h.startsWith('JOINT-02 partial-hospitalization-boundary'))).toBe(true);
    const fences = tokens.filter((t) => t.type === 'fence');
    expect(fences.length).toBeGreaterThan(0);
    expect(fences.every((f) => f.info === 'yaml')).toBe(true);
    expect(text).toContain('`examples/summit-day-program.yaml:13:18` `/program/level_of_care`');
    // The citation opens with its basis; Markdown escapes the brackets so they are not read as a link.
    expect(text).toMatch(/Source: \\\[primary\\\] ASAM, The ASAM Criteria: [^\n]*, 3rd edition \(2013\), Level 2\.1/);
  });

  it('lists waivers with justification, approver and expiry, and keeps hostile names inside their cells', () => {
    const text = markdown(trickyResult(), context);
    const waivers = tableAfter(text, 'Waivers');
    expect(waivers[1]).toEqual(['dir with space/p&q.yaml', 'JOINT-10', expect.stringContaining('State contract'), 'J. Rivera', '2027-06-30']);
    const summary = tableAfter(text, 'Summary');
    expect(summary[1]).toHaveLength(9);
  });
});
