// Build checks over dist/: every page is a complete landing page, every internal link and anchor
// resolves, fix pages carry all their sections, aliases redirect.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { brokenLinks, DIST, fileFor, htmlPages, isRedirectPage, page } from './dist.ts';

const pages = htmlPages();
const contentPages = pages.filter((p) => !isRedirectPage(page(p.file)));
const fixSlugs = readdirSync('content/fixes').map((f) => f.replace(/\.mdx?$/, ''));

describe('every page', () => {
  test.each(contentPages.map((p) => [p.url, p.file]))('%s has one h1, a title, a description and lang', (_url, file) => {
    const root = page(file);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('title')?.text.trim()).toBeTruthy();
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
  });

  test('titles are unique', () => {
    const titles = contentPages.filter((p) => p.url !== '/404.html').map((p) => page(p.file).querySelector('title')!.text);
    expect(titles.length - new Set(titles).size).toBe(0);
  });
});

describe('links', () => {
  test('every internal link and #anchor resolves', () => {
    expect(brokenLinks()).toEqual([]);
  });

  test('external links open without leaking the referrer', () => {
    const bad: string[] = [];
    for (const p of contentPages) {
      for (const a of page(p.file).querySelectorAll('a[href^="http"]')) {
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${p.url} → ${a.getAttribute('href')}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('fix pages', () => {
  test('every fix in content/ has a page', () => {
    for (const slug of fixSlugs) expect(fileFor(`/fixes/${slug}/`), slug).toBeDefined();
  });

  test.each(fixSlugs)('/fixes/%s/ has every section in order', (slug) => {
    const root = page(fileFor(`/fixes/${slug}/`)!);
    const ids = root.querySelectorAll('h2[id]').map((h) => h.id);
    const order = [
      'quick-answer',
      'error-messages',
      'steps',
      'why-this-happens',
      'common-mistakes',
      'prevention-tips',
      'causes',
      'faq',
      'related-issues',
      'related-articles',
      'sources',
    ];
    const present = order.filter((id) => ids.includes(id));
    expect(ids.filter((id) => order.includes(id))).toEqual(present);
    for (const required of ['quick-answer', 'steps', 'related-issues', 'sources']) expect(ids).toContain(required);
    // Breadcrumbs: product › surface › cluster › fix; the page says which surface it is about.
    const crumbs = root.querySelectorAll('nav[aria-label="Breadcrumb"] li a').map((a) => a.getAttribute('href'));
    expect(crumbs).toHaveLength(3);
    expect(crumbs[1]).toMatch(/^\/claude\/claude-(api|code|apps|cloud)\/$/);
    expect(root.querySelector('a[data-surface]')?.getAttribute('href')).toBe(crumbs[1]);
    // Steps are numbered headings with stable anchors that link to themselves.
    const steps = root.querySelectorAll('h3.step-title');
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.querySelector('a.heading-anchor')?.getAttribute('href')).toBe(`#${step.id}`);
    expect(root.text).toMatch(/Article KB-\d{4,}/);
    expect(root.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(root.querySelectorAll('a[href="/claude/"]').map((a) => a.text)).toContain('Browse all Claude issue clusters');
    expect(root.querySelectorAll('aside a').map((a) => a.text)).toContain('Browse more fixes in this category');
  });

  test('fix pages ship one small script (search loader and copy buttons) and no inline script', () => {
    for (const slug of fixSlugs) {
      const scripts = page(fileFor(`/fixes/${slug}/`)!)
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(
        scripts.map((s) => s.getAttribute('src')?.replace(/\.[\w-]+\.js$/, '.js')),
        slug,
      ).toEqual(['/_astro/HeaderSearch.astro_astro_type_script_index_0_lang.js']);
      expect(
        scripts.every((s) => s.text.trim() === ''),
        `${slug}: inline script`,
      ).toBe(true);
    }
  });
});

describe('the source article page', () => {
  const root = page(fileFor('/fixes/claude-api-key-not-working/')!);
  test('shows the three generic FAQs of the source, each with an anchor', () => {
    const questions = root.querySelectorAll('#faq ~ div h3, section h3[id^="faq-"]').map((h) => h.text.replace(/#.*$/s, '').trim());
    for (const q of [
      "How do I know if the problem is on my end or the platform's side?",
      'Why do hard refresh and regular refresh fix different problems?',
      'When should I contact support versus waiting it out?',
    ])
      expect(questions).toContain(q);
  });
  test('the generic FAQs are stored once: listed once on /faq/, each with its own page', () => {
    const faq = page(fileFor('/faq/')!);
    const questions = faq.querySelectorAll('main li a[href^="/faq/"]').map((a) => a.text.trim());
    expect(questions.filter((q) => q.startsWith('How do I know if the problem is on my end'))).toHaveLength(1);
    expect(questions.length).toBe(new Set(questions).size);
    const own = page(fileFor('/faq/is-it-me-or-the-platform/')!);
    expect(own.querySelector('h1')!.text).toBe("How do I know if the problem is on my end or the platform's side?");
    expect(own.querySelectorAll('main a[href="/fixes/claude-api-key-not-working/"]').length).toBeGreaterThan(0);
  });
});

describe('aliases', () => {
  const redirects = readFileSync(`${DIST}/_redirects`, 'utf8').trim().split('\n');
  test('each alias has a redirect page with a canonical link and meta refresh, and a _redirects line', () => {
    expect(redirects.length).toBeGreaterThan(0);
    for (const line of redirects) {
      const [from, to, code] = line.split(' ');
      expect(code).toBe('301');
      const root = page(fileFor(from!)!);
      expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${to}`);
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${to!.replace(/\//g, '\\/')}$`));
      expect(fileFor(to!)).toBeDefined();
    }
  });
});
