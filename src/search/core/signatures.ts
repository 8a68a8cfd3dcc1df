/**
 * Matching a paste against the stored error signatures of every fix. A paste rarely equals a
 * signature: it wraps it (`API Error (…) · Retrying …`), adds a request id, a stack trace or the
 * user's own words. So a signature matches by containment: how much of its (weighted) tokens the
 * paste holds, and whether it holds them in the same order. Rare tokens weigh more than common ones
 * (inverse document frequency over all signatures), so `tool_use ids were found without tool_result`
 * is told apart from every other "invalid request".
 *
 * The signatures are published in shards keyed by token: each signature is stored under its
 * {@link ANCHORS} rarest tokens, and a search fetches only the shards of the paste's own tokens, so a
 * recognised paste costs a few small files whatever the size of the site.
 */
import { messageKey, messageTokens } from './analyze.ts';

/**
 * An error signature as the search uses it: a {@link StoredSignature} with what can be recomputed
 * from its message (key, tokens) filled back in by {@link readSignature}.
 */
export interface SignatureEntry {
  /** {@link messageKey} of the message. */
  key: string;
  message: string;
  status?: number;
  type?: string;
  /** A cloud platform's own error name (`ThrottlingException`). */
  code?: string;
  /** The fix's page. */
  url: string;
  /** {@link messageTokens} of the message, and the weight of each (inverse document frequency). */
  tokens: string[];
  weights: number[];
  /**
   * The signature names a kind of error rather than quoting a message (an error type, an SDK class,
   * `Error code: 429`, `401 Unauthorized`): it helps the ranking but never recognises a paste alone.
   */
  generic?: true;
}

/**
 * True for a signature that names a kind of error instead of quoting a message.
 * @example isGenericSignature('rate_limit_error') // => true
 * @example isGenericSignature('Overloaded') // => false
 */
export function isGenericSignature(message: string): boolean {
  return /^\s*(?:[a-z]+(?:_[a-z]+)*_error|request_too_large|(?:\w+\.)*[A-Z][A-Za-z]*(?:Error|Exception)|Error code:\s*[1-5]\d\d|HTTP\s*[1-5]\d\d|[1-5]\d\d(?:\s+[A-Z][a-z]+){1,4})\s*$/.test(
    message,
  );
}

/** How many of its rarest tokens a signature is filed under (numbers only when it has too few words). */
export const ANCHORS = 3;
/**
 * A token in more signatures than this is common: an anchor only when it is a signature's rarest.
 * It bounds what one token's shard can cost a paste (at most this many entries of that token), at
 * any size of the site, while keeping the second and third anchors that let a partial paste still
 * find its signature.
 */
const COMMON_AT = 64;
/**
 * About this many entries per shard. A paste fetches the shard of each of its tokens (up to
 * {@link MAX_LOOKUP_TOKENS}), so the bytes a recognised paste costs grow with the shard size, not
 * with the site: small shards, each a few hundred bytes gzipped.
 */
const ENTRIES_PER_SHARD = 8;
/** Tokens of a paste whose shards are fetched. */
export const MAX_LOOKUP_TOKENS = 24;

/**
 * Stable shard number of a token (FNV-1a).
 * @example tokenShard('overloaded', 1) // => 0
 */
export function tokenShard(token: string, shards: number): number {
  let hash = 2166136261;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 16777619);
  return (hash >>> 0) % Math.max(1, shards);
}

/** A signature as given to the indexer. */
export interface SignatureInput {
  message: string;
  status?: number | undefined;
  type?: string | undefined;
  code?: string | undefined;
  /** The fix's page. */
  url: string;
}

/**
 * A signature as published in a shard, in as few bytes as it takes: what cannot be recomputed from
 * the message. The fix's title and summary are in its answer file (`/search/answers/<slug>.json`),
 * fetched only for the fixes a search shows.
 */
export interface StoredSignature {
  /** The message. */
  m: string;
  /** The fix's page. */
  u: string;
  /** Weight of each of the message's {@link messageTokens}, in order. */
  w: number[];
  /** HTTP status. */
  s?: number;
  /** Error type. */
  t?: string;
  /** Platform error code. */
  c?: string;
  /** Set when the signature is generic ({@link isGenericSignature}). */
  g?: 1;
}

