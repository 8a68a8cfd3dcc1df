// npm run lighthouse — Lighthouse scores (Performance, Accessibility, Best Practices, SEO, 0–100) of
// the built site as a static host would serve it: dist/ behind a small gzip-compressing static server
// on localhost, measured in headless Chromium with Lighthouse's defaults (mobile form factor,
// simulated throttling). Pages: home, a fix, a cluster, search with a query, and an error-code page
// when dist/ has one. Prints a score table and, for every category below 100, the audits that fail.
// dist/ is copied to a temporary folder first, so a rebuild during the run does not change the pages.
//
// Needs a build (npm run build). Chromium: $CHROMIUM_PATH, else /usr/bin/chromium.
//   node scripts/lighthouse.ts            scores are reported, never fatal
//   node scripts/lighthouse.ts --min 100  exit 1 when any score is below 100
//   node scripts/lighthouse.ts --reports lighthouse-reports   also save each page's HTML report there
// Exit 2 when the run itself fails (no dist/, no Chromium, a page missing, a Lighthouse error).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof CATEGORIES)[number];
const CATEGORY_TITLES: Record<CategoryId, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best Practices',
  seo: 'SEO',
};

interface Page {
  name: string;
  path: string;
  /** Skipped with a note when dist/ does not have it (instead of failing the run). */
  optional?: boolean;
}
const PAGES: Page[] = [
  { name: 'home', path: '/' },
  { name: 'fix', path: '/fixes/claude-api-key-not-working/' },
  { name: 'cluster', path: '/clusters/api-keys-authentication/' },
  { name: 'search', path: '/search/?q=rate_limit_error' },
  { name: 'error code', path: '/errors/429/', optional: true },
];

class RunError extends Error {}

// ---------------------------------------------------------------------------------------------
// Static server: dist/ as a static host serves it — index.html for directories (and a 301 to the
// trailing-slash URL), content types, gzip for text when the browser accepts it, dist/404.html
// with status 404, and the default "revalidate every time" caching of Netlify / Cloudflare Pages
// (no _headers file in the project, so no long-lived caching of /_astro/ assets either).

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
// Pagefind's .pf_* files are already gzipped inside; images and fonts are compressed formats.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.xml', '.txt', '.svg', '.wasm']);

type Resolved = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** Maps a request path to a file in dist/, a trailing-slash redirect, or nothing. */
function resolveRequest(root: string, url: URL): Resolved {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'missing' };
  }
  const path = resolve(join(root, pathname));
  if (path !== root && !path.startsWith(root + sep)) return { kind: 'missing' };
  if (!existsSync(path)) return { kind: 'missing' };
  if (!statSync(path).isDirectory()) return { kind: 'file', file: path };
  if (!url.pathname.endsWith('/')) return { kind: 'redirect', location: `${url.pathname}/${url.search}` };
  const index = join(path, 'index.html');
  return existsSync(index) ? { kind: 'file', file: index } : { kind: 'missing' };
}

/** Sends a file, gzipped when it is text and the client accepts gzip. */
function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): void {
  const ext = extname(file).toLowerCase();
  let body = readFileSync(file);
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'cache-control': 'public, max-age=0, must-revalidate',
    vary: 'Accept-Encoding',
  };
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function handleRequest(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const target = resolveRequest(root, new URL(req.url ?? '/', 'http://localhost'));
  if (target.kind === 'file') return sendFile(req, res, target.file, 200);
  if (target.kind === 'redirect') {
    res.writeHead(301, { location: target.location }).end();
    return;
  }
  const notFound = join(root, '404.html');
  if (existsSync(notFound)) return sendFile(req, res, notFound, 404);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

async function startServer(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => handleRequest(root, req, res));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(Number(process.env.LIGHTHOUSE_PORT ?? 0), 'localhost', ok);
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://localhost:${port}` };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface FailingAudit {
  id: string;
  title: string;
  detail: string;
}
interface PageResult {
  page: Page;
  scores: Record<CategoryId, number>;
  failing: Partial<Record<CategoryId, FailingAudit[]>>;
}

/** True when the build has the page (search paths carry a query, which the file lookup ignores). */
function pageExists(root: string, page: Page): boolean {
  const target = resolveRequest(root, new URL(page.path, 'http://localhost'));
  return target.kind === 'file';
}

