/**
 * A realistic program document that cites its evidence the way a program manager
 * writes it: free-text locators, a contract for a referral partner, evidence on a
 * section and on items inside it, and the usual slips (tests edit it with withChanges).
 */
export const CITED_PROGRAM = `# Cedar Ridge: women's evening track, evidence traced for the spring survey
version: 1
source_documents:
  - { id: P-12, title: Admission and Intake Procedure, kind: procedure, effective: 2026-01-01 }
  - id: SCH-1
    title: Evening Group Timetable (Spring Term)
    kind: schedule
    version: rev. 3
  - { id: HB-2, title: Client Handbook, kind: policy, effective: 2025-09-15 }
  - { id: MOU-4, title: Memorandum of Understanding with Lakeview Primary Care, kind: contract, effective: 2025-07-15 }
  - { id: REC-7, title: De-identified chart audit sample (10 closed charts), kind: record-sample }
program:
  name: Cedar Ridge Women's Evening IOP
  provider: Cedar Ridge Behavioral Health, Inc.
  level_of_care: intensive-outpatient
  populations: [adults]
  focus: [substance-use, co-occurring]
  delivery: [in-person]
  evidence: [HB-2 p. 2]
schedule:
  days_per_week: 3
  hours_per_day: 3
  timetable:
    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling, psychoeducation], evidence: [SCH-1 row 1] }
    - { day: wednesday, start: "18:00", end: "21:00", activities: [group-counseling, relapse-prevention, individual-counseling] }
    - { day: thursday, start: "18:00", end: "21:00", activities: [group-therapy, skills-training, family-education] }
  evening_or_weekend_option: true
  program_length: { minimum_days: 90, typical_weeks: 13 }
  evidence:
    - SCH-1 p. 3
    - "HB-2 section 5, effective 2026-01-01"
admission:
  assessment:
    timing: before-enrollment
    conducted_by: licensed-clinician
    covers: [substance-use-severity, co-occurring-mental-health, medical, family, cultural, motivation, trauma]
    instruments: [ASAM six-dimension assessment, PHQ-9]
    evidence: [P-12 §4.2, REC-7 charts 1-10]
  requirements: [clinical-need]
  exclusions: [needs-medical-withdrawal-management]
  waiting_list: false
  days_to_first_session: 4
staffing:
  clinical_lead: { role: clinical-director, credential: LCSW, licensed: true }
  team:
    - { role: counselor, credential: LPC, licensed: true, count: 2 }
    - { role: psychiatrist, credential: MD, licensed: true }
services:
  individual_counseling: { provided: on-site, sessions_per_week: 1, consistent_counselor: true }
  group_counseling: { provided: on-site, max_group_size: 10 }
  medical: { provided: referral, partner: Lakeview Primary Care, evidence: [MOU-4 §2 and schedule A] }
  crisis: { available_24_7: true, method: on-call-clinician }
`;
