// Measurements shared by the benchmark scripts: a timed build with its peak memory, folder sizes, the
// weight of a page, and the first search in headless Chromium served by a byte-counting static server.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

export interface BuildResult {
  seconds: number;
  /** Peak resident memory of the largest process of the build, in MB. */
  peakMb: number;
  log: string;
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
): Promise<BuildResult> {
  const command = script ? [resolve(script), ...args] : [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...args];
  const started = performance.now();
  const child = spawn(process.execPath, command, {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peak = 0;
  // Sample the resident memory of the build and every process it started (e.g. Pagefind's).
  const sample = () => {
    const tree = [child.pid!, ...descendants(child.pid!)];
    const total = tree.reduce((sum, pid) => sum + rssKb(pid), 0);
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 50);
  const code: number = await new Promise((ok) => child.on('exit', (c) => ok(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build in ${root} failed:\n${log.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak / 1024, log };
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
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.flatMap((c) => [c, ...descendants(c)]);
  } catch {
    return [];
  }
}

/** Total bytes of the files under a folder. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? folderBytes(path) : stat.size;
  }
  return total;
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

/** A static server over a folder that counts what it sends: raw bytes, gzipped bytes (as a host would send them), requests. */
export async function countingServer(
  dist: string,
  port: number,
): Promise<{ take: () => { bytes: number; gzip: number; requests: number }; close: () => void; server: Server }> {
  const root = resolve(dist);
  const served = { bytes: 0, gzip: 0, requests: 0 };
  const server = createServer((req, res) => {
    let path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(path);
    served.bytes += body.length;
    served.gzip += /\.(html|m?js|css|json|svg)$/.test(path) ? gzipSync(body).length : body.length;
    served.requests++;
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    server,
    take: () => {
      const snapshot = { ...served };
      served.bytes = served.gzip = served.requests = 0;
      return snapshot;
    },
    close: () => server.close(),
  };
}

export interface SearchMeasure {
  kbGzip: number;
  requests: number;
  ms: number;
}

/**
 * Load a page, then run one search through its UI and count what the search fetched and how long it
 * took from typing to results. `search` types the query and resolves when results are shown.
 */
export async function firstSearch(dist: string, path: string, search: (page: Page) => Promise<void>, port = 4340): Promise<SearchMeasure> {
  const server = await countingServer(dist, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    server.take();
    const started = performance.now();
    await search(page);
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const fetched = server.take();
    return { kbGzip: fetched.gzip / 1024, requests: fetched.requests, ms };
  } finally {
    await browser.close();
    server.close();
  }
}
