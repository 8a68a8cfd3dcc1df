/**
 * Error-aware search over the Pagefind index and the signature shards, shared by the browser and the
 * Node evaluation. Pagefind returns a page only when every query word that exists in the index
 * matches, so a long paste easily finds nothing. This runs several searches built from the query
 * analysis (the error message, the key tokens, the distinctive words, each word alone, the
 * status/type/code filters), matches the paste against every stored error signature that shares a
 * token with it, fuses the rankings, corrects typos against the index's own words, and says how sure
 * it is: a paste that holds a stored signature is recognised; a paste no fix explains is answered as
 * such, with the closest error-code page and the partial matches.
 *
 * Every loop is bounded by constants (words, runs, shards, fragments), never by the paste's shape.
 */
import { analyzeQuery, messageKey, toWords, wordsOf, type PasteSurface, type QueryAnalysis } from './analyze.ts';
import {
  bestMatches,
  lookupTokens,
  pasteTokens,
  readSignature,
  tokenShard,
  type SignatureEntry,
  type SignatureMatch,
  type StoredSignature,
} from './signatures.ts';
import type { FixAnswer } from './index-data.ts';
import { correctWord, knownWord, shardOf } from './typo.ts';
import { answerPath, errorCodePath } from '../../paths.ts';
import { escapeHtmlText } from '../../text/escape.ts';

export type { SignatureEntry } from './signatures.ts';
export type { FixAnswer } from './index-data.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number }[];
}
export interface PagefindFragment {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}
export interface PagefindHit {
  id: string;
  data: () => Promise<PagefindFragment>;
}
/** The part of Pagefind's JS API the engine uses. */
export interface PagefindLike {
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindHit[] } | null>;
}

/** What the search knows about the site before it searches (`/search/meta.json`). */
export interface SearchMeta {
  /** Number of signature shards. */
  shards: number;
  /** Number of indexed pages. */
  pages: number;
  /** The error codes that have a page under /errors/ (`429`, `rate_limit_error`, `throttlingexception`). */
  errorPages?: string[];
}

export interface SearchData {
  /** Pagefind, which the browser loads only when a search needs it (see {@link recognizePaste}). */
  pagefind: PagefindLike;
  meta: () => Promise<SearchMeta>;
  signatures: (shard: number) => Promise<SignatureEntry[]>;
  /** Index words starting with a letter (`0` for digits), most frequent first. */
  words: (shard: string) => Promise<string[]>;
  /** The title, cluster and quick answer of the fix at a URL (`/fixes/<slug>/`). */
  answer: (url: string) => Promise<FixAnswer | undefined>;
}

/** What recognising a paste needs: the site's small search files, no Pagefind. */
export type RecognitionData = Pick<SearchData, 'meta' | 'signatures' | 'answer'>;

/**
 * The search data of a built site: a Pagefind instance plus the site's own search files
 * (`/search/meta.json`, signature and vocabulary shards, answers), each fetched once; a missing or unreadable
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
    meta: () => json<SearchMeta>('/search/meta.json', { shards: 0, pages: 1 }),
    signatures: async (n) => (await json<StoredSignature[]>(`/search/signatures/${n}.json`, [])).map(readSignature),
    words: (shard) => json<string[]>(`/search/words/${shard}.json`, []),
    answer: (url) => json<FixAnswer | undefined>(answerPath(url), undefined),
  };
}

export interface SearchResult {
  url: string;
  title: string;
  cluster?: string;
  statuses: string[];
  types: string[];
  /** The excerpt: text with matches wrapped in <mark>, from the fix's own text (a matching signature, a step, the quick answer). */
  excerpt: string;
}

/**
 * How sure the search is that its first result fixes the paste:
 * - `recognized`: the paste holds one of the fix's stored error messages;
 * - `confident`: the first result explains the paste's distinctive words or most of a signature;
 * - `partial`: results share words with the paste, but no fix matches this error;
 * - `none`: nothing matched.
 */
export type MatchLevel = 'recognized' | 'confident' | 'partial' | 'none';

