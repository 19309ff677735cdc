import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { html } from '../../src/report/html.js';
import { context, controlResult, examplesResult, rawControls, trickyResult } from './fixture.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);

describe('html', () => {
  it('is one self-contained file: no scripts, no external resources', () => {
    const page = html(examplesResult(), context);
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(page).not.toMatch(/(src|href)\s*=/i);
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

  it.skipIf(!haveChromium)('renders in headless Chromium without errors and prints to PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-audit-html-'));
    const file = join(dir, 'report.html');
    const result = examplesResult();
    writeFileSync(file, html(result, context));
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(e.message));
      const requests: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      await page.goto(`file://${file}`);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      // The overview: one row per program, one coloured cell per rule.
      expect(await page.locator('table').first().locator('tbody tr').count()).toBe(result.documents.length);
      expect(await page.locator('.cell.error').count()).toBeGreaterThan(0);
      expect(await page.locator('.cell.pass').count()).toBeGreaterThan(50);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