async function launchChromium(): Promise<{ chrome: LaunchedChrome; userDataDir: string }> {
  if (!existsSync(CHROMIUM)) throw new RunError(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH).`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const chrome = await launch({
    chromePath: CHROMIUM,
    userDataDir,
    logLevel: 'silent',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  return { chrome, userDataDir };
}

/** The audits of a category that lose points (or fail with no weight), biggest weight first. */
function failingAudits(lhr: Result, id: CategoryId): FailingAudit[] {
  const scored = new Set(['binary', 'numeric', 'metricSavings']);
  return lhr.categories[id]!.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id]! }))
    .filter(({ audit }) => scored.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1)
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .map(({ ref, audit }) => ({
      id: audit.id,
      title: audit.title,
      detail: [
        `score ${Math.round(audit.score! * 100)}`,
        audit.displayValue,
        ref.weight === 0 ? 'no weight' : `weight ${Number(ref.weight.toFixed(1))}`,
      ]
        .filter(Boolean)
        .join(', '),
    }));
}

/** Runs Lighthouse (default config: mobile, simulated throttling) on one URL. */
async function auditPage(page: Page, origin: string, port: number, reportsDir?: string): Promise<PageResult> {
  const url = origin + page.path;
  const result = await lighthouse(url, {
    port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new RunError(`Lighthouse returned no result for ${url}.`);
  if (reportsDir) writeFileSync(join(reportsDir, `${page.name.replace(/\W+/g, '-')}.html`), String(result.report));
  if (lhr.runtimeError) throw new RunError(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = {} as Record<CategoryId, number>;
  const failing: PageResult['failing'] = {};
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    if (score === null || score === undefined) throw new RunError(`Lighthouse gave no ${CATEGORY_TITLES[id]} score for ${url}.`);
    scores[id] = Math.round(score * 100);
    if (scores[id] < 100) failing[id] = failingAudits(lhr, id);
  }
  return { page, scores, failing };
}

// ---------------------------------------------------------------------------------------------
// Output

function printTable(results: PageResult[]): void {
  const header = ['Page', 'Path', ...CATEGORIES.map((id) => CATEGORY_TITLES[id])];
  const rows = results.map((r) => [r.page.name, r.page.path, ...CATEGORIES.map((id) => String(r.scores[id]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function printFailingAudits(results: PageResult[]): void {
  for (const r of results) {
    const categories = CATEGORIES.filter((id) => r.failing[id]);
    if (categories.length === 0) continue;
    console.log(`\n${r.page.name} (${r.page.path})`);
    for (const id of categories) {
      console.log(`  ${CATEGORY_TITLES[id]} ${r.scores[id]}:`);
      const audits = r.failing[id]!;
      if (audits.length === 0) console.log('    (no single failing audit; see the report from --reports)');
      for (const a of audits) console.log(`    - ${a.id}: ${a.title} (${a.detail})`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Main

interface Options {
  min?: number;
  reportsDir?: string;
}

function readOptions(): Options {
  const { values } = parseArgs({ options: { min: { type: 'string' }, reports: { type: 'string' } } });
  const options: Options = {};
  if (values.min !== undefined) {
    options.min = Number(values.min);
    if (!Number.isFinite(options.min) || options.min < 0 || options.min > 100) {
      throw new RunError(`--min must be a number from 0 to 100, got "${values.min}".`);
    }
  }
  if (values.reports !== undefined) {
    options.reportsDir = resolve(values.reports);
    mkdirSync(options.reportsDir, { recursive: true });
  }
  return options;
}

/** Copies dist/ to a temporary folder, so a rebuild during the run cannot change what is served. */
function snapshotDist(): string {
  if (!existsSync(join(DIST, 'index.html'))) throw new RunError(`No build in ${DIST}. Run \`npm run build\` first.`);
  const root = mkdtempSync(join(tmpdir(), 'lighthouse-dist-'));
  cpSync(DIST, root, { recursive: true });
  return root;
}

/** The pages to audit; a missing required page is an error, a missing optional one a note. */
function selectPages(root: string): Page[] {
  const missing = PAGES.filter((p) => !p.optional && !pageExists(root, p));
  if (missing.length) throw new RunError(`Missing from ${DIST}: ${missing.map((p) => p.path).join(', ')}. Rebuild?`);
  for (const p of PAGES.filter((p) => p.optional && !pageExists(root, p))) {
    console.log(`Note: skipping ${p.name} page ${p.path} (not in dist/).`);
  }
  return PAGES.filter((p) => pageExists(root, p));
}

/** Audits the pages one after another in one Chromium (Lighthouse clears storage between runs). */
async function auditAll(pages: Page[], origin: string, reportsDir?: string): Promise<PageResult[]> {
  const { chrome, userDataDir } = await launchChromium();
  try {
    const results: PageResult[] = [];
    for (const page of pages) {
      console.log(`Auditing ${page.name} ${page.path} …`);
      results.push(await auditPage(page, origin, chrome.port, reportsDir));
    }
    return results;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Snapshots dist/, serves it and audits the pages; always cleans up after itself. */
async function measure(reportsDir?: string): Promise<{ results: PageResult[]; origin: string }> {
  const root = snapshotDist();
  try {
    const pages = selectPages(root);
    const { server, origin } = await startServer(root);
    try {
      return { results: await auditAll(pages, origin, reportsDir), origin };
    } finally {
      server.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function scoresBelow(results: PageResult[], min: number): string[] {
  return results.flatMap((r) =>
    CATEGORIES.filter((id) => r.scores[id] < min).map((id) => `${r.page.name} ${CATEGORY_TITLES[id]} ${r.scores[id]}`),
  );
}

async function main(): Promise<number> {
  const started = performance.now();
  const { min, reportsDir } = readOptions();
  const { results, origin } = await measure(reportsDir);
  console.log(`\nLighthouse ${CHROMIUM}, mobile, simulated throttling, served from ${origin}\n`);
  printTable(results);
  printFailingAudits(results);
  if (reportsDir) console.log(`\nHTML reports in ${reportsDir}`);
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (min === undefined) return 0;
  const below = scoresBelow(results, min);
  if (below.length) console.log(`Below --min ${min}: ${below.join('; ')}`);
  return below.length ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`lighthouse: ${error instanceof RunError ? error.message : ((error as Error).stack ?? error)}`);
  process.exitCode = 2;
}
