// The benchmark's results as rows, merged with earlier runs' rows, and rendered as the tables of
// docs/performance.md; the hand-written part of that page is kept. Pure: no files, no processes.
import type { SearchMeasure } from './measure.ts';

export const OURS = 'this site';
export const REBUILD = 'this site, rebuild: cache kept, 1 fix edited';
export const FLOOR_SEARCH = 'floor + Pagefind';
export const FLOOR = 'floor (Astro + MDX)';
export const PEER = 'peer (Starlight)';
export const PROJECTS = [OURS, REBUILD, FLOOR_SEARCH, FLOOR, PEER] as const;
export type Project = (typeof PROJECTS)[number];

/** A first search as stored: the largest files only. */
export type StoredSearch = Omit<SearchMeasure, 'files'> & { top: SearchMeasure['files'] };

export interface Row {
  corpus: string;
  fixes: number;
  project: Project;
  /** The day the row was measured (rows of earlier runs are kept until their corpus is measured again). */
  date: string;
  /** When the run that measured it started (ISO time): rows of other runs are marked with their date. */
  run?: string | undefined;
  machine?: string | undefined;
  /** Why the project was not built for this corpus (its cells show "—"). */
  skipped?: string | undefined;
  seconds?: number | undefined;
  msPerFix?: number | undefined;
  peakMb?: number | undefined;
  distMb?: number | undefined;
  indexMb?: number | undefined;
  indexSeconds?: number | undefined;
  /** Social images written to the image cache by this build. */
  imagesRendered?: number | undefined;
  pageKb?: number | undefined;
  pageHtmlCssKbGzip?: number | undefined;
  scripts?: number | undefined;
  /** First search with the error body a reader would paste. */
  paste?: StoredSearch | undefined;
  /** First search with a few words. */
  text?: StoredSearch | undefined;
}

/** Keep the largest `n` files of a search for the results file. */
export function stored(search: SearchMeasure, n = 5): StoredSearch {
  const { files, ...rest } = search;
  return { ...rest, top: files.slice(0, n) };
}

/** `--sizes 1000,10000` as numbers; anything that is not a positive whole number is an error. */
export function parseSizes(text: string): number[] {
  const sizes = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  const bad = sizes.filter((n) => !Number.isInteger(n) || n < 1);
  if (bad.length) throw new Error(`--sizes takes positive whole numbers separated by commas, not ${text}`);
  return sizes;
}

/** The real content first, then the synthetic corpora by size; within a corpus, projects in PROJECTS order. */
function compare(a: Row, b: Row): number {
  const rank = (r: Row) => (r.corpus === 'real' ? -1 : r.fixes);
  return rank(a) - rank(b) || a.corpus.localeCompare(b.corpus) || PROJECTS.indexOf(a.project) - PROJECTS.indexOf(b.project);
}

/** This run's rows, and the rows of an earlier run for every corpus and project this run did not measure. */
export function mergeRows(previous: readonly Row[], current: readonly Row[]): Row[] {
  const key = (r: Row) => `${r.corpus}\u0000${r.project}`;
  const fresh = new Set(current.map(key));
  return [...previous.filter((r) => !fresh.has(key(r)) && PROJECTS.includes(r.project)), ...current].sort(compare);
}

export function fmt(n: number | undefined, digits = 1): string {
  return n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits);
}

const corpusCell = (r: Row, run: string) => (r.run === run ? r.corpus : `${r.corpus} (${r.date})`);
const projectCell = (r: Row) => (r.skipped ? `${r.project}: ${r.skipped}` : r.project);

/** Build time, memory and output size per corpus and project. */
export function buildTable(rows: readonly Row[], run: string): string {
  const lines = [
    '| corpus | project | build s | ms/fix | peak MB | dist MB | index MB | index s | images rendered |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows)
    lines.push(
      `| ${corpusCell(r, run)} | ${projectCell(r)} | ${fmt(r.seconds)} | ${fmt(r.msPerFix, 2)} | ${fmt(r.peakMb, 0)} | ${fmt(r.distMb)} | ${fmt(r.indexMb, 2)} | ${fmt(r.indexSeconds, 2)} | ${r.imagesRendered ?? '—'} |`,
    );
  return lines.join('\n');
}

/** A fix page's weight and the first searches, for the projects that serve pages (not the rebuild, not the floor's index alone). */
export function searchTable(rows: readonly Row[], run: string): string {
  const lines = [
    '| corpus | project | fix page KB | HTML+CSS KB gz | scripts | paste: answer KB gz | paste: answer ms | paste: list KB gz | paste: list ms | free text KB gz | free text ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    if (r.project !== OURS && r.project !== FLOOR && r.project !== PEER) continue;
    lines.push(
      `| ${corpusCell(r, run)} | ${projectCell(r)} | ${fmt(r.pageKb)} | ${fmt(r.pageHtmlCssKbGzip)} | ${r.scripts ?? '—'} | ${fmt(r.paste?.answerKbGzip)} | ${fmt(r.paste?.answerMs, 0)} | ${fmt(r.paste?.kbGzip)} | ${fmt(r.paste?.ms, 0)} | ${fmt(r.text?.kbGzip)} | ${fmt(r.text?.ms, 0)} |`,
    );
  }
  return lines.join('\n');
}

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !(b > 0) ? '—' : `${(a / b).toFixed(2)}×`;

/** Per corpus: this site against floor + Pagefind, the bare floor and Starlight; the rebuild against the clean build. */
export function ratioTable(rows: readonly Row[]): string {
  const lines = [
    '| corpus | ms/fix vs floor + Pagefind | peak memory vs floor + Pagefind | ms/fix vs floor | peak memory vs floor | ms/fix vs Starlight | peak memory vs Starlight | free-text search bytes vs Starlight | rebuild time vs clean build |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const corpus of [...new Set(rows.map((r) => r.corpus))]) {
    const get = (p: Project) => rows.find((r) => r.corpus === corpus && r.project === p);
    const ours = get(OURS);
    if (!ours) continue;
    const [rebuild, floorSearch, floor, peer] = [get(REBUILD), get(FLOOR_SEARCH), get(FLOOR), get(PEER)];
    lines.push(
      `| ${corpus} | ${ratio(ours.msPerFix, floorSearch?.msPerFix)} | ${ratio(ours.peakMb, floorSearch?.peakMb)} | ${ratio(ours.msPerFix, floor?.msPerFix)} | ${ratio(ours.peakMb, floor?.peakMb)} | ${ratio(ours.msPerFix, peer?.msPerFix)} | ${ratio(ours.peakMb, peer?.peakMb)} | ${ratio(ours.text?.kbGzip, peer?.text?.kbGzip)} | ${ratio(rebuild?.seconds, ours.seconds)} |`,
    );
  }
  return lines.join('\n');
}

/** The line after which docs/performance.md is written by hand and kept as it is by `npm run bench`. */
export const HAND_WRITTEN = '<!-- hand-written below: kept by npm run bench -->';
const PLACEHOLDER = `${HAND_WRITTEN}\n\n## How cost grows\n\nWritten after the 50,000-fix run.\n`;

/** The generated page followed by the hand-written part of the existing page (from the marker line on), or a placeholder. */
export function withHandWritten(generated: string, existing: string | undefined): string {
  const lines = existing?.split('\n') ?? [];
  const at = lines.findIndex((l) => l.trim() === HAND_WRITTEN);
  const kept = at < 0 ? PLACEHOLDER : lines.slice(at).join('\n');
  return `${generated.trimEnd()}\n\n${kept}`;
}
