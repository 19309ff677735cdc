/**
 * What each word of the schema's vocabularies means, in one line, and the other
 * ways people write them. The schema lists the words (and says which lists are
 * open); this module is the one place their meanings live: `iop-audit schema
 * --field`, the generated docs/format.md and the reading of synonyms all use it.
 * A test keeps it in step with the schema (tests/domain/terms.test.ts).
 */

/** One line per value, per vocabulary. */
export const VOCABULARIES = {
  levels: {
    'standard-outpatient': 'regular outpatient care, under 9 hours a week for adults (ASAM level 1)',
    'intensive-outpatient': 'an IOP: 9 or more hours a week for adults, 6 for adolescents, below partial hospitalization (ASAM 2.1)',
    'partial-hospitalization': 'day treatment of 20 or more hours a week (ASAM 2.5)',
    residential: 'treatment where clients live on site around the clock (ASAM level 3)',
  },
  populations: {
    adults: 'adults in general (the adult weekly floor, evening or weekend hours expected)',
    adolescents: 'clients under 18 (the adolescent weekly floor, hours after school)',
    'young-adults': 'clients of about 18 to 25, judged by the adult floor',
    'older-adults': 'older adults, for whom daytime hours may fit',
    'justice-involved': 'a court or probation track (a court order is then not a barrier the program chose)',
  },
  focus: {
    'substance-use': 'substance use disorders',
    'mental-health': 'mental illness without a substance use disorder',
    'co-occurring': 'substance use and mental illness treated together',
    'eating-disorders': 'eating disorders',
  },
  delivery: {
    'in-person': 'sessions on site',
    telehealth: 'sessions by video or telephone',
  },
  payers: {
    medicare: 'Medicare (its IOP conditions of payment apply: the MCR rules)',
    medicaid: 'Medicaid',
    commercial: 'commercial health insurance',
    tricare: 'TRICARE (military health coverage)',
    va: 'the Department of Veterans Affairs',
    'self-pay': 'clients paying themselves',
    'grant-funded': 'grants or public contracts',
  },
  settings: {
    'hospital-outpatient-department': 'a hospital outpatient department (Medicare-eligible)',
    'community-mental-health-center': 'a community mental health center (Medicare-eligible)',
    'federally-qualified-health-center': 'a federally qualified health center, FQHC (Medicare-eligible)',
    'rural-health-clinic': 'a rural health clinic (Medicare-eligible)',
    'opioid-treatment-program': 'an opioid treatment program, OTP (Medicare-eligible for opioid use disorder)',
    'freestanding-clinic': 'a clinic that is none of the above',
    telehealth: 'services furnished by telehealth',
    'patients-home': "the client's home (never Medicare-eligible for IOP)",
  },
  days: {
    monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday',
    saturday: 'Saturday (a weekend day)', sunday: 'Sunday (a weekend day)',
  },
  activities: {
    'individual-counseling': 'one-to-one counseling (treatment)',
    'group-counseling': 'counseling in a group (treatment)',
    'group-therapy': 'a therapy group led by a clinician (treatment)',
    psychoeducation: 'teaching about the illness, recovery and relapse (treatment)',
    'relapse-prevention': 'relapse-prevention work (treatment)',
    'skills-training': 'coping and life skills practice (treatment)',
    'family-therapy': 'therapy with the family present (treatment)',
    'family-education': 'education sessions for relatives (treatment)',
    'multifamily-group': 'a group of several families (treatment)',
    'case-management': 'arranging services, benefits and referrals (treatment)',
    'medication-management': 'prescribing and reviewing medication (treatment)',
    'psychiatric-care': 'psychiatric evaluation or follow-up (treatment)',
    'medical-care': 'medical evaluation or care (treatment)',
    assessment: 'clinical assessment (treatment)',
    'treatment-planning': 'writing or reviewing the treatment plan with the client (treatment)',
    'trauma-therapy': 'trauma-focused therapy (treatment)',
    'dialectical-behavior-therapy-skills': 'a DBT skills group (treatment)',
    'experiential-therapy': 'art, drama or other experiential therapy led by a clinician (treatment)',
    'nutrition-counseling': 'counseling by a dietitian (treatment)',
    'meal-support': 'a supported meal in an eating-disorders program (treatment)',
    'vocational-counseling': 'counseling about work or school (treatment)',
    'mutual-support-meeting': 'an AA, NA, SMART or similar meeting (adjunct: never counted as treatment)',
    'peer-support-meeting': 'a meeting led by peers (adjunct: never counted)',
    recreation: 'recreation (adjunct: never counted)',
    fitness: 'exercise (adjunct: never counted)',
    meditation: 'meditation practice (adjunct: never counted)',
    'alumni-meeting': "a meeting of the program's alumni (adjunct: never counted)",
    'social-activity': 'a social activity (adjunct: never counted)',
    'drug-testing': 'collecting a drug test (adjunct: never counted)',
    'meal-break': 'a meal or rest break (not counted)',
  },
  assessmentTiming: {
    'before-enrollment': 'before the client starts the program',
    'at-referring-level': 'at the level of care that referred the client, then updated after transfer (see updated_within_days)',
    'first-week': 'during the first week in the program',
    none: 'no comprehensive assessment',
  },
  assessors: {
    'licensed-clinician': 'a licensed clinician of any discipline',
    physician: 'a physician',
    psychiatrist: 'a psychiatrist',
    psychologist: 'a psychologist',
    nurse: 'a nurse',
    counselor: 'a counselor',
    'intake-staff': 'intake staff (gather information; a clinician must review)',
    'social-worker': 'a social worker',
    'nurse-practitioner': 'a nurse practitioner',
    'case-manager': 'a case manager (gathers information; a clinician must review)',
    'peer-specialist': 'a peer specialist (gathers information; a clinician must review)',
  },
  assessmentAreas: {
    'substance-use-severity': 'how severe the substance use is',
    'mental-health': 'mental health',
    'co-occurring-mental-health': 'mental illness alongside substance use',
    medical: 'physical health',
    family: 'family situation and relationships',
    cultural: 'culture, language and beliefs that shape care',
    motivation: 'readiness to change',
    trauma: 'trauma history',
    'suicide-risk': 'risk of suicide',
    legal: 'legal situation',
    vocational: 'work or school',
    housing: 'housing',
    'eating-behavior': 'eating behavior',
    nutrition: 'nutritional state',
  },
  admissionRequirements: {
    'clinical-need': 'a clinical need for this level of care (not a barrier)',
    'willingness-to-participate': 'willingness to take part (not a barrier)',
    'prior-treatment': 'having been in treatment before (a barrier)',
    employment: 'having a job (a barrier)',
    'insurance-only': 'having insurance (a barrier)',
    'abstinence-before-admission': 'being abstinent before admission (a barrier)',
    'stable-housing': 'having stable housing (a barrier)',
    'physician-certification': "a physician's certification of need (imposed when Medicare pays)",
    'physician-referral': "a physician's referral (read as Medicare's certification when Medicare pays)",
    'court-order': 'a court order (imposed on a justice-involved track)',
    'ability-to-pay': 'being able to pay (a barrier)',
  },
  exclusions: {
    'needs-medical-withdrawal-management': 'clients who need medically managed withdrawal first',
    'needs-24-hour-supervision': 'clients who need round-the-clock supervision',
    'imminent-risk-of-harm': 'clients at imminent risk of harming themselves or others',
    'acute-medical-instability': 'clients who are medically unstable',
    'co-occurring-mental-health': 'clients with a co-occurring mental illness (shuts them out)',
    'co-occurring-medical': 'clients with a co-occurring medical condition (shuts them out)',
    'severe-cognitive-impairment': 'clients whose cognition rules out group treatment',
    'receiving-moud': 'clients on medication for opioid use disorder (an error)',
  },
  certifiers: {
    physician: 'a physician (MD or DO)',
    'nurse-practitioner': 'a nurse practitioner',
    'physician-assistant': 'a physician assistant',
    'clinical-nurse-specialist': 'a clinical nurse specialist',
    psychologist: 'a psychologist',
    'licensed-clinician': 'another licensed clinician',
    none: 'no one certifies the need',
  },
  roles: {
    'clinical-director': 'directs clinical care',
    'medical-director': 'the physician who directs medical care',
    'program-director': 'runs the program (not a clinical role by itself)',
    'addiction-psychiatrist': 'a psychiatrist specialised in addiction',
    psychiatrist: 'a psychiatrist',
    physician: 'a physician',
    psychologist: 'a psychologist',
    'nurse-practitioner': 'a nurse practitioner',
    nurse: 'a nurse',
    'social-worker': 'a social worker',
    counselor: 'a counselor',
    therapist: 'a therapist',
    'family-therapist': 'a marriage and family therapist',
    'case-manager': 'a case manager',
    'recovery-coach': 'a recovery coach',
    'peer-specialist': 'a peer specialist with lived experience',
    dietitian: 'a dietitian',
    administrator: 'an administrator (not a clinical role)',
    'intake-coordinator': 'coordinates intake (not a clinical role)',
  },
  credentials: {
    MD: 'Doctor of Medicine (license)',
    DO: 'Doctor of Osteopathic Medicine (license)',
    PhD: 'doctorate (a degree: set licensed: true for a licensed psychologist)',
    PsyD: 'Doctor of Psychology (a degree: set licensed: true when licensed)',
    EdD: 'Doctor of Education (a degree)',
    LCSW: 'Licensed Clinical Social Worker (license)',
    LICSW: 'Licensed Independent Clinical Social Worker (license)',
    LMSW: 'Licensed Master Social Worker (license)',
    LPC: 'Licensed Professional Counselor (license)',
    LPCC: 'Licensed Professional Clinical Counselor (license)',
    LMHC: 'Licensed Mental Health Counselor (license)',
    LMFT: 'Licensed Marriage and Family Therapist (license)',
    LCDC: 'Licensed Chemical Dependency Counselor (license)',
    LADC: 'Licensed Alcohol and Drug Counselor (license)',
    LAC: 'Licensed Addiction Counselor (license)',
    LCADC: 'Licensed Clinical Alcohol and Drug Counselor (license)',
    CADC: 'Certified Alcohol and Drug Counselor (certification)',
    CAC: 'Certified Addiction Counselor (certification)',
    NP: 'Nurse Practitioner (license)',
    PMHNP: 'Psychiatric-Mental Health Nurse Practitioner (license)',
    APRN: 'Advanced Practice Registered Nurse (license)',
    PA: 'Physician Assistant (license)',
    RN: 'Registered Nurse (license)',
    LPN: 'Licensed Practical Nurse (license)',
    RD: 'Registered Dietitian (license)',
    CPRS: 'Certified Peer Recovery Specialist (peer certification)',
    CPS: 'Certified Peer Specialist (peer certification)',
    CRSS: 'Certified Recovery Support Specialist (peer certification)',
    CPRC: 'Certified Peer Recovery Coach (peer certification)',
    LCPC: 'Licensed Clinical Professional Counselor (license)',
    LCAS: 'Licensed Clinical Addictions Specialist (license)',
    CAADC: 'Certified Advanced Alcohol and Drug Counselor (certification)',
    CCS: 'Certified Clinical Supervisor (certification)',
    MAC: 'Master Addiction Counselor (certification)',
    BA: "bachelor's degree",
    MA: "master's degree",
    MSW: 'Master of Social Work (a degree, not a license)',
    none: 'no credential',
  },
  provision: {
    'on-site': 'the program delivers it itself',
    referral: 'a named partner delivers it, arranged by the program',
    none: 'not available',
  },
  topics: {
    'nature-of-addiction': 'what addiction is',
    'nature-of-illness': 'what the mental illness treated is',
    recovery: 'what recovery involves',
    relapse: 'relapse and its warning signs',
    medications: 'medications and how they help',
    'coping-skills': 'coping skills',
    health: 'physical health',
    'family-dynamics': 'how families are affected and can help',
    nutrition: 'nutrition',
  },
  familyFormats: {
    'family-therapy': 'therapy with the family present',
    'family-education': 'education sessions for relatives',
    'family-psychoeducation': 'structured psychoeducation for families',
    'multifamily-group': 'a group of several families',
    'couples-therapy': 'therapy for the client and their partner',
  },
  medications: {
    moud: 'medications for opioid use disorder: buprenorphine, methadone, naltrexone',
    'aud-medications': 'medications for alcohol use disorder: naltrexone, acamprosate, disulfiram',
    'tobacco-cessation': 'nicotine replacement, varenicline, bupropion',
    'psychiatric-medications': 'medications for mental illness',
  },
  crisisMethods: {
    'on-call-clinician': 'a clinician of the program on call',
    'crisis-line': 'a crisis telephone line',
    'mobile-crisis-team': 'a team that comes to the client',
    'emergency-department-agreement': 'an agreement with an emergency department',
  },
  testMethods: {
    urine: 'urine test (objective, short detection window)',
    'oral-fluid': 'saliva test (objective, short detection window)',
    breath: 'breath alcohol test (objective)',
    blood: 'blood test (objective)',
    'sweat-patch': 'a patch worn continuously that records use while worn (objective)',
    hair: 'hair test: looks back months, cannot show when use happened',
    'self-report': "the client's own account (not objective)",
  },
  testSchedules: {
    random: 'on days clients cannot predict',
    scheduled: 'on fixed days (a warning: clients can plan around it)',
    'on-suspicion': 'only when use is suspected',
  },
  expectations: {
    required: 'clients must attend',
    encouraged: 'clients are encouraged to attend',
    offered: 'clients are told about them',
    none: 'not part of the program',
  },
  supportGroups: {
    '12-step': 'Alcoholics Anonymous, Narcotics Anonymous and other twelve-step fellowships',
    'smart-recovery': 'SMART Recovery',
    'refuge-recovery': 'Refuge Recovery or Recovery Dharma (Buddhist-inspired)',
    'women-for-sobriety': 'Women for Sobriety',
    'celebrate-recovery': 'Celebrate Recovery (faith-based)',
    'dual-recovery-anonymous': 'Dual Recovery Anonymous, for co-occurring conditions',
    'peer-support-group': 'a peer support group for mental illness (NAMI, DBSA and similar)',
    'family-support-group': 'a support group for relatives (Al-Anon, NAMI Family and similar)',
    'eating-disorders-anonymous': 'Eating Disorders Anonymous',
  },
  planAreas: {
    'co-occurring': 'co-occurring conditions',
    family: 'family',
    cultural: 'culture and language',
    medical: 'physical health',
    vocational: 'work',
    educational: 'school or training',
    legal: 'legal matters',
    housing: 'housing',
    trauma: 'trauma',
    spiritual: 'spiritual needs',
  },
  motivationalApproaches: {
    'motivational-interviewing': 'motivational interviewing (MI)',
    'motivational-enhancement-therapy': 'motivational enhancement therapy (MET)',
  },
  onRelapse: {
    'adjust-plan': 'the plan is adjusted and the client stays',
    discharge: 'the client is discharged',
  },
  retentionStrategies: {
    'flexible-scheduling': 'sessions moved to fit work or school',
    'contingency-management': 'rewards for attendance or negative tests',
    reminders: 'reminders before sessions',
    'transportation-help': 'help getting to sessions',
    childcare: 'childcare during sessions',
    'telehealth-sessions': 'sessions by video when attending is hard',
    'peer-mentoring': 'a peer mentor',
  },
  approaches: {
    'cognitive-behavioral-therapy': 'CBT (evidence based)',
    'motivational-interviewing': 'MI (evidence based)',
    'motivational-enhancement-therapy': 'MET (evidence based)',
    'contingency-management': 'rewards for verified abstinence or attendance (evidence based)',
    'community-reinforcement-approach': 'CRA (evidence based)',
    'relapse-prevention': 'relapse-prevention therapy (evidence based)',
    'mindfulness-based-relapse-prevention': 'MBRP (evidence based)',
    'dialectical-behavior-therapy': 'DBT (evidence based)',
    'acceptance-and-commitment-therapy': 'ACT (evidence based)',
    'twelve-step-facilitation': 'TSF: preparing clients to join twelve-step groups (evidence based)',
    'matrix-model': 'the Matrix Model for stimulant use (evidence based)',
    'behavioral-couples-therapy': 'BCT (evidence based)',
    'family-behavior-therapy': 'FBT (evidence based)',
    'multidimensional-family-therapy': 'MDFT, for adolescents (evidence based)',
    'brief-strategic-family-therapy': 'BSFT, for adolescents (evidence based)',
    'functional-family-therapy': 'FFT, for adolescents (evidence based)',
    'multisystemic-therapy': 'MST, for adolescents (evidence based)',
    'adolescent-community-reinforcement-approach': 'A-CRA (evidence based)',
    'seeking-safety': 'Seeking Safety, for trauma with substance use (evidence based)',
    'trauma-focused-cbt': 'TF-CBT (evidence based)',
    emdr: 'eye movement desensitization and reprocessing (evidence based)',
    'interpersonal-psychotherapy': 'IPT (evidence based)',
    'family-based-treatment': 'FBT for eating disorders, the Maudsley approach (evidence based)',
    'enhanced-cbt-for-eating-disorders': 'CBT-E (evidence based)',
    'behavioral-activation': 'BA, for depression (evidence based)',
    'psychodynamic-therapy': 'psychodynamic therapy (not counted as evidence based here)',
    'confrontational-counseling': 'confrontational counseling (harmful: an error)',
    'art-therapy': 'art therapy (not counted as evidence based)',
    'music-therapy': 'music therapy (not counted as evidence based)',
    'equine-therapy': 'equine-assisted therapy (not counted as evidence based)',
    'adventure-therapy': 'adventure or wilderness therapy (not counted as evidence based)',
    yoga: 'yoga (not counted as evidence based)',
    acupuncture: 'acupuncture (not counted as evidence based)',
    'nutritional-therapy': 'nutritional therapy (not counted as evidence based)',
    'narrative-therapy': 'narrative therapy (not counted as evidence based)',
    'solution-focused-therapy': 'solution-focused brief therapy (not counted as evidence based)',
  },
  workplaceInvolvement: {
    'with-consent': "the program involves the client's employer or school when the client consents",
    'not-offered': 'the program does not involve them',
  },
  stepDown: {
    'standard-outpatient': 'regular outpatient care',
    'recovery-coaching': 'a recovery coach',
    'alumni-group': "the program's alumni group",
    'recovery-housing': 'recovery housing (sober living)',
    'medication-management': 'continued medication management',
    'peer-support': 'peer support',
    'telehealth-check-ins': 'check-ins by video or telephone',
  },
  outcomeMeasures: {
    retention: 'how long clients stay',
    completion: 'how many complete the program',
    abstinence: 'abstinence or reduced use',
    readmission: 'readmissions to a higher level of care',
    'client-satisfaction': "clients' satisfaction",
    'symptom-change': 'change in symptoms (PHQ-9, GAD-7 and similar)',
    functioning: 'daily functioning',
    employment: 'employment or school',
    'quality-of-life': 'quality of life',
  },
  sourceKinds: {
    policy: 'a policy: what the organisation commits to',
    procedure: 'a procedure: how staff carry it out',
    schedule: 'a schedule or timetable',
    contract: 'a contract or agreement with a partner',
    'record-sample': 'a sample of de-identified records',
    other: 'another kind of document',
  },
} as const satisfies Record<string, Record<string, string>>;

