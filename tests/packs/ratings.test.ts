import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import type { RuleResult, Status, Severity } from '../../src/core/types.js';
import { packResults, rate } from '../../src/packs/crosswalk.js';
import { PACKS, RULES } from '../../src/packs/index.js';
import { readinessLine } from '../../src/report/sections.js';
import { withChanges } from '../support/audit.js';
import { CITED_PROGRAM } from '../support/evidence-program.js';

const result = (rule: string, status: Status, severity: Severity = 'error', extra: Partial<RuleResult> = {}): RuleResult => ({
  rule, alias: rule.toLowerCase(), standard: 'joint', clause: '1', title: 't', citation: 'c', basis: 'primary',
  status, severity, message: status, pointer: '/schedule', line: 1, column: 1, findings: [], ...extra,
});

describe('requirement ratings', () => {
  it('are not met when an error fails and nothing that applies passes', () => {
    expect(rate([result('A-01', 'fail')])).toBe('not-met');
    expect(rate([result('A-01', 'fail'), result('A-02', 'not-applicable')])).toBe('not-met');
    expect(rate([result('A-01', 'fail'), result('A-02', 'fail', 'warning')])).toBe('not-met');
  });

  it('are partially met when some applicable rules pass beside an error, or when only warnings fail', () => {
    expect(rate([result('A-01', 'fail'), result('A-02', 'pass')])).toBe('partially-met');
    expect(rate([result('A-01', 'fail', 'warning')])).toBe('partially-met');
    expect(rate([result('A-01', 'fail', 'warning'), result('A-02', 'pass')])).toBe('partially-met');
  });

  it('are never lowered by info notes or baselined failures', () => {
    expect(rate([result('A-01', 'fail', 'info'), result('A-02', 'pass')])).toBe('met');
    expect(rate([result('A-01', 'fail', 'info')])).toBe('met');
    expect(rate([result('A-01', 'fail', 'error', { baselined: true })])).toBe('met');
  });

  it('keep waived, not applicable and not assessed apart', () => {
    expect(rate([result('A-01', 'waived'), result('A-02', 'pass')])).toBe('waived');
    expect(rate([result('A-01', 'waived'), result('A-02', 'fail')])).toBe('not-met');
    expect(rate([result('A-01', 'not-applicable')])).toBe('not-applicable');
    expect(rate([])).toBe('not-assessed');
  });
});

describe('pack results with evidence', () => {
  const packs = PACKS.filter((p) => ['samhsa-tip47', 'joint', 'document'].includes(p.id));
  const audit = (yaml: string, evidence?: 'required') =>
    auditText(yaml, 'cedar-ridge.yaml', { rules: RULES, standards: ['samhsa-tip47', 'joint'], ...(evidence ? { evidence } : {}) });
  const requirement = (doc: ReturnType<typeof audit>, pack: string, clause: string) =>
    packResults(doc, packs, RULES).find((p) => p.pack === pack)!.requirements.find((r) => r.clause === clause)!;

  it('list the evidence of a met requirement, and mark one met on claims that cite none', () => {
    const doc = audit(CITED_PROGRAM);
    const evaluation = packResults(doc, packs, RULES).find((p) => p.pack === 'joint')!.requirements.find((r) => r.rules.includes('JOINT-04'))!;
    expect(evaluation.rating).toBe('met');
    expect(evaluation.evidence.map((c) => c.ref)).toEqual(['P-12 §4.2', 'REC-7 charts 1-10']);
    expect(evaluation.unevidenced).toBe(false);
    const lead = packResults(doc, packs, RULES).find((p) => p.pack === 'joint')!.requirements.find((r) => r.rules.includes('JOINT-05'))!;
    expect(lead).toMatchObject({ rating: 'met', evidence: [], unevidenced: true });
    // The document checks judge the document itself: never "claimed, no evidence cited".
    expect(packResults(doc, packs, RULES).find((p) => p.pack === 'document')!.requirements.every((r) => !r.unevidenced)).toBe(true);
  });

  it('rate a requirement partially met when only a warning fails, and count it half', () => {
    const yaml = withChanges({ 'services.drug_testing': { provided: 'on-site', method: 'urine', schedule: 'scheduled', per_week: 2, evidence: ['P-12 §6 (testing)'] } }, CITED_PROGRAM);
    const doc = audit(yaml);
    const testing = packResults(doc, packs, RULES).find((p) => p.pack === 'samhsa-tip47')!.requirements.find((r) => r.rules.includes('SAMHSA-08'))!;
    expect(testing.rating).toBe('partially-met');
    expect(testing.evidence.map((c) => c.ref)).toEqual(['P-12 §6 (testing)']);
    const samhsa = packResults(doc, packs, RULES).find((p) => p.pack === 'samhsa-tip47')!;
    const { met, 'partially-met': partial, 'not-met': notMet } = samhsa.counts;
    expect(partial).toBeGreaterThan(0);
    expect(samhsa.compliance).toBe(Math.round(((met + partial / 2) / (met + partial + notMet)) * 100));
    expect(readinessLine(samhsa)).toMatch(new RegExp(`^${met} met, ${partial} partially met, ${notMet} not met, `));
  });

  it('rate the evidence requirement partially met when references resolve but sections go uncited', () => {
    const doc = audit(CITED_PROGRAM, 'required');
    const evidence = requirement(doc, 'document', 'evidence-references');
    expect(evidence.rules).toEqual(['EVID-01', 'EVID-02']);
    expect(evidence.rating).toBe('partially-met');
    const typo = audit(withChanges({ 'services.medical.evidence': ['MOU4 §2'] }, CITED_PROGRAM), 'required');
    expect(requirement(typo, 'document', 'evidence-references').rating).toBe('not-met');
    expect(readinessLine(packResults(audit(CITED_PROGRAM), packs, RULES).find((p) => p.pack === 'document')!)).not.toContain('partially');
  });
});
