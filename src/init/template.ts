/**
 * What `iop-audit init` writes (with the schema modeline pointing at this installation's schema): a complete program document,
 * each section saying which rules it satisfies. Its program-specific values are placeholders
 * (<program name>) that fail the audit (DRAFT-01) until they are replaced; every other value
 * is an example that passes. Replace them with your program's own; the comments say what each one proves.
 */
export function template(schemaPath: string): string {
  return TEMPLATE.replace('{{schema}}', schemaPath);
}

const TEMPLATE = `# yaml-language-server: $schema={{schema}}
# An intensive outpatient program, described for iop-audit (format version 1).
# Every value below is an example: replace it with what your program really does,
# then run \`iop-audit <this file>\`. Values in <angle brackets> are placeholders: the audit
# fails (DRAFT-01) until each is replaced. \`iop-audit schema --field <field>\` lists a
# field's allowed values; \`iop-audit explain <RULE>\` shows any rule in full.
version: 1

program:
  name: <program name>                       # required
  provider: <organisation that runs it>
  level_of_care: intensive-outpatient        # SCHED-02: must match what the schedule delivers
  populations: [adults]                      # adults, young-adults, older-adults, adolescents (set the floor, JOINT-01, and the hours that fit, SAMHSA-01); justice-involved
  focus: [substance-use, co-occurring]       # decides which substance-use rules apply (SAMHSA-08, SAMHSA-10)
  delivery: [in-person, telehealth]
  payers: [medicaid, commercial]             # medicare makes a physician's certification a legal condition, not a barrier

# JOINT-01 weekly intensity, JOINT-02 partial-hospitalization boundary, JOINT-03 contact hours,
# JOINT-09 adjunctive time, JOINT-10 typical length, SAMHSA-01 hours that fit the people served,
# SCHED-01 summary and timetable agree, SCHED-03 overlaps, SCHED-04 timetable and services agree.
schedule:
  days_per_week: 3
  hours_per_day: 3
  timetable:                                 # one entry per block in a typical week; only treatment counts, overlaps once
    - { day: monday, start: "17:50", end: "21:00", activities: [drug-testing, group-counseling, psychoeducation], minutes: { drug-testing: 10 } }
    - { day: wednesday, start: "18:00", end: "21:00", activities: [group-counseling, relapse-prevention] }
    - { day: thursday, start: "18:00", end: "21:00", activities: [individual-counseling, skills-training] }
    - { day: saturday, start: "10:00", end: "11:00", activities: [mutual-support-meeting] }   # adjunctive: not counted
  evening_or_weekend_option: true
  program_length: { minimum_days: 90, typical_weeks: 13 }   # or individualized: true with continued_stay_review: true

# SAMHSA-01 ready access, SAMHSA-02 easy entry, JOINT-04 initial evaluation.
admission:
  assessment:
    timing: before-enrollment                # or at-referring-level with updated_within_days: 7 for step-down clients
    conducted_by: licensed-clinician
    covers: [substance-use-severity, co-occurring-mental-health, medical, family, cultural, motivation]
    instruments: [ASAM six-dimension assessment, PHQ-9]
  requirements: [clinical-need, willingness-to-participate]   # nothing more: no prior-treatment or insurance-only clauses
  exclusions: [needs-medical-withdrawal-management]           # never co-occurring conditions
  waiting_list: false
  days_to_first_session: 3

# JOINT-05 qualified lead: a license, or a certification your state recognises (see qualifying_certifications).
staffing:
  clinical_lead: { role: clinical-director, credential: LCSW, licensed: true }
  team:
    - { role: psychiatrist, credential: MD, licensed: true }
    - { role: counselor, credential: LPC, licensed: true, count: 2 }

# SAMHSA-04 alliance, SAMHSA-08 abstinence monitoring, SAMHSA-09 support groups, SAMHSA-10 medications,
# SAMHSA-11 psychoeducation, JOINT-07 referrals, JOINT-11 family, JOINT-12 crisis, JOINT-13 medical.
services:
  individual_counseling: { provided: on-site, sessions_per_week: 1, consistent_counselor: true }
  group_counseling: { provided: on-site, max_group_size: 10 }
  psychoeducation: { provided: on-site, topics: [nature-of-addiction, recovery, relapse] }
  family: { provided: on-site, formats: [family-education] }
  case_management: { provided: on-site }
  medical: { provided: referral, partner: <primary care partner> }
  psychiatric: { provided: on-site }
  medications: { provided: referral, partner: <addiction medicine partner>, includes: [moud, aud-medications] }
  crisis: { available_24_7: true, method: on-call-clinician }
  drug_testing: { provided: on-site, method: urine, schedule: random, per_week: 1 }
  support_groups: { expectation: encouraged, types: [12-step, smart-recovery] }

# SAMHSA-06 personalized treatment, JOINT-06 formal plan, JOINT-07 referral responsibility.
treatment_planning:
  formal_plan: true
  after_assessment: true
  individualized: true
  client_participates: true
  review_every_days: 30
  addresses: [co-occurring, family, cultural, medical]
  referral_responsibility: true

# SAMHSA-03 motivation, SAMHSA-04 alliance, SAMHSA-05 retention.
engagement:
  motivational_approach: [motivational-interviewing]
  motivation_assessed: true
  alliance: { primary_counselor: true, measured_with: WAI-SR, every_weeks: 4 }
  retention:
    attendance_tracked: true
    missed_session_outreach_hours: 24
    on_relapse: adjust-plan
    strategies: [flexible-scheduling, reminders]

# SAMHSA-13 evidence-based approaches.
approaches: [cognitive-behavioral-therapy, motivational-interviewing, relapse-prevention]

# SAMHSA-12 social support.
social_support:
  family_involvement: true
  peer_support: true
  employer_or_school_involvement: with-consent

# SAMHSA-07 continuing care, JOINT-08 contact until stable.
continuing_care:
  plan_before_discharge: true
  step_down_to: [standard-outpatient, recovery-coaching]
  contact_until_stable: true
  follow_up: { every_days: 30, for_months: 12 }

# SAMHSA-14 continuous improvement.
quality:
  outcome_measures: [retention, abstinence, readmission, client-satisfaction]
  review_every_months: 3
  client_feedback: true
  improvement_plan: true
`;
