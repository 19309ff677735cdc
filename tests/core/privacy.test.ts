import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { validateText } from '../../src/core/engine.js';
import { IDENTIFIER_PATTERNS, identifierKind, mayHoldIdentifier, patientDataProblems, reviewedLines } from '../../src/core/privacy.js';
import { sanitize } from '../../src/core/sanitize.js';
import { RULES } from '../../src/packs/index.js';
import { lineOf, withChanges } from '../support/audit.js';
// Imported with the file, so that the folder the test writes its document to is removed after it.
import { cli, tempDir } from '../support/cli.js';

function audit(yaml: string) {
  return auditText(yaml, 'p.yaml', { rules: RULES });
}

const IDENTIFIERS: [string, string, string][] = [
  ['program.provider', 'Intake: 123-45-6789', 'a social security number'],
  ['services.medical.partner', 'Dr Lee, MRN: 00482913', 'a medical record number'],
  ['engagement.alliance.measured_with', 'WAI-SR, DOB 04/12/1987', 'a date of birth'],
  ['program.name', 'Riverside IOP Maria Gonzalez 1987-04-12', 'a name with a date of birth'],
];

describe('patient data', () => {
  for (const [path, value, kind] of IDENTIFIERS) {
    it(`refuses ${kind} at its line without repeating it`, () => {
      const yaml = withChanges({ [path]: value });
      const doc = audit(yaml);
      expect(doc.verdict).toBe('invalid');
      expect(doc.problems).toHaveLength(1);
      const problem = doc.problems[0]!;
      expect(problem.kind).toBe('privacy');
      expect(problem.message).toContain(`looks like ${kind}`);
      expect(problem.pointer).toBe(`/${path.replace(/\./g, '/')}`);
      expect(problem.line).toBe(lineOf(yaml, value));
      expect(JSON.stringify(doc)).not.toContain(value.replace(/^.*?(\d)/, '$1').slice(0, 6));
    });
  }

  it('refuses an identifier used as a key, naming only the parent', () => {
    const yaml = withChanges({}).replace('program:\n', 'program:\n  123-45-6789: x\n');
    const doc = audit(yaml);
    expect(doc.problems[0]!.kind).toBe('privacy');
    expect(doc.problems[0]!.pointer).toBe('/program');
    expect(JSON.stringify(doc)).not.toContain('6789');
  });

  it('refuses a nine-digit number', () => {
    const doc = audit(withChanges({ 'admission.days_to_first_session': 123456789 }));
    expect(doc.problems[0]!.message).toMatch(/^this value looks like a social security number/);
    expect(JSON.stringify(doc)).not.toContain('123456789');
  });

  it('leaves ordinary program text alone', () => {
    const doc = audit(withChanges({ 'services.medical.partner': 'St. Mary Clinic, 555 Main St, est. 1987', 'program.name': 'Hope House IOP 2026-01 cohort' }));
    expect(doc.verdict).toBe('pass');
  });
});

describe('patient data in every report format', () => {
  it('is located but never repeated', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.yaml'), withChanges({ 'services.medical.partner': 'Dr Lee re: Maria Gonzalez, DOB 04/12/1987, MRN 00482913' }));
    for (const format of ['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html']) {
      const run = cli(['p.yaml', '--format', format], { cwd: dir });
      expect(run.code, format).toBe(1);
      expect(run.stdout, format).toMatch(/looks like a (medical record number|date of birth|name with a date of birth)/);
      for (const secret of ['Gonzalez', '1987', '00482913']) expect(run.stdout, format).not.toContain(secret);
    }
  });
});

describe('the quick screen before the identifier patterns', () => {
  it('lets through all text that any pattern matches', () => {
    // Digits, separators and the words the patterns look for, in random order.
    const piece = fc.constantFrom('1', '2', '9', '0', '19', '20', '-', '/', '.', ' ', ':', ',', "'", '@', '(', ')', '\u2013', 'th', ' of ', 'ssn', 'MRN', 'MR#', 'dob', 'born on', 'Jane Doe', 'mar', 'chart #', 'x', 'a.org');
    const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(text, (candidate) => {
      if (IDENTIFIER_PATTERNS.some((p) => p.test(candidate))) expect(mayHoldIdentifier(candidate)).toBe(true);
    }), { numRuns: 20_000, seed: 5 });
    // The screen is not vacuous: these sample identifiers get through it and match.
    for (const sample of ['123-45-6789', 'MRN: 00482913', 'DOB 04/12/1987', 'Maria Gonzalez 1987-04-12', 'Maria Gonzalez 3/4/87', 'Jane Doe, 4th of March \'87', 'a@b.org', '555-867-5309']) {
      expect(mayHoldIdentifier(sample) && IDENTIFIER_PATTERNS.some((p) => p.test(sample))).toBe(true);
    }
  });
});

