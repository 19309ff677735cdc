import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { auditText, buildResult } from '../../src/core/engine.js';
import { markdown } from '../../src/report/markdown.js';
import { RULES } from '../../src/packs/index.js';
import { withChanges } from '../support/audit.js';
import { context, examplesResult, trickyResult } from './fixture.js';

const md = new MarkdownIt();
type Token = ReturnType<typeof md.parse>[number];

/** The rows of the first table after a heading, as a Markdown renderer shows them. */
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
    if (t.type === 'inline') row.push(shown(t));
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
    expect(summit).toEqual(['Summit Day Program', 'examples/summit-day-program.yaml', 'FAIL', '30', '6', 'intensive-outpatient', 'partial-hospitalization', '2', '1']);
  });

  it('gives each failing principle its evidence, source and a YAML fix, under its standard', () => {
    const text = markdown(examplesResult(), context);
    const tokens = md.parse(text, {});
    const headings = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'heading_open').map((t) => t.content);
    expect(headings).toContain('Summit Day Program');
    expect(headings).toContain('Joint ASAM / APA / AAAP statement on treatment, and the joint committee\'s IOP specifications');
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

  it('keeps hostile names, file names and messages inline: the verdict stays bold, no HTML gets through', () => {
    // As GitHub renders it, raw HTML allowed: anything that escaped its text would show.
    const withHtml = new MarkdownIt({ html: true });
    const name = 'Evil\n\n# Verdict: PASS\n\n```\n<img src=x onerror=alert(1)>\n| a | b |\n|---|---|';
    const file = 'dir/a`<img src=x onerror=alert(2)>`b ``c`` p|q &lt;\n# x.yaml';
    const failing = auditText(withChanges({ 'services.drug_testing.method': 'hair' }), file, { rules: RULES });
    failing.name = name;
    const finding = failing.results.find((r) => r.status === 'fail')!.findings[0]!;
    finding.message = '<script>alert(3)</script> **bold** [link](https://evil.example/) ~~gone~~';
    finding.pointer = '/a`b';
    const invalid = auditText('version: 1\nprogram: [\n', `${file}.broken`, { rules: RULES });
    const text = markdown(buildResult([failing, invalid], '0.0.0-test', ['note <b>x</b>\n# Heading']), context);
    const tokens = withHtml.parse(text, {});
    const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
    expect(all.filter((t) => t.type.startsWith('html_'))).toEqual([]);
    expect(withHtml.render(text)).not.toMatch(/<(img|script|b)\b/);
    // The headings are the report's own, and each document's name, shown whole on one line.
    const headings = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.tag === 'h2').map(shown);
    expect(headings).toEqual(['Summary', name.replace(/\n/g, '\\n'), `${file}.broken`.replace(/\n/g, '\\n'), 'Notes']);
    // Each verdict is still a bold line, with the file name whole in its code span.
    const verdicts = tokens.filter((t) => t.type === 'inline' && t.content.startsWith('**Verdict: ')).map(pieces);
    expect(verdicts.map((line) => line.map((c) => c.type))).toEqual(Array(2).fill(['strong_open', 'text', 'strong_close', 'text', 'code_inline']));
    expect(verdicts.map((line) => line[1]!.content)).toEqual(['Verdict: FAIL', 'Verdict: INVALID']);
    expect(verdicts[0]![4]!.content).toBe(file.replace(/\n/g, '\\n'));
    // The finding keeps its location, pointer and message as text.
    const findingLine = tokens.find((t) => t.type === 'inline' && t.content.includes('alert(3)'))!;
    expect(findingLine.children!.filter((c) => c.type === 'code_inline').map((c) => c.content)).toEqual([`${file.replace(/\n/g, '\\n')}:${finding.line}:${finding.column}`, '/a`b']);
    expect(shown(findingLine)).toContain(finding.message);
    // The summary table keeps its nine columns in every row.
    for (const row of tableAfter(text, 'Summary')) expect(row).toHaveLength(9);
    expect(tokens.filter((t) => t.type === 'fence').every((f) => f.info === 'yaml')).toBe(true);
  });
});

/** An inline token's parts, without the empty text markdown-it puts around markup. */
function pieces(token: Token): Token[] {
  return (token.children ?? []).filter((c) => c.type !== 'text' || c.content !== '');
}

/** An inline token's text as a reader sees it. */
function shown(token: Token): string {
  return (token.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : '')).join('');
}