export type VocabularyName = keyof typeof VOCABULARIES;

/** The vocabulary of each field with one (a list's items named by the list), as `schema --field` names fields. */
export const FIELD_VOCABULARIES: Readonly<Record<string, VocabularyName>> = {
  'program.level_of_care': 'levels',
  'program.populations': 'populations',
  'program.focus': 'focus',
  'program.delivery': 'delivery',
  'program.payers': 'payers',
  'program.settings': 'settings',
  'schedule.timetable.day': 'days',
  'schedule.timetable.activities': 'activities',
  'admission.assessment.timing': 'assessmentTiming',
  'admission.assessment.conducted_by': 'assessors',
  'admission.assessment.reviewed_by': 'assessors',
  'admission.assessment.covers': 'assessmentAreas',
  'admission.requirements': 'admissionRequirements',
  'admission.exclusions': 'exclusions',
  'admission.certification.by': 'certifiers',
  'staffing.clinical_lead.role': 'roles',
  'staffing.clinical_lead.credential': 'credentials',
  'staffing.team.role': 'roles',
  'staffing.team.credential': 'credentials',
  ...Object.fromEntries(['individual_counseling', 'group_counseling', 'psychoeducation', 'family', 'case_management', 'medical', 'psychiatric', 'medications', 'vocational', 'nutrition', 'drug_testing']
    .map((service) => [`services.${service}.provided`, 'provision'])),
  'services.psychoeducation.topics': 'topics',
  'services.family.formats': 'familyFormats',
  'services.medications.includes': 'medications',
  'services.crisis.method': 'crisisMethods',
  'services.drug_testing.method': 'testMethods',
  'services.drug_testing.schedule': 'testSchedules',
  'services.support_groups.expectation': 'expectations',
  'services.support_groups.types': 'supportGroups',
  'treatment_planning.addresses': 'planAreas',
  'engagement.motivational_approach': 'motivationalApproaches',
  'engagement.retention.on_relapse': 'onRelapse',
  'engagement.retention.strategies': 'retentionStrategies',
  approaches: 'approaches',
  'social_support.employer_or_school_involvement': 'workplaceInvolvement',
  'continuing_care.step_down_to': 'stepDown',
  'quality.outcome_measures': 'outcomeMeasures',
  'source_documents.kind': 'sourceKinds',
};