describe('identifier patterns behind their quick screens', () => {
  it('still find every form of identifier, anywhere in a text', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const year = fc.tuple(fc.constantFrom('19', '20'), digits(2)).map(([c, y]) => c + y);
    const date = fc.oneof(
      fc.tuple(digits(2), fc.constantFrom('/', '.', '-'), digits(2), year).map(([d, sep, m, y]) => `${d}${sep}${m}${sep}${y}`),
      fc.tuple(year, digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(digits(1), fc.constantFrom('Mar', 'june', 'DEC'), year).map(([d, m, y]) => `${d} ${m} ${y}`),
      fc.tuple(fc.constantFrom('Jan', 'october'), digits(2), year).map(([m, d, y]) => `${m} ${d}, ${y}`),
      // Short and spelled forms.
      fc.tuple(digits(1), fc.constantFrom('/', '.', '-'), digits(1), digits(2)).map(([d, sep, m, y]) => `${d}${sep}${m}${sep}${y}`),
      fc.tuple(fc.constantFrom('4th of March', '1st of Sept.', '22nd Jan'), digits(2)).map(([d, y]) => `${d} '${y}`),
      fc.tuple(fc.constantFrom('March 4th,', 'Dec. 3rd', 'july 2nd'), year).map(([d, y]) => `${d} ${y}`),
    );
    const ssnSeparator = fc.constantFrom('-', ' ', '.', '\u2010', '\u2013', '\u2014', '\u2212', '\uff0d', ' - ');
    const identifier = fc.oneof(
      fc.tuple(digits(3), ssnSeparator, digits(2), ssnSeparator, digits(4)).map(([a, s1, b, s2, c]) => ({ text: `${a}${s1}${b}${s2}${c}`, kind: 'a social security number' })),
      digits(9).map((n) => ({ text: `SSN: ${n}`, kind: 'a social security number' })),
      fc.tuple(fc.constantFrom('MRN', 'MR#', 'MR #', 'medical record no.', 'Patient ID', 'chart #'), digits(6)).map(([w, n]) => ({ text: `${w} ${n}`, kind: 'a medical record number' })),
      fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => ({ text: `(${a}) ${b}-${c}`, kind: 'a phone number' })),
      fc.stringMatching(/^[a-z][a-z0-9._]{0,8}@[a-z]{1,8}\.(org|com)$/).map((text) => ({ text, kind: 'an e-mail address' })),
      fc.tuple(fc.constantFrom('DOB', 'date of birth:', 'born on', 'Birthdate'), date).map(([w, d]) => ({ text: `${w} ${d}`, kind: 'a date of birth' })),
      date.map((d) => ({ text: `Maria Gonzalez ${d}`, kind: 'a name with a date of birth' })),
    );
    const words = fc.constantFrom('', 'group ', 'notes: ', 'see ');
    fc.assert(fc.property(words, identifier, words, (before, { text, kind }, after) => {
      const found = IDENTIFIER_PATTERNS.find((p) => p.test(`${before}${text} ${after}`));
      expect(mayHoldIdentifier(`${before}${text} ${after}`)).toBe(true);
      expect(found?.kind).toBe(kind);
    }), { numRuns: 5_000, seed: 9 });
  });
});


describe('identifiers in the forms a tester tried', () => {
  const FORMS: [string, string][] = [
    ['123.45.6789', 'a social security number'],
    ['123\u201345\u20136789', 'a social security number'],
    ['123 \u2014 45 \u2014 6789', 'a social security number'],
    ['\uff11\uff12\uff13-\uff14\uff15-\uff16\uff17\uff18\uff19', 'a social security number'],
    ['123\u200b-45-6789', 'a social security number'],
    ['123456789', 'a social security number'],
    ['MR# 4829133', 'a medical record number'],
    ['mr #4829133', 'a medical record number'],
    ['Maria Gonzalez 3/4/87', 'a name with a date of birth'],
    ['Gonzalez, Maria, March 4th, 1987', 'a name with a date of birth'],
    ['Maria Gonzalez, born March 4th, 1987', 'a date of birth'],
    ["Maria Gonzalez 4th of March '87", 'a name with a date of birth'],
    ['D.O.B. 04/12/1987', 'a date of birth'],
    ['call (555) 867-5309', 'a phone number'],
    ['555.867.5309', 'a phone number'],
    ['write to maria.gonzalez@example.org', 'an e-mail address'],
  ];
  for (const [text, kind] of FORMS) {
    it(`refuses ${JSON.stringify(text)} as ${kind}`, () => {
      expect(identifierKind(text)).toBe(kind);
      const doc = audit(withChanges({ 'services.medical.partner': text }));
      expect(doc.problems.map((p) => p.message)).toEqual([expect.stringContaining(`looks like ${kind}`)]);
    });
  }

  it('refuses a quoted nine-digit value, wherever it is', () => {
    const yaml = withChanges({ 'program.provider': '123456789' });
    expect(yaml).toContain('provider: "123456789"');
    expect(audit(yaml).problems[0]!.message).toMatch(/^this value looks like a social security number/);
  });
});

