// A tiny in-memory stand-in for a built site's search data, with Pagefind's matching rules: every
// query word that exists anywhere must match (prefix match), unknown words are dropped.
import type { PagefindHit, SearchData } from '../../src/search/core/engine.ts';
import { vocabularyShards } from '../../src/search/core/index-data.ts';
import { readSignature, signatureIndex, type SignatureInput } from '../../src/search/core/signatures.ts';

export interface FakePage {
  url: string;
  title: string;
  text: string;
  filters: Record<string, string[]>;
  cluster?: string;
}

export const FAKE_PAGES: FakePage[] = [
  {
    url: '/fixes/key/',
    title: 'Fix invalid x-api-key',
    text: 'invalid x-api-key authentication_error 401 key rejected check header',
    filters: { status: ['401'], type: ['authentication_error'] },
  },
  {
    url: '/fixes/rate/',
    title: 'Rate limit reached',
    text: 'rate_limit_error 429 too many requests retry-after proxy reached limit',
    filters: { status: ['429'], type: ['rate_limit_error'] },
  },
  {
    url: '/fixes/overload/',
    title: 'Overloaded',
    text: 'overloaded_error 529 overloaded capacity retry later',
    filters: { status: ['529'], type: ['overloaded_error'] },
  },
  { url: '/fixes/usage/', title: 'Usage limit reached', text: 'usage limit reached 5-hour resets claude app wait', filters: {} },
];

const words = (t: string) => t.toLowerCase().split(/\s+/).filter(Boolean);

export function fakeSearchData(signatures: SignatureInput[] = [], pages: FakePage[] = FAKE_PAGES): SearchData {
  const shards = signatureIndex(signatures);
  const vocabulary = vocabularyShards(pages.map((p) => `${p.title} ${p.text}`));
  const pagefind = {
    async search(term: string | null, options: { filters?: Record<string, string> } = {}) {
      const known = (term ? words(term) : []).filter((w) => pages.some((p) => words(`${p.title} ${p.text}`).some((x) => x.startsWith(w))));
      if (term && !known.length) return { results: [] };
      const hits = pages.filter(
        (p) =>
          known.every((w) => words(`${p.title} ${p.text}`).some((x) => x.startsWith(w))) &&
          Object.entries(options.filters ?? {}).every(([k, v]) => p.filters[k]?.includes(v)),
      );
      return {
        results: hits.map<PagefindHit>((p) => ({
          id: p.url,
          data: async () => ({
            url: p.url,
            excerpt: p.text,
            content: `${p.title}. ${p.text}`,
            meta: { title: p.title },
            filters: p.filters,
          }),
        })),
      };
    },
  };
  return {
    pagefind,
    meta: async () => ({ shards: shards.length, pages: pages.length, errorPages: ['401', '429', '529', 'rate_limit_error'] }),
    signatures: async (n) => (shards[n] ?? []).map(readSignature),
    words: async (shard) => vocabulary[shard] ?? [],
    answer: async (url) => {
      const p = pages.find((page) => page.url === url);
      return p && { title: p.title, cluster: p.cluster ?? 'Fakes', quickAnswer: p.text.split(' ').slice(0, 6).join(' ') };
    },
  };
}
