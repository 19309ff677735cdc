import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './support/cli.js';

/**
 * The example engagement (examples/engagement: a consultant's config and two programs that cite
 * their evidence) as a consultant runs it, from its folder: the report's cover, summary,
 * evidence and plan, in HTML and in Markdown.
 */
const folder = join(ROOT, 'examples', 'engagement');
const programs = readdirSync(folder).filter((f) => f.endsWith('.yaml') && !f.startsWith('.')).sort();

/** Text of an HTML fragment as a reader sees it. */
function text(html: string): string {
  return html.replace(/<br>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/[ \t]+/g, ' ');
}

function section(page: string, id: string): string {
  const start = page.search(new RegExp(`<(section|nav)[^>]* id="${id}"`));
  expect(start, id).toBeGreaterThan(-1);
  return text(page.slice(start, page.indexOf('</section>', start)));
}

describe('example engagement', () => {
  it('holds two valid programs, each stating its expected verdict, which the audit agrees with', () => {
    expect(programs).toEqual(['adolescent-after-school-iop.yaml', 'adult-evening-iop.yaml']);
    const run = cli(['.', '--format', 'json'], { cwd: folder });
    const report = JSON.parse(run.stdout) as { documents: { file: string; verdict: string }[] };
    for (const doc of report.documents) {
      const expected = /^# Expected verdict: (pass|fail)/m.exec(readFileSync(join(folder, doc.file), 'utf8'))?.[1];
      expect(doc.verdict, doc.file).toBe(expected);
    }
    // The README's quick start audits every example, these included: none may be invalid.
    expect(cli(['examples/', '--format', 'json'], { cwd: ROOT }).stdout).toContain('"invalid": 0');
  });

  it('renders an HTML report whose cover, summary, evidence and plan are the engagement\'s', () => {
    const run = cli(['.', '--format', 'html'], { cwd: folder });
    expect(run.code).toBe(1);
    const page = run.stdout;
    const cover = section(page, 'cover');
    expect(cover).toContain('Client Bayview Behavioral Health Services');
    expect(cover).toMatch(/Programs\s+Bayview Adult Evening IOP\s+Bayview Adolescent After-School IOP/);
    expect(cover).toContain('Provider Bayview Behavioral Health Services');
    expect(cover).toContain('Reviewed by Morgan Ellis, LCSW, CADC');
    expect(cover).toContain('Review date 2027-02-18');
    expect(page.split('2027-02-18')).toHaveLength(2);
    expect(cover).toContain('Overall readiness: Not ready: 1 requirement not met in 1 program');
    const summary = section(page, 'summary');
    expect(summary).toMatch(/Bayview Adolescent After-School IOP\s+Bayview Behavioral Health Services\s+33 met, 1 partially met\s+0\s+2\s+0/);
    expect(summary).toMatch(/Bayview Adult Evening IOP\s+Bayview Behavioral Health Services\s+33 met, 1 not met\s+1\s+0\s+0/);
    expect(summary).toContain('Desk review of the two program descriptions');
    // Evidence under each requirement, passing or failing; a met claim without any is marked.
    const adult = section(page, 'program-2');
    expect(adult).toMatch(/Ease entry \(2\)\s+Not met\s+POL-3 §4\.1: Admission and Intake Policy \(policy, effective 2026-07-01\)/);
    expect(adult).toMatch(/Formal medical treatment as needed \(medical-treatment\)\s+Met\s+MOU-2 §3: Agreement with Harborview Medical Group for primary care and MOUD prescribing \(contract, effective 2025-11-01\)/);
    expect(adult).toMatch(/Build on existing motivation \(3\)\s+Met\s+claimed, no evidence cited/);
    const plan = section(page, 'plan');
    expect(plan).toMatch(/1\.1 the therapeutic alliance is not measured[^]*Medium/);
    expect(plan).toMatch(/2\.1 10 days to the first session is longer than the 7-day limit[^]*What to change:[^]*Ease entry \(samhsa-tip47 2\)\s+High/);
    expect(page).not.toMatch(/\.yaml:\d+:\d+/);
  });

  it('renders the same engagement in Markdown', () => {
    const run = cli(['.', '--format', 'markdown'], { cwd: folder });
    const md = new MarkdownIt();
    const tokens = md.parse(run.stdout, {});
    const inline = tokens.filter((t) => t.type === 'inline').map((t) => (t.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : '')).join(''));
    expect(inline).toContain('Client: Bayview Behavioral Health Services');
    expect(inline).toContain('Reviewed by: Morgan Ellis, LCSW, CADC');
    expect(inline).toContain('Review date: 2027-02-18');
    expect(inline.find((t) => t.startsWith('Overall readiness:'))).toMatch(/^Overall readiness: Not ready: 1 requirement not met in 1 program/);
    const evidence = inline.indexOf('Ease entry (2)', inline.indexOf('2. Bayview Adult Evening IOP'));
    expect(inline.slice(evidence, evidence + 3)).toEqual(['Ease entry (2)', 'Not met', 'POL-3 §4.1: Admission and Intake Policy (policy, effective 2026-07-01)']);
    const plan = inline.indexOf('Remediation plan');
    const high = inline.indexOf('2.1', plan);
    expect(inline.slice(high, high + 8)).toEqual([
      '2.1', 'Bayview Adult Evening IOP', expect.stringMatching(/^10 days to the first session/), expect.stringMatching(/^Shorten the wait from first contact to the first session by at least/),
      'Ease entry (samhsa-tip47 2)', 'High', '', '',
    ]);
    expect(run.stdout).not.toMatch(/\.yaml:\d+:\d+/);
  });
});
