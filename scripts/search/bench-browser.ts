// npm run bench:search — the cost of search as a reader meets it, in headless Chromium on localhost:
// bytes fetched for the first search on a fix page (everything the search loads after focus, counted
// by the serving side so nothing the page loads is missed), time from the last keystroke to rendered
// results (including the 120 ms typing debounce), and the p50 of 20 further searches. Needs a build.
import { chromium } from '@playwright/test';
import { countingServer } from '../bench/measure.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4330);
const QUERIES = [
  'invalid x-api-key',
  'credit balance too low',
  '529 overloaded',
  'prompt is too long',
  'rate_limit_error',
  'Error code: 401 - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
  'claude blank page',
  'weekly limit',
  'anthropic-version header',
  'ECONNRESET',
  'Request timed out.',
  'max_tokens: 10000 > 4096',
  'OAuth authentication is currently not supported.',
  'login loop google',
  'spend limit',
  'request_too_large 413',
  'verification code email',
  'is claude down',
  'billing_error',
  'retry-after',
];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const server = await countingServer(process.env.DIST_DIR ?? 'dist', PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/fixes/claude-api-key-not-working/`, { waitUntil: 'networkidle' });
  const load = server.take();
  const input = page.locator('#header-search');
  const timeSearch = async (query: string) => {
    await input.fill('');
    await page.waitForFunction(() => document.querySelector('[data-search-popup]')?.hasAttribute('hidden'));
    const started = await page.evaluate(() => performance.now());
    await input.fill(query);
    await page.waitForFunction((q) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return (
        (document.querySelector('#header-search') as HTMLInputElement).value === q &&
        /found/.test(status) &&
        document.querySelectorAll('#header-search-results [role="option"]').length > 0
      );
    }, query);
    return (await page.evaluate(() => performance.now())) - started;
  };
  await input.focus();
  const first = await timeSearch('invalid x-api-key');
  await page.waitForLoadState('networkidle');
  const firstSearch = server.take();
  const times: number[] = [];
  for (const q of QUERIES) times.push(await timeSearch(q));
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(`fix page load (no search yet): ${kb(load.bytes)} (${kb(load.gzip)} gzip) in ${load.requests} requests`);
  console.log(
    `first search on a fix page: ${kb(firstSearch.bytes)} (${kb(firstSearch.gzip)} gzip) in ${firstSearch.requests} requests, ${first.toFixed(0)} ms from typing to results (incl. 120 ms debounce)`,
  );
  console.log(
    `further searches (${times.length}): p50 ${p(0.5).toFixed(0)} ms, p90 ${p(0.9).toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms (incl. 120 ms debounce)`,
  );
} finally {
  await browser.close();
  server.close();
}
