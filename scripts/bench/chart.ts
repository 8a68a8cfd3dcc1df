// An SVG line chart of build time and peak memory against the number of fixes, per project (the clean
// builds; the rebuild is in the tables only). Rows without a value (a project not built) are left out.
import { escapeXml as esc } from '../../src/text/escape.ts';
import { FLOOR, FLOOR_SEARCH, OURS, PEER, type Row } from './results.ts';

const COLORS: Record<string, string> = { [OURS]: '#9a3412', [FLOOR_SEARCH]: '#7c3aed', [FLOOR]: '#1d4ed8', [PEER]: '#15803d' };

function panel(all: Row[], value: (r: Row) => number | undefined, label: string, x0: number): string {
  const rows = all.filter((r) => r.project in COLORS && value(r) !== undefined);
  const W = 420,
    H = 260,
    L = 60,
    B = 40,
    T = 30;
  const xs = [...new Set(rows.map((r) => r.fixes))].sort((a, b) => a - b);
  const max = Math.max(0, ...rows.map((r) => value(r)!)) * 1.1 || 1;
  const xAt = (n: number) =>
    x0 + L + ((Math.log10(n) - Math.log10(xs[0]!)) / Math.max(1e-9, Math.log10(xs.at(-1)!) - Math.log10(xs[0]!))) * (W - L - 20);
  const yAt = (v: number) => T + (H - T - B) * (1 - v / max);
  const parts = [`<text x="${x0 + W / 2}" y="18" text-anchor="middle" font-weight="bold">${esc(label)}</text>`];
  parts.push(
    `<line x1="${x0 + L}" y1="${H - B}" x2="${x0 + W - 10}" y2="${H - B}" stroke="#888"/><line x1="${x0 + L}" y1="${T}" x2="${x0 + L}" y2="${H - B}" stroke="#888"/>`,
  );
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    parts.push(
      `<text x="${x0 + L - 6}" y="${yAt(v) + 4}" text-anchor="end" font-size="11">${v >= 100 ? v.toFixed(0) : v.toFixed(1)}</text>`,
    );
  }
  for (const n of xs)
    parts.push(`<text x="${xAt(n)}" y="${H - B + 16}" text-anchor="middle" font-size="11">${n.toLocaleString('en')}</text>`);
  parts.push(`<text x="${x0 + W / 2}" y="${H - 6}" text-anchor="middle" font-size="11">fixes (log scale)</text>`);
  for (const project of Object.keys(COLORS)) {
    const points = rows.filter((r) => r.project === project).sort((a, b) => a.fixes - b.fixes);
    if (!points.length) continue;
    parts.push(
      `<polyline fill="none" stroke="${COLORS[project]}" stroke-width="2" points="${points.map((p) => `${xAt(p.fixes).toFixed(1)},${yAt(value(p)!).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const p of points)
      parts.push(`<circle cx="${xAt(p.fixes).toFixed(1)}" cy="${yAt(value(p)!).toFixed(1)}" r="3" fill="${COLORS[project]}"/>`);
  }
  return parts.join('\n');
}

export function chartSvg(rows: Row[]): string {
  const legend = Object.entries(COLORS)
    .map(
      ([name, color], i) =>
        `<rect x="${30 + i * 205}" y="272" width="12" height="12" fill="${color}"/><text x="${48 + i * 205}" y="282" font-size="12">${esc(name)}</text>`,
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="860" height="295" viewBox="0 0 860 295" font-family="system-ui, sans-serif" font-size="12">\n<rect width="860" height="295" fill="#fff"/>\n${panel(rows, (r) => r.seconds, 'Build time (s)', 0)}\n${panel(rows, (r) => r.peakMb, 'Peak memory (MB)', 430)}\n${legend}\n</svg>\n`;
}