export interface SearchOutcome {
  analysis: QueryAnalysis;
  corrections: { from: string; to: string }[];
  /** The fix whose stored signature the paste holds, with its answer file when it could be read. */
  recognized?: { url: string; title: string; signature: SignatureEntry; answer?: FixAnswer };
  /** Set on {@link recognizePaste}'s answer: the recognised fix only, before the full search. */
  preliminary?: true;
  results: SearchResult[];
  /** 0–1: how well the first result explains the paste. */
  confidence: number;
  /** What the confidence was made of: the first result's signature strength, how closely it quotes the message, how distinctive the message's words are, how much of a plain-words query it covers. */
  signals?: { signature: number; near: number; distinct: number; words: number };
  level: MatchLevel;
  /** The closest /errors/ page when the paste names a status, type or platform code that has one. */
  errorPage?: { code: string; path: string };
  /** With `trace`: each candidate search, its weight and the page ids it ranked. */
  trace?: { term: string | null; filters?: Record<string, string>; weight: number; ids: string[] }[];
}

export interface SearchOptions {
  /** Results wanted (default 10). */
  limit?: number;
  /** Record every run in {@link SearchOutcome.trace}. */
  trace?: boolean;
  /** A search superseded by the next keystroke stops at its next step. */
  signal?: AbortSignal;
}

/**
 * Weights of the candidate searches in the fused ranking: the extracted message and pages that
 * match every word count most; an error type named in the paste narrows hard, one only implied by
 * the status softly; single words count by how rare they are in the index; a page that quotes the
 * pasted message counts like a first-ranked run; a stored signature the paste holds counts most of all.
 */
const WEIGHTS = {
  message: 3,
  allWords: 3,
  mostWords: 3,
  keyTokens: 2,
  filterOnly: 0.5,
  eachWord: 3,
  signature: 6,
  proximity: 3,
  title: 2,
} as const;
/** Score multiplier for pages that declare the error type, status or code of the paste: 1 + strength / pages declaring it. */
const FACET_BOOST = { named: 3, implied: 1.5, code: 4 } as const;
/** Score multiplier for pages about the surface the paste comes from. */
const SURFACE_BOOST = 1.25;
const RRF_K = 4;
const MAX_WORDS = 12;
/** Fragments loaded beyond the limit, to merge signature matches and recognised fixes into the ranking. */
const EXTRA_FRAGMENTS = 2;
/** Matched signature weight at which a signature counts as fully specific (three or four rare words). */
const SPECIFIC_MASS = 12;
/** Signature strength from which a paste is recognised as that fix's error. */
export const RECOGNIZE_AT = 0.9;
/** Confidence from which the first result is presented as the fix (below it: "no fix matches this error yet"). */
export const CONFIDENT_AT = 0.55;

/** The fix surfaces (`surface:` filters of the pages) that a paste's surface points to. */
const SURFACE_FACETS: Readonly<Record<PasteSurface, readonly string[]>> = {
  'claude-code': ['claude-code'],
  shell: ['claude-code'],
  sdk: ['sdk', 'api'],
  bedrock: ['bedrock'],
  vertex: ['vertex'],
  app: ['web', 'desktop', 'mobile'],
};

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
  return [...new Set(tokens)].slice(0, MAX_WORDS);
}

/**
 * The parts of a code-like token, longest prefix first, for correcting it against the index:
 * `claude-3-5-sonnet-20240620` → `claude-3-5-sonnet`, `claude-3-5`, `claude-3`, `claude`;
 * `sk-ant-oat01` → `sk-ant-oat`, `sk-ant`, `sk`. Bounded by the token's parts (at most 8).
 * @example shorterForms('12pm') // => ['12']
 */
export function shorterForms(word: string): string[] {
  const parts = word.match(/[a-z]+|\d+|[-_.]/g)?.slice(0, 16) ?? [];
  const out: string[] = [];
  for (let end = parts.length - 1; end > 0 && out.length < 8; end--) {
    const prefix = parts
      .slice(0, end)
      .join('')
      .replace(/[-_.]+$/, '');
    if (prefix && prefix !== word && !out.includes(prefix)) out.push(prefix);
  }
  return out;
}

