import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_KIND, github } from '../../src/report/github.js';
import { githubSummary } from '../../src/report/github-summary.js';
import { CONTROL_SEQUENCES, context, controlResult, examplesResult, rawControls, trickyResult } from './fixture.js';

/** Parses a workflow command the way the Actions runner does. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } | null {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) return null;
  const unescape = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const properties = Object.fromEntries(match[2]!.split(',').map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), unescape(pair.slice(at + 1))];
  }));
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

describe('github', () => {
  it('annotates each finding with file, line, column and title', () => {
    const lines = github(examplesResult(), context).trimEnd().split('\n');
    const annotations = lines.map(parseCommand).filter((a) => a !== null);
    const declared = annotations.find((a) => a.properties.file === 'examples/summit-day-program.yaml' && a.properties.title!.startsWith('SCHED-02'))!;
    expect(declared.command).toBe('error');
    expect(declared.properties).toMatchObject({ line: '13', col: '18' });
    // JOINT-10 is an info note; its figure is known only from a secondary account, and the title says so.
    expect(annotations.some((a) => a.command === 'notice' && a.properties.title === 'JOINT-10 minimum-duration: Programs typically run at least 90 days [secondary]')).toBe(true);
    expect(declared.properties.title).toBe('SCHED-02 declared-level: The declared level of care matches the schedule');
    expect(annotations.some((a) => a.properties.file === 'drafts/broken.yaml')).toBe(true);
    expect(annotations.some((a) => a.properties.file === 'examples/riverside-evening-iop.yaml')).toBe(false);
    expect(lines.at(-1)).toMatch(/^iop-audit: \d+ document\(s\)/);
  });

  it('escapes separators in properties so a file name with commas and colons survives', () => {
    const lines = github(trickyResult(), context).trimEnd().split('\n');
    const annotations = lines.map(parseCommand).filter((a) => a !== null);
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) expect(a.properties.file).toBe('dir with space/p&q.yaml');
    // Waived and baselined findings do not annotate.
    expect(annotations.some((a) => a.properties.title!.startsWith('JOINT-10') || a.properties.title!.startsWith('SAMHSA-02'))).toBe(false);
  });

  it('shows control characters as escapes: a name or message cannot drive the log or start a command line', () => {
    const out = github(controlResult(), context);
    expect(rawControls(out)).toEqual([]);
    const lines = out.trimEnd().split('\n');
    // One annotation per finding and problem, then the summary: no line of the document's own.
    expect(lines.slice(0, -1).every((line) => parseCommand(line) !== null)).toBe(true);
    const annotations = lines.map(parseCommand).filter((a) => a !== null);
    const shown = 'Evil\\x1b[2J\\x1b]0;pwned\\x07\\x1b]8;;https://evil.example/\\x1b\\click\\x1b]8;;\\x1b\\\\x9b31m\\x7f';
    // The runner's own escapes (%0D, %0A) still carry line breaks it knows how to show.
    expect(annotations.some((a) => a.properties.file === `dir/${shown}\r\nPASS  forged.yaml.yaml`)).toBe(true);
    expect(annotations.some((a) => a.message.endsWith(` ${shown}\r\nPASS  forged.yaml`))).toBe(true);
    expect(out).not.toContain(CONTROL_SEQUENCES);
  });
});

describe('github: the run\'s notes', () => {
  it('prints each notice and says how many failures the baseline hid', () => {
    const result = examplesResult();
    const noted = { ...result, notices: ['baseline: b.json (2 of 3 recorded failures matched)'], summary: { ...result.summary, baselined: 2 } };
    const text = github(noted, context);
    expect(text).toContain('::notice title=iop-audit::baseline: b.json (2 of 3 recorded failures matched)\n');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/; 2 in the baseline, not annotated$/);
  });
});

describe('github: what GitHub shows', () => {
  const parsed = (text: string) => text.trimEnd().split('\n').map(parseCommand);

  it('annotates at most 10 of each kind, shared among the files in turn, and says how many more and where', () => {
    const result = examplesResult();
    const failing = result.documents.flatMap((d) => [...d.problems.map(() => 'error'), ...d.results.filter((r) => r.status === 'fail' && !r.baselined).flatMap((r) => r.findings.map((f) => f.severity))]);
    const errors = failing.filter((s) => s === 'error').length;
    expect(errors).toBeGreaterThan(ANNOTATIONS_PER_KIND);
    const text = github(result, context);
    const commands = parsed(text).filter((c) => c !== null);
    const annotations = commands.filter((c) => c.properties.file !== undefined);
    expect(annotations.filter((a) => a.command === 'error')).toHaveLength(ANNOTATIONS_PER_KIND);
    expect(annotations.filter((a) => a.command === 'warning').length).toBeLessThanOrEqual(ANNOTATIONS_PER_KIND);
    // Every file with an error gets one of the ten, though one draft alone has more than ten.
    const filesWithErrors = new Set(result.documents.filter((d) => d.problems.length > 0 || d.results.some((r) => r.status === 'fail' && r.findings.some((f) => f.severity === 'error'))).map((d) => d.file));
    expect(new Set(annotations.filter((a) => a.command === 'error').map((a) => a.properties.file))).toEqual(filesWithErrors);
    const more = commands.find((c) => c.command === 'notice' && c.properties.file === undefined && /not annotated/.test(c.message))!;
    expect(more.message).toBe(`${errors - ANNOTATIONS_PER_KIND} more findings (${errors - ANNOTATIONS_PER_KIND} errors) not annotated: GitHub shows 10 annotations of each kind per step. They are listed below in this log, and every finding is in the job summary.`);
    // The rest are plain log lines, none of them a command.
    const plain = text.split('\n').filter((line) => line.startsWith('not annotated: '));
    expect(plain).toHaveLength(errors - ANNOTATIONS_PER_KIND);
    expect(plain[0]).toMatch(/^not annotated: examples\/new-horizons-draft\.yaml:\d+:\d+: error: SAMHSA-\d\d [a-z-]+: /);
  });

  it('keeps the run\'s notices within the notice limit, with a place for the line about the rest', () => {
    const result = examplesResult();
    const noted = { ...result, notices: Array.from({ length: 4 }, (_, i) => `waiver ${i} matched no failing result and can be removed`) };
    const notices = parsed(github(noted, context)).filter((c) => c?.command === 'notice');
    expect(notices.length).toBeLessThanOrEqual(ANNOTATIONS_PER_KIND);
    expect(notices.slice(0, 4).map((n) => n!.message)).toEqual(noted.notices);
  });

  it('annotates everything, with no extra line, when there is room', () => {
    const text = github(trickyResult(), context);
    expect(text).not.toMatch(/^not annotated: |more finding/m);
  });
});

describe('github: the job summary', () => {
  it('gives counts, counts per pack, every failing finding per program, and the notes, in Markdown GitHub renders', () => {
    const result = examplesResult();
    const noted = { ...result, notices: ['skipped 1 YAML file that is not a program document (no top-level program: key): docker-compose.yml', 'baseline: b.json (2 of 3 recorded failures matched)'] };
    const summary = githubSummary(noted, context);
    const tokens = new MarkdownIt().parse(summary, {});
    const html = new MarkdownIt().render(summary);
    expect(html).toContain(`<h2>iop-audit: ${result.summary.failed + result.summary.invalid} of ${result.summary.documents} documents did not pass</h2>`);
    expect(summary).toContain(`| ${result.summary.documents} | ${result.summary.passed} | ${result.summary.failed} | ${result.summary.invalid} | ${result.summary.errors} |`);
    for (const heading of ['<h3>By pack</h3>', '<h3>Programs that did not pass</h3>', '<h3>Notes</h3>', '<h4>FAIL examples/new-horizons-draft.yaml (New Horizons IOP (draft))</h4>', '<h4>INVALID drafts/broken.yaml</h4>']) {
      expect(html).toContain(heading);
    }
    expect(html).toMatch(/<td>Joint ASAM \/ APA \/ AAAP [^<]*\(<code>joint<\/code>\)<\/td>/);
    // Every finding the annotations may leave out is in a table row.
    const rows = tokens.filter((t) => t.type === 'tr_open').length;
    const findings = result.documents.reduce((n, d) => n + d.problems.length + d.results.filter((r) => r.status === 'fail' && !r.baselined).reduce((m, r) => m + r.findings.length, 0), 0);
    const tables = tokens.filter((t) => t.type === 'table_open').length;
    expect(rows - tables * 1).toBe(findings + 1 + packsIn(summary));
    expect(html).toContain('<li>skipped 1 YAML file that is not a program document (no top-level program: key): docker-compose.yml</li>');
    expect(html).toContain('<li>baseline: b.json (2 of 3 recorded failures matched)</li>');
  });

  it('lets no document text make a link, an image, HTML or a column', () => {
    const summary = githubSummary(controlResult(), context);
    const hostile = examplesResult();
    const draft = hostile.documents.find((d) => d.verdict === 'fail')!;
    draft.name = 'Quotes "&" <tags> | pipes ]]> [a link](https://evil.example/) ![an image](x.png) <script>x</script> # not a heading';
    draft.results.find((r) => r.status === 'fail')!.findings[0]!.message += ' | a cell | and <b>bold</b> *emphasis* `code`';
    const tricky = githubSummary(hostile, context);
    for (const text of [summary, tricky]) {
      const html = new MarkdownIt().render(text);
      expect(html).not.toMatch(/<a |<img |<tags>|<script/);
      expect(rawControls(text)).toEqual([]);
      // Each row of a findings table has its four cells.
      for (const line of text.split('\n').filter((l) => /^\| (error|warning|info) \|/.test(l))) {
        expect(line.replace(/\\\|/g, '').split('|').length, line).toBe(6);
      }
    }
    const html = new MarkdownIt().render(tricky);
    expect(html).toContain('Quotes &quot;&amp;&quot; &lt;tags&gt; | pipes ]]&gt; [a link](https://evil.example/) ![an image](x.png) &lt;script&gt;x&lt;/script&gt; # not a heading');
    expect(html).toContain(' | a cell | and &lt;b&gt;bold&lt;/b&gt; *emphasis* `code`</td>');
  });

  it('stays within GitHub\'s 1 MiB, saying how many findings it left out', () => {
    const one = examplesResult();
    const many = { ...one, documents: Array.from({ length: 400 }, (_, i) => one.documents.map((d) => ({ ...d, file: `site-${i}/${d.file}` }))).flat() };
    const summary = githubSummary(many, context);
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary).toMatch(/\n\d+ more findings not listed: GitHub keeps at most 1 MiB of summary per step\./);
  });
});

/** Rows of the per-pack table (one per pack the examples touch). */
function packsIn(summary: string): number {
  const start = summary.indexOf('### By pack');
  return summary.slice(start, summary.indexOf('###', start + 4)).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Pack') && !l.startsWith('| ---')).length;
}
