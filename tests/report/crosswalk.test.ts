import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { crosswalk } from '../../src/packs/crosswalk.js';
import { PACKS, RULES } from '../../src/packs/index.js';
import type { Pack } from '../../src/packs/pack.js';
import { formatCrosswalk } from '../../src/report/crosswalk.js';
import { csvCell } from '../../src/report/csv-cell.js';

const selected = PACKS.filter((p) => ['joint', 'asam-criteria-3'].includes(p.id));
const rows = crosswalk(selected, RULES);

describe('crosswalk', () => {
  it('maps each requirement to the rules that audit it and to the other packs\' requirements they share', () => {
    const adults = rows.find((r) => r.pack === 'asam-criteria-3' && r.clause === '2.1-adults')!;
    expect(adults).toMatchObject({ rules: ['JOINT-01'], basis: 'primary', related: { joint: ['iop-hours'] } });
    const boundary = rows.find((r) => r.pack === 'joint' && r.clause === 'php-boundary')!;
    expect(boundary).toMatchObject({ rules: ['JOINT-02'], basis: 'secondary', related: { 'asam-criteria-3': ['2.5-boundary'] } });
    expect(rows).toHaveLength(selected.reduce((n, p) => n + p.requirements.length, 0));
    // Every built-in requirement is audited by at least one built-in rule.
    for (const row of crosswalk(PACKS, RULES)) expect(row.rules.length, `${row.pack}:${row.clause}`).toBeGreaterThan(0);
  });

  it('prints a table with one row per requirement line', () => {
    const text = formatCrosswalk('table', rows, selected, 140);
    expect(text).toMatch(/│ asam-criteria-3 +│ 2\.1-adults Adults receive 9 or more hours/);
    expect(text).toContain(`${rows.length} requirement(s) in 2 pack(s).`);
  });

  it('prints Markdown that a renderer reads as one table row per requirement', () => {
    const html = new MarkdownIt().render(formatCrosswalk('markdown', rows, selected));
    expect((html.match(/<tr>/g) ?? []).length).toBe(rows.length + 1);
  });

  it('prints CSV with the right columns, one line per requirement, and no cell a spreadsheet runs as a formula', () => {
    const text = formatCrosswalk('csv', rows, selected);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('pack,clause,title,basis,rules,also_in_joint,also_in_asam-criteria-3');
    expect(lines).toHaveLength(rows.length + 1);
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const cell of ['+1', '-2', '@SUM(A1)', '\tx']) expect(csvCell(cell).replace(/^"/, '')[0]).toBe("'");
    const hostile: Pack = { ...selected[0]!, id: 'evil', requirements: [{ clause: '1', title: '=cmd|calc', source: selected[0]!.requirements[0]!.source }] };
    expect(formatCrosswalk('csv', crosswalk([hostile], RULES), [hostile]).split('\r\n')[1]).toBe("evil,1,'=cmd|calc,primary,,");
  });

  it('prints JSON a program can read back, and HTML that escapes what packs say', () => {
    const json = JSON.parse(formatCrosswalk('json', rows, selected));
    expect(json.packs.map((p: { id: string }) => p.id)).toEqual(['joint', 'asam-criteria-3']);
    expect(json.requirements).toHaveLength(rows.length);
    const hostile: Pack = { ...selected[0]!, id: 'evil', title: '<script>alert(1)</script>', requirements: selected[0]!.requirements };
    const html = formatCrosswalk('html', crosswalk([hostile], RULES), [hostile]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect((html.match(/<tr>/g) ?? []).length).toBe(hostile.requirements.length + 1);
  });
});
