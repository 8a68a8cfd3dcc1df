/**
 * Error-aware search over the Pagefind index, shared by the browser and the Node evaluation.
 * Pagefind returns a page only when every query word that exists in the index matches, so a long
 * paste easily finds nothing. This runs several searches built from the query analysis (the error
 * message, the key tokens, the distinctive words, each word alone, the status/type filters), fuses
 * their rankings, corrects typos against the index's own words, and recognises a paste that is
 * exactly a known error signature.
 */
import { analyzeQuery, messageKey, type QueryAnalysis } from './analyze.ts';
import { correctWord, knownWord, shardOf } from './typo.ts';

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}
export interface PagefindHit {
  id: string;
  data: () => Promise<PagefindFragment>;
}
/** The part of Pagefind's JS API the engine uses. */
export interface PagefindLike {
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindHit[] } | null>;
}

/** A stored error signature, as published in the signature shards. */
export interface SignatureEntry {
  /** {@link messageKey} of the message. */
  key: string;
  message: string;
  status?: number;
  type?: string;
  url: string;
  title: string;
}

export interface SearchData {
  pagefind: PagefindLike;
  /** Number of signature shards and of indexed pages (`/search/meta.json`). */
  meta: () => Promise<{ shards: number; pages: number }>;
  signatures: (shard: number) => Promise<SignatureEntry[]>;
  /** Index words starting with a letter (`0` for digits), most frequent first. */
  words: (shard: string) => Promise<string[]>;
}

/**
 * The search data of a built site: a Pagefind instance plus the site's own search files
 * (`/search/meta.json`, signature and vocabulary shards), each fetched once; a missing or unreadable
 * file counts as empty. `get` fetches a site path (the browser's `fetch`, or one reading dist/ in Node).
 */
export function siteSearchData(pagefind: PagefindLike, get: (path: string) => Promise<Response>): SearchData {
  const cache = new Map<string, Promise<unknown>>();
  const json = <T>(path: string, fallback: T): Promise<T> => {
    let pending = cache.get(path) as Promise<T> | undefined;
    if (!pending) {
      pending = get(path)
        .then((r) => (r.ok ? (r.json() as Promise<T>) : fallback))
        .catch(() => fallback);
      cache.set(path, pending);
    }
    return pending;
  };
  return {
    pagefind,
    meta: () => json('/search/meta.json', { shards: 0, pages: 1 }),
    signatures: (n) => json<SignatureEntry[]>(`/search/signatures/${n}.json`, []),
    words: (shard) => json<string[]>(`/search/words/${shard}.json`, []),
  };
}

export interface SearchResult {
  url: string;
  title: string;
  cluster?: string;
  statuses: string[];
  types: string[];
  /** Pagefind's excerpt: text with matches wrapped in <mark>. */
  excerpt: string;
}

export interface SearchOutcome {
  analysis: QueryAnalysis;
  corrections: { from: string; to: string }[];
  /** The fix whose stored signature the paste matches exactly. */
  recognized?: { url: string; title: string; signature: SignatureEntry };
  results: SearchResult[];
  /** With `trace`: each candidate search, its weight and the page ids it ranked. */
  trace?: { term: string | null; filters?: Record<string, string>; weight: number; ids: string[] }[];
}

/**
 * Weights of the candidate searches in the fused ranking: the extracted message and pages that
 * match every word count most; an error type named in the paste narrows hard, one only implied by
 * the status softly; single words count by how rare they are in the index.
 */
const WEIGHTS = { message: 3, allWords: 3, mostWords: 3, keyTokens: 2, filterOnly: 0.5, eachWord: 3 } as const;
/** Score multiplier for pages that declare the error type (or status) of the paste: 1 + strength / pages declaring it. */
const FACET_BOOST = { named: 3, implied: 1.5 } as const;
const RRF_K = 4;
const MAX_WORDS = 12;

/**
 * Stable shard number of a message key.
 * @example signatureShard('invalid x api key', 1) // => 0
 */
export function signatureShard(key: string, shards: number): number {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return (hash >>> 0) % Math.max(1, shards);
}

/**
 * Tokens that identify an error on their own: statuses, error types, code-like tokens. A pasted
 * credential prefix (`sk-ant-api03`) says which kind of key, not which error, so it is left out.
 */
