// Measurements shared by the benchmark scripts: a timed build with its peak memory, folder sizes, the
// weight of a page, and the first search in headless Chromium served by a byte-counting static server.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

export interface BuildResult {
  seconds: number;
  /** Peak resident memory of the process and every process it started, summed per sample, in MB. */
  peakMb: number;
  /** The last part of the output (stdout and stderr); the whole output is in `logFile` when given. */
  log: string;
}

/** How much of a build's output is kept in memory (a 50,000-fix build logs every page). */
const LOG_TAIL = 1024 * 1024;

/**
 * Run a command with this Node in a folder, timing it and sampling the memory of its process tree.
 * `argv` is the script and its arguments; the whole output goes to `logFile` when given.
 */
export async function timedProcess(cwd: string, argv: string[], env: Record<string, string> = {}, logFile?: string): Promise<BuildResult> {
  const started = performance.now();
  const child = spawn(process.execPath, argv, {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const file = logFile ? createWriteStream(logFile) : undefined;
  let log = '';
  const keep = (d: Buffer) => {
    file?.write(d);
    log += d.toString();
    if (log.length > 2 * LOG_TAIL) log = log.slice(-LOG_TAIL);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = 0;
  // Sample the resident memory of the process and every process it started (e.g. Pagefind's).
  const sample = () => {
    const tree = [child.pid!, ...descendants(child.pid!)];
    const total = tree.reduce((sum, pid) => sum + rssKb(pid), 0);
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 50);
  const code: number = await new Promise((ok) => child.on('close', (c) => ok(c ?? 1)));
  clearInterval(timer);
  await new Promise((ok) => (file ? file.end(ok) : ok(undefined)));
  if (code !== 0) throw new Error(`${argv.join(' ')} in ${cwd} failed:\n${log.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak / 1024, log: log.slice(-LOG_TAIL) };
}

/**
 * Run a project's build in its folder, timing it and sampling the memory of its process tree: this
 * site's `npm run build` (scripts/build.ts: Astro, then the search index), or a plain `astro build`.
 */
export async function timedBuild(
  root: string,
  env: Record<string, string> = {},
  args: string[] = [],
  script?: string,
  logFile?: string,
): Promise<BuildResult> {
  const command = script ? [resolve(script), ...args] : [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...args];
  return timedProcess(root, command, env, logFile);
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.pop()!;
    try {
      const children = readFileSync(`/proc/${next}/task/${next}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      found.push(...children);
      queue.push(...children);
    } catch {
      // The process has exited meanwhile.
    }
  }
  return found;
}

/**
 * Total bytes of the files under a folder. Walks with an explicit stack (no recursion, whatever the
 * depth) and reads each folder once with its entry types, so only files are stat'ed: a 50,000-fix
 * dist/ holds a few hundred thousand files.
 */
export function folderBytes(root: string): number {
  if (!existsSync(root)) return 0;
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) total += statSync(path).size;
    }
  }
  return total;
}

/** Files directly in a folder (temporary `.tmp` files left out), all of them or those modified since `sinceMs`. */
export function countFiles(dir: string, sinceMs = 0): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
    if (!sinceMs || statSync(join(dir, entry.name)).mtimeMs >= sinceMs) n++;
  }
  return n;
}

