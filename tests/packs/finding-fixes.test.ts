import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import type { DocumentResult, Finding } from '../../src/core/types.js';
import type { Rule } from '../../src/packs/define.js';
import { RULES } from '../../src/packs/index.js';
import { parsePack } from '../../src/packs/user-pack.js';

/**
 * Every failing finding, of every rule, says what to change for it in words a
 * clinical or administrative reader can act on (#15): no JSON pointers or
 * document keys, and never a limit without its number. The corpus is the
 * surveyor cases, the shipped examples and three documents written here to fail
 * what the others pass (a bare draft, a document at odds with itself, a thin
 * youth track); every rule must fail somewhere in it, so no rule's fix goes untested.
 */

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** A draft with little more than a name: most rules fail for what is missing. */
const BARE_DRAFT = `version: 1
program:
  name: Eastgate Recovery Services IOP (first draft, do not circulate)
  level_of_care: partial-hospitalization
schedule:
  evening_or_weekend_option: true
`;

/** Half-finished answers: present but wrong, unstated inside stated sections, a program at odds with itself. */
const CONTRADICTORY = `version: 1
program:
  name: Westbrook Counseling Center IOP
  provider: Westbrook Counseling Center LLC
  populations: [adolescents, adults]
  focus: [mental-health]
  level_of_care: intensive-outpatient
  settings: [telehealth, freestanding-clinic, opioid-treatment-program, patients-home]
  payers: [medicare]
schedule:
  days_per_week: 2
  hours_per_day: 3
  evening_or_weekend_option: false
  timetable:
    - { day: saturday, start: "09:00", end: "12:00", activities: [group-counseling, recreation] }
    - { day: saturday, start: "11:00", end: "13:00", activities: [psychoeducation, fitness] }
    - { day: sunday, start: "09:00", end: "11:00", activities: [family-therapy] }
    - { day: sunday, start: "09:00", end: "11:00", activities: [family-therapy] }
  program_length: { individualized: true }
admission:
  requirements: [clinical-need, court-order]
  certification: { by: psychologist, minimum_hours_per_week: 6, recertify_every_days: 90 }
  assessment:
    timing: at-referring-level
    conducted_by: intake-staff
    reviewed_by: peer-specialist
    suicide_screening: { instrument: home-made checklist, validated: false }
staffing:
  clinical_lead: { role: clinical-director, credential: PhD }
services:
  individual_counseling: { provided: on-site }
  group_counseling: { provided: on-site }
  case_management: { provided: referral }
  family: { provided: referral, partner: Westbrook Family Institute }
  psychoeducation: { provided: on-site, topics: [recovery] }
  support_groups: { expectation: offered, types: [12-step] }
  crisis: { available_24_7: false }
  medical: { provided: none }
engagement:
  alliance: { measured_with: SRS }
treatment_planning:
  formal_plan: false
  individualized: false
  after_assessment: false
  client_participates: false
  physician_reviewed: false
  review_every_days: 120
continuing_care:
  contact_until_stable: false
  follow_up: { for_months: 6 }
quality:
  review_every_months: 18
approaches: [equine-therapy, art-therapy]
`;

/** A youth track too thin for any standard, with no evaluation at all. */
const THIN_YOUTH_TRACK = `version: 1
program:
  name: Brookside Teen Recovery Track
  provider: TODO confirm with the board
  populations: [adolescents]
  focus: [substance-use]
  level_of_care: intensive-outpatient
schedule:
  timetable:
    - { day: tuesday, start: "15:30", end: "17:30", activities: [group-counseling] }
    - { day: thursday, start: "15:30", end: "17:30", activities: [group-counseling, mutual-support-meeting], minutes: { mutual-support-meeting: 60 } }
admission:
  assessment: { timing: none }
approaches: [MI, Moral Reconation Therapy]
`;

/** A program that cites its documents, one of them under a mistyped ID, and leaves other sections uncited. */
const PARTLY_CITED = `version: 1
source_documents:
  - { id: POL-3, title: Admission and Intake Policy, kind: policy, effective: 2025-09-01 }
  - { id: SCH-1, title: Fall group calendar, kind: schedule }
program:
  name: Harbor Light Outpatient IOP
  populations: [adults]
  focus: [substance-use]
  level_of_care: intensive-outpatient
  evidence: [POL3 section 1]
schedule:
  evidence: [SCH-1]
  timetable:
    - { day: monday, start: "18:00", end: "21:00", activities: [group-counseling] }
    - { day: wednesday, start: "18:00", end: "21:00", activities: [group-counseling] }
    - { day: thursday, start: "18:00", end: "21:00", activities: [psychoeducation] }
admission:
  requirements: [clinical-need]
services:
  group_counseling: { provided: on-site, max_group_size: 10 }
`;

const ALL_PACKS = ['samhsa-tip47', 'joint', 'medicare-iop', 'document'];
const shippedPacks = ['packs/dc-22a-6329.yaml', 'packs/example-org-policy.yaml'].map((file) => parsePack(read(file), file));
const catalog: Rule[] = [...RULES, ...shippedPacks.flatMap((p) => p.rules)];
const standards = [...ALL_PACKS, ...shippedPacks.map((p) => p.pack.id)];

