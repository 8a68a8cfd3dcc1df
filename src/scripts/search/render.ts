// DOM rendering of search results, shared by the header popup and the /search/ page. Text from the
// index is only ever set as text: Pagefind's <mark> highlights are rebuilt as elements.
import type { SearchOutcome, SearchResult } from '../../lib/search/engine.ts';

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

/** The "recognised error" answer: the fix whose stored error message the paste matches exactly. */
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
  return box;
}

/** "Searched for … instead of …" when a word was corrected. */
export function correctionNote(outcome: SearchOutcome): HTMLElement | undefined {
  if (!outcome.corrections.length) return undefined;
  const note = el('p', 'mb-2 text-sm text-muted');
  note.textContent = `Also searched for ${outcome.corrections.map((c) => `“${c.to}” (you typed “${c.from}”)`).join(', ')}.`;
  return note;
}