/**
 * What fields mean, for the fields whose schema entry has no description (the
 * schema's own description wins). Kept here rather than in the schema so that
 * schema edits stay with the fields whose validation changes.
 */
export const FIELD_MEANINGS: Readonly<Record<string, string>> = {
  program: 'What the program is, whom it serves and how it is paid for. Only name is required.',
  'program.focus': 'The conditions the program treats.',
  'program.delivery': 'How sessions are delivered.',
  'schedule.timetable.day': 'The day of the week of the block.',
  'schedule.program_length': 'How long clients typically stay.',
  'schedule.program_length.minimum_days': 'The shortest stay the program plans, in days.',
  'schedule.program_length.typical_weeks': 'A typical stay, in weeks.',
  admission: 'How clients are assessed and admitted, and who is not admitted.',
  'admission.assessment': 'The comprehensive assessment done at or before admission.',
  'admission.assessment.conducted_by': 'Who carries out the assessment.',
  'admission.assessment.covers': 'The areas the assessment covers.',
  'admission.assessment.instruments': 'The assessment instruments used, in your own words (e.g. ASAM six-dimension assessment, PHQ-9, AUDIT).',
  staffing: 'Who leads clinical care and who else is on the team.',
  'staffing.clinical_lead': 'The person who leads clinical care.',
  'staffing.team': 'The rest of the team, one entry per role.',
  services: 'What the program provides, on site or by referral.',
  'services.individual_counseling': 'One-to-one counseling.',
  'services.individual_counseling.sessions_per_week': 'Individual sessions each client has a week.',
  'services.group_counseling': 'Group counseling.',
  'services.group_counseling.max_group_size': 'The most clients in one group.',
  'services.psychoeducation': 'Teaching about the illness, recovery and relapse.',
  'services.psychoeducation.topics': 'The topics psychoeducation covers.',
  'services.family': 'Services for clients\' families.',
  'services.family.formats': 'The family services offered.',
  'services.case_management': 'Help arranging services, benefits and referrals.',
  'services.medical': 'Medical care.',
  'services.psychiatric': 'Psychiatric care.',
  'services.medications': 'Medications for the conditions treated.',
  'services.medications.includes': 'Which medications are available.',
  'services.vocational': 'Help with work or school.',
  'services.nutrition': 'Nutrition counseling and meal support.',
  'services.crisis': 'How clients reach help in a crisis.',
  'services.crisis.method': 'How crisis coverage is given.',
  'services.drug_testing': 'How substance use is monitored.',
  'services.drug_testing.method': 'How samples are tested.',
  'services.drug_testing.schedule': 'When tests are taken.',
  'services.drug_testing.per_week': 'Tests per client per week.',
  'services.support_groups': 'Mutual-support and peer groups clients are linked to.',
  'services.support_groups.expectation': 'Whether clients are expected to attend.',
  'services.support_groups.types': 'Which groups.',
  treatment_planning: 'How each client\'s treatment plan is made and reviewed.',
  'treatment_planning.formal_plan': 'Each client has a written treatment plan.',
  'treatment_planning.after_assessment': 'The plan is based on the assessment.',
  'treatment_planning.individualized': 'Each plan is written for the client, not copied from a standard one.',
  'treatment_planning.client_participates': 'The client takes part in writing the plan.',
  'treatment_planning.review_every_days': 'How often the plan is reviewed, in days.',
  'treatment_planning.addresses': 'Needs the plan addresses beyond the main condition.',
  engagement: 'How the program motivates clients and keeps them in care.',
  'engagement.motivational_approach': 'The motivational approaches used.',
  'engagement.motivation_assessed': 'Readiness to change is assessed.',
  'engagement.alliance': 'The working relationship between client and counselor.',
  'engagement.alliance.primary_counselor': 'Each client has a primary counselor.',
  'engagement.alliance.every_weeks': 'How often the alliance is measured, in weeks.',
  'engagement.retention': 'How the program keeps clients in care.',
  'engagement.retention.attendance_tracked': 'Attendance is recorded.',
  'engagement.retention.missed_session_outreach_hours': 'Hours within which staff reach out after a missed session.',
  'engagement.retention.on_relapse': 'What happens when a client returns to use.',
  'engagement.retention.strategies': 'What the program does to keep clients coming.',
  social_support: 'How the client\'s own network is involved.',
  'social_support.family_involvement': 'Families are involved in treatment.',
  'social_support.peer_support': 'Clients are linked with peers in recovery.',
  'social_support.employer_or_school_involvement': 'Whether the program works with an employer or school.',
  continuing_care: 'What happens after the program.',
  'continuing_care.plan_before_discharge': 'A continuing-care plan is made before discharge.',
  'continuing_care.step_down_to': 'Where clients go next.',
  'continuing_care.contact_until_stable': 'The program keeps in touch until the client is stable in the next level of care.',
  'continuing_care.follow_up': 'Follow-up contacts after discharge.',
  'continuing_care.follow_up.every_days': 'Days between follow-up contacts.',
  'continuing_care.follow_up.for_months': 'Months follow-up lasts.',
  quality: 'How the program measures and improves itself.',
  'quality.outcome_measures': 'The outcomes the program measures.',
  'quality.review_every_months': 'How often outcomes are reviewed, in months.',
  'quality.client_feedback': 'Clients\' feedback is collected.',
  'quality.improvement_plan': 'Reviews lead to a written improvement plan.',
};

