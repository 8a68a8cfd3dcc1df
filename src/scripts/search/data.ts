// The browser's SearchData: Pagefind's own bundle plus the site's search files, each fetched once.
import type { PagefindLike, SearchData, SignatureEntry } from '../../lib/search/engine.ts';
import { PAGEFIND_OPTIONS } from '../../lib/search/options.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';
let data: SearchData | undefined;
const cache = new Map<string, Promise<unknown>>();

function json<T>(url: string, fallback: T): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<T>) : fallback))
      .catch(() => fallback);
    cache.set(url, pending);
  }
  return pending;
}

/** Load Pagefind and wire the search data; later calls reuse the same instance. */
export async function searchData(): Promise<SearchData> {
  if (data) return data;
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindLike & { options: (o: object) => Promise<void>; init: () => Promise<void> };
  await pagefind.options(PAGEFIND_OPTIONS);
  void pagefind.init();
  data = {
    pagefind,
    meta: () => json('/search/meta.json', { shards: 0, pages: 1 }),
    signatures: (n) => json<SignatureEntry[]>(`/search/signatures/${n}.json`, []),
    words: (shard) => json<string[]>(`/search/words/${shard}.json`, []),
  };
  return data;
}
