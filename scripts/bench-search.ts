// npm run bench:search — the cost of search as a reader meets it, in headless Chromium on localhost:
// bytes fetched for the first search on a fix page (everything the search loads after focus), time
// from the last keystroke to rendered results (including the 120 ms typing debounce), and the p50
// of 20 further searches. Prints numbers; needs a build (npm run build).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4330);
const QUERIES = [
  'invalid x-api-key', 'credit balance too low', '529 overloaded', 'prompt is too long', 'rate_limit_error',
  'Error code: 401 - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
  'claude blank page', 'weekly limit', 'anthropic-version header', 'ECONNRESET', 'Request timed out.',
  'max_tokens: 10000 > 4096', 'OAuth authentication is currently not supported.', 'login loop google', 'spend limit',
  'request_too_large 413', 'verification code email', 'is claude down', 'billing_error', 'retry-after',
];

// A static server over dist/ that counts what it sends (raw, and as it would be gzipped), so the
// numbers include what Pagefind's web worker fetches, which page-level browser tracing misses.
const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const served = { bytes: 0, gzip: 0, requests: 0 };
const server = createServer((req, res) => {
  let path = join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!path.startsWith(DIST) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  const body = readFileSync(path);
  served.bytes += body.length;
  served.gzip += /\.(html|js|css|json|svg)$/.test(path) ? gzipSync(body).length : body.length;
  served.requests++;
  if (process.env.BENCH_VERBOSE) console.log(`  ${body.length}\t${path.slice(DIST.length)}`);
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise<void>((ok) => server.listen(PORT, '127.0.0.1', ok));
const take = () => {
  const snapshot = { ...served };
  served.bytes = served.gzip = served.requests = 0;
  return snapshot;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/fixes/claude-api-key-not-working/`, { waitUntil: 'networkidle' });
  const load = take();
  const input = page.locator('#header-search');
  const options = page.locator('#header-search-results [role="option"]');
  const timeSearch = async (query: string) => {
    await input.fill('');
    await page.waitForFunction(() => document.querySelector('[data-search-popup]')?.hasAttribute('hidden'));
    const started = await page.evaluate(() => performance.now());
    await input.fill(query);
    await page.waitForFunction((q) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return (document.querySelector('#header-search') as HTMLInputElement).value === q && /found/.test(status) && document.querySelectorAll('#header-search-results [role="option"]').length > 0;
    }, query);
    return (await page.evaluate(() => performance.now())) - started;
  };
  await input.focus();
  const first = await timeSearch('invalid x-api-key');
  await page.waitForLoadState('networkidle');
  const firstSearch = take();
  await options.first().waitFor();
  const times: number[] = [];
  for (const q of QUERIES) times.push(await timeSearch(q));
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(`fix page load (no search yet): ${kb(load.bytes)} (${kb(load.gzip)} gzip) in ${load.requests} requests`);
  console.log(`first search on a fix page: ${kb(firstSearch.bytes)} (${kb(firstSearch.gzip)} gzip) in ${firstSearch.requests} requests, ${first.toFixed(0)} ms from typing to results (incl. 120 ms debounce)`);
  console.log(`further searches (${times.length}): p50 ${p(0.5).toFixed(0)} ms, p90 ${p(0.9).toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms (incl. 120 ms debounce)`);
} finally {
  await browser.close();
  server.close();
}