describe('values nested deeper than a call stack', () => {
  it('are screened at any depth the reader accepts', () => {
    // 100 levels: the reader takes it (the schema would refuse the key), and the old screen stopped at 64.
    const deep = `${'['.repeat(100)}"123-45-6789"${']'.repeat(100)}`;
    const doc = validateText(`version: 1\nprogram: {name: x}\nnotes: ${deep}\n`, 'p.yaml');
    expect(doc.problems.map((p) => p.kind)).toEqual(['privacy']);
    expect(doc.problems[0]!.pointer).toBe(`/notes${'/0'.repeat(100)}`);
  });

  it('are screened without recursion, however deep', () => {
    let data: unknown = { leaf: 'Intake: 123-45-6789' };
    for (let i = 0; i < 100_000; i++) data = [data];
    const problems = patientDataProblems(data, { locate: () => ({ line: 1, column: 1 }) });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.pointer.endsWith('/0/leaf')).toBe(true);
  });
});

describe('text that only looks like patient data', () => {
  const REVIEWED = '# iop-audit: not-patient-data';
  /** The compliant example with one value set and its line ended with `comment`. */
  const withValue = (path: string, value: string, comment = '') => {
    const yaml = withChanges({ [path]: value });
    const line = lineOf(yaml, value);
    return yaml.split('\n').map((text, i) => (i + 1 === line ? `${text} ${comment}` : text)).join('\n');
  };

  it('is not refused when it is no identifier at all', () => {
    for (const text of ['Founded 1987 Recovery Center', '1200 patients served per year', 'Patient number: 1200 served per year', 'Group@10.30am', 'NPI 1234567890']) {
      expect(identifierKind(text), text).toBeUndefined();
    }
  });

  it('is kept when its line is marked as reviewed, and the problem says how', () => {
    for (const [path, text] of [
      ['program.name', 'Hope House, Founded 03/01/1987 Recovery Center'],
      ['services.medical.partner', 'reviewed by Ann Lee on 03/04/2025'],
      ['services.medical.partner', 'Intake line (555) 867-5309, intake@hopehouse.org'],
      ['services.medical.partner', 'Patient number: 12000 served per year'],
    ] as const) {
      const refused = audit(withValue(path, text));
      expect(refused.verdict, text).toBe('invalid');
      expect(refused.problems[0]!.message).toContain(REVIEWED);
      expect(audit(withValue(path, text, REVIEWED)).verdict, text).toBe('pass');
      expect(audit(withValue(path, text, `${REVIEWED} (founding date, staff review)`)).verdict, text).toBe('pass');
    }
  });

  it('marks only its own line', () => {
    const yaml = withValue('services.medical.partner', 'reviewed by Ann Lee on 03/04/2025', REVIEWED)
      .replace(/^(\s*provider:).*$/m, '$1 reviewed by Ann Lee on 03/05/2025');
    expect(audit(yaml).problems.map((p) => p.pointer)).toEqual(['/program/provider']);
  });

  it('never covers a social security number or a medical record number', () => {
    for (const text of ['Intake: 123-45-6789', 'MRN 00482913', '123456789']) {
      const doc = audit(withValue('services.medical.partner', text, REVIEWED));
      expect(doc.verdict, text).toBe('invalid');
      expect(doc.problems[0]!.message).not.toContain(REVIEWED);
    }
  });

  it('is marked only by a comment', () => {
    expect([...reviewedLines('a: 1\nb: x # iop-audit: not-patient-data\nc: "# iop-audit: not-patient-data-not"\n#iop-audit: not-patient-data\n')]).toEqual([2, 4]);
  });
});

describe('the identifier patterns on hostile text', () => {
  it('take linear time: a megabyte line is screened in well under a second', () => {
    // Each line repeats what a pattern could backtrack over, and ends with text that gets past every
    // cheap condition (so that every full pattern reads the whole line) but completes no identifier.
    const tail = '| 1234 x@ 1/1/11 Ab Cd born dob mrn patient';
    const lines = [
      'MRN' + ' '.repeat(1e6), '1 '.repeat(5e5), 'a@'.repeat(5e5), '1'.repeat(1e6), '123-'.repeat(25e4), 'Jane Doe 1/1/'.repeat(8e4),
      'jan'.repeat(333_333), 'dob '.repeat(25e4), 'a.'.repeat(5e5) + '@', 'mr #'.repeat(25e4), 'patient no '.repeat(1e5),
      '1st of '.repeat(15e4), 'Ab '.repeat(333_333), 'a@b.'.repeat(25e4), '(555)'.repeat(2e5), '12 Mar '.repeat(15e4),
    ].map((line) => line + tail);
    let total = 0;
    for (const line of lines) {
      const start = performance.now();
      for (const pattern of IDENTIFIER_PATTERNS) pattern.test(line);
      sanitize(line);
      reviewedLines(line);
      const elapsed = performance.now() - start;
      total += elapsed;
      // Generous: this guards against backtracking without end (minutes), not for speed.
      expect(elapsed < 100 || total < 1_000, `${line.slice(0, 12)}… took ${elapsed.toFixed(0)} ms`).toBe(true);
    }
  });
});
