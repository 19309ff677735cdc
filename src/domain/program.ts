/**
 * The program document (format version 1) as TypeScript sees it after schema
 * validation. `schemas/program.schema.json` is the authority; these types
 * mirror it so rules can read a document without casts.
 */

export type Level = 'standard-outpatient' | 'intensive-outpatient' | 'partial-hospitalization' | 'residential';
export type Population = 'adults' | 'young-adults' | 'older-adults' | 'adolescents' | 'justice-involved';
export type Setting = 'hospital-outpatient-department' | 'community-mental-health-center' | 'federally-qualified-health-center' | 'rural-health-clinic'
  | 'opioid-treatment-program' | 'freestanding-clinic' | 'telehealth' | 'patients-home';
export type Payer = 'medicare' | 'medicaid' | 'commercial' | 'tricare' | 'va' | 'self-pay' | 'grant-funded';
export type Focus = 'substance-use' | 'mental-health' | 'co-occurring' | 'eating-disorders';
export type Day = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export type Provided = 'on-site' | 'referral' | 'none';

export interface TimetableBlock {
  day: Day;
  start: string;
  end: string;
  activities: string[];
  /** Minutes given to some activities; the rest share what is left evenly. */
  minutes?: Record<string, number>;
}

export interface StaffMember {
  role: string;
  credential?: string;
  licensed?: boolean;
  count?: number;
}

export interface Service {
  provided: Provided;
  partner?: string;
}

/**
 * Every object section and list item may also carry `evidence: string[]` (references to
 * `source_documents`); those are read generically by src/domain/evidence.ts, not typed here.
 */
export interface Program {
  version: 1;
  source_documents?: SourceDocument[];
  program: {
    name: string;
    provider?: string;
    level_of_care?: Level;
    populations?: Population[];
    focus?: Focus[];
    delivery?: string[];
    payers?: Payer[];
    settings?: Setting[];
  };
  schedule?: {
    days_per_week?: number;
    hours_per_day?: number;
    timetable?: TimetableBlock[];
    evening_or_weekend_option?: boolean;
    hours_rationale?: string;
    program_length?: { minimum_days?: number; typical_weeks?: number; individualized?: boolean; continued_stay_review?: boolean };
  };
  admission?: {
    assessment?: {
      timing?: 'before-enrollment' | 'at-referring-level' | 'first-week' | 'none';
      updated_within_days?: number;
      conducted_by?: string;
      reviewed_by?: string;
      suicide_screening?: { instrument?: string; validated?: boolean };
      covers?: string[];
      instruments?: string[];
    };
    requirements?: string[];
    exclusions?: string[];
    waiting_list?: boolean;
    days_to_first_session?: number;
    certification?: { by?: string; minimum_hours_per_week?: number; recertify_every_days?: number };
  };
  staffing?: {
    clinical_lead?: StaffMember;
    team?: StaffMember[];
  };
  services?: {
    individual_counseling?: Service & { sessions_per_week?: number; consistent_counselor?: boolean };
    group_counseling?: Service & { max_group_size?: number };
    psychoeducation?: Service & { topics?: string[] };
    family?: Service & { formats?: string[] };
    case_management?: Service;
    medical?: Service;
    psychiatric?: Service;
    medications?: Service & { includes?: string[] };
    vocational?: Service;
    nutrition?: Service;
    crisis?: { available_24_7?: boolean; method?: string };
    drug_testing?: Service & { method?: string; schedule?: 'random' | 'scheduled' | 'on-suspicion'; per_week?: number };
    support_groups?: { expectation?: 'required' | 'encouraged' | 'offered' | 'none'; types?: string[] };
  };
  treatment_planning?: {
    formal_plan?: boolean;
    after_assessment?: boolean;
    individualized?: boolean;
    client_participates?: boolean;
    review_every_days?: number;
    addresses?: string[];
    referral_responsibility?: boolean;
    physician_reviewed?: boolean;
  };
  engagement?: {
    motivational_approach?: string[];
    motivation_assessed?: boolean;
    alliance?: { primary_counselor?: boolean; measured_with?: string; every_weeks?: number };
    retention?: {
      attendance_tracked?: boolean;
      missed_session_outreach_hours?: number;
      on_relapse?: 'adjust-plan' | 'discharge';
      strategies?: string[];
    };
  };
  approaches?: string[];
  social_support?: {
    family_involvement?: boolean;
    peer_support?: boolean;
    employer_or_school_involvement?: 'with-consent' | 'not-offered';
  };
  continuing_care?: {
    plan_before_discharge?: boolean;
    step_down_to?: string[];
    contact_until_stable?: boolean;
    follow_up?: { every_days?: number; for_months?: number };
  };
  quality?: {
    outcome_measures?: string[];
    review_every_months?: number;
    client_feedback?: boolean;
    improvement_plan?: boolean;
  };
}

/** Minutes since midnight of a time the schema has checked ("HH:MM", 00:00 to 24:00). */
export function minutesOf(time: string): number {
  // Digits by character code: this runs for every block of every document.
  const digit = (at: number) => time.charCodeAt(at) - 48;
  return (digit(0) * 10 + digit(1)) * 60 + digit(3) * 10 + digit(4);
}

/** One entry of the document's `source_documents`: where claims are documented. */
export interface SourceDocument {
  id: string;
  title: string;
  kind: 'policy' | 'procedure' | 'schedule' | 'contract' | 'record-sample' | 'other';
  effective?: string;
  version?: string;
}
