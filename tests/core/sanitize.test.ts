import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { validateText } from '../../src/core/engine.js';
import { loadYaml } from '../../src/yaml/load.js';
import { MESSAGE_TEXT_LIMIT, quote, sanitize } from '../../src/core/sanitize.js';
import { schemaProblems, type SchemaValidator } from '../../src/core/validate.js';
import { validateConfigSchema } from '../../src/generated/validators.js';

/** Characters a message must never carry raw: controls, invisible format characters, line separators, lone surrogates. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]|\p{Cs}/u;

describe('the message sanitiser', () => {
  it('escapes control characters, the terminal escape and invisible characters, keeping a message on one line', () => {
    expect(sanitize('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(sanitize('\u001b[31mred\u001b[0m')).toBe('\\u001b[31mred\\u001b[0m');
    expect(sanitize('nul\u0000 del\u007f c1\u0085\u009b')).toBe('nul\\u0000 del\\u007f c1\\u0085\\u009b');
    expect(sanitize('line\u2028para\u2029')).toBe('line\\u2028para\\u2029');
    expect(sanitize('abc\u202edcba')).toBe('abc\\u202edcba');
    expect(sanitize('lone \ud800 half')).toBe('lone \\ud800 half');
    expect(sanitize('Résumé café 😀')).toBe('Résumé café 😀');
  });

  it('cuts long text short with an ellipsis, never through a surrogate pair', () => {
    const long = sanitize('x'.repeat(10_000));
    expect(long).toHaveLength(MESSAGE_TEXT_LIMIT);
    expect(long.endsWith('…')).toBe(true);
    expect(quote('y'.repeat(500))).toBe(`'${'y'.repeat(59)}…'`);
    const emoji = sanitize(`${'x'.repeat(MESSAGE_TEXT_LIMIT - 2)}😀😀`);
    expect(emoji).not.toMatch(UNPRINTABLE);
    // Escapes count toward the limit too.
    expect(sanitize('\u001b'.repeat(500)).length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT);
  });

  it('gives any text back printable and within the limit', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const out = sanitize(text);
      expect(out).not.toMatch(UNPRINTABLE);
      expect(out.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT);
    }), { numRuns: 5_000, seed: 17 });
  });

  it('replaces text that looks like patient data by a placeholder that says what it looks like', () => {
    expect(sanitize('client 123-45-6789')).toBe('«redacted: looks like a social security number»');
    expect(quote('Maria Gonzalez 3/4/87')).toBe('«redacted: looks like a name with a date of birth»');
    expect(quote('group-therapy')).toBe("'group-therapy'");
  });
});

// Identifiers in the forms a tester tried, as `text` with the part that must never be shown as `core`.
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
const FULL_WIDTH = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const separator = fc.constantFrom('-', '.', ' ', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uff0d', ' - ', ' – ');
const ssn = fc.tuple(digits(3), separator, digits(2), separator, digits(4), fc.boolean())
  .map(([a, s1, b, s2, c, wide]) => (wide ? FULL_WIDTH : String)(`${a}${s1}${b}${s2}${c}`));
const nineDigits = digits(9);
const recordNumber = fc.tuple(
  fc.constantFrom('MRN', 'MRN:', 'MRN#', 'MR#', 'MR #', 'MR no.', 'mr number', 'Medical Record Number', 'medical record no.', 'med rec #', 'Medical record #'),
  fc.constantFrom(' ', ': ', ''),
  fc.integer({ min: 4, max: 10 }).chain(digits),
).map(([label, sep, number]) => `${label}${sep}${number}`);
const day = fc.integer({ min: 1, max: 28 });
const month = fc.integer({ min: 1, max: 12 });
const fullYear = fc.integer({ min: 1930, max: 2020 });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number) => `${d}${[, 'st', 'nd', 'rd'][d % 10 > 3 || Math.floor(d / 10) === 1 ? 0 : d % 10] ?? 'th'}`;
const pad = (n: number) => String(n).padStart(2, '0');
const date = fc.tuple(day, month, fullYear, fc.integer({ min: 0, max: 9 })).map(([d, m, y, form]) => {
  const yy = pad(y % 100);
  const name = MONTHS[m - 1]!;
  return [
    `${pad(m)}/${pad(d)}/${y}`, `${m}-${d}-${y}`, `${y}-${pad(m)}-${pad(d)}`, // numeric
    `${m}/${d}/${yy}`, `${d}.${m}.${yy}`, // short
    `${name} ${d}, ${y}`, `${d} ${name} ${y}`, `${ordinal(d)} of ${name} '${yy}`, `${name.slice(0, 3)}. ${ordinal(d)}, ${y}`, `${name} ${ordinal(d)} ${yy}`, // spelled
  ][form]!;
});
const personName = fc.constantFrom('Maria Gonzalez', 'Gonzalez, Maria', 'John Smith', 'Ann Lee');
const birth = fc.oneof(
  fc.tuple(personName, fc.constantFrom(' ', ', ', ' DOB ', ', born ', ' ('), date).map(([n, c, d]) => ({ text: `${n}${c}${d}`, core: d })),
  fc.tuple(fc.constantFrom('DOB', 'DOB:', 'D.O.B.', 'date of birth', 'Date of birth:', 'born on', 'birthdate'), date).map(([w, d]) => ({ text: `${w} ${d}`, core: d })),
);
const phone = fc.tuple(digits(3), digits(3), digits(4), fc.integer({ min: 0, max: 4 }))
  .map(([a, b, c, form]) => [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `${a}\u2013${b}\u2013${c}`][form]!);
const label = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);
const email = fc.tuple(label, fc.constantFrom('', '.', '_', '+'), label, label, fc.constantFrom('org', 'com', 'health', 'us'))
  .map(([a, s, b, host, tld]) => `${a}${s}${b}@${host}.${tld}`);
const identifier = fc.oneof(
  ...[ssn, nineDigits, recordNumber, phone, email].map((arb) => arb.map((text) => ({ text, core: text }))),
  birth,
);
const context = fc.constantFrom('', 'see ', 'client ', 'notes: ');

/** The messages schema errors in a config give: no privacy screen runs first, so the sanitiser alone keeps these clean. */
function configMessages(data: unknown): string[] {
  const loaded = loadYaml(JSON.stringify(data));
  return schemaProblems(validateConfigSchema as SchemaValidator, configSchema, loaded.data, loaded.locator!).map((p) => p.message);
}