/** A published signature, with its key and tokens recomputed from the message. */
export function readSignature(stored: StoredSignature): SignatureEntry {
  const tokens = messageTokens(stored.m);
  return {
    key: messageKey(stored.m),
    message: stored.m,
    ...(stored.s !== undefined ? { status: stored.s } : {}),
    ...(stored.t ? { type: stored.t } : {}),
    ...(stored.c ? { code: stored.c } : {}),
    url: stored.u,
    tokens,
    weights: tokens.map((_, i) => stored.w[i] ?? 1),
    ...(stored.g ? { generic: true as const } : {}),
  };
}

/**
 * The signature shards of a site: every signature with its tokens and their weights, filed under
 * its rarest tokens. Signatures whose message has no token (only numbers or stop words) are left out.
 */
export function signatureIndex(signatures: readonly SignatureInput[]): StoredSignature[][] {
  const tokenized = signatures.map((s) => ({ s, tokens: messageTokens(s.message) })).filter((t) => t.tokens.length > 0);
  const df = new Map<string, number>();
  for (const { tokens } of tokenized) for (const t of tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const n = tokenized.length;
  const weight = (t: string) => Math.round(100 * Math.log(1 + n / df.get(t)!)) / 100;
  // A signature is filed under its rarest token, and under its next rarest ones only while they are
  // rare too: a common token as an anchor would put hundreds of signatures in one shard, which
  // every paste holding that word would fetch.
  const anchored = tokenized.map(({ s, tokens }) => {
    const byRarity = [...tokens].sort((a, b) => df.get(a)! - df.get(b)! || b.length - a.length || a.localeCompare(b));
    const words = byRarity.filter((t) => !/^\d+$/.test(t));
    const ranked = [...words, ...byRarity.filter((t) => /^\d+$/.test(t))];
    return { s, tokens, anchors: ranked.filter((t, i) => i === 0 || df.get(t)! <= COMMON_AT).slice(0, ANCHORS) };
  });
  const postings = anchored.reduce((sum, a) => sum + a.anchors.length, 0);
  const count = Math.max(1, Math.ceil(postings / ENTRIES_PER_SHARD));
  const shards: StoredSignature[][] = Array.from({ length: count }, () => []);
  for (const { s, tokens, anchors } of anchored) {
    const entry: StoredSignature = {
      m: s.message,
      u: s.url,
      w: tokens.map(weight),
      ...(s.status !== undefined ? { s: s.status } : {}),
      ...(s.type ? { t: s.type } : {}),
      ...(s.code ? { c: s.code } : {}),
      ...(isGenericSignature(s.message) ? { g: 1 as const } : {}),
    };
    for (const shard of new Set(anchors.map((a) => tokenShard(a, count)))) shards[shard]!.push(entry);
  }
  return shards;
}

/** How well one signature matches a paste. */
export interface SignatureMatch {
  entry: SignatureEntry;
  /** Share of the signature's weight found in the paste, 0–1. */
  cover: number;
  /** Share of the signature's adjacent token pairs that are adjacent in the paste too, 0–1. */
  order: number;
  /** Weight of the tokens found. */
  mass: number;
  /** The overall strength, 0–1: containment, order and enough distinctive weight. */
  strength: number;
  /** The paste's message (or the whole paste) has exactly the signature's key. */
  exact: boolean;
  /** Share of the paste's focus tokens (its message, else all of it) that the signature holds, 0–1. */
  explains: number;
}

/** Matched weight at which a signature counts fully; below it, strength scales down (a one-word signature of a common word is weak evidence). */
const FULL_MASS = 5;

/** The paste's tokens, as a set and as adjacent pairs, computed once per search. */
export interface PasteTokens {
  set: Set<string>;
  pairs: Set<string>;
  keys: Set<string>;
  /** Tokens of the paste's message, or of the whole paste when it has none. */
  focus: string[];
}

/**
 * Tokens and adjacent pairs of the paste's messages and text, at most `limit` tokens per text;
 * `focus` is the text whose tokens a signature should explain (the message, else the paste).
 */
export function pasteTokens(texts: readonly string[], focus: string, limit = 400): PasteTokens {
  const set = new Set<string>();
  const pairs = new Set<string>();
  const keys = new Set<string>();
  for (const text of texts) {
    const key = messageKey(text);
    if (!key) continue;
    keys.add(key);
    const tokens = key.split(' ').slice(0, limit);
    tokens.forEach((t, i) => {
      set.add(t);
      if (i > 0) pairs.add(`${tokens[i - 1]} ${t}`);
    });
  }
  // Pairs skip stop words the signature tokens leave out: "found without tool" ~ "found tool".
  for (const text of texts) {
    const tokens = messageTokens(text).slice(0, limit);
    tokens.forEach((t, i) => i > 0 && pairs.add(`${tokens[i - 1]} ${t}`));
  }
  return { set, pairs, keys, focus: messageTokens(focus).slice(0, 64) };
}

/**
 * Score one signature against a paste.
 * @example matchSignature(entry('Overloaded'), pasteTokens(['API Error: 529 Overloaded'], 'Overloaded')).cover // => 1
 */
export function matchSignature(entry: SignatureEntry, paste: PasteTokens): SignatureMatch {
  let total = 0;
  let mass = 0;
  entry.tokens.forEach((t, i) => {
    const w = entry.weights[i] ?? 1;
    total += w;
    if (paste.set.has(t)) mass += w;
  });
  const cover = total ? mass / total : 0;
  let pairs = 0;
  for (let i = 1; i < entry.tokens.length; i++) if (paste.pairs.has(`${entry.tokens[i - 1]} ${entry.tokens[i]}`)) pairs++;
  const order = entry.tokens.length > 1 ? pairs / (entry.tokens.length - 1) : cover;
  const exact = paste.keys.has(entry.key);
  const strength = (exact ? 1 : cover * (0.7 + 0.3 * order) * Math.min(1, mass / FULL_MASS)) * (entry.generic ? 0.5 : 1);
  const own = new Set(entry.tokens);
  const explains = paste.focus.length ? paste.focus.filter((t) => own.has(t)).length / paste.focus.length : 0;
  return { entry, cover, order, mass, strength, exact, explains };
}

/**
 * The tokens whose shards a search fetches: the paste's messages' tokens first (they hold the
 * signature), then its other words, each once, at most {@link MAX_LOOKUP_TOKENS}.
 */
export function lookupTokens(messages: readonly string[], words: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of [...messages.flatMap((m) => messageTokens(m)), ...words.flatMap((w) => messageTokens(w))]) {
    if (out.length >= MAX_LOOKUP_TOKENS) break;
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * The best match per fix among the candidate signatures, strongest first; signatures weaker than
 * `min` are left out.
 */
export function bestMatches(candidates: readonly SignatureEntry[], paste: PasteTokens, min = 0.35): SignatureMatch[] {
  const best = new Map<string, SignatureMatch>();
  const seen = new Set<string>();
  for (const entry of candidates) {
    const id = `${entry.url}\n${entry.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const match = matchSignature(entry, paste);
    if (match.strength < min) continue;
    const prior = best.get(entry.url);
    if (!prior || byEvidence(match, prior) < 0) best.set(entry.url, match);
  }
  return [...best.values()].sort((a, b) => byEvidence(a, b) || a.entry.url.localeCompare(b.entry.url));
}

/** Strength at which two matches count as equally strong, so the more specific (heavier) one wins. */
const STRONG = 0.9;

/**
 * Order of matches, best first: the stronger, but among matches that are both strong, the one with
 * more matched weight: a paste holding both `Overloaded` and a longer, rarer message is about the longer one.
 */
export function byEvidence(a: SignatureMatch, b: SignatureMatch): number {
  if (a.strength >= STRONG && b.strength >= STRONG) return b.mass - a.mass || b.strength - a.strength;
  return b.strength - a.strength || b.mass - a.mass;
}
