import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/yaml/load.js';

/** A program being written by hand; each test breaks it the way people do. */
const DRAFT = `# Harbor Light evening program, draft 3
version: 1
program:
  name: Harbor Light Evening IOP
  provider: Harbor Light Behavioral Health
  populations: [adults, young-adults]
  focus: [substance-use]
schedule:
  days_per_week: 3
  timetable:
    - day: monday
      start: "18:00"
      end: "21:00"
      activities: [group-counseling, psychoeducation]
approaches:
  - cognitive-behavioral-therapy
  - motivational-interviewing
`;

/** Each problem as line:column and message, read both ways (the default readers and the full one). */
function problems(text: string): string[] {
  const shown = (fast: boolean) => loadYaml(text, { fast }).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  const both = shown(true);
  expect(shown(false)).toEqual(both);
  return both;
}

const JARGON = /implicit|compact|block sequence|flow sequence|sufficiently|scalar|token/i;

describe('layout mistakes, said plainly where they are', () => {
  it('a tab used to indent', () => {
    const found = problems(DRAFT.replace('  provider:', '\tprovider:'));
    expect(found).toEqual(['5:1 this line is indented with a tab: YAML indents with spaces only (replace the tab with spaces)']);
  });

  it('a list item one space short of the items above it, at its own line', () => {
    const found = problems(DRAFT.replace('  - motivational-interviewing', ' - motivational-interviewing'));
    expect(found).toEqual(['17:2 wrong indentation: this list item is indented 1 space but the items above it 2: the dashes of one list line up']);
  });

  it('a key of a timetable block indented like the dash, not like the keys after it', () => {
    const found = problems(DRAFT.replace('      end: "21:00"', '    end: "21:00"'));
    expect(found).toEqual(['13:5 wrong indentation: this key is indented 4 spaces but the keys above it 6: the keys of one mapping start in the same column']);
  });

  it('a key one space short of its siblings', () => {
    const found = problems(DRAFT.replace('  focus:', ' focus:'));
    expect(found).toEqual(['7:2 wrong indentation: this key is indented 1 space but the keys above it 2: the keys of one mapping start in the same column']);
  });

  it('a line indented under a key that already has its value: the line itself, not the one above', () => {
    const found = problems(DRAFT.replace('  provider:', '    provider:'));
    expect(found).toEqual(['5:5 wrong indentation: this line is indented 4 spaces, under a key whose value is already given on line 4: indent it 2 spaces, like that key']);
  });

  it('a missing colon, after a key with a value and after a section name', () => {
    expect(problems(DRAFT.replace('  name: Harbor', '  name Harbor'))).toEqual(["4:3 this line has no colon after its key: write 'name: Harbor Light Evening IOP'"]);
    expect(problems(DRAFT.replace('schedule:\n', 'schedule\n'))).toEqual(["8:1 this line has no colon after its key: write 'schedule:'"]);
  });

  it('an unclosed quote, at the quote rather than at the end of the file', () => {
    expect(problems(DRAFT.replace('start: "18:00"', 'start: "18:00'))).toEqual(['12:14 this quote (") is never closed: end the value with " on the same line']);
    expect(problems(DRAFT.replace('  name: Harbor Light Evening IOP', "  name: 'Harbor Light Evening IOP"))).toEqual(["4:9 this quote (') is never closed: end the value with ' on the same line"]);
  });

  it('an unclosed bracket, at the bracket', () => {
    expect(problems(DRAFT.replace('[adults, young-adults]', '[adults, young-adults'))).toEqual(["6:16 this list opened with '[' is not closed: end it with ']' on the same line"]);
  });

  it('a colon and a space inside a value', () => {
    expect(problems(DRAFT.replace('Harbor Light Evening IOP', 'Harbor Light: Evening IOP'))).toEqual([
      '4:9 this value holds a colon and a space, which YAML reads as a new key: put the value in quotes ("Harbor Light: Evening IOP")',
    ]);
  });

  it('uses none of the YAML library\'s terms for any of them', () => {
    const broken = [
      DRAFT.replace('  provider:', '\tprovider:'), DRAFT.replace('  - motivational', ' - motivational'), DRAFT.replace('      end:', '    end:'),
      DRAFT.replace('  provider:', '    provider:'), DRAFT.replace('schedule:\n', 'schedule\n'), DRAFT.replace('"18:00"', '"18:00'),
      DRAFT.replace('young-adults]', 'young-adults'),
    ];
    for (const text of broken) for (const message of problems(text)) expect(message).not.toMatch(JARGON);
  });

  it('still reads a correct document', () => {
    expect(problems(DRAFT)).toEqual([]);
  });
});
