import type { DocumentResult, RuleResult } from '../core/types.js';
import { wholeSectioned, type FormatContext, type Formatter, type SectionedStream } from './types.js';
import { requirementsOf, waiverText } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import { escapeXml as x } from './xml.js';

/**
 * JUnit XML as CI servers read it: one <testsuite> per document, one
 * <testcase> per rule. A failing rule is a <failure> (its type is the
 * severity); not-applicable, waived and baselined rules are <skipped> with the
 * reason. A document that cannot be audited is one test case with an <error>.
 */
export const junitStream: SectionedStream<Counts> = {
  sections: ['suites'],
  start: () => '<?xml version="1.0" encoding="UTF-8"?>\n',
  document: (doc, _index, context) => ({ suites: suite(doc, context).xml }),
  // The totals open the report: they are summed from each document's counts once all are in.
  front(_tail, counts) {
    const total = (key: keyof Counts) => counts.reduce((n, c) => n + c[key], 0);
    return `<testsuites name="iop-audit" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}" skipped="${total('skipped')}">`;
  },
  around: () => ({ before: '\n', after: '' }),
  separator: () => '\n',
  end: () => '\n</testsuites>\n',
};

/** What the totals keep of a document. */
export function junitCounts(doc: DocumentResult, context: Pick<FormatContext, 'quiet'>): Counts {
  if (doc.verdict === 'invalid') return { tests: 1, failures: 0, errors: 1, skipped: 0 };
  const results = context.quiet ? doc.results.filter((r) => r.status === 'fail' && !r.baselined) : doc.results;
  let failures = 0;
  let skipped = 0;
  // As caseBody sorts them.
  for (const r of results) {
    if (r.status === 'fail' && !r.baselined) failures++;
    else if (r.status !== 'pass') skipped++;
  }
  return { tests: results.length, failures, errors: 0, skipped };
}

export const junit: Formatter = refusedWhenTooLarge('junit', wholeSectioned(junitStream, junitCounts));

type Counts = Omit<Suite, 'xml'>;

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function suite(doc: DocumentResult, context: Pick<FormatContext, 'quiet' | 'packs' | 'rules'>): Suite {
  const { quiet } = context;
  const name = doc.name ? `${doc.file} (${doc.name})` : doc.file;
  if (doc.verdict === 'invalid') {
    const detail = doc.problems.map((p) => `${doc.file}:${p.line}:${p.column} ${p.kind} error: ${p.message}`).join('\n');
    const first = doc.problems[0];
    const xml = [
      `  <testsuite name="${x(name)}" tests="1" failures="0" errors="1" skipped="0">`,
      `    <testcase name="valid program document" classname="${x(doc.file)}">`,
      `      <error type="${first?.kind ?? 'schema'}" message="${x(first?.message ?? 'invalid document')}">${x(detail)}</error>`,
      '    </testcase>',
      '  </testsuite>',
    ].join('\n');
    return { xml, tests: 1, failures: 0, errors: 1, skipped: 0 };
  }
  const results = quiet ? doc.results.filter((r) => r.status === 'fail' && !r.baselined) : doc.results;
  let failures = 0;
  let skipped = 0;
  const cases = results.map((r) => {
    const body = caseBody(doc, r, context);
    if (body.kind === 'failure') failures++;
    if (body.kind === 'skipped') skipped++;
    const open = `    <testcase name="${x(`${r.rule} ${r.alias}: ${r.title}`)}" classname="${x(doc.file)}"`;
    return body.xml ? `${open}>\n${body.xml}\n    </testcase>` : `${open}/>`;
  });
  const header = `  <testsuite name="${x(name)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}">`;
  const facts = doc.facts;
  const properties = facts
    ? [
        '    <properties>',
        `      <property name="treatment_hours_per_week" value="${facts.treatmentHoursPerWeek ?? ''}"/>`,
        `      <property name="longest_day_hours" value="${facts.longestDayHours ?? ''}"/>`,
        `      <property name="implied_level" value="${facts.impliedLevel ?? ''}"/>`,
        `      <property name="declared_level" value="${x(doc.declaredLevel ?? '')}"/>`,
        '    </properties>',
      ]
    : [];
  const xml = [header, ...properties, ...cases, '  </testsuite>'].join('\n');
  return { xml, tests: results.length, failures, errors: 0, skipped };
}

function caseBody(doc: DocumentResult, r: RuleResult, context: Pick<FormatContext, 'packs' | 'rules'>): { kind: 'pass' | 'failure' | 'skipped'; xml: string } {
  if (r.status === 'fail' && !r.baselined) {
    const detail = r.findings.map((f) => `${doc.file}:${f.line}:${f.column} ${f.severity}: ${f.message} (${f.pointer})${f.fix ? `\n  Fix: ${f.fix}` : ''}`).join('\n');
    // The requirements it touches in every selected pack (the crosswalk), as the JSON and SARIF reports name them.
    const requirements = requirementsOf(r, context);
    const touches = requirements.length > 0 ? `\nRequirements: ${requirements.join(', ')}` : '';
    return {
      kind: 'failure',
      xml: `      <failure type="${r.severity}" message="${x(r.message)}">${x(`${detail}\nSource: ${r.citation}${touches}`)}</failure>`,
    };
  }
  if (r.status === 'pass') return { kind: 'pass', xml: '' };
  const reason = r.baselined
    ? `baselined: ${r.message}`
    : r.status === 'waived' && r.waiver
      ? `waived: ${waiverText(r.waiver)}`
      : r.message;
  return { kind: 'skipped', xml: `      <skipped message="${x(reason)}"/>` };
}
