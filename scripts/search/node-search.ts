// Load the site's real search in Node: Pagefind's own pagefind.js against dist/pagefind (with
// fetch served from disk), plus the signature and word files, wired into the search engine.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchFixes, siteSearchData, type SearchData, type SearchOutcome } from '../../src/search/core/engine.ts';
import { PAGEFIND_OPTIONS } from '../../src/search/core/options.ts';

export interface NodeSearch {
  search: (query: string, limit?: number, trace?: boolean) => Promise<SearchOutcome>;
  /** The search data the engine runs on (Pagefind plus the site's search files). */
  data: SearchData;
  close: () => Promise<void>;
}

export async function loadNodeSearch(dist = 'dist'): Promise<NodeSearch> {
  const root = resolve(dist);
  const bundle = join(root, 'pagefind');
  if (!existsSync(join(bundle, 'pagefind.js'))) throw new Error(`No search index in ${bundle}: run npm run build first`);
  const fromDisk = (path: string) => join(root, decodeURIComponent(path));
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://site/');
    const file = url.protocol === 'file:' ? url.pathname : fromDisk(url.pathname);
    if (!existsSync(file)) return new Response('not found', { status: 404 });
    return new Response(readFileSync(file));
  }) as typeof fetch;
  // A fresh copy per load: Node caches modules by URL, and each load is its own index. The copy goes to
  // a temporary folder, never into the output folder, which other tests hash while this one runs.
  const folder = mkdtempSync(join(tmpdir(), 'unstuck-pagefind-'));
  const copy = join(folder, 'pagefind.mjs');
  copyFileSync(join(bundle, 'pagefind.js'), copy);
  const pagefind = await import(pathToFileURL(copy).href);
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: 'http://site/pagefind/', baseUrl: '/' });
  await pagefind.init();
  const data = siteSearchData(pagefind, (path) => fetch(`http://site${path}`));
  return {
    data,
    search: (query, limit, trace) => searchFixes(query, data, { ...(limit ? { limit } : {}), ...(trace ? { trace } : {}) }),
    close: async () => {
      await pagefind.destroy?.();
      rmSync(folder, { recursive: true, force: true });
      globalThis.fetch = realFetch;
    },
  };
}
