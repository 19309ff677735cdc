/**
 * How the audit classifies the schema's closed vocabularies. The schema lists
 * the words; this module says what each word means to the rules. A test keeps
 * the two in step (every activity and approach in the schema is classified here).
 */

/** Timetable activities that are formal treatment and count toward treatment hours. */
export const TREATMENT_ACTIVITIES: ReadonlySet<string> = new Set([
  'individual-counseling', 'group-counseling', 'group-therapy', 'psychoeducation', 'relapse-prevention',
  'skills-training', 'family-therapy', 'family-education', 'multifamily-group', 'case-management',
  'medication-management', 'psychiatric-care', 'medical-care', 'assessment', 'treatment-planning',
  'trauma-therapy', 'dialectical-behavior-therapy-skills', 'experiential-therapy', 'nutrition-counseling',
  'meal-support', 'vocational-counseling',
]);

/**
 * Adjunctive activities: useful, scheduled, but never treatment time (the joint
 * statement: self-help is an adjunct to treatment, never a substitute).
 */
export const ADJUNCTIVE_ACTIVITIES: ReadonlySet<string> = new Set([
  'mutual-support-meeting', 'peer-support-meeting', 'recreation', 'fitness', 'meditation',
  'alumni-meeting', 'social-activity', 'drug-testing', 'meal-break',
]);

/** Approaches with a recognised evidence base for the conditions IOPs treat. */
export const EVIDENCE_BASED_APPROACHES: ReadonlySet<string> = new Set([
  'cognitive-behavioral-therapy', 'motivational-interviewing', 'motivational-enhancement-therapy',
  'contingency-management', 'community-reinforcement-approach', 'relapse-prevention',
  'mindfulness-based-relapse-prevention', 'dialectical-behavior-therapy', 'acceptance-and-commitment-therapy',
  'twelve-step-facilitation', 'matrix-model', 'behavioral-couples-therapy', 'family-behavior-therapy',
  'multidimensional-family-therapy', 'brief-strategic-family-therapy', 'functional-family-therapy',
  'multisystemic-therapy', 'adolescent-community-reinforcement-approach', 'seeking-safety',
  'trauma-focused-cbt', 'emdr', 'interpersonal-psychotherapy', 'family-based-treatment',
  'enhanced-cbt-for-eating-disorders', 'behavioral-activation',
]);

/**
 * Approaches the research literature holds harmful for people with substance
 * use disorders: confrontational counseling raises dropout and resistance
 * (TIP 35, Enhancing Motivation for Change; Miller and Rollnick). A program
 * that uses one is cited, not merely warned.
 */
export const CONTRAINDICATED_APPROACHES: ReadonlySet<string> = new Set(['confrontational-counseling']);

/** Approaches the schema accepts as names but the catalog does not recognise as evidence based. */
export const OTHER_APPROACHES: ReadonlySet<string> = new Set([
  'psychodynamic-therapy', 'art-therapy', 'music-therapy', 'equine-therapy',
  'adventure-therapy', 'yoga', 'acupuncture', 'nutritional-therapy', 'narrative-therapy', 'solution-focused-therapy',
]);

/** Mutual-help and peer meetings: adjuncts to treatment, the joint statement's "never a substitute". */
export const MUTUAL_SUPPORT_ACTIVITIES: ReadonlySet<string> = new Set(['mutual-support-meeting', 'peer-support-meeting', 'alumni-meeting']);

/** Populations that are age groups: they set the weekly floor and the hours that fit. */
export const AGE_GROUPS: ReadonlySet<string> = new Set(['adults', 'young-adults', 'older-adults', 'adolescents']);

/** Admission requirements that are not barriers: a clinical need and willingness to take part. */
export const ACCEPTABLE_ADMISSION_REQUIREMENTS: ReadonlySet<string> = new Set(['clinical-need', 'willingness-to-participate']);

/** Exclusions that shut out clients with co-occurring conditions. */
export const CO_OCCURRING_EXCLUSIONS: ReadonlySet<string> = new Set(['co-occurring-mental-health', 'co-occurring-medical']);

/**
 * Admission requirements a payer or the law imposes, with what makes them so:
 * Medicare pays for IOP only on a physician's certification (42 CFR 424.24);
 * a court track admits on a court order by definition.
 */
