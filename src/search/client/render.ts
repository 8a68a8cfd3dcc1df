// DOM rendering of search results, shared by the header popup and the /search/ page. Text from the
// index is only ever set as text: Pagefind's <mark> highlights are rebuilt as elements.
import type { SearchOutcome, SearchResult } from '../core/engine.ts';
import { reportMissingHref } from '../../paths.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt (text with <mark> around matches) as safe DOM nodes. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) => {
      const match = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return match ? el('mark', undefined, decode(match[1]!)) : document.createTextNode(decode(part));
    });
}

/**
 * One result: its title (a link on the search page, plain text inside a listbox option), cluster,
 * status/type badges and excerpt.
 */
export function resultContent(result: SearchResult, title: HTMLElement): HTMLElement[] {
  if (title instanceof HTMLAnchorElement) {
    title.href = result.url;
    title.dataset.searchResult = '';
  }
  title.className = 'font-semibold text-link';
  title.textContent = result.title;
  const meta = el('p', 'mt-1 flex flex-wrap items-center gap-2 text-xs text-muted');
  if (result.cluster) meta.append(el('span', undefined, result.cluster));
  for (const status of result.statuses) meta.append(el('span', 'badge', `HTTP ${status}`));
  for (const type of result.types) meta.append(el('span', 'badge', type));
  const excerpt = el('p', 'mt-1 text-sm text-muted');
  excerpt.append(...excerptNodes(result.excerpt));
  return [meta, excerpt];
}

/** The "recognised error" answer: the fix whose stored error message the paste holds, with its quick answer. */
export function recognizedBox(outcome: SearchOutcome): HTMLElement | undefined {
  const r = outcome.recognized;
  if (!r) return undefined;
  const box = el('section', 'mb-4 rounded-lg border border-callout-border bg-callout p-4');
  box.dataset.recognized = '';
  box.setAttribute('aria-label', 'Recognised error');
  box.append(el('p', 'text-xs font-bold tracking-wide uppercase', 'Recognised error'));
  const sig = el('p', 'mt-2 flex flex-wrap items-center gap-2 text-xs');
  if (r.signature.status !== undefined) sig.append(el('span', 'badge', `HTTP ${r.signature.status}`));
  if (r.signature.type) sig.append(el('span', 'badge', r.signature.type));
  const code = el('code', 'block rounded bg-code-bg p-2 font-mono text-sm whitespace-pre-wrap break-words', r.signature.message);
  const link = el('a', 'mt-2 inline-block text-lg font-semibold', r.title);
  link.href = r.url;
  link.dataset.recognizedLink = '';
  box.append(sig, code, link);
  if (r.answer) {
    const answer = el('p', 'mt-1', r.answer.quickAnswer);
    answer.dataset.recognizedAnswer = '';
    box.append(answer);
  }
  return box;
}

/** "Searched for … instead of …" when a word was corrected. */
export function correctionNote(outcome: SearchOutcome): HTMLElement | undefined {
  if (!outcome.corrections.length) return undefined;
  const note = el('p', 'mb-2 text-sm text-muted');
  note.textContent = `Also searched for ${outcome.corrections.map((c) => `“${c.to}” (you typed “${c.from}”)`).join(', ')}.`;
  return note;
}

/** True when the search found no fix for this exact error: the results, if any, only match part of it. */
export const isPartial = (outcome: SearchOutcome) => outcome.level === 'partial' || outcome.level === 'none';

/**
 * What the search says when no fix matches the paste: that no fix covers this exact error yet, the
 * closest error-code page, a heading that calls the results partial, and a link to report the error
 * with the paste filled in (the site's `reportMissingUrl` template).
 */
export function matchNotice(
  outcome: SearchOutcome,
  reportTemplate: string | undefined,
  headingTag: 'h2' | 'p' = 'h2',
): HTMLElement | undefined {
  if (!isPartial(outcome) || !outcome.analysis.raw.trim()) return undefined;
  const box = el('section', 'mb-4 rounded-lg border border-border p-4');
  box.dataset.noMatch = '';
  box.setAttribute('aria-label', 'No exact match');
  const heading = el(
    headingTag,
    'font-bold',
    outcome.analysis.looksLikeError ? 'No fix matches this exact error yet' : 'No fix matches all of your search yet',
  );
  box.append(heading);
  if (outcome.errorPage) {
    const p = el('p', 'mt-2 text-sm');
    const link = el('a', undefined, /^\d+$/.test(outcome.errorPage.code) ? `HTTP ${outcome.errorPage.code}` : outcome.errorPage.code);
    link.href = outcome.errorPage.path;
    link.dataset.errorPage = '';
    p.append('What the error code means, and every fix for it: ', link, '.');
    box.append(p);
  }
  if (reportTemplate) {
    const p = el('p', 'mt-2 text-sm');
    const link = el('a', undefined, 'Report this error so we can write a fix');
    link.href = reportMissingHref(reportTemplate, outcome.analysis.raw, location.href);
    link.rel = 'noopener noreferrer';
    link.dataset.reportMissing = '';
    p.append(link);
    box.append(p);
  }
  if (outcome.results.length) {
    const partial = el(headingTag === 'h2' ? 'h2' : 'p', 'mt-4 font-semibold', 'Partial matches');
    partial.dataset.partialHeading = '';
    const why = el('p', 'text-sm text-muted', 'These fixes share words with what you pasted, but none is about this exact error.');
    box.append(partial, why);
  }
  return box;
}