function keyTokens(a: QueryAnalysis): string[] {
  const tokens = a.words.filter(
    (w) => !/^sk-ant/.test(w) && (/[_]/.test(w) || /^[a-z]+(?:-[a-z0-9]+){2,}$/.test(w) || /^[a-z]+[0-9]|^err_/.test(w)),
  );
  if (a.status !== undefined) tokens.unshift(String(a.status));
  if (a.type && a.typeSource !== 'status' && !tokens.includes(a.type)) tokens.push(a.type);
  return [...new Set(tokens)];
}

/** The extracted message, the whole paste and its first lines, as signature keys to look up (each may fetch a shard). */
function candidateKeys(a: QueryAnalysis): string[] {
  const keys = [a.message, a.raw, ...a.raw.split('\n').slice(0, 3)].filter((t): t is string => !!t && t.trim().length > 2).map(messageKey);
  return [...new Set(keys)].filter(Boolean);
}

async function recognise(a: QueryAnalysis, data: SearchData): Promise<SignatureEntry | undefined> {
  const keys = candidateKeys(a);
  if (!keys.length) return undefined;
  const { shards } = await data.meta();
  // All candidate shards at once (a first search would otherwise wait for each in turn).
  const entries = await Promise.all(keys.map((key) => data.signatures(signatureShard(key, shards))));
  for (const [i, key] of keys.entries()) {
    const match = entries[i]!.find((e) => e.key === key);
    if (match) return match;
  }
  return undefined;
}

/**
 * Words the index does not have, replaced by what it has: a code-like token loses trailing parts
 * until the index knows it (`claude-3-5-sonnet-20240620` → `claude-3-5-sonnet`, `sk-ant-oat01` →
 * `sk-ant-oat`); a plain word is corrected to the nearest index word within its edit budget.
 */
async function correct(words: string[], data: SearchData): Promise<{ from: string; to: string }[]> {
  const corrections: { from: string; to: string }[] = [];
  const vocabularies = await Promise.all(words.map((word) => data.words(shardOf(word))));
  for (const [i, word] of words.entries()) {
    const vocabulary = vocabularies[i]!;
    if (knownWord(word, vocabulary)) continue;
    if (/[-_.\d]/.test(word)) {
      let shorter = word;
      while (shorter.length > 3) {
        shorter = shorter.replace(/(?:[-_.][a-z0-9]*|\d+)$/, '');
        if (shorter.length > 2 && knownWord(shorter, vocabulary)) {
          corrections.push({ from: word, to: shorter });
          break;
        }
        if (!/[-_.\d]/.test(shorter)) break;
      }
      continue;
    }
    if (!/^[a-z]{4,}$/.test(word)) continue;
    const fixed = correctWord(word, vocabulary);
    if (fixed) corrections.push({ from: word, to: fixed });
  }
  return corrections;
}

