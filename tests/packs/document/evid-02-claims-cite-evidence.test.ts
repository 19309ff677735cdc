import { describe, expect, it } from 'vitest';
import { auditText } from '../../../src/core/engine.js';
import rule from '../../../src/packs/document/evid-02-claims-cite-evidence.js';
import { RULES } from '../../../src/packs/index.js';
import { COMPLIANT, lineOf, withChanges } from '../../support/audit.js';
import { CITED_PROGRAM } from '../../support/evidence-program.js';

const audit = (yaml: string, options: { evidence?: 'optional' | 'required'; severities?: Record<string, 'error' | 'warning' | 'info' | 'off'> } = {}) =>
  auditText(yaml, 'cedar-ridge.yaml', { rules: RULES, standards: ['document'], ...options });
const evid02 = (yaml: string, options: Parameters<typeof audit>[1] = { evidence: 'required' }) => audit(yaml, options).results.find((r) => r.rule === 'EVID-02');

describe('EVID-02 claims-cite-evidence', () => {
  it('is off unless the config requires evidence', () => {
    expect(evid02(COMPLIANT, {})).toBeUndefined();
    expect(evid02(COMPLIANT, { evidence: 'optional' })).toBeUndefined();
  });

  it('reports, at error severity, each claim section and provided service of an uncited document', () => {
    const yaml = COMPLIANT;
    const result = evid02(yaml)!;
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    const sections = result.findings.map((f) => f.pointer);
    expect(sections.slice(0, 5)).toEqual(['/program', '/schedule', '/admission', '/staffing', '/services/individual_counseling']);
    expect(sections).toContain('/services/medical');
    expect(sections).toContain('/quality');
    expect(result.findings[2]!.message).toBe('admission cites no evidence: the config requires each audited section to name where it is documented');
    expect(result.findings[2]!.line).toBe(lineOf(yaml, 'admission:'));
  });

  it('counts evidence on a section, on items inside it, and on services as a whole for each service', () => {
    // Cedar Ridge cites its program, schedule (and a block), admission and the medical contract; staffing,
    // two services and crisis cite nothing.
    const result = evid02(CITED_PROGRAM)!;
    expect(result.findings.map((f) => f.message.split(' cites')[0])).toEqual([
      'staffing', 'services.individual_counseling', 'services.group_counseling', 'services.crisis',
    ]);
    const cited = withChanges({
      'services.evidence': ['HB-2 section 7 (services we offer)'],
      'staffing.team.0.evidence': ['REC-7 personnel files 3-4'],
    }, CITED_PROGRAM);
    expect(evid02(cited)!.status).toBe('pass');
  });

  it('does not ask a service the program does not provide to cite evidence', () => {
    const yaml = withChanges({ 'services.evidence': ['HB-2 p. 9'], 'staffing.evidence': ['HB-2 p. 11'], 'services.vocational': { provided: 'none' } }, CITED_PROGRAM);
    expect(evid02(yaml)!.status).toBe('pass');
  });

  it('keeps a severity the config sets, and runs when the config only gives it one', () => {
    expect(evid02(COMPLIANT, { evidence: 'required', severities: { 'EVID-02': 'warning' } })!.severity).toBe('warning');
    expect(evid02(COMPLIANT, { severities: { 'EVID-02': 'warning' } })!.status).toBe('fail');
    expect(evid02(COMPLIANT, { evidence: 'required', severities: { 'EVID-02': 'off' } })).toBeUndefined();
  });

  it('fails the document it reports on', () => {
    expect(audit(COMPLIANT, { evidence: 'required' }).verdict).toBe('fail');
    expect(audit(COMPLIANT).verdict).toBe('pass');
    expect(rule.optIn).toBe('evidence-required');
  });
});
