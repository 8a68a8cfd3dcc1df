// On every page, a few hundred bytes: the "/" and Ctrl/Cmd+K shortcuts, loading the search code the
// first time the header search box gets focus, the copy buttons (shown only where JavaScript runs;
// their code loads on first use) and the "On this page" highlight of fix pages. Without JavaScript
// the search box still submits to /search/.
import '../../client/copy-links.ts';
import '../../client/toc.ts';

const form = document.querySelector<HTMLFormElement>('form[data-header-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input) {
  const load = () => void import('./header.ts').then((m) => m.mountHeaderSearch(form));
  input.addEventListener('focus', load, { once: true });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if ((e.key === 'k' || e.key === 'K') && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      input.focus();
      input.select();
    } else if (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      input.focus();
    }
  });
}