/** Search the knowledge base with a query or a pasted error. */
export async function searchFixes(raw: string, data: SearchData, limit = 10, trace = false): Promise<SearchOutcome> {
  const analysis = analyzeQuery(raw);
  const outcome: SearchOutcome = { analysis, corrections: [], results: [] };
  if (!analysis.words.length && analysis.status === undefined) return outcome;

  const [recognized, corrections] = await Promise.all([recognise(analysis, data), correct(analysis.words.slice(0, MAX_WORDS), data)]);

  outcome.corrections = corrections;
  const fixedWord = (w: string) => corrections.find((c) => c.from === w)?.to ?? w;
  const words = analysis.words.slice(0, MAX_WORDS).map(fixedWord);

  // Candidate searches, each a ranking of pages, fused by weighted reciprocal rank.
  const runs: { weight: number; term: string | null; filters?: Record<string, string> }[] = [];
  if (analysis.message) {
    const message = analysis.message.toLowerCase() === analysis.raw.trim().toLowerCase() ? '' : messageKey(analysis.message);
    if (message) runs.push({ weight: WEIGHTS.message, term: message.split(' ').map(fixedWord).join(' ') });
  }
  const tokens = keyTokens(analysis).map(fixedWord);
  if (tokens.length > 1 || (tokens.length === 1 && words.length > 1)) runs.push({ weight: WEIGHTS.keyTokens, term: tokens.join(' ') });
  if (words.length) runs.push({ weight: WEIGHTS.allWords, term: words.join(' ') });
  // Leave-one-out searches find the pages that match all but one word of a longer query.
  if (words.length >= 3 && words.length <= 8) {
    words.forEach((_, i) => runs.push({ weight: WEIGHTS.mostWords / words.length, term: words.filter((__, j) => j !== i).join(' ') }));
  }
  const facet: { filters: Record<string, string>; strength: number } | undefined =
    analysis.type && analysis.typeSource !== 'status'
      ? { filters: { type: analysis.type }, strength: FACET_BOOST.named }
      : analysis.status !== undefined
        ? { filters: { status: String(analysis.status) }, strength: FACET_BOOST.implied }
        : undefined;
  if (facet) runs.push({ weight: WEIGHTS.filterOnly, term: null, filters: facet.filters });

  const hits = new Map<string, PagefindHit>();
  const scores = new Map<string, number>();
  const add = (found: PagefindHit[], weight: number) =>
    found.forEach((hit, rank) => {
      hits.set(hit.id, hits.get(hit.id) ?? hit);
      scores.set(hit.id, (scores.get(hit.id) ?? 0) + weight / (RRF_K + rank));
    });
  const search = async (term: string | null, filters?: Record<string, string>) =>
    (await data.pagefind.search(term, filters ? { filters } : {}))?.results ?? [];

  // Each word alone, weighted by how rare it is (inverse document frequency): a long paste still
  // finds the pages that match its telling words even when no page matches all of them.
  // A versioned code token (`sk-ant-oat01`) also counts by its stem, which pages often write alone.
  const stems = words.flatMap((w) => (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+[a-z]\d+$/.test(w) ? [w.replace(/\d+$/, '')] : []));
  const single = [...new Set([...words, ...stems].filter((w) => !/^[1-5]\d\d$/.test(w) || analysis.status === undefined))];
  const [{ pages }, ...found] = await Promise.all([data.meta(), ...runs.map((run) => search(run.term, run.filters)), ...single.map((w) => search(w))]);
  runs.forEach((run, i) => add(found[i]!, run.weight));
  const perWord = found.slice(runs.length);
  const idf = perWord.map((results) => (results.length ? Math.log(1 + pages / results.length) : 0));
  const idfSum = idf.reduce((a, b) => a + b, 0) || 1;
  perWord.forEach((results, i) => add(results, (WEIGHTS.eachWord * idf[i]!) / idfSum));
  // Pages that declare the pasted error type rank higher, the more so the fewer pages declare it.
  if (facet) {
    const declaring = found[runs.length - 1]!;
    const boost = 1 + facet.strength / Math.max(1, declaring.length);
    for (const hit of declaring) scores.set(hit.id, scores.get(hit.id)! * boost);
  }
  if (trace) {
    outcome.trace = [
      ...runs.map((run, i) => ({ ...run, ids: found[i]!.map((h) => h.id) })),
      ...single.map((term, i) => ({ term, weight: (WEIGHTS.eachWord * idf[i]!) / idfSum, ids: perWord[i]!.map((h) => h.id) })),
    ];
  }

  const ids = [...scores.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
  let fragments = await Promise.all(ids.slice(0, limit).map(async (id) => ({ id, fragment: await hits.get(id)!.data() })));

  if (recognized) {
    outcome.recognized = { url: recognized.url, title: recognized.title, signature: recognized };
    // The recognised fix goes first, even when the fused ranking had it below the cut: then look
    // further down the ranking for it (fragments tell the URL of a hit).
    // Ten fragments at a time: fewer round trips than one by one, fewer bytes than all 30 at once.
    let at = fragments.findIndex((f) => f.fragment.url === recognized.url);
    for (let from = limit; at === -1 && from < Math.min(ids.length, limit + 30); from += 10) {
      const batch = await Promise.all(ids.slice(from, Math.min(from + 10, limit + 30)).map(async (id) => ({ id, fragment: await hits.get(id)!.data() })));
      const found = batch.find((f) => f.fragment.url === recognized.url);
      if (found) {
        fragments.push(found);
        at = fragments.length - 1;
      }
    }
    if (at > 0) fragments.unshift(...fragments.splice(at, 1));
  }
  if (trace) for (const f of fragments) outcome.trace!.push({ term: `= ${f.fragment.url}`, weight: scores.get(f.id)!, ids: [f.id] });
  fragments = fragments.slice(0, limit);
  outcome.results = fragments.map(({ fragment }) => ({
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    ...(fragment.meta.cluster ? { cluster: fragment.meta.cluster } : {}),
    statuses: fragment.filters?.status ?? [],
    types: fragment.filters?.type ?? [],
    excerpt: fragment.excerpt,
  }));
  return outcome;
}
