import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-12-social-support.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SAMHSA-12 social-support', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'social_support:'));
  });

  it('fails without family involvement or any other support', () => {
    expectFindings(rule, {
      'social_support.family_involvement': false,
      'social_support.peer_support': false,
      'social_support.employer_or_school_involvement': 'not-offered',
    }, [
      { message: 'families are not involved', pointer: '/social_support/family_involvement', at: 'family_involvement:', fix: "Involve clients' families, or the people they count as family, in their treatment." },
      { message: 'no support beyond the family: add peer_support or employer_or_school_involvement: with-consent', pointer: '/social_support', at: 'social_support:', fix: "Build support beyond the family: offer peer support, or work with the client's employer or school with their consent." },
    ]);
  });

  it('accepts an employer involved with consent as the other support', () => {
    expect(runRule(rule, withChanges({ 'social_support.peer_support': undefined })).status).toBe('pass');
  });

  it('fails when social support is not described', () => {
    expectFindings(rule, { social_support: undefined }, [
      { message: 'no social support is described: add social_support', pointer: '/social_support', at: 'version:', fix: "Describe how the program builds clients' support: involve their families, and offer peer support or, with the client's consent, work with their employer or school." },
    ]);
  });

  it('rests on TIP 47 principle 12, a primary source whose heading was not read, so it is named as a topic, not quoted', () => {
    expect(rule.basis).toBe('primary');
    expect(rule.citation).toContain('ch. 2, "Principles of Intensive Outpatient Treatment", principle 12 (topic: Involve families, employers and significant others)');
    expect(rule.citation).not.toContain('principle 12: "');
    expect(rule.sources[0]!.unverified).toMatch(/^TIP 47's list \(ch\. 2, NCBI Bookshelf\) could be read only as far as "11\. Educat…": neither this heading nor the principle's text was read/);
  });

  it('says that which supports count beyond the family is the catalog\'s reading', () => {
    expect(rule.sources[1]).toMatchObject({ basis: 'convention' });
    expect(rule.sources[1]!.words).toContain('support beyond the family is the catalog\'s reading of the principle');
  });
});
