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

/** Approaches the schema accepts as names but the catalog does not recognise as evidence based. */
export const OTHER_APPROACHES: ReadonlySet<string> = new Set([
  'psychodynamic-therapy', 'confrontational-counseling', 'art-therapy', 'music-therapy', 'equine-therapy',
  'adventure-therapy', 'yoga', 'acupuncture', 'nutritional-therapy', 'narrative-therapy', 'solution-focused-therapy',
]);

/** Admission requirements that are not barriers: a clinical need and willingness to take part. */
export const ACCEPTABLE_ADMISSION_REQUIREMENTS: ReadonlySet<string> = new Set(['clinical-need', 'willingness-to-participate']);

/** Exclusions that shut out clients with co-occurring conditions. */
export const CO_OCCURRING_EXCLUSIONS: ReadonlySet<string> = new Set(['co-occurring-mental-health', 'co-occurring-medical']);

/**
 * Drug-testing methods the catalog accepts for weekly monitoring: objective
 * and with a short detection window. Hair and sweat patches are objective but
 * look back weeks, so they cannot show use week by week; self-report is not objective.
 */
export const OBJECTIVE_TEST_METHODS: ReadonlySet<string> = new Set(['urine', 'oral-fluid', 'breath', 'blood']);

/** Motivational approaches named by principle 3. */
export const MOTIVATIONAL_APPROACHES: ReadonlySet<string> = new Set(['motivational-interviewing', 'motivational-enhancement-therapy']);

/** Medication classes for substance use disorders. */
export const SUD_MEDICATIONS: ReadonlySet<string> = new Set(['moud', 'aud-medications', 'tobacco-cessation']);

/** Roles that can lead clinical care (administrators and peers cannot). */
export const CLINICAL_LEAD_ROLES: ReadonlySet<string> = new Set([
  'clinical-director', 'medical-director', 'addiction-psychiatrist', 'psychiatrist', 'physician', 'psychologist',
  'nurse-practitioner', 'social-worker', 'counselor', 'therapist', 'family-therapist',
]);

/** Credentials that are peer or lay certifications, or no credential: never a professional license. */
export const NON_LICENSE_CREDENTIALS: ReadonlySet<string> = new Set(['CADC', 'CAC', 'CPRS', 'CPS', 'CRSS', 'CPRC', 'BA', 'MA', 'MSW', 'none']);

export const SUBSTANCE_FOCUS: ReadonlySet<string> = new Set(['substance-use', 'co-occurring']);
