import type { RawFinding } from '../../core/types.js';
import { CLINICAL_LEAD_ROLES, CREDENTIAL_KINDS } from '../../domain/vocabulary.js';
import { defineRule } from '../define.js';
import { inWords } from '../helpers.js';
import { convention, jointElement } from '../../domain/sources.js';

export default defineRule({
  id: 'JOINT-05',
  alias: 'qualified-lead',
  standard: 'joint',
  implements: ['joint:qualified-professional'],
  clause: 'Qualified professional in charge',
  title: 'A qualified professional is in charge',
  severity: 'error',
  sources: [
    jointElement('(a) a qualified professional in charge', 'a qualified professional is in charge of the patient\'s overall care and shares professional responsibility for it'),
    convention('which credentials qualify a person to lead clinical care is for each state to decide: a professional license always qualifies; the state addiction-counselor certifications many states accept for clinical supervision (CADC, CAADC, CAC, CCS, MAC) qualify by default, and a config may change that list; a peer-recovery certification or a degree alone does not'),
  ],
  rationale:
    'Someone has to answer clinically for every client\'s care. The joint statement asks for a qualified professional, not a licensed one, and what qualifies is set by each state: many let a certified addiction counselor direct an IOP\'s clinical work. So the catalog reads the element fairly: a professional license passes; a counselor certification passes when it is among the certifications the state recognises (CADC, CAADC, CAC, CCS and MAC by default; a config sets the state\'s own list); a peer-recovery certification never does, because it qualifies a person for recovery support, not clinical responsibility; a degree alone (a PhD, an MSW) passes only when the person is licensed, as a licensed psychologist is. The lead must also work in a clinical role: administrators, program directors, intake staff, case managers and peer staff contribute a great deal but do not carry clinical responsibility. A credential the vocabulary does not list (a state\'s own, such as New York\'s CASAC) is never a failure, since the audit cannot tell what it is: recorded as a license held it passes; otherwise a warning asks whether it is a license or a certification the state recognises (the config can then accept it).',
  remediation: {
    text: 'Name a clinical lead in a clinical role who holds a professional license (for example MD, PsyD, LCSW, LPC or LMFT) or a counselor certification your state recognises for clinical supervision (for example CADC).',
    example: 'staffing:\n  clinical_lead: { role: clinical-director, credential: LCSW, licensed: true }',
  },
  evidence: ['/staffing/clinical_lead'],
  thresholds: [],
  check(program, _facts, limits) {
    const lead = program.staffing?.clinical_lead;
    const at = '/staffing/clinical_lead';
    // The config may name a state's own certification that the vocabulary does not list.
    const qualifying = [...limits.qualifying_certifications].filter((c) => (CREDENTIAL_KINDS[c] ?? 'certification') === 'certification');
    // The certifications this audit accepts, named so a reader knows which will do.
    const qualified = qualifying.length > 0
      ? `a professional license (such as LCSW) or one of the counselor certifications accepted (${qualifying.join(', ')})`
      : 'a professional license (such as LCSW)';
    const nameLead = `Name as clinical lead a clinician who holds ${qualified}.`;
    if (!lead) {
      return [{
        pointer: at,
        message: 'no clinical lead is named: add staffing.clinical_lead with a clinical role and a qualifying credential (a license such as LCSW, or a certification your state recognises such as CADC)',
        fix: nameLead,
      }];
    }
    const findings: RawFinding[] = [];
    if (!CLINICAL_LEAD_ROLES.has(lead.role)) {
      findings.push({
        pointer: `${at}/role`,
        message: `the clinical lead's role '${lead.role}' is not a clinical role that can lead care: name a clinician such as a clinical-director or psychologist`,
        fix: `Name as clinical lead a clinician, such as the clinical director or a psychologist, rather than the ${inWords(lead.role)}.`,
      });
    }
    const credential = lead.credential;
    if (credential === undefined) {
      findings.push({
        pointer: `${at}/credential`,
        message: "the clinical lead's credential is not stated: name their license or qualifying certification",
        fix: `State the clinical lead's credential: ${qualified}.`,
      });
      return findings;
    }
    // The schema and the vocabulary list the same credentials; an unknown one is read as no clinical credential.
    const kind = CREDENTIAL_KINDS[credential] ?? (limits.qualifying_certifications.has(credential) ? 'certification' : 'unlisted');
    switch (kind) {
      case 'unlisted':
        // A credential the vocabulary does not know (a state's own, such as CASAC): the audit cannot tell what it is,
        // so it never fails the program for it. A license the document says is held passes; otherwise a warning asks.
        if (lead.licensed !== true) {
          findings.push({
            pointer: `${at}/credential`,
            severity: 'warning',
            message: `the clinical lead's credential '${credential}' is not in the vocabulary, so this audit cannot tell whether it qualifies: if it is a professional license, set licensed: true; if it is a certification your state recognises for clinical supervision, add it to qualifying_certifications in the config`,
            fix: `Confirm what ${credential} is: if it is a professional license, record that the clinical lead is licensed; if it is a certification your state recognises for clinical supervision, have it added to the certifications this audit accepts.`,
          });
        }
        break;
      case 'license':
        // `licensed` need not be stated: the credential is the license. Only a denial contradicts it.
        if (lead.licensed === false) {
          findings.push({
            pointer: `${at}/licensed`,
            message: `the clinical lead's credential '${credential}' is a license, but licensed: false says they hold none: correct licensed, or name the credential they do hold`,
            fix: `Correct the record: the clinical lead either holds the ${credential} license (then say they are licensed) or another credential (then name it).`,
          });
        }
        break;
      case 'certification':
        if (!limits.qualifying_certifications.has(credential)) {
          const list = qualifying.length > 0 ? ` (it accepts ${qualifying.join(', ')})` : ' (it accepts none)';
          findings.push({
            pointer: `${at}/credential`,
            message: `the clinical lead's certification '${credential}' is not one this audit accepts for a clinical lead${list}: if your state recognises it for clinical supervision, add it to qualifying_certifications in the config; otherwise name a lead with a license or a recognised certification`,
            fix: `${nameLead} If your state recognises ${credential} for clinical supervision, have it added to the certifications this audit accepts.`,
          });
        }
        break;
      case 'peer-certification':
        // Never configurable: a peer certification qualifies for recovery support, not clinical responsibility.
        findings.push({
          pointer: `${at}/credential`,
          message: `the clinical lead's credential '${credential}' is a peer-recovery certification, which does not qualify a person to lead clinical care: name a lead with a license or a counselor certification your state recognises`,
          fix: `${nameLead} A peer-recovery certification (${credential}) qualifies a person for recovery support, not for leading clinical care.`,
        });
        break;
      case 'none':
        if (credential === 'none' && lead.licensed === true) {
          // A license is a credential: the document contradicts itself, so ask for the license by name.
          findings.push({
            pointer: `${at}/credential`,
            message: "the clinical lead's credential is 'none', but licensed: true says they hold a license: name the license (for example LCSW or PsyD)",
            fix: 'Name the license the clinical lead holds, for example LCSW or PsyD.',
          });
        } else if (credential === 'none') {
          findings.push({ pointer: `${at}/credential`, message: "the clinical lead holds no credential ('none'): name a lead with a license or a counselor certification your state recognises", fix: nameLead });
        } else if (lead.licensed === undefined) {
          findings.push({
            pointer: `${at}/licensed`,
            message: `the clinical lead's credential '${credential}' is a degree, not a license or certification: if they are licensed (a licensed psychologist, say) set licensed: true; otherwise name a lead with a license or a recognised certification`,
            fix: `State whether the clinical lead holds a professional license (a degree, ${credential}, does not qualify on its own); if not, ${nameLead.charAt(0).toLowerCase()}${nameLead.slice(1)}`,
          });
        } else if (!lead.licensed) {
          findings.push({
            pointer: `${at}/licensed`,
            message: `the clinical lead's credential '${credential}' is a degree and they are not licensed (licensed: false): name a lead with a license or a counselor certification your state recognises`,
            fix: `${nameLead} A degree (${credential}) without a license does not qualify.`,
          });
        }
        break;
    }
    return findings;
  },
});
