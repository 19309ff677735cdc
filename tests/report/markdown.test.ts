import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { auditText, buildResult } from '../../src/core/engine.js';
import { markdown } from '../../src/report/markdown.js';
import { RULES } from '../../src/packs/index.js';
import { withChanges } from '../support/audit.js';
import { context, engagementContext, engagementResult, examplesResult, trickyResult } from './fixture.js';

const md = new MarkdownIt();
type Token = ReturnType<typeof md.parse>[number];

/** The rows of the first table after a heading, as a Markdown renderer shows them. */
function tableAfter(text: string, heading: string): string[][] {
  const tokens = md.parse(text, {});
  const start = tokens.findIndex((t, i) => t.type === 'inline' && shown(t) === heading && tokens[i - 1]?.type === 'heading_open');
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

/** The headings of a level, as a reader sees them. */
function headings(text: string, tag: string): string[] {
  const tokens = md.parse(text, {});
  return tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.tag === tag).map(shown);
}

/** The anchor GitHub gives a heading: lower case, punctuation other than - and _ dropped, spaces as hyphens. */
function githubSlug(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

describe('markdown', () => {
  it('opens with a cover block: client, programs, provider, auditor, the review date once, scope and overall readiness', () => {
    const text = markdown(engagementResult(), engagementContext);
    const items = md.parse(text, {}).filter((t) => t.type === 'inline').map(shown).slice(2, 9);
    expect(items).toEqual([
      'Client: Cedar Ridge Behavioral Health',
      'Programs: Cedar Ridge Adult Day IOP; Cedar Ridge Young Adult Evening IOP',
      'Provider: Cedar Ridge Behavioral Health, Inc.',
      'Reviewed by: Dana Whitfield, LCSW, CADC',
      'Review date: 2027-03-15',
      expect.stringMatching(/^Scope: TIP 47: the 14 principles of intensive outpatient treatment \(samhsa-tip47; TIP 47, Pub\. No\. \(SMA\) 06-4182, 2006\); Joint/),
      'Overall readiness: Not ready: 1 requirement not met in 1 program; 61 of 64 applicable requirement ratings met.',
    ]);
    expect(text.split('2027-03-15')).toHaveLength(2);
  });

  it('has the structure of the HTML report, and a contents list whose links reach its headings', () => {
    const text = markdown(engagementResult(), engagementContext);
    expect(headings(text, 'h2')).toEqual([
      'Contents', 'Executive summary', '1. Cedar Ridge Adult Day IOP', '2. Cedar Ridge Young Adult Evening IOP',
      'Remediation plan', 'Waivers', 'Notes on this review', 'Sign-off', 'What this report does and does not establish',
    ]);
    const all = [...headings(text, 'h2'), ...headings(text, 'h3')].map(githubSlug);
    const tokens = md.parse(text, {});
    const contents = tokens.slice(tokens.findIndex((t) => t.content === 'Contents'), tokens.findIndex((t) => t.content === 'Executive summary'));
    const links = contents.flatMap((t) => t.children ?? []).filter((c) => c.type === 'link_open').map((c) => String(c.attrGet('href')));
    expect(links).toHaveLength(9);
    for (const href of links) expect(all, href).toContain(href.slice(1));
  });

  it('summarises ratings per standard and per program', () => {
    const text = markdown(engagementResult(), engagementContext);
    expect(tableAfter(text, 'Requirements by standard')[1]).toEqual(['TIP 47: the 14 principles of intensive outpatient treatment', '25', '2', '1', '0', '0', '0']);
    expect(tableAfter(text, 'Programs').slice(1)).toEqual([
      ['Cedar Ridge Adult Day IOP', 'Cedar Ridge Behavioral Health, Inc.', '28 met, 2 partially met, 1 not met, 2 not applicable, 1 waived', '1', '2', '0'],
      ['Cedar Ridge Young Adult Evening IOP', 'Cedar Ridge Behavioral Health, Inc.', '33 met, 1 not applicable', '0', '0', '0'],
    ]);
  });

  it('rates every requirement, and gives each finding its own fix without positions, pointers or YAML', () => {
    const result = engagementResult();
    const text = markdown(result, engagementContext);
    const ratings = tableAfter(text, 'TIP 47: the 14 principles of intensive outpatient treatment');
    expect(ratings[0]).toEqual(['Requirement', 'Rating', 'Evidence']);
    expect(ratings.slice(1, 5).map((r) => [r[1], r[2]])).toEqual([['Partially met', 'claimed, no evidence cited'], ['Not met', '—'], ['Met', 'claimed, no evidence cited'], ['Partially met', 'claimed, no evidence cited']]);
    const finding = result.documents[0]!.results.find((r) => r.rule === 'SAMHSA-02')!.findings[0]!;
    const item = md.parse(text, {}).find((t) => t.type === 'inline' && t.content.includes('12 days to the first session'))!;
    expect(shown(item)).toMatch(/^12 days to the first session[^\n]*\nWhat to change: Shorten the wait from first contact to the first session by at least/);
    expect(text).not.toContain(finding.pointer);
    expect(text).not.toMatch(/adult-day\.yaml:\d+:\d+/);
    expect(md.parse(text, {}).filter((t) => t.type === 'fence')).toEqual([]);
    const technical = markdown(result, { ...engagementContext, technical: true });
    expect(technical).toContain(`\`programs/adult-day.yaml:${finding.line}:${finding.column}\` \`${finding.pointer}\`: ${finding.message.replace(/_/g, '\\_')}`);
    expect(md.parse(technical, {}).filter((t) => t.type === 'fence').every((f) => f.info === 'yaml')).toBe(true);
  });

  it('lays out the remediation plan with its columns, and lists waivers', () => {
    const text = markdown(engagementResult(), engagementContext);
    const plan = tableAfter(text, 'Remediation plan');
    expect(plan[0]).toEqual(['Ref', 'Program', 'Finding', 'What to change', 'Requirement', 'Priority', 'Owner', 'Due date']);
    expect(plan.slice(1).map((r) => [r[0], r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ['1.1', 'Cedar Ridge Adult Day IOP', 'Ease entry (samhsa-tip47 2)', 'High', '', ''],
      ['1.2', 'Cedar Ridge Adult Day IOP', 'Make treatment readily available (samhsa-tip47 1)', 'Medium', '', ''],
      ['1.3', 'Cedar Ridge Adult Day IOP', 'Enhance therapeutic alliance (samhsa-tip47 4)', 'Medium', '', ''],
    ]);
    expect(plan[3]![2]).toContain('groups of up to 16');
    const waivers = tableAfter(text, 'Waivers');
    expect(waivers[1]).toEqual(['Cedar Ridge Adult Day IOP', expect.stringMatching(/^JOINT-10 /), 'County contract sets 60-day episodes with review at day 45', 'M. Okafor, Clinical Director', '2027-12-31']);
  });

  it('keeps hostile names inside their cells', () => {
    const text = markdown(trickyResult(), context);
    const waivers = tableAfter(text, 'Waivers');
    expect(waivers[1]).toEqual([expect.stringContaining('Quotes "&" <tags> | pipes'), expect.stringMatching(/^JOINT-10/), expect.stringContaining('State contract'), 'J. Rivera', '2027-06-30']);
    for (const row of tableAfter(text, 'Programs')) expect(row).toHaveLength(6);
  });

  it('keeps hostile names, file names and messages inline: the headings stay the report\'s own, no HTML gets through', () => {
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
    const result = buildResult([failing, invalid], '0.0.0-test', ['note <b>x</b>\n# Heading']);
    for (const technical of [false, true]) {
      const text = markdown(result, { ...context, technical });
      const tokens = withHtml.parse(text, {});
      const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
      expect(all.filter((t) => t.type.startsWith('html_'))).toEqual([]);
      expect(withHtml.render(text)).not.toMatch(/<(img|script|b)\b/);
      // The headings are the report's own, and each document's name, shown whole on one line.
      expect(headings(text, 'h2')).toEqual(['Contents', 'Executive summary', `1. ${name.replace(/\n/g, '\\n')}`, `2. ${`${file}.broken`.replace(/\n/g, '\\n')}`,
        'Remediation plan', 'Notes on this review', 'Sign-off', 'What this report does and does not establish']);
      // Each program's document is named whole in its code span.
      const documents = tokens.filter((t) => t.type === 'inline' && /^(Provider: .* · )?Document: /.test(t.content));
      expect(documents.map((t) => t.children!.find((c) => c.type === 'code_inline')!.content)).toEqual([file, `${file}.broken`].map((f) => f.replace(/\n/g, '\\n')));
      // The finding keeps its message as text (and, with --technical, its location and pointer as code).
      const findingLine = tokens.find((t) => t.type === 'inline' && t.content.includes('alert(3)'))!;
      expect(shown(findingLine)).toContain(finding.message);
      expect(findingLine.children!.filter((c) => c.type === 'code_inline').map((c) => c.content))
        .toEqual(technical ? [`${file.replace(/\n/g, '\\n')}:${finding.line}:${finding.column}`, '/a`b'] : []);
      for (const row of tableAfter(text, 'Programs')) expect(row).toHaveLength(6);
      for (const row of tableAfter(text, 'Remediation plan')) expect(row).toHaveLength(8);
    }
  });

  it('reads the shipped examples as one report, each program under its number', () => {
    const result = examplesResult();
    const text = markdown(result, context);
    expect(headings(text, 'h2').filter((h) => /^\d+\. /.test(h))).toHaveLength(result.documents.length);
    expect(text).not.toMatch(/\d+ of \d+ passed/);
  });
});

/** An inline token's text as a reader sees it (a hard break as a line break). */
function shown(token: Token): string {
  return (token.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'hardbreak' ? '\n' : '')).join('');
}
