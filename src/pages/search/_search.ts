// The /search/ page: reads ?q=, runs Pagefind, renders results as plain DOM (no innerHTML).
// Basic search; the error-aware query analysis replaces the query step later.
import { cleanQuery } from '../../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindApi {
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>;
  return pagefind;
}

/** Pagefind wraps matches in <mark>; rebuild that as DOM nodes so no markup from the index is parsed. */
function excerptNodes(excerpt: string): Node[] {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
  const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e] ?? e);
  return excerpt.split(/(<mark>.*?<\/mark>)/g).filter(Boolean).map((part) => {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!match) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(match[1]!);
    return mark;
  });
}


async function run(query: string): Promise<void> {
  const list = document.getElementById('search-results')!;
  const status = document.getElementById('search-status')!;
  const box = document.getElementById('page-search') as HTMLInputElement;
  box.value = query;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = 'Type or paste an error to search.';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  status.textContent = 'Searching…';
  const api = await loadPagefind();
  const search = await api.search(cleanQuery(query));
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  for (const item of data) {
    const li = document.createElement('li');
    li.className = 'py-4';
    const link = document.createElement('a');
    link.href = item.url;
    link.dataset.searchResult = '';
    link.className = 'font-semibold';
    link.textContent = item.meta.title ?? item.url;
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1 text-sm text-muted';
    excerpt.append(...excerptNodes(item.excerpt));
    li.append(link, excerpt);
    list.append(li);
  }
  status.textContent = data.length
    ? `${data.length} ${data.length === 1 ? 'fix' : 'fixes'} found`
    : 'No fixes found. Try only the error message or the error type, such as rate_limit_error.';
  list.setAttribute('aria-busy', 'false');
}

void run(new URLSearchParams(location.search).get('q') ?? '');
