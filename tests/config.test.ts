import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { today, utcDate } from '../src/config/config.js';

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
    const before = new Date().toISOString().slice(0, 10);
    const now = today({});
    // Either side of a midnight that falls between the two readings.
    expect([before, new Date().toISOString().slice(0, 10)]).toContain(now);
  });
});
