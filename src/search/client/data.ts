// The browser's SearchData: Pagefind's own bundle plus the site's search files, each fetched once.
import { siteSearchData, type PagefindLike, type SearchData } from '../core/engine.ts';
import { PAGEFIND_OPTIONS } from '../core/options.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';
let data: Promise<SearchData> | undefined;

async function load(): Promise<SearchData> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindLike & {
    options: (o: object) => Promise<void>;
    init: () => Promise<void>;
  };
  await pagefind.options(PAGEFIND_OPTIONS);
  void pagefind.init();
  return siteSearchData(pagefind, (path) => fetch(path));
}

/** Load Pagefind and wire the search data; later (and concurrent) calls share the same instance. */
export function searchData(): Promise<SearchData> {
  return (data ??= load());
}
