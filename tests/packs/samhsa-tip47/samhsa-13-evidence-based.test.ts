import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-13-evidence-based.js';
import { COMPLIANT, expectFindings, lineOf, runRule } from '../../support/audit.js';

const HARMFUL = "'confrontational-counseling' is harmful: confrontation raises resistance and dropout and worsens outcomes; replace it with an empathic, motivational style (motivational-interviewing or motivational-enhancement-therapy)";

describe('SAMHSA-13 evidence-based', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'approaches:'));
  });

  it('fails when no approach is evidence based, names an unrecognised one as a warning and confrontation as an error', () => {
    const result = expectFindings(rule, { approaches: ['art-therapy', 'confrontational-counseling'] }, [
      { message: 'none of the named approaches is evidence based', pointer: '/approaches', at: 'approaches:', fix: 'Adopt at least one evidence-based approach, for example cognitive behavioral therapy, motivational interviewing or contingency management.' },
      { message: "'art-therapy' is not an approach the catalog recognises as evidence based", pointer: '/approaches/0', at: '- art-therapy', severity: 'warning', fix: "Review 'art-therapy': keep it only beside evidence-based approaches, or replace it with one such as cognitive behavioral therapy, motivational interviewing or contingency management." },
      { message: HARMFUL, pointer: '/approaches/1', at: '- confrontational-counseling', fix: "Stop using 'confrontational-counseling': replace it with an empathic, motivational style (motivational interviewing or motivational enhancement therapy)." },
    ]);
    expect(result.severity).toBe('error');
  });

  it('errs on confrontational counseling even beside evidence-based approaches', () => {
    const result = expectFindings(rule, { approaches: ['twelve-step-facilitation', 'confrontational-counseling', 'matrix-model'] }, [
      { message: HARMFUL, pointer: '/approaches/1', at: '- confrontational-counseling' },
    ]);
    expect(result.severity).toBe('error');
  });

  it('warns only, when an unrecognised approach sits beside evidence-based ones', () => {
    const result = expectFindings(rule, { approaches: ['cognitive-behavioral-therapy', 'equine-therapy'] }, [
      { message: "'equine-therapy' is not an approach the catalog recognises as evidence based", pointer: '/approaches/1', at: '- equine-therapy', severity: 'warning' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('fails when no approaches are named', () => {
    expectFindings(rule, { approaches: undefined }, [
      { message: 'no treatment approaches are named: list the evidence-based approaches in use', pointer: '/approaches', at: 'version:', fix: 'Name the evidence-based approaches the program uses, for example cognitive behavioral therapy, motivational interviewing or contingency management.' },
    ]);
  });

  it('cites TIP 35 as a primary source, marked unverified', () => {
    const tip35 = rule.sources.find((s) => s.work.includes('TIP) 35'));
    expect(tip35).toMatchObject({ basis: 'primary' });
    expect(tip35!.unverified).toBeTruthy();
    expect(rule.sources[0]!.at).toMatch(/principle 13/);
  });
});
