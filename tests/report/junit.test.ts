import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/report/junit.js';
import { RULES } from '../../src/packs/index.js';
import { selectRules } from '../../src/core/engine.js';
import { context, controlResult, examplesResult, rawControls, trickyResult } from './fixture.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

interface Case { name: string; classname: string; failure?: { type: string; message: string; '#text': string }; skipped?: { message: string }; error?: unknown }
interface Suite { name: string; tests: string; failures: string; errors: string; skipped: string; testcase: Case[] }

function parse(xml: string): { testsuites: { tests: string; failures: string; errors: string; skipped: string; testsuite: Suite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('junit', () => {
  it('has one suite per document and one case per rule, with counts that add up', () => {
    const result = examplesResult();
    const { testsuites } = parse(junit(result, context));
    expect(testsuites.testsuite).toHaveLength(result.documents.length);
    let tests = 0;
    let failures = 0;
    for (const suite of testsuites.testsuite) {
      expect(Number(suite.tests)).toBe(suite.testcase.length);
      expect(Number(suite.failures)).toBe(suite.testcase.filter((c) => c.failure).length);
      expect(Number(suite.skipped)).toBe(suite.testcase.filter((c) => c.skipped !== undefined).length);
      tests += suite.testcase.length;
      failures += Number(suite.failures);
    }
    expect(Number(testsuites.tests)).toBe(tests);
    expect(Number(testsuites.failures)).toBe(failures);
    const riverside = testsuites.testsuite.find((s) => s.name.startsWith('examples/riverside-evening-iop.yaml'))!;
    // One case per rule the default selection runs (the Medicare pack is not selected).
    expect(riverside.testcase).toHaveLength(selectRules({ rules: RULES }).length);
    expect(riverside.failures).toBe('0');
  });

  it('reports failures with severity and location, n/a as skipped, an invalid document as an error', () => {
    const { testsuites } = parse(junit(examplesResult(), context));
    const summit = testsuites.testsuite.find((s) => s.name.startsWith('examples/summit-day-program.yaml'))!;
    const sched02 = summit.testcase.find((c) => c.name.startsWith('SCHED-02 '))!;
    expect(sched02.failure!.type).toBe('error');
    expect(sched02.failure!['#text']).toContain('examples/summit-day-program.yaml:13:18');
    const lakeside = testsuites.testsuite.find((s) => s.name.startsWith('examples/lakeside-mood-iop.yaml'))!;
    expect(lakeside.testcase.find((c) => c.name.startsWith('SAMHSA-08 '))!.skipped!.message).toMatch(/^not applicable/);
    const broken = testsuites.testsuite.find((s) => s.name === 'drafts/broken.yaml')!;
    expect(broken.errors).toBe('1');
    expect(Number(testsuites.errors)).toBe(1);
  });

  it('escapes hostile text so the XML stays well formed, and skips waived and baselined rules', () => {
    const xml = junit(trickyResult(), context);
    const { testsuites } = parse(xml);
    const suite = testsuites.testsuite[0]!;
    expect(suite.name).toContain('Quotes "&" <tags> | pipes ]]>');
    expect(suite.testcase.find((c) => c.name.startsWith('JOINT-10 '))!.skipped!.message).toContain('waived: State contract');
    expect(suite.testcase.find((c) => c.name.startsWith('SAMHSA-02 '))!.skipped!.message).toMatch(/^baselined/);
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('\\x07 bell');
  });

  it('shows DEL and C1 control characters as escapes too, and stays well formed', () => {
    const xml = junit(controlResult(), context);
    parse(xml);
    expect(rawControls(xml)).toEqual([]);
    expect(xml).toContain('\\x9b31m\\x7f');
  });
});
