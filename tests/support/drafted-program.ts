/** A program as a clinical director drafts it: abbreviations, capitals, British spelling, a therapy the vocabulary does not list. */
export const DRAFTED = `version: 1
program:
  name: Northgate Recovery Evening Program
  provider: Northgate Community Health
  level_of_care: IOP                 # ASAM 2.1
  populations: [Adults]
  focus: [SUD]
schedule:
  timetable:
    - day: Monday
      start: "18:00"
      end: "21:00"
      activities: [Group Counselling, Psychoeducation]
    - day: wednesday
      start: "18:00"
      end: "21:00"
      activities: [DBT, relapse prevention]
    - day: thursday
      start: "18:00"
      end: "21:00"
      activities: [individual counseling, UDS]
services:
  medications:
    provided: referral
    partner: Lakeside Addiction Medicine
    includes: [MAT, aud-medications]
  support_groups:
    expectation: encouraged
    types: [AA, SMART, LifeRing]
staffing:
  clinical_lead:
    role: clinical-director
    credential: LCSW
  team:
    - role: counselor
      credential: Ph.D.
      licensed: true
    - role: counselor
      credential: CASAC
approaches: [CBT, MI, moral-reconation-therapy, Motivational Enhancement]
`;
