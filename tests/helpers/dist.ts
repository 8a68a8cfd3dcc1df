// Helpers for tests that read the built site in dist/.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = process.env.DIST_DIR ?? 'dist';

/** Every HTML page under dist/, as its URL path (`/fixes/x/`) and file. */
export function htmlPages(dir = DIST): { url: string; file: string }[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ does not exist: run \`npm run build\` first`);
  const out: { url: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = `/${relative(dir, path).replace(/\\/g, '/')}`;
        out.push({ url: rel.replace(/index\.html$/, ''), file: path });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.url.localeCompare(b.url));
}

const cache = new Map<string, HTMLElement>();
export function page(file: string): HTMLElement {
  let root = cache.get(file);
  if (!root) {
    // Parse <pre> as HTML (node-html-parser keeps it as raw text by default).
    root = parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, noscript: true, style: true } });
    cache.set(file, root);
  }
  return root;
}

/** The file an internal URL path is served from, or undefined when nothing serves it. */
export function fileFor(path: string, dir = DIST): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [join(dir, clean, 'index.html')]
    : [join(dir, clean), join(dir, clean, 'index.html'), join(dir, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export const isRedirectPage = (root: HTMLElement) => root.querySelector('meta[http-equiv="refresh"]') !== null;

/** Every internal link or #anchor on the built pages of a folder that reaches no page or no id. */
export function brokenLinks(dir = DIST): string[] {
  const broken: string[] = [];
  for (const p of htmlPages(dir)) {
    for (const a of page(p.file).querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `https://site${p.url}`);
      const target = url.pathname === new URL(`https://site${p.url}`).pathname ? p.file : fileFor(url.pathname, dir);
      if (!target) {
        broken.push(`${p.url} → ${href} (no page)`);
        continue;
      }
      if (url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!page(target).querySelector(`[id="${id}"]`)) broken.push(`${p.url} → ${href} (no #${id})`);
      }
    }
  }
  return broken;
}