/**
 * Other ways people write the vocabularies' words: abbreviations and common
 * names, keyed by their spelling key (see spellingKey). One written form may
 * stand for words of different vocabularies (DBT is an approach and, in a
 * timetable, a skills group): the first word the field's vocabulary holds wins.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // levels of care
  iop: ['intensive-outpatient'], 'intensive-outpatient-program': ['intensive-outpatient'], 'asam-2-1': ['intensive-outpatient'], 'level-2-1': ['intensive-outpatient'],
  php: ['partial-hospitalization'], 'partial-hospitalization-program': ['partial-hospitalization'], 'day-treatment': ['partial-hospitalization'], 'asam-2-5': ['partial-hospitalization'], 'level-2-5': ['partial-hospitalization'],
  op: ['standard-outpatient'], outpatient: ['standard-outpatient'], 'asam-1': ['standard-outpatient'], 'level-1': ['standard-outpatient'],
  rtc: ['residential'], 'residential-treatment': ['residential'],
  // focus and populations
  sud: ['substance-use'], 'substance-use-disorder': ['substance-use'], 'substance-use-disorders': ['substance-use'], addiction: ['substance-use'],
  'co-occurring-disorders': ['co-occurring'], 'dual-diagnosis': ['co-occurring'], cod: ['co-occurring'],
  ed: ['eating-disorders'], 'eating-disorder': ['eating-disorders'], mh: ['mental-health'],
  adult: ['adults'], adolescent: ['adolescents'], teens: ['adolescents'], youth: ['adolescents'], 'young-adult': ['young-adults'], 'older-adult': ['older-adults'], seniors: ['older-adults'],
  onsite: ['on-site'], virtual: ['telehealth'], telemedicine: ['telehealth'], video: ['telehealth'],
  // settings and payers
  hopd: ['hospital-outpatient-department'], cmhc: ['community-mental-health-center'], fqhc: ['federally-qualified-health-center'], rhc: ['rural-health-clinic'], otp: ['opioid-treatment-program'],
  'private-insurance': ['commercial'], 'private-pay': ['self-pay'], 'veterans-affairs': ['va'],
  // activities and approaches
  cbt: ['cognitive-behavioral-therapy'], 'cognitive-behavior-therapy': ['cognitive-behavioral-therapy'], 'cognitive-therapy': ['cognitive-behavioral-therapy'],
  mi: ['motivational-interviewing'], met: ['motivational-enhancement-therapy'], 'motivational-enhancement': ['motivational-enhancement-therapy'],
  cm: ['contingency-management'], cra: ['community-reinforcement-approach'], rp: ['relapse-prevention'], mbrp: ['mindfulness-based-relapse-prevention'],
  dbt: ['dialectical-behavior-therapy', 'dialectical-behavior-therapy-skills'], 'dbt-skills': ['dialectical-behavior-therapy-skills'], 'dbt-skills-group': ['dialectical-behavior-therapy-skills'],
  act: ['acceptance-and-commitment-therapy'], tsf: ['twelve-step-facilitation'], '12-step-facilitation': ['twelve-step-facilitation'], matrix: ['matrix-model'],
  bct: ['behavioral-couples-therapy'], mdft: ['multidimensional-family-therapy'], bsft: ['brief-strategic-family-therapy'], fft: ['functional-family-therapy'],
  mst: ['multisystemic-therapy'], 'a-cra': ['adolescent-community-reinforcement-approach'], acra: ['adolescent-community-reinforcement-approach'],
  'tf-cbt': ['trauma-focused-cbt'], tfcbt: ['trauma-focused-cbt'], 'trauma-focused-cognitive-behavioral-therapy': ['trauma-focused-cbt'],
  ipt: ['interpersonal-psychotherapy'], 'cbt-e': ['enhanced-cbt-for-eating-disorders'], maudsley: ['family-based-treatment'], sfbt: ['solution-focused-therapy'],
  'eye-movement-desensitization-and-reprocessing': ['emdr'],
  'individual-therapy': ['individual-counseling'], 'individual-session': ['individual-counseling'], individual: ['individual-counseling'],
  group: ['group-counseling'], 'group-session': ['group-counseling'], 'process-group': ['group-therapy'],
  'psycho-education': ['psychoeducation'], 'psych-ed': ['psychoeducation'], 'psychoeducational-group': ['psychoeducation'],
  'case-manager': ['case-management'], 'med-management': ['medication-management'], 'med-check': ['medication-management'],
  'drug-screen': ['drug-testing'], uds: ['drug-testing', 'urine'], 'urine-drug-screen': ['drug-testing', 'urine'], 'urinalysis': ['urine'], ua: ['urine'],
  aa: ['mutual-support-meeting', '12-step'], na: ['mutual-support-meeting', '12-step'], 'aa-meeting': ['mutual-support-meeting'], 'na-meeting': ['mutual-support-meeting'],
  lunch: ['meal-break'], break: ['meal-break'],
  // medications
  mat: ['moud'], 'medication-assisted-treatment': ['moud'], 'medications-for-opioid-use-disorder': ['moud'], buprenorphine: ['moud'], suboxone: ['moud'], methadone: ['moud'],
  maud: ['aud-medications'], 'medications-for-alcohol-use-disorder': ['aud-medications'], acamprosate: ['aud-medications'],
  nrt: ['tobacco-cessation'], 'nicotine-replacement': ['tobacco-cessation'], 'smoking-cessation': ['tobacco-cessation'],
  // support groups
  '12-step-groups': ['12-step'], 'twelve-step': ['12-step'], 'alcoholics-anonymous': ['12-step'], 'narcotics-anonymous': ['12-step'],
  smart: ['smart-recovery'], 'recovery-dharma': ['refuge-recovery'], wfs: ['women-for-sobriety'], dra: ['dual-recovery-anonymous'], eda: ['eating-disorders-anonymous'],
  'al-anon': ['family-support-group'], nami: ['peer-support-group'],
  // drug testing and crisis
  saliva: ['oral-fluid'], breathalyzer: ['breath'], 'sweat': ['sweat-patch'], randomized: ['random'], 'random-testing': ['random'],
  hotline: ['crisis-line'], '988': ['crisis-line'], 'on-call': ['on-call-clinician'],
  // continuing care
  'sober-living': ['recovery-housing'], 'recovery-residence': ['recovery-housing'], 'outpatient-step-down': ['standard-outpatient'], alumni: ['alumni-group', 'alumni-meeting'],
};

/**
 * The key two spellings of a word share: case, dots, spaces and underscores
 * aside ("Group Counseling", "group_counseling", "Ph.D."), and British spellings
 * read as the vocabulary's American ones ("counselling", "behavioural").
 */