/**
 * Words the index does not have, replaced by what it has: a code-like token loses trailing parts
 * until the index knows it; a plain word is corrected to the nearest index word within its edit budget.
 */
async function correct(words: string[], data: SearchData): Promise<{ corrections: { from: string; to: string }[]; unknown: Set<string> }> {
  const corrections: { from: string; to: string }[] = [];
  const unknown = new Set<string>();
  const vocabularies = await Promise.all(words.map((word) => data.words(shardOf(word))));
  for (const [i, word] of words.entries()) {
    const vocabulary = vocabularies[i]!;
    // An empty shard means the site publishes no vocabulary for it: nothing can be said of the word.
    if (!vocabulary.length || knownWord(word, vocabulary)) continue;
    const fixed = /[-_.\d]/.test(word)
      ? (shorterForms(word).find((shorter) => shorter.length > 2 && knownWord(shorter, vocabulary)) ?? (await knownPart(word, data)))
      : /^[a-z]{4,}$/.test(word)
        ? correctWord(word, vocabulary)
        : undefined;
    if (fixed) corrections.push({ from: word, to: fixed });
    else unknown.add(word);
  }
  return { corrections, unknown };
}

/**
 * The longest part of a joined word that the index knows (`re-authorization` → `authorization`),
 * for words whose prefixes it does not know. At most four parts are looked up.
 */
async function knownPart(word: string, data: SearchData): Promise<string | undefined> {
  const parts = word
    .split(/[-_.]+/)
    .filter((p) => /^[a-z]{4,}$/.test(p))
    .sort((a, b) => b.length - a.length)
    .slice(0, 4);
  for (const part of parts) if (knownWord(part, await data.words(shardOf(part)))) return part;
  return undefined;
}

/** The signature entries in the shards of the paste's tokens (each shard fetched once). */
async function signatureCandidates(tokens: string[], data: RecognitionData, shards: number): Promise<SignatureEntry[]> {
  if (!shards || !tokens.length) return [];
  const wanted = [...new Set(tokens.map((t) => tokenShard(t, shards)))];
  return (await Promise.all(wanted.map((n) => data.signatures(n)))).flat();
}

// \u0001 and \u0002 mark matches in an excerpt until the text is escaped: they never occur in it.
/* eslint-disable no-control-regex */
const MARK_START = /\u0001/g;
const MARK_END = /\u0002/g;
/* eslint-enable no-control-regex */

/**
 * Text as an excerpt: HTML-escaped, the query's words wrapped in <mark>, at most `max` characters
 * around the first match.
 * @example markWords('Overloaded', ['overloaded']) // => '<mark>Overloaded</mark>'
 */
export function markWords(text: string, words: readonly string[], max = 220): string {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  const parts = text.split(/([\p{L}\p{N}_]+)/u);
  let first = -1;
  let offset = 0;
  const marked = parts.map((part) => {
    const hit = wanted.has(part.toLowerCase());
    if (hit && first === -1) first = offset;
    offset += part.length;
    return hit ? `\u0001${part}\u0002` : part;
  });
  let plain = marked.join('');
  if (plain.length > max) {
    const start = Math.max(0, Math.min(first === -1 ? 0 : first - 40, plain.length - max));
    plain = `${start > 0 ? '…' : ''}${balanceMarks(plain.slice(start, start + max))}${start + max < plain.length ? '…' : ''}`;
  }
  return escapeHtmlText(plain).replace(MARK_START, '<mark>').replace(MARK_END, '</mark>');
}

/** A cut piece of marked text with every mark closed: an end without a start is dropped, an open start closed. */
function balanceMarks(text: string): string {
  let open = false;
  let out = '';
  for (const c of text) {
    if (c === '\u0001') open = true;
    else if (c === '\u0002') {
      if (!open) continue;
      open = false;
    }
    out += c;
  }
  return open ? `${out}\u0002` : out;
}

/** Tokens of a page's text looked at for proximity (a fix page is far shorter). */
const MAX_CONTENT_TOKENS = 30_000;

