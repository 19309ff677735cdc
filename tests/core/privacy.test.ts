import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { IDENTIFIER_PATTERNS, mayHoldIdentifier } from '../../src/core/privacy.js';
import { RULES } from '../../src/rules/index.js';
import { lineOf, withChanges } from '../support/audit.js';

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
  it('is located but never repeated', async () => {
    const { cli, tempDir } = await import('../support/cli.js');
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
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
    const piece = fc.constantFrom('1', '2', '9', '0', '19', '20', '-', '/', '.', ' ', ':', ',', 'ssn', 'MRN', 'dob', 'born on', 'Jane Doe', 'mar', 'chart #', 'x');
    const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(text, (candidate) => {
      if (IDENTIFIER_PATTERNS.some((p) => p.test(candidate))) expect(mayHoldIdentifier(candidate)).toBe(true);
    }), { numRuns: 20_000, seed: 5 });
    // The screen is not vacuous: these sample identifiers get through it and match.
    for (const sample of ['123-45-6789', 'MRN: 00482913', 'DOB 04/12/1987', 'Maria Gonzalez 1987-04-12']) {
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
    );
    const identifier = fc.oneof(
      fc.tuple(digits(3), fc.constantFrom('-', ' '), digits(2), digits(4)).map(([a, sep, b, c]) => ({ text: `${a}${sep}${b}${sep}${c}`, kind: 'a social security number' })),
      digits(9).map((n) => ({ text: `SSN: ${n}`, kind: 'a social security number' })),
      fc.tuple(fc.constantFrom('MRN', 'medical record no.', 'Patient ID', 'chart #'), digits(6)).map(([w, n]) => ({ text: `${w} ${n}`, kind: 'a medical record number' })),
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

