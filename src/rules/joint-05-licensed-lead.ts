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
    'Someone has to answer clinically for every client\'s care, and a professional license is what holds that person to a scope of practice and a licensing board. Administrators and peer staff contribute a great deal but cannot carry that responsibility.',
  remediation: {
    text: 'Name a clinical lead in a clinical role who holds a professional license (for example MD, PsyD, LCSW, LPC or LMFT).',
    example: 'staffing:\n  clinical_lead: { role: clinical-director, credential: LCSW, licensed: true }',
  },
  evidence: ['/staffing/clinical_lead'],
  thresholds: [],
  check(program) {
    const lead = program.staffing?.clinical_lead;
    const at = '/staffing/clinical_lead';
    if (!lead) return [{ pointer: at, message: 'no clinical lead is named: add staffing.clinical_lead with role, credential and licensed: true' }];
    const findings: RawFinding[] = [];
    if (!CLINICAL_LEAD_ROLES.has(lead.role)) {
      findings.push({ pointer: `${at}/role`, message: `the clinical lead's role '${lead.role}' is not a clinical role that can lead care: name a clinician such as a clinical-director or psychologist` });
    }
    if (!lead.credential) {
      findings.push({ pointer: `${at}/credential`, message: "the clinical lead's credential is not stated: name their professional license" });
    } else if (NON_LICENSE_CREDENTIALS.has(lead.credential)) {
      findings.push({ pointer: `${at}/credential`, message: `the clinical lead's credential '${lead.credential}' is not a professional license: the lead needs one such as LCSW, LPC, PsyD or MD` });
    }
    if (lead.licensed === undefined) {
      findings.push({ pointer: `${at}/licensed`, message: 'whether the clinical lead is licensed is not stated: set licensed: true' });
    } else if (!lead.licensed) {
      findings.push({ pointer: `${at}/licensed`, message: 'the clinical lead is not licensed (licensed: false)' });
    }
    return findings;
  },
});