/**
 * How much of the message's weight a page holds within one window of `span` consecutive words (by
 * default about twice the message's words): 1 when the page quotes the message (its words close
 * together), low when they are scattered over the page.
 * Linear in the page's length (a sliding window).
 * @example proximity('the api answered 529 overloaded today', ['529', 'overloaded'], [1, 1]) // => 1
 */
export function proximity(content: string, words: readonly string[], weights: readonly number[], span = 2 * words.length + 4): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!total || !words.length) return 0;
  const index = new Map(words.map((w, i) => [stem(w), i]));
  const tokens = toWords(content).toLowerCase().split(' ', MAX_CONTENT_TOKENS);
  const size = Math.max(words.length + 1, span);
  const counts = new Array<number>(words.length).fill(0);
  let inWindow = 0;
  let best = 0;
  const at = (token: string | undefined) => (token === undefined ? undefined : index.get(stem(token)));
  for (let i = 0; i < tokens.length; i++) {
    const enter = at(tokens[i]);
    if (enter !== undefined) {
      counts[enter] = counts[enter]! + 1;
      if (counts[enter] === 1) inWindow += weights[enter]!;
    }
    const leave = i >= size ? at(tokens[i - size]) : undefined;
    if (leave !== undefined) {
      counts[leave] = counts[leave]! - 1;
      if (counts[leave] === 0) inWindow -= weights[leave]!;
    }
    if (inWindow > best) best = inWindow;
  }
  return Math.min(1, best / total);
}

/**
 * Share of the query words' weight found in a title (a word matches a title word it starts, as Pagefind matches prefixes).
 * @example titleCover('Fix 529 overloaded_error', new Map([['529', 1], ['overloaded', 2], ['retry', 1]])) // => 0.75
 */
export function titleCover(title: string, weights: ReadonlyMap<string, number>): number {
  let total = 0;
  let found = 0;
  const words = toWords(title).toLowerCase().split(/[ _]/).map(stem);
  for (const [word, weight] of weights) {
    total += weight;
    const wanted = stem(word);
    if (words.some((t) => t.startsWith(wanted))) found += weight;
  }
  return total ? found / total : 0;
}

/**
 * A word without its common English endings, so `regions` meets `region` and `limited` meets
 * `limit` (short words are kept whole).
 * @example stem('regions') // => 'region'
 */
export function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ies|es|s|ed|ing)$/, '') : word;
}

/** Sections of a fix page shared with other fixes (FAQs, causes): their text is not the fix's own excerpt. */
const SHARED_SECTION = /#(?:faq|causes)(?:-|$)/;

/**
 * The excerpt of a result: its matching signature when the paste holds one, else Pagefind's excerpt
 * of the best-matching section of the fix's own text, else the page excerpt.
 */
function excerptOf(fragment: PagefindFragment, match: SignatureMatch | undefined, words: readonly string[]): string {
  if (match && match.strength >= 0.5) return markWords(match.entry.message, words);
  const own = (fragment.sub_results ?? []).filter((s) => !SHARED_SECTION.test(s.url) && /<mark>/.test(s.excerpt));
  const best = own
    .map((s) => ({ s, weight: (s.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0) }))
    .sort((a, b) => b.weight - a.weight)[0];
  return best?.s.excerpt ?? fragment.excerpt;
}

class SearchAborted extends Error {
  constructor() {
    super('search superseded');
    this.name = 'AbortError';
  }
}
const check = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new SearchAborted();
};

/** The stored signatures the paste holds, best first, and the one that recognises the paste, if any. */
async function recognition(
  analysis: QueryAnalysis,
  data: RecognitionData,
  meta: SearchMeta,
): Promise<{ matches: SignatureMatch[]; recognized?: SignatureMatch }> {
  const paste = pasteTokens(
    [...analysis.messages, analysis.raw.length > 4000 ? analysis.text : analysis.raw],
    analysis.message ?? analysis.raw,
  );
  const candidates = await signatureCandidates(lookupTokens(analysis.messages, analysis.words), data, meta.shards);
  const matches = bestMatches(candidates, paste);
  const best = matches[0];
  // A question that merely mentions a short message ("401 unauthorized with a new key") is not that
  // error pasted: then the signature must also explain most of the query.
  const recognized =
    best && !best.entry.generic && (best.exact || (best.strength >= RECOGNIZE_AT && (analysis.looksLikeError || best.explains >= 0.6)))
      ? best
      : undefined;
  return recognized ? { matches, recognized } : { matches };
}

