import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/core/types.js';
import { html } from '../../src/report/html.js';
import type { FormatContext } from '../../src/report/types.js';
import { context, controlResult, engagementContext, engagementResult, examplesResult, rawControls, trickyResult } from './fixture.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);

/** The text of the element with this id, tags dropped and entities of the report's own escaping undone. */
function textOf(page: string, id: string): string {
  const start = page.search(new RegExp(`<(section|nav)[^>]* id="${id}"`));
  expect(start, `#${id}`).toBeGreaterThan(-1);
  const end = page.indexOf(page.startsWith('<nav', start) ? '</nav>' : '</section>', start);
  return page.slice(start, end).replace(/<br>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/[ \t]+/g, ' ');
}

/** The rows of the plan table, cells as text. */
function planRows(page: string): string[][] {
  const plan = page.slice(page.indexOf('<section id="plan">'), page.indexOf('</section>', page.indexOf('<section id="plan">')));
  return [...plan.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'").trim()));
}

describe('html', () => {
  it('is one self-contained file: no scripts, no external resources, links only within itself', () => {
    const page = html(examplesResult(), context);
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(page).not.toMatch(/\bsrc\s*=/i);
    expect([...page.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    expect(page).toContain(`default-src 'none'`);
  });

  it('escapes text from documents', () => {
    const page = html(trickyResult(), context);
    expect(page).toContain('Quotes &quot;&amp;&quot; &lt;tags&gt;');
    expect(page).not.toContain('<tags>');
  });

  it('shows control characters from documents as escapes, as the text reports do', () => {
    expect(html(trickyResult(), context)).toContain('\\x07 bell');
    // Printed to a terminal, the file must not drive it: no control character but line breaks.
    expect(rawControls(html(controlResult(), context))).toEqual([]);
  });

  it('opens with a cover: client, programs, provider, auditor, the review date once, scope and overall readiness', () => {
    const page = html(engagementResult(), engagementContext);
    const cover = textOf(page, 'cover');
    expect(cover).toContain('Client Cedar Ridge Behavioral Health');
    expect(cover).toMatch(/Programs\s+Cedar Ridge Adult Day IOP\s+Cedar Ridge Young Adult Evening IOP/);
    expect(cover).toContain('Provider Cedar Ridge Behavioral Health, Inc.');
    expect(cover).toContain('Reviewed by Dana Whitfield, LCSW, CADC');
    expect(cover).toContain('Review date 2027-03-15');
    expect(page.split('2027-03-15')).toHaveLength(2);
    // The scope, by default: the run's packs with their editions.
    expect(cover).toContain('TIP 47: the 14 principles of intensive outpatient treatment (samhsa-tip47; TIP 47, Pub. No. (SMA) 06-4182, 2006)');
    expect(cover).toContain('Program document consistency (document; program document format, version 1)');
    expect(cover).toContain('Overall readiness: Not ready: 1 requirement not met in 1 program; 61 of 64 applicable requirement ratings met.');
  });

  it('summarises ratings per standard and findings per program, and states method and limitations', () => {
    const page = html(engagementResult(), engagementContext);
    const summary = textOf(page, 'summary');
    // TIP 47: the day program misses principle 2 and has warnings only on 1 and 4; the evening program meets all 14.
    expect(summary).toMatch(/TIP 47: the 14 principles of intensive outpatient treatment\s+25\s+2\s+1\s+0\s+0\s+0/);
    // Joint: the 60-day episode is waived by the config.
    expect(summary).toMatch(/joint committee's IOP specifications\s+25\s+0\s+0\s+0\s+1\s+0/);
    expect(summary).toMatch(/Cedar Ridge Adult Day IOP\s+Cedar Ridge Behavioral Health, Inc.\s+28 met, 2 partially met, 1 not met, 2 not applicable, 1 waived\s+1\s+2\s+0/);
    expect(summary).toMatch(/Cedar Ridge Young Adult Evening IOP\s+Cedar Ridge Behavioral Health, Inc.\s+33 met, 1 not applicable\s+0\s+0\s+0/);
    expect(summary).toContain('Method. Desk review of the program descriptions ahead of the state survey.');
    expect(summary).toContain('Limitations. Clinical records were not sampled.');
  });

  it('has a table of contents whose every link reaches a part of the report', () => {
    const page = html(engagementResult(), engagementContext);
    const links = [...page.slice(page.indexOf('<nav'), page.indexOf('</nav>')).matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toEqual(['summary', 'method', 'program-1', 'program-2', 'plan', 'waivers', 'notes', 'signoff', 'about']);
    for (const id of links) expect(page).toContain(` id="${id}"`);
  });

  it('rates each requirement in words and gives each finding its own fix, without positions, pointers or YAML', () => {
    const result = engagementResult();
    const page = html(result, engagementContext);
    const day = textOf(page, 'program-1');
    expect(day).toMatch(/Ease entry \(2\)\s+Not met/);
    expect(day).toMatch(/Build on existing motivation \(3\)\s+Met/);
    expect(day).toMatch(/IOPs typically last at least 90 days \(typical-length\)\s+Waived/);
    expect(day).toMatch(/Make treatment readily available \(1\)\s+Partially met\s+claimed, no evidence cited/);
    expect(day).toContain('Requirements: 11 met, 2 partially met, 1 not met.');
    expect(day).toMatch(/Treatment hours a week\s+9.5 \(from the timetable\)/);
    // "x of y passed" would count what did not apply: the report says what did not apply.
    expect(page).not.toMatch(/\d+ of \d+ passed/);
    expect(textOf(page, 'program-1')).toContain('Requirements: 5 met, 2 not applicable.');
    const finding = result.documents[0]!.results.find((r) => r.rule === 'SAMHSA-02')!.findings[0]!;
    expect(day).toContain(finding.message);
    expect(day).toMatch(/What to change: Shorten the wait from first contact to the first session by at least/);
    expect(page).not.toMatch(/programs\/adult-day\.yaml:\d+:\d+/);
    expect(page).not.toContain(finding.pointer);
    expect(page).not.toContain('<pre>');
  });

  it('with --technical, adds positions, pointers and the YAML examples', () => {
    const result = engagementResult();
    const page = html(result, { ...engagementContext, technical: true });
    const finding = result.documents[0]!.results.find((r) => r.rule === 'SAMHSA-02')!.findings[0]!;
    expect(page).toContain(`<code>programs/adult-day.yaml:${finding.line}:${finding.column}</code> <code>${finding.pointer}</code>`);
    expect(page).toContain('<pre>');
  });

  it('lays out the remediation plan: finding and fix, requirement, priority from severity, blank owner and due date', () => {
    const rows = planRows(html(engagementResult(), engagementContext));
    expect(rows[0]).toEqual(['Ref', 'Finding and what to change', 'Requirement', 'Priority', 'Owner', 'Due date']);
    const body = rows.slice(1).filter((r) => r.length === 6);
    expect(body.map((r) => [r[0], r[3]])).toEqual([['1.1', 'High'], ['1.2', 'Medium'], ['1.3', 'Medium']]);
    expect(body[0]![1]).toMatch(/^12 days to the first session[\s\S]*What to change:/);
    expect(body[0]![2]).toBe('Ease entry (samhsa-tip47 2)');
    expect(body.every((r) => r[4] === '' && r[5] === '')).toBe(true);
    // The program that meets everything has nothing in the plan; the waived rule is in the waivers, not the plan.
    expect(rows.some((r) => r.join(' ').includes('Young Adult'))).toBe(false);
    expect(rows.some((r) => r.join(' ').includes('90 days'))).toBe(false);
  });

  it('ends with waivers, notes, a sign-off block and what the report does not establish', () => {
    const page = html(engagementResult(), engagementContext);
    expect(textOf(page, 'waivers')).toContain('County contract sets 60-day episodes with review at day 45');
    expect(textOf(page, 'signoff')).toMatch(/Reviewed by\s+Dana Whitfield, LCSW, CADC\s+Signature\s+Date\s+Received for the program by/);
    expect(textOf(page, 'about')).toContain('does not establish that the program operates as described');
  });

  it('with --quiet, leaves out programs that pass but still counts them in the summary', () => {
    const page = html(engagementResult(), { ...engagementContext, quiet: true });
    expect(page).toContain('id="program-1"');
    expect(page).not.toContain('id="program-2"');
    expect(page).not.toContain('href="#program-2"');
    expect(textOf(page, 'summary')).toContain('Cedar Ridge Young Adult Evening IOP');
  });

  it('gives the same bytes for the same inputs and date, and prints no date it was not given', () => {
    expect(html(engagementResult(), engagementContext)).toBe(html(engagementResult(), engagementContext));
    const undated = html(engagementResult(), context);
    expect(undated).not.toContain('Review date');
    expect(undated).not.toContain('2027-03-15');
  });
});

/**
 * The report as Chromium prints it: no console errors, no requests, every link inside, a page
 * count that only a layout change moves, and nothing wider than the printable width of A4
 * (narrower than Letter).
 */
describe.skipIf(!haveChromium)('html in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'iop-audit-html-'));
  beforeAll(async () => { browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] }); }, 30_000);
  afterAll(async () => { await browser?.close(); });

  async function open(result: AuditResult, format: FormatContext, name: string) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html(result, format));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => { if (r.url() !== `file://${file}`) requests.push(r.url()); });
    await page.goto(`file://${file}`);
    return { page, problems, requests };
  }

  /** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
  const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

  it('renders without errors or requests, and every link reaches its target', async () => {
    for (const [name, result, format] of [['examples', examplesResult(), context], ['engagement', engagementResult(), engagementContext]] as const) {
      const { page, problems, requests } = await open(result, format, name);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      const dangling = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => !document.getElementById(href.slice(1))));
      expect(dangling).toEqual([]);
      expect(await page.locator('section.program').count()).toBe(result.documents.length);
      await page.close();
    }
  }, 60_000);

  it('prints to PDF on A4 and Letter with the expected number of pages', async () => {
    // Findings' words are the rules' (and change with them): fixed words of a realistic length
    // here, so that only the layout and the packs move the count.
    const result = engagementResult();
    for (const doc of result.documents) {
      for (const r of doc.results) {
        r.citation = 'SAMHSA (CSAT), TIP 47, Substance Abuse: Clinical Issues in Intensive Outpatient Treatment (2006), chapter 2';
        for (const f of r.findings) {
          f.message = 'the program states no plan for this requirement, and the timetable shows no session that would meet it';
          f.fix = 'Describe how the program meets this requirement, with the hours, the staff who deliver it and where it is documented.';
        }
      }
    }
    const { page } = await open(result, engagementContext, 'print');
    const a4 = await page.pdf({ format: 'A4', printBackground: true });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    expect(a4.subarray(0, 5).toString()).toBe('%PDF-');
    // Cover; contents and summary; each program from a new page; the plan from a new page,
    // followed by waivers, notes, sign-off and disclaimer. The counts were read off the PDFs:
    // a lost page break, a row split across pages or an element wider than the page moves
    // them, and a change of layout that moves them should be looked at in the PDF first.
    expect(pageCount(a4)).toBe(PAGES_A4);
    expect(pageCount(letter)).toBe(PAGES_LETTER);
    await page.close();
  }, 60_000);

  it('has no element wider than the printable width, even with long unbroken names', async () => {
    const result = engagementResult();
    // No spaces or hyphens to break at.
    result.documents[0]!.name = `CedarRidge${'AdultDayIntensiveOutpatientProgram'.repeat(6)}`;
    result.documents[0]!.file = `programs/${'verylongfoldername'.repeat(10)}/adult_day.yaml`;
    const { page } = await open(result, { ...engagementContext, technical: true }, 'overflow');
    await page.emulateMedia({ media: 'print' });
    // A4 less the page's side margins (14 mm each), in CSS pixels.
    const width = Math.floor(((210 - 28) / 25.4) * 96);
    await page.setViewportSize({ width, height: 1000 });
    const wide = await page.evaluate((limit) => [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > limit + 0.5 || (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1))
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${e.className}` : ''}: ${Math.round(e.getBoundingClientRect().right)}`), width);
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  }, 60_000);
});

const PAGES_A4 = 12;
const PAGES_LETTER = 13;
