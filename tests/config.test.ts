import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notInCalendar, today, utcDate } from '../src/config/config.js';
import { COMPLIANT } from './support/audit.js';
import { cli, tempDir } from './support/cli.js';

describe("today's date, against which waivers expire", () => {
  it('is the UTC calendar date Date gives, for any time from 1970 to 9999', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => {
      expect(utcDate(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    }), { numRuns: 50_000, seed: 3 });
    // Day and year boundaries, leap days included.
    for (const iso of ['1970-01-01T00:00:00.000Z', '2000-02-29T23:59:59.999Z', '2100-03-01T00:00:00.000Z', '2026-12-31T23:59:59.999Z', '2027-01-01T00:00:00.000Z']) {
      expect(utcDate(Date.parse(iso))).toBe(iso.slice(0, 10));
    }
  });

  it('can be pinned with IOP_AUDIT_TODAY, and a malformed pin is refused', () => {
    expect(today({ IOP_AUDIT_TODAY: '2027-06-30' })).toBe('2027-06-30');
    expect(() => today({ IOP_AUDIT_TODAY: 'June 30' })).toThrow(/IOP_AUDIT_TODAY must be a date/);
    expect(() => today({ IOP_AUDIT_TODAY: '2027-02-29' })).toThrow(/IOP_AUDIT_TODAY must be a date/);
    const before = new Date().toISOString().slice(0, 10);
    const now = today({});
    // Either side of a midnight that falls between the two readings.
    expect([before, new Date().toISOString().slice(0, 10)]).toContain(now);
  });
});

describe('waiver expiry dates', () => {
  it('are days of the calendar: the same days Date knows, leap years included', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
      const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const known = new Date(`${date}T00:00:00Z`);
      expect(notInCalendar(date) === undefined).toBe(!Number.isNaN(known.getTime()) && known.toISOString().startsWith(date));
    }), { numRuns: 20_000, seed: 17 });
    expect(notInCalendar('2099-02-30')).toBe('February 2099 has 28 days');
    expect(notInCalendar('2096-02-29')).toBeUndefined();
    expect(notInCalendar('2100-02-29')).toBe('February 2100 has 28 days');
    expect(notInCalendar('2000-02-29')).toBeUndefined();
    expect(notInCalendar('2027-04-31')).toBe('April 2027 has 30 days');
  });

  it('that are impossible stop the run with a config error at their line and column', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.yaml'), COMPLIANT);
    const config = (expires: string) => ['waivers:', '  - rule: JOINT-10', '    files: ["p.yaml"]', '    justification: State contract.', '    approved_by: J. Rivera', `    expires: ${expires}`, ''].join('\n');
    writeFileSync(join(dir, '.iop-audit.yaml'), config('2099-02-30'));
    const run = cli(['p.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("iop-audit: invalid config .iop-audit.yaml:6:14: waivers[0].expires: '2099-02-30' is not a date of the calendar: February 2099 has 28 days\n");
    writeFileSync(join(dir, '.iop-audit.yaml'), config('2096-02-29'));
    expect(cli(['p.yaml'], { cwd: dir }).code).toBe(0);
  });
});

describe('qualifying_certifications', () => {
  it('accepts a state certification the vocabulary does not list, and the audit then accepts it for a clinical lead', () => {
    const dir = tempDir();
    const program = COMPLIANT.replace(/clinical_lead:.*\n/, 'clinical_lead: { role: clinical-director, credential: CASAC }\n');
    expect(program).toContain('credential: CASAC');
    writeFileSync(join(dir, 'program.yaml'), program);
    const asked = JSON.parse(cli(['program.yaml', '--format', 'json'], { cwd: dir }).stdout);
    expect(asked.documents[0].results.find((r: { rule: string }) => r.rule === 'JOINT-05')).toMatchObject({ status: 'fail', severity: 'warning' });
    writeFileSync(join(dir, '.iop-audit.yaml'), 'qualifying_certifications: [CADC, CASAC]\n');
    const run = cli(['program.yaml', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).documents[0].results.find((r: { rule: string }) => r.rule === 'JOINT-05').status).toBe('pass');
    writeFileSync(join(dir, '.iop-audit.yaml'), 'qualifying_certifications: ["CASAC; DROP"]\n');
    expect(cli(['program.yaml'], { cwd: dir }).stderr).toMatch(/^iop-audit: invalid config \.iop-audit\.yaml:1:/);
  });
});
