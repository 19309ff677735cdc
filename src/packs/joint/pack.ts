import { jointCommitteeAsReported, jointElement } from '../../domain/sources.js';
import type { Pack } from '../pack.js';

/**
 * The joint statement's minimum elements of treatment (primary) and the joint
 * committee's IOP figures, known only from a secondary account and labelled so.
 */
export default {
  id: 'joint',
  title: 'Joint ASAM / APA / AAAP statement on treatment, and the joint committee\'s IOP specifications',
  publisher: 'ASAM, AAAP and APA',
  edition: 'Public policy statement on treatment and self-help (minimum elements); IOP specifications as reported',
  year: 1997,
  jurisdiction: { kind: 'national', name: 'United States (professional societies)' },
  requirements: [
    { clause: 'qualified-professional', title: 'A qualified professional is in charge', source: jointElement('a qualified professional in charge', 'a qualified professional is in charge of the treatment') },
    { clause: 'initial-evaluation', title: 'A thorough initial evaluation', source: jointElement('a thorough initial evaluation', 'each person is thoroughly evaluated at the start') },
    { clause: 'treatment-plan', title: 'A treatment plan based on the evaluation', source: jointElement('a treatment plan based on the evaluation', 'a treatment plan follows from the evaluation') },
    { clause: 'responsibility', title: 'Responsibility for treatment and for referral', source: jointElement('responsibility for treatment and referral', 'the professional or program is responsible for the treatment and for referring to other services') },
    { clause: 'contact-until-stable', title: 'Contact continues until recovery is stable', source: jointElement('contact until recovery is stable', 'contact is kept until recovery is stable') },
    { clause: 'self-help-adjunct', title: 'Self-help is an adjunct, never a substitute', source: jointElement('self-help as an adjunct, never a substitute', 'self-help groups are a valuable adjunct to professional treatment but not a substitute for it') },
    { clause: 'iop-hours', title: 'IOPs provide 9 or more treatment hours a week', source: jointCommitteeAsReported('ASAM defines IOPs as programs of nine or more hours of treatment a week') },
    { clause: 'php-boundary', title: 'Daily treatment of 6 hours or more is partial hospitalization', source: jointCommitteeAsReported('programs that schedule daily treatment of six hours a day or more are partial hospitalization') },
    { clause: 'contact-hours', title: 'IOP contact hours typically range from 6 to 30 a week', source: jointCommitteeAsReported('contact hours for IOPs typically range from six to 30 a week') },
    { clause: 'typical-length', title: 'IOPs typically last at least 90 days', source: jointCommitteeAsReported('IOPs typically last a minimum of 90 days, some longer and some shorter') },
    { clause: 'family-services', title: 'Family services are provided', source: jointCommitteeAsReported('clients are provided with family services') },
    { clause: 'emergency-case-management', title: '24-hour emergency case management', source: jointCommitteeAsReported('clients are provided with 24-hour emergency case management services') },
    { clause: 'medical-treatment', title: 'Formal medical treatment as needed', source: jointCommitteeAsReported('clients are provided with formal medical treatment as needed') },
  ],
} satisfies Pack;