/** Bytes of a page's HTML and its stylesheets, raw and gzipped, and the number of scripts it loads. */
export function pageWeight(dist: string, path: string): { html: number; htmlGzip: number; cssGzip: number; scripts: number } {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString();
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
  const scripts = (text.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).length;
  return { html: html.length, htmlGzip: gzipSync(html).length, cssGzip: css.reduce((s, c) => s + gzipSync(c).length, 0), scripts };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** One response of the counting server. */
export interface Served {
  path: string;
  bytes: number;
  gzip: number;
  /** When the response was handed to the socket (Date.now()). */
  at: number;
}

export interface CountingServer {
  /** What was served since the last take (raw bytes, gzipped bytes, requests), and start counting afresh. */
  take: () => { bytes: number; gzip: number; requests: number };
  /** Every response since the last take, in order. */
  log: () => readonly Served[];
  /** Date.now() of the last request received or answered. */
  lastActivity: () => number;
  close: () => void;
  server: Server;
  port: number;
}

/**
 * A static server over a folder that counts what it sends: raw bytes, gzipped bytes (as a host would
 * send them), requests. Port 0 takes a free port (`port` of the result).
 */
export async function countingServer(dist: string, port: number): Promise<CountingServer> {
  const root = resolve(dist);
  let served: Served[] = [];
  let last = Date.now();
  const server = createServer((req, res) => {
    last = Date.now();
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let path = join(root, pathname);
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(path);
    const gzip = /\.(html|m?js|css|json|svg)$/.test(path) ? gzipSync(body).length : body.length;
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    served.push({ path: pathname, bytes: body.length, gzip, at: (last = Date.now()) });
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    take: () => {
      const snapshot = {
        bytes: served.reduce((s, f) => s + f.bytes, 0),
        gzip: served.reduce((s, f) => s + f.gzip, 0),
        requests: served.length,
      };
      served = [];
      return snapshot;
    },
    log: () => served,
    lastActivity: () => last,
    close: () => server.close(),
  };
}

/** A fetched file and its gzipped size; `early` when it was fetched before the recognised answer showed. */
export interface FetchedFile {
  path: string;
  kbGzip: number;
  early?: boolean;
}

export interface SearchMeasure {
  query: string;
  /** From typing to the first result shown; undefined when none showed within the time limit. */
  ms?: number | undefined;
  /** Everything fetched from typing until results were shown and the network was then idle for 500 ms. */
  kbGzip: number;
  requests: number;
  /** From typing to the recognised answer shown (pastes on this site); undefined when it never showed. */
  answerMs?: number | undefined;
  /** What had been fetched when the recognised answer showed. */
  answerKbGzip?: number | undefined;
  answerRequests?: number | undefined;
  /** Every fetched file, largest first. */
  files: FetchedFile[];
}

export interface SearchSteps {
  /** Type the query (and open the search UI first if it needs that). */
  type: (page: Page) => Promise<void>;
  /** Selector of a result. */
  result: string;
  /** Selector of the recognised answer, to time and count the moment it shows (this site's pastes). */
  answer?: string;
}

const RESULT_TIMEOUT = 30_000;
const ANSWER_TIMEOUT = 15_000;
const IDLE_MS = 500;

declare global {
  interface Window {
    __benchAnswerAt?: number;
  }
}

/**
 * Load a page in a fresh browser, then run one search through its UI: count what the search fetched
 * (everything after the page itself was loaded and idle) and time it from typing to results. With
 * `answer`, also the moment the recognised answer shows: a mutation observer notes the time, and the
 * files counted are those the server had answered by then. Nothing here throws on a result that never
 * shows; its time is left undefined.
 */
export async function firstSearch(dist: string, path: string, query: string, steps: SearchSteps, port = 0): Promise<SearchMeasure> {
  const server = await countingServer(dist, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    let inFlight = 0;
    let changed = Date.now();
    page.on('request', () => {
      inFlight++;
      changed = Date.now();
    });
    const done = () => {
      inFlight--;
      changed = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: 'networkidle' });
    if (steps.answer)
      await page.evaluate((selector) => {
        window.__benchAnswerAt = 0;
        const check = () => {
          if (!window.__benchAnswerAt && document.querySelector(selector)?.checkVisibility()) window.__benchAnswerAt = Date.now();
        };
        new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
      }, steps.answer);
    server.take();
    const started = Date.now();
    await steps.type(page);
    const answer = steps.answer
      ? page
          .waitForFunction(() => (window.__benchAnswerAt ?? 0) > 0, null, { timeout: ANSWER_TIMEOUT, polling: 50 })
          .then(() => page.evaluate(() => window.__benchAnswerAt!))
          .catch(() => undefined)
      : Promise.resolve(undefined);
    const result = page
      .locator(steps.result)
      .first()
      .waitFor({ timeout: RESULT_TIMEOUT })
      .then(() => Date.now())
      .catch(() => undefined);
    const [answerAt, resultAt] = await Promise.all([answer, result]);
    // Network idle: nothing in flight in the page and nothing served for IDLE_MS (Playwright's own
    // 'networkidle' state fired when the page loaded and is not awaited again).
    const limit = Date.now() + RESULT_TIMEOUT;
    while (Date.now() < limit) {
      const quiet = Date.now() - Math.max(changed, server.lastActivity());
      if (inFlight <= 0 && quiet >= IDLE_MS) break;
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const served = [...server.log()];
    const early = answerAt === undefined ? [] : served.filter((f) => f.at <= answerAt);
    const kb = (bytes: number) => bytes / 1024;
    return {
      query,
      ms: resultAt === undefined ? undefined : resultAt - started,
      kbGzip: kb(served.reduce((s, f) => s + f.gzip, 0)),
      requests: served.length,
      answerMs: answerAt === undefined ? undefined : answerAt - started,
      answerKbGzip: answerAt === undefined ? undefined : kb(early.reduce((s, f) => s + f.gzip, 0)),
      answerRequests: answerAt === undefined ? undefined : early.length,
      files: served
        .map((f) => ({ path: f.path, kbGzip: kb(f.gzip), ...(answerAt !== undefined && f.at <= answerAt ? { early: true } : {}) }))
        .sort((a, b) => b.kbGzip - a.kbGzip),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
