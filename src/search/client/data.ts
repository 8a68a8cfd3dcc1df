// The browser's SearchData: the site's search files, each fetched once, and Pagefind's bundle,
// loaded only when a search first asks it for something (a recognised paste is answered without it).
import { siteSearchData, type PagefindLike, type SearchData } from '../core/engine.ts';
import { PAGEFIND_OPTIONS } from '../core/options.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindLike> | undefined;
let data: SearchData | undefined;

/** Load Pagefind once (its runtime, WASM and page list: the bulk of a first search's bytes). */
export function loadPagefind(): Promise<PagefindLike> {
  return (pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindLike & {
      options: (o: object) => Promise<void>;
      init: () => Promise<void>;
    };
    await module.options(PAGEFIND_OPTIONS);
    void module.init();
    return module;
  })());
}

/** The search data; Pagefind loads on its first search, or earlier through {@link loadPagefind}. */
export function searchData(): SearchData {
  return (data ??= siteSearchData({ search: async (term, options) => (await loadPagefind()).search(term, options) }, (path) =>
    fetch(path),
  ));
}
