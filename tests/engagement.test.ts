import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { engagementOf } from '../src/config/engagement.js';
import { RULES } from '../src/packs/index.js';
import { withChanges } from './support/audit.js';
import { cli, workspace } from './support/cli.js';

const CONFIG = `engagement:
  client: Lakeshore Recovery Partners
  programs: [Lakeshore Evening IOP]
  auditor: { name: Priya Raman, credentials: "LPC, CAADC" }
  method: Desk review before the county contract renewal.
  limitations: Staff credentials were taken as stated.
`;

describe('engagement: config and flags', () => {
  it('reads the config\'s engagement and takes today\'s date when none is given', () => {
    const config = parseConfig(CONFIG, '.iop-audit.yaml', RULES);
    expect(engagementOf(config.engagement, {}, () => '2027-04-02')).toEqual({
      client: 'Lakeshore Recovery Partners',
      programs: ['Lakeshore Evening IOP'],
      auditor: { name: 'Priya Raman', credentials: 'LPC, CAADC' },
      reviewDate: '2027-04-02',
      method: 'Desk review before the county contract renewal.',
      limitations: 'Staff credentials were taken as stated.',
    });
  });

  it('lets the flags override the config; the auditor flag is "Name, credentials"', () => {
    const config = parseConfig(`${CONFIG}  review_date: 2027-03-30\n`, '.iop-audit.yaml', RULES);
    expect(engagementOf(config.engagement, {}, () => '2027-04-02').reviewDate).toBe('2027-03-30');
    const e = engagementOf(config.engagement, { client: 'Lakeshore Health System', auditor: 'Sam Ortiz, LCSW, CADC', reviewDate: '2027-05-01' }, () => '2027-04-02');
    expect(e).toMatchObject({ client: 'Lakeshore Health System', auditor: { name: 'Sam Ortiz', credentials: 'LCSW, CADC' }, reviewDate: '2027-05-01' });
    expect(engagementOf(undefined, { auditor: 'Sam Ortiz' }, () => '2027-04-02').auditor).toEqual({ name: 'Sam Ortiz' });
  });

  it('refuses a review date that is not a day of the calendar, at its line, or from the flag', () => {
    expect(() => parseConfig(`${CONFIG}  review_date: 2027-02-29\n`, '.iop-audit.yaml', RULES)).toThrow(/\.iop-audit\.yaml:7:16: engagement\.review_date: '2027-02-29' is not a date of the calendar: February 2027 has 28 days/);
    expect(() => parseConfig('engagement:\n  auditor: { credentials: LPC }\n', '.iop-audit.yaml', RULES)).toThrow(/\.iop-audit\.yaml:2:/);
    expect(() => engagementOf(undefined, { reviewDate: '04/02/2027' }, () => '2027-04-02')).toThrow(/--review-date '04\/02\/2027' is not a date: give it as YYYY-MM-DD/);
    expect(() => engagementOf(undefined, { auditor: ', LPC' }, () => '2027-04-02')).toThrow(/--auditor needs a name/);
  });
});

describe('engagement: the command line', () => {
  const program = withChanges({ 'program.name': 'Lakeshore Evening IOP', 'program.provider': 'Lakeshore Recovery Partners', 'admission.days_to_first_session': 9 });
  const dir = workspace({ '.iop-audit.yaml': CONFIG, 'programs/evening.yaml': program });

  it('prints the engagement on the cover, the review date (today, pinned) once', () => {
    const run = cli(['programs', '--format', 'html'], { cwd: dir, env: { IOP_AUDIT_TODAY: '2027-04-02' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<dt>Client</dt><dd>Lakeshore Recovery Partners</dd>');
    expect(run.stdout).toContain('<dt>Reviewed by</dt><dd>Priya Raman, LPC, CAADC</dd>');
    expect(run.stdout.split('2027-04-02')).toHaveLength(2);
    expect(run.stdout).toContain('Desk review before the county contract renewal.');
  });

  it('takes --client, --auditor and --review-date over the config, and gives the same bytes each time', () => {
    const args = ['programs', '--format', 'markdown', '--client', 'Lakeshore Health System', '--auditor', 'Sam Ortiz, LCSW', '--review-date', '2027-05-01'];
    const first = cli(args, { cwd: dir });
    expect(first.stdout).toContain('- **Client:** Lakeshore Health System');
    expect(first.stdout).toContain('- **Reviewed by:** Sam Ortiz, LCSW');
    expect(first.stdout).toContain('- **Review date:** 2027-05-01');
    expect(first.stdout).not.toContain('Priya Raman');
    expect(cli(args, { cwd: dir }).stdout).toBe(first.stdout);
    const bad = cli(['programs', '--format', 'html', '--review-date', '2027-02-30'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("iop-audit: --review-date '2027-02-30' is not a date: February 2027 has 28 days\n");
  });

  it('with validate, rates nothing and says so', () => {
    const run = cli(['validate', 'programs', '--format', 'markdown'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('- **Overall readiness:** Not rated: the documents were checked against the program format only (validate), not against the standards.');
    expect(run.stdout).toContain('| valid (format checked, not rated) |');
    expect(run.stdout).not.toMatch(/\| (Met|Not assessed) \|/);
  });

  it('shows positions and pointers only with --technical', () => {
    const plain = cli(['programs', '--format', 'markdown'], { cwd: dir }).stdout;
    const technical = cli(['programs', '--format', 'markdown', '--technical'], { cwd: dir }).stdout;
    expect(plain).not.toMatch(/evening\.yaml:\d+:\d+/);
    expect(technical).toMatch(/`programs\/evening\.yaml:\d+:\d+` `\/admission\/days_to_first_session`/);
  });

  it('writes the CSV formats the same whether streamed or written to a file', () => {
    for (const format of ['csv-plan', 'csv-ratings']) {
      const streamed = cli(['programs', '--format', format], { cwd: dir });
      expect(streamed.code).toBe(1);
      cli(['programs', '--format', format, '--output', `${format}.csv`], { cwd: dir });
      expect(readFileSync(join(dir, `${format}.csv`), 'utf8')).toBe(streamed.stdout);
      expect(streamed.stdout.split('\r\n')[0]).toMatch(/^program,file,/);
    }
  });
});