export const IMPOSED_REQUIREMENTS: Readonly<Record<string, { imposedWhen: (payers: readonly string[], populations: readonly string[]) => boolean; by: string }>> = {
  'physician-certification': { imposedWhen: (payers) => payers.includes('medicare'), by: 'Medicare, a payer of this program (42 CFR 424.24)' },
  // The regulation asks for a certification, not a referral; in a Medicare program a
  // physician-referral requirement is read as that certification (the fair reading).
  'physician-referral': { imposedWhen: (payers) => payers.includes('medicare'), by: 'Medicare, a payer of this program, through the physician certification it requires (42 CFR 424.24; read as that certification)' },
  'court-order': { imposedWhen: (_payers, populations) => populations.includes('justice-involved'), by: 'the court, for a program serving justice-involved clients' },
};

/**
 * Drug-testing methods that show use week by week: a test with a short
 * detection window taken at least weekly, or a sweat patch worn continuously
 * (it records use over the whole time it is worn). Hair looks back months,
 * so it cannot show when use happened; self-report is not objective.
 */
export const OBJECTIVE_TEST_METHODS: ReadonlySet<string> = new Set(['urine', 'oral-fluid', 'breath', 'blood']);
export const CONTINUOUS_TEST_METHODS: ReadonlySet<string> = new Set(['sweat-patch']);

/** Motivational approaches named by principle 3. */
export const MOTIVATIONAL_APPROACHES: ReadonlySet<string> = new Set(['motivational-interviewing', 'motivational-enhancement-therapy']);

/** Medications for the two disorders an SUD program must be able to treat with medication: opioid and alcohol use disorders. */
export const REQUIRED_SUD_MEDICATIONS: readonly string[] = ['moud', 'aud-medications'];

/** Roles that can lead clinical care (administrators and peers cannot). */
export const CLINICAL_LEAD_ROLES: ReadonlySet<string> = new Set([
  'clinical-director', 'medical-director', 'addiction-psychiatrist', 'psychiatrist', 'physician', 'psychologist',
  'nurse-practitioner', 'social-worker', 'counselor', 'therapist', 'family-therapist',
]);

/**
 * Every credential the schema knows, classified once: a professional license;
 * a certification (whether it qualifies a clinical lead is the state's call,
 * set by `qualifying_certifications`); a peer certification (recovery support,
 * never clinical supervision); or no clinical credential (a degree alone).
 */
export type CredentialKind = 'license' | 'certification' | 'peer-certification' | 'none';

export const CREDENTIAL_KINDS: Readonly<Record<string, CredentialKind>> = {
  MD: 'license', DO: 'license', NP: 'license', PMHNP: 'license', APRN: 'license', PA: 'license', RN: 'license', LPN: 'license', RD: 'license',
  LCSW: 'license', LICSW: 'license', LMSW: 'license', LPC: 'license', LPCC: 'license', LCPC: 'license', LMHC: 'license', LMFT: 'license',
  LCDC: 'license', LADC: 'license', LAC: 'license', LCADC: 'license', LCAS: 'license',
  CADC: 'certification', CAADC: 'certification', CAC: 'certification', CCS: 'certification', MAC: 'certification',
  CPRS: 'peer-certification', CPS: 'peer-certification', CRSS: 'peer-certification', CPRC: 'peer-certification',
  PhD: 'none', PsyD: 'none', EdD: 'none', BA: 'none', MA: 'none', MSW: 'none', none: 'none',
};

/** Who may carry out a clinical assessment alone (intake staff, case managers and peers gather information; a clinician assesses). */
export const CLINICAL_ASSESSORS: ReadonlySet<string> = new Set([
  'licensed-clinician', 'physician', 'psychiatrist', 'psychologist', 'nurse', 'nurse-practitioner', 'counselor', 'social-worker',
]);

export const SUBSTANCE_FOCUS: ReadonlySet<string> = new Set(['substance-use', 'co-occurring']);

/** The service (a key of `services`) that delivers each timetable activity, for checking that the two agree. */
export const ACTIVITY_SERVICES: Readonly<Record<string, string>> = {
  'individual-counseling': 'individual_counseling',
  'group-counseling': 'group_counseling',
  'group-therapy': 'group_counseling',
  psychoeducation: 'psychoeducation',
  'family-therapy': 'family',
  'family-education': 'family',
  'multifamily-group': 'family',
  'case-management': 'case_management',
  'medication-management': 'medications',
  'psychiatric-care': 'psychiatric',
  'medical-care': 'medical',
  'nutrition-counseling': 'nutrition',
  'meal-support': 'nutrition',
  'vocational-counseling': 'vocational',
  'drug-testing': 'drug_testing',
};
