// The /search/ page: renders the results for ?q= on load, and keeps the URL in sync while typing so
// a search can be shared. Contract for automated checks: each result link is
// <a data-search-result href="/fixes/<slug>/"> in rank order, and #search-results carries
// aria-busy="false" once the results for the current query are shown.
import type { SearchOutcome } from '../core/engine.ts';
import { searchInSteps } from './steps.ts';
import { correctionNote, isPartial, matchNotice, recognizedBox, resultContent } from './render.ts';

const LIMIT = 20;
const box = document.getElementById('page-search') as HTMLInputElement;
const list = document.getElementById('search-results')!;
const status = document.getElementById('search-status')!;
const extra = document.getElementById('search-extra')!;
const empty = document.getElementById('search-empty')!;
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** The search in progress: a newer query aborts it. */
let running: AbortController | undefined;

/** Show the categories that share the most words with the query first. */
function rankClusters(words: string[]): void {
  const items = [...empty.querySelectorAll<HTMLElement>('[data-cluster-words]')];
  const score = (li: HTMLElement) => words.filter((w) => li.dataset.clusterWords!.includes(w)).length;
  items.sort((a, b) => score(b) - score(a)).forEach((li) => li.parentElement!.append(li));
}

async function show(query: string): Promise<void> {
  const mine = ++generation;
  list.setAttribute('aria-busy', 'true');
  if (!query.trim()) {
    list.replaceChildren();
    extra.replaceChildren();
    empty.hidden = true;
    status.textContent = 'Type or paste an error to search.';
    list.setAttribute('aria-busy', 'false');
    return;
  }
  status.textContent = 'Searching…';
  running?.abort();
  const controller = (running = new AbortController());
  try {
    await searchInSteps(query, { limit: LIMIT, signal: controller.signal }, (outcome) => {
      if (mine === generation) render(outcome);
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    throw error;
  }
}

/** Show an outcome: the recognised answer first (with more results loading), then the full list. */
function render(outcome: SearchOutcome): void {
  extra.replaceChildren(
    ...[correctionNote(outcome), recognizedBox(outcome), matchNotice(outcome, extra.dataset.reportMissing)].filter(
      (n): n is HTMLElement => !!n,
    ),
  );
  list.replaceChildren(
    ...outcome.results.map((result) => {
      const li = document.createElement('li');
      li.className = 'py-4';
      const link = document.createElement('a');
      li.append(link, ...resultContent(result, link));
      return li;
    }),
  );
  empty.hidden = outcome.results.length > 0;
  if (!outcome.results.length) rankClusters(outcome.analysis.words);
  const n = outcome.results.length;
  status.textContent = outcome.preliminary
    ? 'Recognised error; more results loading…'
    : !n
      ? 'No fixes found.'
      : isPartial(outcome)
        ? `No fix matches this exactly; ${n} partial ${n === 1 ? 'match' : 'matches'}`
        : `${n} ${n === 1 ? 'fix' : 'fixes'} found${outcome.recognized ? ': recognised error first' : ''}`;
  list.setAttribute('aria-busy', String(!!outcome.preliminary));
}

function syncUrl(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
box.value = initial;
void show(initial);
box.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    syncUrl(box.value);
    void show(box.value);
  }, 150);
});
box.form?.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  syncUrl(box.value);
  void show(box.value);
});
