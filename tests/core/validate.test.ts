import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/core/engine.js';

const problems = (yaml: string) => validateText(yaml, 'x.yaml').problems;

describe('loading and schema validation', () => {
  it('accepts the minimal document: version and program name', () => {
    expect(problems('version: 1\nprogram:\n  name: Test\n')).toEqual([]);
  });

  it('reports an unknown key at the key, with a did-you-mean', () => {
    expect(problems('version: 1\nprogram:\n  name: Test\nschedul:\n  days_per_week: 3\n')).toEqual([
      { kind: 'schema', pointer: '/schedul', message: "unknown key 'schedul' in the document; did you mean 'schedule'?", line: 4, column: 1 },
    ]);
    const [nested] = problems('version: 1\nprogram:\n  name: Test\n  level_of_cares: residential\n');
    expect(nested).toMatchObject({ pointer: '/program/level_of_cares', line: 4, column: 3 });
    expect(nested!.message).toBe("unknown key 'level_of_cares' in program; did you mean 'level_of_care'?");
  });

  it('reports an enum typo at the value, with a did-you-mean', () => {
    const yaml = 'version: 1\nprogram:\n  name: Test\nschedule:\n  timetable:\n    - { day: wednsday, start: "18:00", end: "21:00", activities: [group-counseling] }\n';
    expect(problems(yaml)).toEqual([
      { kind: 'schema', pointer: '/schedule/timetable/0/day', message: "schedule.timetable[0].day: 'wednsday' is not an allowed value; did you mean 'wednesday'?", line: 6, column: 14 },
    ]);
  });

  it('reports a missing required key at its parent', () => {
    expect(problems('version: 1\nprogram:\n  provider: Somewhere\n')).toEqual([
      { kind: 'schema', pointer: '/program/name', message: "program is missing the required key 'name'", line: 2, column: 1 },
    ]);
    expect(problems('program:\n  name: Test\n')[0]).toMatchObject({ pointer: '/version', line: 1, column: 1 });
  });

  it('reports wrong types and bad times plainly', () => {
    const yaml = 'version: 1\nprogram: { name: Test }\nschedule:\n  days_per_week: three\n  timetable:\n    - { day: monday, start: "6pm", end: "21:00", activities: [group-counseling] }\n';
    expect(problems(yaml).map((p) => [p.line, p.message])).toEqual([
      [4, "schedule.days_per_week must be a whole number (got the text 'three')"],
      [6, `schedule.timetable[0].start: '6pm' is not a time as the format writes it: write "18:00" (24-hour HH:MM)`],
    ]);
  });

  it('gives the right form of a time written as people write them', () => {
    // As typed in a block timetable: unquoted 1730 is a number, 17.30 the number 17.3, 9:00 text without its leading zero.
    const yaml = `version: 1
program: { name: Harbor Light Evening IOP }
schedule:
  timetable:
    - day: monday
      start: 9:00
      end: 1130
      activities: [group-counseling]
    - day: tuesday
      start: 17.30
      end: 8:30 PM
      activities: [group-counseling]
    - day: thursday
      start: 5pm
      end: "21h00"
      activities: [group-counseling]
    - day: friday
      start: noon
      end: 25:00
      activities: [group-counseling]
    - day: saturday
      start: 1075
      end: true
      activities: [group-counseling]
`;
    const lines = yaml.split('\n');
    expect(problems(yaml).map((p) => [lines[p.line - 1]!.trim(), p.message])).toEqual([
      ['start: 9:00', `schedule.timetable[0].start: '9:00' is not a time as the format writes it: write "09:00" (24-hour HH:MM)`],
      ['end: 1130', 'schedule.timetable[0].end: 1130 is not a time as the format writes it: write "11:30" (24-hour HH:MM)'],
      ['start: 17.30', 'schedule.timetable[1].start: 17.3 is not a time as the format writes it: write "17:30" (24-hour HH:MM)'],
      ['end: 8:30 PM', `schedule.timetable[1].end: '8:30 PM' is not a time as the format writes it: write "20:30" (24-hour HH:MM)`],
      ['start: 5pm', `schedule.timetable[2].start: '5pm' is not a time as the format writes it: write "17:00" (24-hour HH:MM)`],
      ['end: "21h00"', `schedule.timetable[2].end: '21h00' is not a time as the format writes it: write "21:00" (24-hour HH:MM)`],
      // Nothing to make a time of: the form alone.
      ['start: noon', `schedule.timetable[3].start: 'noon' is not a time as the format writes it: write a 24-hour time as HH:MM, like "17:30"`],
      ['end: 25:00', `schedule.timetable[3].end: '25:00' is not a time as the format writes it: write a 24-hour time as HH:MM, like "17:30"`],
      ['start: 1075', 'schedule.timetable[4].start: 1075 is not a time as the format writes it: write a 24-hour time as HH:MM, like "17:30"'],
      ['end: true', 'schedule.timetable[4].end: true is not a time as the format writes it: write a 24-hour time as HH:MM, like "17:30"'],
    ]);
  });

  it('keeps "must be" messages for other numbers in text fields', () => {
    expect(problems('version: 1\nprogram: { name: 1730 }\n').map((p) => p.message)).toEqual(['program.name must be text (got number 1730)']);
  });

  it('reports syntax errors, duplicate keys, empty files and extra documents with positions', () => {
    expect(problems('version: 1\nprogram: [\n')[0]).toMatchObject({ kind: 'syntax' });
    expect(problems('version: 1\nprogram: { name: A }\nversion: 1\n')).toEqual([
      { kind: 'syntax', pointer: '', message: "duplicate key 'version': each key may appear once in a mapping", line: 3, column: 1 },
    ]);
    expect(problems('')[0]!.message).toMatch(/empty/);
    expect(problems('# only a comment\n')[0]!.message).toMatch(/empty/);
    expect(problems('version: 1\nprogram: { name: A }\n---\nversion: 1\nprogram: { name: B }\n')).toEqual([
      { kind: 'syntax', pointer: '', message: 'the file holds 2 YAML documents; a program document is exactly one (split them into separate files)', line: 3, column: 1 },
    ]);
  });

  it('refuses tags that would build objects', () => {
    const [problem] = problems('version: 1\nprogram: !!js/function "function () {}"\n');
    expect(problem).toMatchObject({ kind: 'syntax', line: 2 });
    expect(problem!.message).toMatch(/unsupported YAML tag/);
  });
});

describe('a misspelt required key', () => {
  it('is one problem, the unknown key with its did-you-mean, not also a missing key', () => {
    const found = problems('version: 1\nprogram:\n  nme: Harbor Light IOP\n  level_of_care: intensive-outpatient\n');
    expect(found.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(["3:3 unknown key 'nme' in program; did you mean 'name'?"]);
    // A required key that is simply absent is still reported.
    expect(problems('version: 1\nprogram:\n  level_of_care: intensive-outpatient\n').map((p) => p.message)).toEqual(["program is missing the required key 'name'"]);
  });
});