/** The outcome's description of a recognised fix. */
const recognizedOf = (match: SignatureMatch, answer: FixAnswer | undefined): NonNullable<SearchOutcome['recognized']> => ({
  url: match.entry.url,
  title: answer?.title ?? match.entry.url,
  signature: match.entry,
  ...(answer ? { answer } : {}),
});

/**
 * The fast answer to a paste: when it holds a stored error signature, that fix, from the signature
 * shards and the fix's answer file alone, without Pagefind (a few kilobytes, whatever the size of
 * the site). The outcome is `preliminary`: the full {@link searchFixes} ranks the rest. A paste that
 * is not recognised gets an outcome with no results.
 */
export async function recognizePaste(
  raw: string,
  data: RecognitionData,
  options: Pick<SearchOptions, 'signal'> = {},
): Promise<SearchOutcome> {
  const { signal } = options;
  const analysis = analyzeQuery(raw);
  const outcome: SearchOutcome = { analysis, corrections: [], results: [], confidence: 0, level: 'none', preliminary: true };
  const meta = await data.meta();
  check(signal);
  outcome.errorPage = errorPageOf(analysis, meta);
  if (!analysis.words.length && analysis.status === undefined) return outcome;
  const { recognized } = await recognition(analysis, data, meta);
  check(signal);
  if (!recognized) return outcome;
  const answer = await data.answer(recognized.entry.url);
  check(signal);
  outcome.recognized = recognizedOf(recognized, answer);
  const sig = recognized.entry;
  outcome.results = [
    {
      url: sig.url,
      title: outcome.recognized.title,
      ...(answer ? { cluster: answer.cluster } : {}),
      statuses: sig.status !== undefined ? [String(sig.status)] : [],
      types: sig.type ? [sig.type] : [],
      excerpt: markWords(sig.message, analysis.words),
    },
  ];
  outcome.confidence = Math.round(100 * recognized.strength) / 100;
  outcome.signals = { signature: recognized.strength, near: 0, distinct: 0, words: 0 };
  outcome.level = 'recognized';
  return outcome;
}

/**
 * Search the knowledge base with a query or a pasted error. Never throws on any input; throws an
 * `AbortError` only when `options.signal` is aborted.
 */