function documentMessages(text: string): string[] {
  return validateText(text, 'p.yaml').problems.map((p) => p.message);
}

function syntaxMessages(text: string): string[] {
  return loadYaml(text, { fast: false }).problems.map((p) => p.message);
}

/** Every place a message can quote text from outside the tool. */
const POSITIONS: Record<string, (id: string) => string[]> = {
  'unknown key': (id) => configMessages({ [id]: 1 }),
  'bad enum value': (id) => [...configMessages({ fail_on: id }), ...configMessages({ standards: [id] })],
  'wrong type': (id) => [...configMessages({ max_warnings: id }), ...configMessages({ thresholds: id })],
  'a key in a field name': (id) => configMessages({ rules: { [id]: 'sometimes' } }),
  'duplicate key': (id) => syntaxMessages(`a: 1\n${JSON.stringify(id)}: 1\n${JSON.stringify(id)}: 2\n`),
  'syntax error text': (id) => [...syntaxMessages(`- a\nb: ${id}\n`), ...syntaxMessages(`- a\nb: ${JSON.stringify(id)}\n`), ...syntaxMessages(`a: !<${id}> x\n`)],
  'program document': (id) => [
    ...documentMessages(JSON.stringify({ version: id, program: { name: 'x' } })),
    ...documentMessages(JSON.stringify({ version: { note: id }, program: { name: 'x' } })),
    ...documentMessages(JSON.stringify({ version: 1, program: { name: 'x', [id]: 1 } })),
    ...documentMessages(JSON.stringify({ version: 1, program: { name: 'x', level_of_care: id } })),
    ...documentMessages(JSON.stringify(id)),
  ],
  'file name': (id) => [sanitize(`programs/${id}.yaml`), sanitize(id)],
};

describe('identifiers in any position a message can quote', () => {
  for (const [position, messagesFor] of Object.entries(POSITIONS)) {
    it(`never appear when placed in: ${position}`, () => {
      fc.assert(fc.property(context, identifier, context, (before, { text, core }, after) => {
        const messages = messagesFor(`${before}${text}${after}`);
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) {
          expect(message).not.toContain(text);
          expect(message).not.toContain(core);
        }
      }), { numRuns: 400, seed: 23 });
    });
  }
});
