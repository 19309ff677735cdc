import type { RawFinding } from '../core/types.js';
import { CLINICAL_LEAD_ROLES, NON_LICENSE_CREDENTIALS } from '../core/vocabulary.js';
import { defineRule } from './define.js';
import { jointElement } from './sources.js';

export default defineRule({
  id: 'JOINT-05',
  alias: 'licensed-lead',
  standard: 'joint',
  clause: 'Qualified professional in charge',
  title: 'A licensed professional is in charge',
  severity: 'error',
  citation: jointElement('a qualified professional in charge'),
  rationale:
    'Someone must answer clinically for every client\'s care; a license is what makes that person accountable to a board and a scope of practice. Administrators and peer staff add much, but cannot carry that responsibility.',
  remediation: {
    text: 'Name a clinical lead in a clinical role who holds a professional license (e.g. MD, PhD/PsyD, LCSW, LPC, LMFT).',
    example: 'staffing:\n  clinical_lead: { role: clinical-director, credential: LCSW, licensed: true }',
  },
  evidence: ['/staffing/clinical_lead'],
  thresholds: [],
  check(program) {
    const lead = program.staffing?.clinical_lead;
    const at = '/staffing/clinical_lead';
    if (!lead) return [{ pointer: at, message: 'no clinical lead is named: add staffing.clinical_lead' }];
    const findings: RawFinding[] = [];
    if (!CLINICAL_LEAD_ROLES.has(lead.role)) findings.push({ pointer: `${at}/role`, message: `'${lead.role}' is not a clinical role that can lead care` });
    if (lead.licensed !== true) findings.push({ pointer: `${at}/licensed`, message: 'the clinical lead is not licensed' });
    if (!lead.credential) findings.push({ pointer: `${at}/credential`, message: "the clinical lead's credential is not stated" });
    else if (NON_LICENSE_CREDENTIALS.has(lead.credential)) findings.push({ pointer: `${at}/credential`, message: `${lead.credential} is not a professional license` });
    return findings;
  },
});