export async function searchFixes(raw: string, data: SearchData, options: SearchOptions = {}): Promise<SearchOutcome> {
  const { limit = 10, trace = false, signal } = options;
  const analysis = analyzeQuery(raw);
  const outcome: SearchOutcome = { analysis, corrections: [], results: [], confidence: 0, level: 'none' };
  const meta = await data.meta();
  check(signal);
  outcome.errorPage = errorPageOf(analysis, meta);
  if (!analysis.words.length && analysis.status === undefined) return outcome;

  const words0 = analysis.words.slice(0, MAX_WORDS);
  const [{ matches, recognized }, { corrections, unknown }] = await Promise.all([recognition(analysis, data, meta), correct(words0, data)]);
  check(signal);

  outcome.corrections = corrections;
  const fixedWord = (w: string) => corrections.find((c) => c.from === w)?.to ?? w;
  // Words the index lacks are left out of every search: Pagefind drops them anyway, and a query of
  // only such words would otherwise match by accident.
  const words = words0.filter((w) => !unknown.has(w)).map(fixedWord);
  // A pasted credential (`sk-ant-api03…`) says which kind of key, not which error: it counts as a
  // word of its own, but never narrows the searches that need every word.
  const credential = (w: string) => /^sk-ant/.test(w);
  const together = words.some((w) => !credential(w)) ? words.filter((w) => !credential(w)) : words;

  // Candidate searches, each a ranking of pages, fused by weighted reciprocal rank.
  const runs: { weight: number; term: string | null; filters?: Record<string, string> }[] = [];
  const message = analysis.message && messageKey(analysis.message);
  if (message && message !== messageKey(analysis.raw)) {
    const term = message
      .split(' ')
      .filter((w) => !unknown.has(w))
      .slice(0, MAX_WORDS)
      .map(fixedWord)
      .join(' ');
    if (term) runs.push({ weight: WEIGHTS.message, term });
  }
  const tokens = keyTokens(analysis)
    .filter((w) => !unknown.has(w))
    .map(fixedWord);
  if (tokens.length > 1 || (tokens.length === 1 && words.length > 1)) runs.push({ weight: WEIGHTS.keyTokens, term: tokens.join(' ') });
  if (together.length) runs.push({ weight: WEIGHTS.allWords, term: together.join(' ') });
  // Leave-one-out searches find the pages that match all but one word of a longer query.
  if (together.length >= 3 && together.length <= 8) {
    together.forEach((_, i) =>
      runs.push({ weight: WEIGHTS.mostWords / together.length, term: together.filter((__, j) => j !== i).join(' ') }),
    );
  }
  const facets: { filters: Record<string, string>; strength: number }[] = [];
  if (analysis.code) facets.push({ filters: { code: analysis.code }, strength: FACET_BOOST.code });
  if (analysis.type && analysis.typeSource !== 'status') facets.push({ filters: { type: analysis.type }, strength: FACET_BOOST.named });
  else if (analysis.status !== undefined) facets.push({ filters: { status: String(analysis.status) }, strength: FACET_BOOST.implied });
  const surfaceFacets = [...new Set(analysis.surfaces.flatMap((s) => SURFACE_FACETS[s]))].slice(0, 4);
  const facetRuns = runs.length;
  for (const facet of facets) runs.push({ weight: WEIGHTS.filterOnly, term: null, filters: facet.filters });
  const surfaceRuns = runs.length;
  for (const surface of surfaceFacets) runs.push({ weight: 0, term: null, filters: { surface } });

  const hits = new Map<string, PagefindHit>();
  const scores = new Map<string, number>();
  const add = (found: PagefindHit[], weight: number) =>
    found.forEach((hit, rank) => {
      hits.set(hit.id, hits.get(hit.id) ?? hit);
      scores.set(hit.id, (scores.get(hit.id) ?? 0) + weight / (RRF_K + rank));
    });
  const search = async (term: string | null, filters?: Record<string, string>) => {
    try {
      return (await data.pagefind.search(term, filters ? { filters } : {}))?.results ?? [];
    } catch {
      return [];
    }
  };

  // Each word alone, weighted by how rare it is (inverse document frequency): a long paste still
  // finds the pages that match its telling words even when no page matches all of them.
  // A versioned code token (`sk-ant-oat01`) also counts by its stem, which pages often write alone.
  const stems = words.flatMap((w) => (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+[a-z]\d+$/.test(w) ? [w.replace(/\d+$/, '')] : []));
  // Words the index does not have at all match no page: no search needed for them.
  const single = [
    ...new Set([...words, ...stems].filter((w) => !unknown.has(w) && (!/^[1-5]\d\d$/.test(w) || analysis.status === undefined))),
  ].slice(0, MAX_WORDS + 4);
  const found = await Promise.all([...runs.map((run) => search(run.term, run.filters)), ...single.map((w) => search(w))]);
  check(signal);
  runs.forEach((run, i) => add(found[i]!, run.weight));
  const perWord = found.slice(runs.length);
  const pages = Math.max(1, meta.pages);
  const idf = perWord.map((results) => (results.length ? Math.log(1 + pages / results.length) : 0));
  const idfSum = idf.reduce((a, b) => a + b, 0) || 1;
  perWord.forEach((results, i) => add(results, (WEIGHTS.eachWord * idf[i]!) / idfSum));
  // Pages that declare the pasted error code, type or status rank higher, the more so the fewer pages declare it.
  facets.forEach((facet, i) => {
    const declaring = found[facetRuns + i]!;
    const boost = 1 + facet.strength / Math.max(1, declaring.length);
    for (const hit of declaring) if (scores.has(hit.id)) scores.set(hit.id, scores.get(hit.id)! * boost);
  });
  const onSurface = new Set(found.slice(surfaceRuns, surfaceRuns + surfaceFacets.length).flatMap((r) => r.map((h) => h.id)));
  for (const id of onSurface) if (scores.has(id)) scores.set(id, scores.get(id)! * SURFACE_BOOST);

  if (trace) {
    outcome.trace = [
      ...runs.map((run, i) => ({ ...run, ids: found[i]!.map((h) => h.id) })),
      ...single.map((term, i) => ({ term, weight: (WEIGHTS.eachWord * idf[i]!) / idfSum, ids: perWord[i]!.map((h) => h.id) })),
    ];
  }

  // The fused word ranking gives page ids; fragments tell their URLs, where signature matches join in.
  const ranked = [...scores.entries()].sort((x, y) => y[1] - x[1]);
  // Each fragment is a whole page: load a few beyond the limit only when signature matches may need
  // to be merged into the ranking, or a pasted error's message may be quoted further down.
  const extra = matches.length || analysis.looksLikeError ? EXTRA_FRAGMENTS : 0;
  const loaded = await Promise.all(
    ranked.slice(0, limit + extra).map(async ([id, score]) => ({ id, score, fragment: await hits.get(id)!.data() })),
  );
  check(signal);
  const topScore = ranked[0]?.[1] ?? 0;
  const byUrl = new Map(loaded.map((l) => [l.fragment.url, l]));

  // The message's words, weighted by rarity: a word no page has weighs most (it is distinctive and
  // unexplained), a status little (the facets count it).
  const maxIdf = Math.log(1 + pages);
  const messageWords = [...new Set((analysis.message ? wordsOf(analysis.message) : analysis.words).map(fixedWord))].slice(0, MAX_WORDS);
  const messageWeights = messageWords.map((w) => {
    if (/^[1-5]\d\d$/.test(w)) return 0.5;
    if (unknown.has(w)) return maxIdf;
    const i = single.indexOf(w);
    return i === -1 ? maxIdf / 2 : idf[i]! || maxIdf;
  });
  // The query's words with their weights, for title matches: a word the index lacks counts for nothing here.
  const queryWeights = new Map(single.map((w, i) => [w, idf[i]!] as const).filter(([, w]) => w > 0));
  // A quote of the message spans about as many words as the message has, stop words included.
  const span = Math.min(64, toWords(analysis.message ?? analysis.text).split(' ', 200).length + 3);
  type Candidate = { url: string; score: number; fragment?: PagefindFragment; match?: SignatureMatch; near: number };
  const candidatesByUrl = new Map<string, Candidate>();
  for (const l of loaded) {
    // A page that quotes the pasted message (its words close together) outranks one that has them scattered.
    const near = l.fragment.content ? proximity(l.fragment.content, messageWords, messageWeights, span) : 0;
    const weight = analysis.looksLikeError ? WEIGHTS.proximity : WEIGHTS.proximity / 2;
    // A page whose title holds the query's distinctive words is about them (a title says what a fix is for).
    const titled = l.fragment.meta.title ? titleCover(l.fragment.meta.title, queryWeights) : 0;
    candidatesByUrl.set(l.fragment.url, {
      url: l.fragment.url,
      score: l.score + (weight * near ** 2 + WEIGHTS.title * titled ** 2) / RRF_K,
      fragment: l.fragment,
      near,
    });
  }
  for (const m of matches.slice(0, limit + EXTRA_FRAGMENTS)) {
    const c = candidatesByUrl.get(m.entry.url) ?? { url: m.entry.url, score: 0, near: 0 };
    // A signature the paste holds adds the weight of a first-ranked run, scaled by its strength and
    // by how specific it is (its matched weight): a long rare message outweighs a one-word one.
    c.score += (WEIGHTS.signature * m.strength ** 2 * (0.6 + 0.4 * Math.min(1, m.mass / SPECIFIC_MASS))) / RRF_K;
    c.match = m;
    candidatesByUrl.set(m.entry.url, c);
  }
  const ordered = [...candidatesByUrl.values()].sort((a, b) => b.score - a.score || a.url.localeCompare(b.url));
  // Titles of the fixes only a signature found (Pagefind did not), and the recognised fix's answer.
  const shown = ordered.slice(0, limit);
  const answers = new Map(
    await Promise.all(
      [...new Set([...shown.filter((c) => !c.fragment).map((c) => c.url), ...(recognized ? [recognized.entry.url] : [])])].map(
        async (url) => [url, await data.answer(url)] as const,
      ),
    ),
  );
  check(signal);
  if (recognized) {
    outcome.recognized = recognizedOf(recognized, answers.get(recognized.entry.url));
    const at = ordered.findIndex((c) => c.url === recognized.entry.url);
    if (at > 0) ordered.unshift(...ordered.splice(at, 1));
  }
  if (trace)
    for (const c of ordered.slice(0, limit))
      outcome.trace!.push({ term: `= ${c.url}`, weight: c.score, ids: [byUrl.get(c.url)?.id ?? '(signature)'] });

  const markable = [...new Set([...words, ...analysis.words])];
  outcome.results = ordered.slice(0, limit).map((c) => {
    const f = c.fragment;
    const sig = c.match?.entry;
    const answer = answers.get(c.url);
    return {
      url: c.url,
      title: f?.meta.title ?? answer?.title ?? c.url,
      ...((f?.meta.cluster ?? answer?.cluster) ? { cluster: (f?.meta.cluster ?? answer?.cluster)! } : {}),
      statuses: f?.filters?.status ?? (sig?.status !== undefined ? [String(sig.status)] : []),
      types: f?.filters?.type ?? (sig?.type ? [sig.type] : []),
      excerpt: f ? excerptOf(f, c.match, markable) : markWords(sig!.message, markable),
    };
  });

  // Confidence: a signature of the first result's fix that the paste holds, or how closely the first
  // result's own text holds the paste's message; for a question in plain words, how much of its
  // weight the first result covers.
  const first = ordered[0];
  if (first) {
    const signature = first.match?.strength ?? 0;
    let words = 0;
    if (!analysis.looksLikeError) {
      const firstId = byUrl.get(first.url)?.id;
      const known = perWord
        .map((r, i) => ({ idf: idf[i]!, has: firstId !== undefined && r.some((h) => h.id === firstId) }))
        .filter((x) => x.idf > 0);
      const knownMass = known.reduce((sum, x) => sum + x.idf, 0);
      const coveredMass = known.reduce((sum, x) => sum + (x.has ? x.idf : 0), 0);
      const rankGap = topScore > 0 && first.score > 0 ? Math.min(1, first.score / topScore) : 0;
      words = knownMass ? (coveredMass / knownMass) * (0.6 + 0.4 * rankGap) : 0;
    }
    // A quoted message made only of common words ("no conversation found with session id") is weak evidence.
    const distinct = messageWeights.length
      ? Math.min(1, messageWeights.reduce((a, b) => a + b, 0) / messageWeights.length / (0.5 * maxIdf))
      : 0;
    outcome.signals = { signature, near: first.near, distinct, words };
    // Words of a plain query found on the page count only as far as they stand together there.
    outcome.confidence = Math.round(100 * Math.max(signature, first.near * distinct, words * Math.min(1, first.near / 0.6))) / 100;
    outcome.level = recognized ? 'recognized' : outcome.confidence >= CONFIDENT_AT ? 'confident' : 'partial';
  }
  return outcome;
}

/** The /errors/ page closest to the paste: its platform code, else its named type, else its status. */
function errorPageOf(a: QueryAnalysis, meta: SearchMeta): { code: string; path: string } | undefined {
  const pages = new Set(meta.errorPages ?? []);
  const wanted = [
    a.code?.toLowerCase(),
    a.typeSource === 'status' ? undefined : a.type,
    a.status !== undefined ? String(a.status) : undefined,
    a.type,
  ];
  const code = wanted.find((c): c is string => !!c && pages.has(c));
  return code ? { code, path: errorCodePath(code) } : undefined;
}