export function spellingKey(written: string): string {
  return written.trim().toLowerCase()
    .replace(/\./g, '')
    .replace(/&/g, 'and')
    .replace(/[\s_/]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .replace(/counsell/g, 'counsel')
    .replace(/behaviour/g, 'behavior')
    .replace(/isation/g, 'ization');
}

/**
 * What a written value stands for in a vocabulary: the vocabulary's own word when
 * `written` is another spelling or a synonym of it, else undefined.
 */
export function readAs(written: string, words: readonly string[]): string | undefined {
  const key = spellingKey(written);
  const word = spellingsOf(words).get(key);
  if (word !== undefined) return word;
  for (const candidate of SYNONYMS[key] ?? []) if (words.includes(candidate)) return candidate;
  return undefined;
}

const SPELLINGS = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/** A vocabulary's words by their spelling key, built once per vocabulary (it runs for every unlisted value of every document). */
function spellingsOf(words: readonly string[]): ReadonlyMap<string, string> {
  let byKey = SPELLINGS.get(words);
  if (!byKey) {
    const map = new Map<string, string>();
    // The first word of a key wins, as the list's order did.
    for (const word of words) {
      const key = spellingKey(word);
      if (!map.has(key)) map.set(key, word);
    }
    SPELLINGS.set(words, (byKey = map));
  }
  return byKey;
}

/** A field path as `schema --field` takes it: dots between keys, list items named by their list (`schedule.timetable.start`). */
export function fieldPath(segments: readonly string[]): string {
  return segments.filter((s) => !/^\d+$/.test(s) && s !== '[]').join('.');
}