function corpus(): Array<{ file: string; text: string }> {
  const cases = readdirSync(new URL('../surveyor/cases/', import.meta.url))
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.expect.yaml'))
    .map((f) => `tests/surveyor/cases/${f}`);
  const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`);
  return [
    ...[...cases, ...examples].map((file) => ({ file, text: read(file) })),
    { file: 'bare-draft.yaml', text: BARE_DRAFT },
    { file: 'contradictory.yaml', text: CONTRADICTORY },
    { file: 'thin-youth-track.yaml', text: THIN_YOUTH_TRACK },
    { file: 'partly-cited.yaml', text: PARTLY_CITED },
  ];
}

interface Failing { file: string; rule: string; finding: Finding }

/**
 * Tuned limits as a config might set them: the typical contact-hour range then
 * speaks (JOINT-03 is silent with the defaults), and every fix must follow them.
 */
const TUNED = { contact_hours_min: 12, contact_hours_max: 13, adult_weekly_hours: 10, plan_review_recommended_days: 14 };

const failing: Failing[] = [];
const audited: DocumentResult[] = [];
for (const { file, text } of corpus()) {
  // The tuned run also requires evidence (EVID-02 is off by default).
  for (const [thresholds, evidence] of [[{}, 'optional'], [TUNED, 'required']] as const) {
    const doc = auditText(text, file, { rules: catalog, standards, thresholds, evidence });
    audited.push(doc);
    for (const result of doc.results) {
      if (result.status !== 'fail') continue;
      for (const finding of result.findings) failing.push({ file, rule: result.rule, finding });
    }
  }
}

describe('every finding says what to change for it', () => {
  it('audits a valid corpus with failures in every rule of the catalog', () => {
    for (const doc of audited) expect(doc.verdict, `${doc.file}: ${doc.problems.map((p) => p.message).join('; ')}`).not.toBe('invalid');
    const failed = new Set(failing.map((f) => f.rule));
    const never = catalog.map((r) => r.id).filter((id) => !failed.has(id));
    expect(never, 'rules that fail nowhere in the corpus, so their fixes go untested').toEqual([]);
  });

  it('gives every failing finding its own fix, a sentence in plain words', () => {
    for (const { file, rule, finding } of failing) {
      const where = `${rule} in ${file}: ${finding.message}`;
      expect(typeof finding.fix, where).toBe('string');
      const fix = finding.fix!;
      expect(fix, where).toMatch(/^[A-Z].*[.)]$/s);
      // A JSON pointer, a document key or a YAML setting means nothing to a clinical reader.
      expect(fix, where).not.toMatch(/(^|[\s(])\/[a-z_]/);
      expect(fix, where).not.toMatch(/\b[a-z0-9]+_[a-z0-9_]+\b/);
      expect(fix, where).not.toMatch(/:\s*(true|false|none)\b/);
      expect(fix, where).not.toMatch(/\bconfig\b/i);
      // A limit is named with its number.
      if (/threshold|limit|floor|minimum|maximum/i.test(fix)) expect(fix, where).toMatch(/\d/);
    }
  });

  it('fits the fix to what failed, not the rule as a whole', () => {
    // Per rule: the distinct places its findings point at, and the distinct fixes they carry.
    const byRule = new Map<string, { pointers: Set<string>; fixes: Set<string> }>();
    for (const { rule, finding } of failing) {
      const seen = byRule.get(rule) ?? { pointers: new Set<string>(), fixes: new Set<string>() };
      seen.pointers.add(finding.pointer.replace(/\/\d+$/, ''));
      seen.fixes.add(finding.fix!);
      byRule.set(rule, seen);
    }
    for (const rule of RULES) {
      const seen = byRule.get(rule.id)!;
      for (const fix of seen.fixes) expect(fix, rule.id).not.toBe(rule.remediation.text);
      // Findings about different things get different fixes.
      if (seen.pointers.size > 1) expect(seen.fixes.size, `${rule.id}: ${[...seen.fixes].join(' | ')}`).toBeGreaterThan(1);
    }
  });

  it('quotes the numbers that apply: the hours to add, the floor and the hours now', () => {
    const draft = failing.filter((f) => f.file === 'examples/new-horizons-draft.yaml');
    const floor = draft.find((f) => f.rule === 'JOINT-01')!.finding;
    expect(floor.fix).toBe('Add at least 4.5 hours of treatment a week to reach the 9-hour weekly floor for adults (now 4.5); mutual-support meetings and recreation do not count toward it.');
    const wait = draft.find((f) => f.rule === 'SAMHSA-02' && f.finding.pointer.endsWith('days_to_first_session'))!.finding;
    expect(wait.fix).toBe('Shorten the wait from first contact to the first session by at least 14 days, to 7 days or fewer (now 21).');
    const barrier = draft.find((f) => f.rule === 'SAMHSA-01' && f.finding.message.startsWith("'abstinence-before-admission'"))!.finding;
    expect(barrier.fix).toBe("Remove 'abstinence-before-admission' from the admission requirements; admit on clinical need and willingness to take part.");
  });

  it('takes its numbers from the configured limits, not from the defaults', () => {
    const doc = auditText(read('examples/new-horizons-draft.yaml'), 'draft.yaml', {
      rules: RULES, standards: ALL_PACKS, thresholds: { adult_weekly_hours: 12, days_to_first_session: 10, max_group_size: 8 },
    });
    const fixes = doc.results.filter((r) => r.status === 'fail').flatMap((r) => r.findings.map((f) => f.fix));
    expect(fixes).toContain('Add at least 7.5 hours of treatment a week to reach the 12-hour weekly floor for adults (now 4.5); mutual-support meetings and recreation do not count toward it.');
    expect(fixes).toContain('Shorten the wait from first contact to the first session by at least 11 days, to 10 days or fewer (now 21).');
    expect(fixes).toContain('Keep counseling groups to 8 clients or fewer (now up to 20): split larger groups.');
  });
});
