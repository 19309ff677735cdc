import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-01-ready-access.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const ADULT_HOURS = 'adults need evening hours (a weekday block starting at 17:00 or later) or weekend hours';
const TEEN_HOURS = 'adolescents need after-school hours (a weekday block starting at 15:00 or later) or weekend hours';
const ADD_OR_EXPLAIN = 'Add such a block (telehealth delivery changes where clients attend, not when), or state in schedule.hours_rationale why these hours fit the people served';

/** A weekday-morning timetable of 9.75 treatment hours. */
const MORNINGS = [
  { day: 'monday', start: '09:00', end: '12:15', activities: ['group-counseling', 'psychoeducation'] },
  { day: 'wednesday', start: '09:00', end: '12:15', activities: ['group-counseling', 'individual-counseling'] },
  { day: 'friday', start: '08:30', end: '11:45', activities: ['relapse-prevention', 'skills-training'] },
];

/** Weekday blocks from 15:30: after school, but before working adults are free. */
const AFTERNOONS = [
  { day: 'monday', start: '15:30', end: '18:00', activities: ['group-counseling', 'skills-training'] },
  { day: 'tuesday', start: '15:30', end: '18:00', activities: ['group-counseling', 'individual-counseling'] },
  { day: 'thursday', start: '15:45', end: '18:15', activities: ['multifamily-group', 'psychoeducation'] },
];

