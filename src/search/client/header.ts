// The header search box as a combobox with live results. Loaded only when the box gets focus.
import type { SearchOutcome } from '../core/engine.ts';
import { searchData } from './data.ts';
import { searchInSteps } from './steps.ts';
import { correctionNote, isPartial, matchNotice, recognizedBox, resultContent } from './render.ts';

const LIMIT = 5;

export function mountHeaderSearch(form: HTMLFormElement): void {
  if (form.dataset.mounted) return;
  form.dataset.mounted = 'true';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const popup = form.querySelector<HTMLElement>('[data-search-popup]')!;
  const list = popup.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const extra = popup.querySelector<HTMLElement>('[data-search-extra]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const more = popup.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  let active = -1;
  let generation = 0;
  /** The query the listed results belong to. */
  let shownFor = '';
  /** Select the first option once the results being fetched arrive (arrow key on a closed list). */
  let selectFirst = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The search in progress: a newer keystroke aborts it, so a slow search never holds up the next. */
  let running: AbortController | undefined;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  /** Select option `index`; -1 (or no options) selects none. */
  const setActive = (index: number) => {
    const all = options();
    active = index >= 0 && index < all.length ? index : -1;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active]!.id);
      all[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  };

  /** Show an outcome; `show` false updates the list without reopening a popup the reader closed. */
  const render = (outcome: SearchOutcome, show = true) => {
    list.replaceChildren();
    extra.replaceChildren(
      ...[correctionNote(outcome), recognizedBox(outcome), matchNotice(outcome, form.dataset.reportMissing, 'p')].filter(
        (n): n is HTMLElement => !!n,
      ),
    );
    outcome.results.forEach((result, i) => {
      const li = document.createElement('li');
      li.id = `header-search-option-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.className = 'block cursor-pointer rounded-md p-2 aria-selected:bg-surface';
      li.dataset.href = result.url;
      // An option holds no link of its own (no interactive element inside an option): choosing it
      // with Enter or a click opens the fix.
      const title = document.createElement('span');
      li.append(title, ...resultContent(result, title));
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => (location.href = result.url));
      list.append(li);
    });
    more.href = `/search/?q=${encodeURIComponent(input.value)}`;
    more.textContent = outcome.results.length ? 'See all results' : 'No fixes found: see search tips';
    const n = outcome.results.length;
    status.textContent = outcome.preliminary
      ? 'Recognised error: 1 fix found, more loading. Use the arrow keys to choose it.'
      : !n
        ? 'No fixes found.'
        : `${isPartial(outcome) ? `No fix matches this exactly; ${n} partial ${n === 1 ? 'match' : 'matches'}` : `${n} ${n === 1 ? 'fix' : 'fixes'} found${outcome.recognized ? ', recognised error first' : ''}`}. Use the arrow keys to choose one.`;
    list.setAttribute('aria-busy', String(!!outcome.preliminary));
    if (!show) return;
    open(true);
    setActive(selectFirst ? 0 : -1);
    selectFirst = false;
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    running?.abort();
    if (!query) {
      open(false);
      status.textContent = '';
      return;
    }
    const controller = (running = new AbortController());
    try {
      // The full results follow the recognised answer: they replace it, but never reopen a popup
      // closed meanwhile (Escape, or focus gone), and a choice made meanwhile stays on its fix.
      let first = true;
      await searchInSteps(query, { limit: LIMIT, signal: controller.signal }, (outcome) => {
        if (mine !== generation) return;
        const chosen = active >= 0 ? options()[active]?.dataset.href : undefined;
        shownFor = query;
        render(outcome, first || !popup.hidden);
        first = false;
        if (chosen && !popup.hidden)
          setActive(
            Math.max(
              0,
              outcome.results.findIndex((r) => r.url === chosen),
            ),
          );
      });
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (popup.hidden) {
        // Reopen the list: the results shown before, or fresh ones for a changed query.
        if (!input.value.trim()) return;
        if (shownFor === input.value.trim() && options().length) {
          open(true);
          setActive(0);
        } else {
          selectFirst = true;
          void run();
        }
        return;
      }
      // Arrows wrap around; from no selection, down selects the first option and up the last.
      const n = options().length;
      if (n) setActive(e.key === 'ArrowDown' ? (active + 1) % n : active < 0 ? n - 1 : (active - 1 + n) % n);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.href = options()[active]!.dataset.href!;
    } else if (e.key === 'Escape') {
      if (!popup.hidden) open(false);
      else input.blur();
      e.preventDefault();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => open(false), 100));
  // Warm up with the small file every search reads first; Pagefind loads when a search needs it.
  void searchData().meta();
  if (input.value.trim()) void run();
}
