import type { CrosswalkRow } from '../packs/crosswalk.js';
import type { Pack } from '../packs/pack.js';
import { csvCell } from './csv-cell.js';
import { drawGrid, fit } from './grid.js';

/**
 * `iop-audit crosswalk`: requirement × pack, in five formats. Each is a pure
 * function of the rows and the selected packs.
 */
export type CrosswalkFormat = 'table' | 'markdown' | 'csv' | 'json' | 'html';
export const CROSSWALK_FORMATS: readonly CrosswalkFormat[] = ['table', 'markdown', 'csv', 'json', 'html'];

export function formatCrosswalk(format: CrosswalkFormat, rows: readonly CrosswalkRow[], packs: readonly Pack[], width = 120): string {
  switch (format) {
    case 'table': return table(rows, packs, width);
    case 'markdown': return markdown(rows, packs);
    case 'csv': return csv(rows, packs);
    case 'json': return `${JSON.stringify({ packs: packs.map(describe), requirements: rows }, null, 2)}\n`;
    case 'html': return html(rows, packs);
  }
}

function describe(pack: Pack) {
  return { id: pack.id, title: pack.title, publisher: pack.publisher, edition: pack.edition, ...(pack.year !== undefined ? { year: pack.year } : {}), jurisdiction: pack.jurisdiction };
}

function columns(packs: readonly Pack[]): string[] {
  return ['Pack', 'Requirement', 'Basis', 'Rules', ...packs.map((p) => `Also in ${p.id}`)];
}

function cells(row: CrosswalkRow, packs: readonly Pack[]): string[] {
  return [
    row.pack,
    `${row.clause} ${row.title}`,
    row.basis,
    row.rules.join(', ') || 'none',
    ...packs.map((p) => (p.id === row.pack ? '—' : (row.related[p.id] ?? []).join(', '))),
  ];
}

function table(rows: readonly CrosswalkRow[], packs: readonly Pack[], width: number): string {
  const head = columns(packs);
  const body = rows.map((row) => cells(row, packs));
  // Every column but the requirement's takes what its widest cell needs (within a cap); the requirement takes the rest.
  const need = (i: number, cap: number) => Math.min(cap, Math.max(head[i]!.length, ...body.map((c) => c[i]!.length))) + 2;
  const widths = head.map((_, i) => (i === 1 ? 0 : need(i, i === 3 ? 22 : 28)));
  widths[1] = Math.max(24, width - widths.reduce((a, b) => a + b, 0) - head.length - 1);
  const lines: string[][] = [];
  for (const cellsOfRow of body) {
    const wrapped = cellsOfRow.map((cell, i) => fit(cell, widths[i]! - 2));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let line = 0; line < height; line++) lines.push(wrapped.map((w) => w[line] ?? ''));
  }
  const unaudited = rows.filter((r) => r.rules.length === 0).length;
  const note = unaudited > 0 ? `\n${unaudited} requirement(s) have no rule that audits them: review them by hand.` : '';
  return `${drawGrid(head, lines, widths)}\n${rows.length} requirement(s) in ${packs.length} pack(s).${note}\n`;
}

function markdown(rows: readonly CrosswalkRow[], packs: readonly Pack[]): string {
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;');
  const head = columns(packs);
  const out = ['# Crosswalk', '', ...packs.map((p) => `- **${escape(p.id)}**: ${escape(p.title)} (${escape(p.publisher)}, ${escape(p.edition)})`), ''];
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const row of rows) out.push(`| ${cells(row, packs).map(escape).join(' | ')} |`);
  return `${out.join('\n')}\n`;
}

function csv(rows: readonly CrosswalkRow[], packs: readonly Pack[]): string {
  const head = ['pack', 'clause', 'title', 'basis', 'rules', ...packs.map((p) => `also_in_${p.id}`)];
  const lines = [head.map(csvCell).join(',')];
  for (const row of rows) {
    const related = packs.map((p) => (p.id === row.pack ? '' : (row.related[p.id] ?? []).join(' ')));
    lines.push([row.pack, row.clause, row.title, row.basis, row.rules.join(' '), ...related].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function html(rows: readonly CrosswalkRow[], packs: readonly Pack[]): string {
  const h = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const head = columns(packs).map((c) => `<th>${h(c)}</th>`).join('');
  const body = rows.map((row) => `<tr>${cells(row, packs).map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('\n');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Crosswalk</title>',
    '<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}tr{break-inside:avoid}</style>',
    '</head><body><h1>Crosswalk</h1><ul>',
    ...packs.map((p) => `<li><strong>${h(p.id)}</strong>: ${h(p.title)} (${h(p.publisher)}, ${h(p.edition)})</li>`),
    '</ul><table><thead><tr>', head, '</tr></thead><tbody>', body, '</tbody></table></body></html>',
    '',
  ].join('\n');
}
