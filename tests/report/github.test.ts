import { describe, expect, it } from 'vitest';
import { github } from '../../src/report/github.js';
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
