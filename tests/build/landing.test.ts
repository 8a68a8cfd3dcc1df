// Every page is a complete landing page: metadata within limits, valid structured data, and the files
// crawlers, feed readers and agents read; every short link and alias reaches a live page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { decodePng } from '../helpers/png.ts';
import { DIST, fileFor, htmlPages, isRedirectPage, page } from '../helpers/dist.ts';

const pages = htmlPages();
const content = pages.filter((p) => !isRedirectPage(page(p.file)));
const indexable = content.filter((p) => !page(p.file).querySelector('meta[name="robots"][content*="noindex"]'));
const fixSlugs = readdirSync('content/fixes').map((f) => f.replace(/\.mdx?$/, ''));
const SITE_NAME = 'Unstuck';
const meta = (file: string, selector: string) => page(file).querySelector(selector)?.getAttribute('content') ?? undefined;
/** A JSON-LD block as parsed: loosely typed on purpose, the tests check its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonLdBlock = Record<string, any>;
const jsonLd = (file: string) =>
  page(file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.text) as JsonLdBlock);

describe('metadata', () => {
  test.each(content.map((p) => [p.url, p.file]))('%s: title, description, canonical, social tags, theme colour', (_url, file) => {
    const root = page(file);
    const title = root
      .querySelector('title')!
      .text.replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    const own = title === SITE_NAME ? title : title.replace(new RegExp(` \\| ${SITE_NAME}$`), '');
    expect(own.length).toBeLessThanOrEqual(60);
    const description = meta(file, 'meta[name="description"]')!;
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:site_name'])
      expect(meta(file, `meta[property="${property}"]`), property).toBeTruthy();
    for (const name of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'])
      expect(meta(file, `meta[name="${name}"]`), name).toBeTruthy();
    expect(root.querySelectorAll('meta[name="theme-color"]').length).toBeGreaterThan(0);
    const image = new URL(meta(file, 'meta[property="og:image"]')!).pathname;
    expect(fileFor(image), image).toBeDefined();
  });

  test('every fix has its own social image: a valid 1200×630 PNG', async () => {
    const seen = new Set<string>();
    for (const slug of fixSlugs) {
      const png = readFileSync(`${DIST}/og/${slug}.png`);
      const { width, height } = await decodePng(png);
      expect([width, height], slug).toEqual([1200, 630]);
      seen.add(createHash('sha256').update(png).digest('hex'));
    }
    expect(seen.size).toBe(fixSlugs.length);
  });

  test('titles and descriptions are unique across indexable pages', () => {
    const titles = indexable.map((p) => page(p.file).querySelector('title')!.text);
    const descriptions = indexable.map((p) => meta(p.file, 'meta[name="description"]'));
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    expect(descriptions.filter((d, i) => descriptions.indexOf(d) !== i)).toEqual([]);
  });
});

describe('structured data', () => {
  const required: Record<string, (d: JsonLdBlock) => void> = {
    TechArticle: (d) => {
      for (const key of ['headline', 'description', 'datePublished', 'dateModified', 'image', 'url', 'author', 'publisher'])
        expect(d[key], key).toBeTruthy();
      expect(d.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
    HowTo: (d) => {
      expect(d.name).toBeTruthy();
      expect(d.step.length).toBeGreaterThan(0);
      for (const step of d.step)
        expect(step).toMatchObject({
          '@type': 'HowToStep',
          name: expect.any(String),
          text: expect.any(String),
          url: expect.stringMatching(/#step-/),
        });
    },
    FAQPage: (d) => {
      expect(d.mainEntity.length).toBeGreaterThan(0);
      for (const q of d.mainEntity)
        expect(q).toMatchObject({
          '@type': 'Question',
          name: expect.any(String),
          acceptedAnswer: { '@type': 'Answer', text: expect.stringMatching(/\S/) },
        });
    },
    BreadcrumbList: (d) => {
      d.itemListElement.forEach((item: JsonLdBlock, i: number) =>
        expect(item).toMatchObject({
          '@type': 'ListItem',
          position: i + 1,
          name: expect.any(String),
          item: expect.stringMatching(/^https?:\/\//),
        }),
      );
    },
  };

  test.each(content.map((p) => [p.url, p.file]))('%s: every JSON-LD block parses and has the properties of its type', (_url, file) => {
    for (const block of jsonLd(file)) {
      expect(block['@context']).toBe('https://schema.org');
      expect(Object.keys(required)).toContain(block['@type']);
      required[block['@type']]!(block);
    }
    // A page that shows breadcrumbs describes them.
    if (page(file).querySelector('nav[aria-label="Breadcrumb"]')) expect(jsonLd(file).map((b) => b['@type'])).toContain('BreadcrumbList');
  });

  test.each(fixSlugs)('/fixes/%s/ has TechArticle, HowTo and BreadcrumbList; its shared FAQs are marked up on their own pages', (slug) => {
    const file = fileFor(`/fixes/${slug}/`)!;
    const types = jsonLd(file)
      .map((b) => b['@type'])
      .sort();
    expect(types).toEqual(['BreadcrumbList', 'HowTo', 'TechArticle']);
    const howTo = jsonLd(file).find((b) => b['@type'] === 'HowTo')!;
    expect(howTo.step.map((s: { url: string }) => new URL(s.url).hash.slice(1))).toEqual(
      page(file)
        .querySelectorAll('h3.step-title')
        .map((h) => h.id),
    );
  });
});

describe('sitemap, robots, feed, llms.txt and Markdown twins', () => {
  const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc><lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod>/g)].map(
    (m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname,
  );

  test('the sitemap lists every canonical page with lastmod, and no redirect', () => {
    const canonical = indexable.map((p) => p.url).filter((u) => u !== '/404.html');
    expect([...listed].sort()).toEqual([...canonical].sort());
    for (const path of listed) expect(isRedirectPage(page(fileFor(path)!)), path).toBe(false);
  });
  test('robots.txt points at the sitemap', () => {
    expect(readFileSync(`${DIST}/robots.txt`, 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });
  test('the Atom feed has an entry per fix', () => {
    const feed = readFileSync(`${DIST}/feed.xml`, 'utf8');
    expect(feed.match(/<entry>/g)?.length).toBe(Math.min(50, fixSlugs.length));
  });
  test('llms.txt links every fix, and every fix has its Markdown twin', () => {
    const llms = readFileSync(`${DIST}/llms.txt`, 'utf8');
    for (const slug of fixSlugs) {
      expect(llms).toContain(`/fixes/${slug}.md)`);
      const md = readFileSync(`${DIST}/fixes/${slug}.md`, 'utf8');
      expect(
        md.startsWith(
          `# ${page(fileFor(`/fixes/${slug}/`)!)
            .querySelector('h1')!
            .text.replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&')
            .replace(/&#39;/g, "'")}`,
        ),
      ).toBe(true);
      expect(md).toMatch(/## Steps/);
    }
  });
  test('every fix has its answer file for the search: the title, cluster and quick answer its page shows', () => {
    for (const slug of fixSlugs) {
      const answer = JSON.parse(readFileSync(`${DIST}/search/answers/${slug}.json`, 'utf8')) as Record<string, string>;
      const root = page(fileFor(`/fixes/${slug}/`)!);
      expect(Object.keys(answer).sort()).toEqual(['cluster', 'quickAnswer', 'title']);
      const text = (s: string) =>
        s
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>');
      expect(answer.title).toBe(text(root.querySelector('h1')!.text));
      expect(answer.quickAnswer).toBe(text(root.querySelector('#quick-answer + p')!.text));
      expect(answer.cluster).toBe(text(root.querySelector('a[data-pagefind-filter="cluster"]')!.text.trim()));
    }
  });
});

describe('short links and aliases', () => {
  test('every /kb/ link and every alias resolves to a live page', () => {
    const redirects = readFileSync(`${DIST}/_redirects`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '));
    expect(redirects.filter(([from]) => from!.startsWith('/kb/'))).toHaveLength(fixSlugs.length);
    for (const [from, to] of redirects) {
      const source = page(fileFor(from!)!);
      expect(source.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${to}`);
      const target = fileFor(to!);
      expect(target, to).toBeDefined();
      expect(isRedirectPage(page(target!))).toBe(false);
    }
  });
  test('each fix page shows its short link, ID and review date', () => {
    for (const slug of fixSlugs) {
      const root = page(fileFor(`/fixes/${slug}/`)!);
      const id = root.text.match(/Article (KB-\d+)/)![1]!;
      expect(root.querySelector(`a[href="/kb/${id.slice(3)}/"]`), slug).not.toBeNull();
      expect(root.text).toMatch(/Last reviewed/);
      expect(existsSync(`${DIST}/kb/${id.slice(3)}/index.html`)).toBe(true);
    }
  });
});

describe('error-code landing pages', () => {
  test('/errors/ links a page per status and type, each listing its fixes with quick answers', () => {
    const index = page(fileFor('/errors/')!);
    const links = index
      .querySelectorAll('main a[href^="/errors/"]')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => href !== '/errors/');
    expect(links).toEqual(expect.arrayContaining(['/errors/429/', '/errors/rate_limit_error/', '/errors/529/', '/errors/401/']));
    for (const link of links) {
      const root = page(fileFor(link)!);
      expect(root.querySelectorAll('main ul a[href^="/fixes/"]').length, link).toBeGreaterThan(0);
    }
    const p429 = page(fileFor('/errors/429/')!);
    expect(p429.querySelector('h1')!.text).toBe('HTTP 429 Rate limit error');
    expect(p429.querySelectorAll('main ul a[href^="/fixes/"]').map((a) => a.getAttribute('href'))).toContain(
      '/fixes/claude-api-rate-limit-429/',
    );
  });
});