describe('SAMHSA-01 ready-access', () => {
  it('passes on the compliant example, located at the admission requirements', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.line).toBe(lineOf(COMPLIANT, 'requirements:'));
  });

  it('fails each admission barrier and co-occurring exclusion at its item', () => {
    expectFindings(rule, {
      'admission.requirements': ['clinical-need', 'prior-treatment', 'insurance-only'],
      'admission.exclusions': ['needs-medical-withdrawal-management', 'co-occurring-mental-health'],
    }, [
      { message: "'prior-treatment' is an admission barrier: admit on clinical need and willingness to take part", pointer: '/admission/requirements/1', at: '- prior-treatment', fix: "Remove 'prior-treatment' from the admission requirements; admit on clinical need and willingness to take part." },
      { message: "'insurance-only' is an admission barrier: admit on clinical need and willingness to take part", pointer: '/admission/requirements/2', at: '- insurance-only' },
      { message: "'co-occurring-mental-health' excludes clients with co-occurring conditions", pointer: '/admission/exclusions/1', at: '- co-occurring-mental-health', fix: "Remove 'co-occurring-mental-health' from the admission exclusions, and treat co-occurring conditions alongside the disorder the program treats (on site or by referral)." },
    ]);
  });

  it('keeps employment, housing, ability to pay and abstinence as errors whoever pays', () => {
    const result = expectFindings(rule, {
      'program.payers': ['medicare', 'self-pay'],
      'admission.requirements': ['willingness-to-participate', 'employment', 'stable-housing', 'ability-to-pay', 'abstinence-before-admission'],
    }, [
      { message: "'employment' is an admission barrier: admit on clinical need and willingness to take part", pointer: '/admission/requirements/1', at: '- employment' },
      { message: "'stable-housing' is an admission barrier: admit on clinical need and willingness to take part", pointer: '/admission/requirements/2', at: '- stable-housing' },
      { message: "'ability-to-pay' is an admission barrier: admit on clinical need and willingness to take part", pointer: '/admission/requirements/3', at: '- ability-to-pay' },
      { message: "'abstinence-before-admission' is an admission barrier: admit on clinical need and willingness to take part", pointer: '/admission/requirements/4', at: '- abstinence-before-admission' },
    ]);
    expect(result.severity).toBe('error');
  });

  it('accepts a physician certification Medicare imposes and a court order for a justice-involved track', () => {
    const medicare = withChanges({
      'program.payers': ['medicare', 'commercial'],
      'admission.requirements': ['clinical-need', 'physician-certification', 'physician-referral'],
    });
    expect(runRule(rule, medicare).status).toBe('pass');
    const court = withChanges({
      'program.populations': ['adults', 'justice-involved'],
      'admission.requirements': ['clinical-need', 'willingness-to-participate', 'court-order'],
    });
    expect(runRule(rule, court).status).toBe('pass');
  });

  it('warns, without an error, about a certification or court order when no payer or population imposes it', () => {
    const result = expectFindings(rule, {
      'program.payers': ['commercial', 'medicaid'],
      'admission.requirements': ['clinical-need', 'physician-certification', 'court-order'],
    }, [
      { message: "'physician-certification' is an admission barrier unless a payer or the law imposes it: if Medicare pays for this program, list it (program.payers: [medicare]); otherwise admit on clinical need and willingness to take part", pointer: '/admission/requirements/1', at: '- physician-certification', severity: 'warning', fix: "If Medicare pays for this program, list Medicare among its payers; otherwise remove 'physician-certification' from the admission requirements." },
      { message: "'court-order' is an admission barrier unless a payer or the law imposes it: if this is a court or probation track, add justice-involved to program.populations; otherwise admit on clinical need and willingness to take part", pointer: '/admission/requirements/2', at: '- court-order', severity: 'warning', fix: "If this is a court or probation track, list justice-involved clients among the people served; otherwise remove 'court-order' from the admission requirements." },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('leaves an exclusion of clients on MOUD to SAMHSA-10', () => {
    const yaml = withChanges({ 'admission.exclusions': ['imminent-risk-of-harm', 'receiving-moud'] });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('fails when requirements are not stated, at the admission section', () => {
    expectFindings(rule, { 'admission.requirements': undefined }, [
      { message: 'admission requirements are not stated: list them (clinical-need, willingness-to-participate)', pointer: '/admission/requirements', at: 'admission:', fix: 'State the admission requirements: clinical need and willingness to take part, and nothing more.' },
    ]);
  });

  it('accepts an evening block without the flag', () => {
    expect(runRule(rule, withChanges({ 'schedule.evening_or_weekend_option': undefined })).status).toBe('pass');
  });

  it('warns, at the timetable, that weekday-morning hours may not fit adults, whatever the flag says', () => {
    const result = expectFindings(rule, { 'schedule.timetable': MORNINGS, 'schedule.evening_or_weekend_option': true }, [
      { message: `the hours may not fit adults: every treatment block starts on a weekday before 17:00; ${ADULT_HOURS}. ${ADD_OR_EXPLAIN}`, pointer: '/schedule/timetable', at: 'timetable:', severity: 'warning', fix: 'Add to the weekly timetable at least one treatment block starting at 17:00 or later on a weekday, or on a weekend; or state in the schedule why the current hours fit the people served.' },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('suggests telehealth at fitting hours when the program does not deliver by telehealth', () => {
    const result = runRule(rule, withChanges({ 'schedule.timetable': MORNINGS, 'program.delivery': ['in-person'] }));
    expect(result.findings.map((f) => f.message)).toEqual([
      `the hours may not fit adults: every treatment block starts on a weekday before 17:00; ${ADULT_HOURS}. Add such a block (a telehealth session at those hours is one way), or state in schedule.hours_rationale why these hours fit the people served`,
    ]);
  });

  it('reads a program that states no age group as serving adults, and young adults like adults', () => {
    const unstated = runRule(rule, withChanges({ 'schedule.timetable': MORNINGS, 'program.populations': undefined }));
    expect(unstated.message).toBe(`the hours may not fit adults (no age group is stated, so the program is read as serving adults): every treatment block starts on a weekday before 17:00; ${ADULT_HOURS}. ${ADD_OR_EXPLAIN}`);
    const young = runRule(rule, withChanges({ 'schedule.timetable': AFTERNOONS, 'program.populations': ['young-adults'] }));
    expect(young.message).toBe(`the hours may not fit young-adults: every treatment block starts on a weekday before 17:00; young-adults need evening hours (a weekday block starting at 17:00 or later) or weekend hours. ${ADD_OR_EXPLAIN}`);
  });

  it('accepts after-school or weekend hours for adolescents and warns about school-day hours', () => {
    const teens = { 'program.populations': ['adolescents'] };
    expect(runRule(rule, withChanges({ ...teens, 'schedule.timetable': AFTERNOONS })).status).toBe('pass');
    const saturday = [...MORNINGS.slice(0, 2), { day: 'saturday', start: '10:00', end: '13:00', activities: ['group-counseling', 'family-education'] }];
    expect(runRule(rule, withChanges({ ...teens, 'schedule.timetable': saturday })).status).toBe('pass');
    expectFindings(rule, { ...teens, 'schedule.timetable': MORNINGS }, [
      { message: `the hours may not fit adolescents: every treatment block starts on a weekday before 15:00; ${TEEN_HOURS}. ${ADD_OR_EXPLAIN}`, pointer: '/schedule/timetable', at: 'timetable:', severity: 'warning', fix: 'Add to the weekly timetable at least one treatment block starting at 15:00 or later on a weekday, or on a weekend; or state in the schedule why the current hours fit the people served.' },
    ]);
  });

  it('accepts daytime hours for older adults', () => {
    expect(runRule(rule, withChanges({ 'program.populations': ['older-adults'], 'schedule.timetable': MORNINGS })).status).toBe('pass');
  });

  it('with a mixed population, names each age group the hours do not fit', () => {
    expectFindings(rule, { 'program.populations': ['adults', 'adolescents', 'older-adults'], 'schedule.timetable': AFTERNOONS }, [
      { message: `the hours may not fit adults: every treatment block starts on a weekday before 17:00; ${ADULT_HOURS}. ${ADD_OR_EXPLAIN}`, pointer: '/schedule/timetable', at: 'timetable:', severity: 'warning' },
    ]);
    expectFindings(rule, { 'program.populations': ['adolescents', 'adults'], 'schedule.timetable': MORNINGS }, [
      { message: `the hours may not fit adolescents and adults: every treatment block starts on a weekday before 15:00; ${ADULT_HOURS}; ${TEEN_HOURS}. ${ADD_OR_EXPLAIN}`, pointer: '/schedule/timetable', at: 'timetable:', severity: 'warning', fix: 'Add to the weekly timetable at least one treatment block starting at 17:00 or later on a weekday, or on a weekend; or state in the schedule why the current hours fit the people served.' },
    ]);
  });

  it('accepts daytime hours when the document states why they fit', () => {
    const yaml = withChanges({
      'schedule.timetable': MORNINGS,
      'schedule.hours_rationale': 'Most clients work night shifts at the port and attend after their shift ends.',
    });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('without a timetable, takes evening_or_weekend_option: true at its word and warns when it is not set', () => {
    const summary = { 'schedule.timetable': undefined, 'schedule.days_per_week': 4, 'schedule.hours_per_day': 2.5 };
    expect(runRule(rule, withChanges(summary)).status).toBe('pass');
    expectFindings(rule, { ...summary, 'schedule.evening_or_weekend_option': false }, [
      { message: `the hours offered are not shown for adults: there is no timetable and evening_or_weekend_option is not true; ${ADULT_HOURS}. Add a timetable with such a block (telehealth delivery changes where clients attend, not when), set evening_or_weekend_option: true if evening or weekend hours are offered, or state in schedule.hours_rationale why the hours fit the people served`, pointer: '/schedule/evening_or_weekend_option', at: 'evening_or_weekend_option:', severity: 'warning', fix: 'Add a weekly timetable with at least one treatment block starting at 17:00 or later on a weekday, or on a weekend; or, if evening or weekend hours are already offered, say so in the schedule; or state in the schedule why the hours fit the people served.' },
    ]);
  });

  it('quotes TIP 47\'s own heading for principle 1 and says the principle\'s text was not read', () => {
    expect(rule.sources[0]!.at).toBe('ch. 2, "Principles of Intensive Outpatient Treatment", principle 1: "Make treatment readily available"');
    expect(rule.sources[0]!.unverified).toBe('the heading was read in TIP 47\'s list (ch. 2); the principle\'s own text was not read, so the words are our reading of the heading');
    expect(rule.citation).not.toContain('TIP 47 asks');
  });
});
