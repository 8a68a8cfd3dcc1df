// A search in two steps, shared by the header box and the /search/ page. A pasted error that holds a
// stored signature is answered first from the signature shards and the fix's answer file, a few
// kilobytes, without Pagefind; then the full search (Pagefind) ranks the rest and replaces it. Plain
// words start loading Pagefind at once, since they rarely hold a signature.
import { analyzeQuery } from '../core/analyze.ts';
import { recognizePaste, searchFixes, type SearchOutcome } from '../core/engine.ts';
import { loadPagefind, searchData } from './data.ts';

/**
 * Search `query`, calling `show` with the recognised answer (when there is one) and then with the
 * full outcome. Rejects with an AbortError once `signal` aborts.
 */
export async function searchInSteps(
  query: string,
  options: { limit: number; signal: AbortSignal },
  show: (outcome: SearchOutcome) => void,
): Promise<void> {
  const data = searchData();
  if (!analyzeQuery(query).looksLikeError) void loadPagefind();
  const fast = await recognizePaste(query, data, { signal: options.signal });
  if (fast.recognized) show(fast);
  show(await searchFixes(query, data, options));
}
