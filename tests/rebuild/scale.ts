// Lists stay small as the knowledge base grows: a synthetic corpus (scripts/bench/corpus.ts) whose
// most shared cause and FAQ are on more fixes than fit one page is built into a temporary folder,
// and their pages must split the list, link every page, and keep titles unique and links whole.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { PAGE_SIZE } from '../../src/paths.ts';
import { brokenLinks, fileFor, htmlPages, isRedirectPage, page } from '../helpers/dist.ts';

const root = mkdtempSync(join(tmpdir(), 'unstuck-scale-'));
const corpus = join(root, 'content');
const dist = join(root, 'dist');

/** How many fixes list each cause or FAQ, read from the corpus files. */
function usage(kind: 'causes' | 'faqs'): [id: string, fixes: number][] {
  const counts = new Map<string, number>();
  for (const name of readdirSync(join(corpus, 'fixes'))) {
    const text = readFileSync(join(corpus, 'fixes', name), 'utf8');
    const block = new RegExp(`^${kind}:\\n((?:  - .+\\n)+)`, 'm').exec(text)?.[1] ?? '';
    for (const m of block.matchAll(/^ {2}- (.+)$/gm)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

describe('a 600-fix synthetic corpus, built into a temporary folder', () => {
  beforeAll(() => {
    writeCorpus(600, corpus);
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      encoding: 'utf8',
      env: { ...process.env, UNSTUCK_CONTENT_DIR: corpus, UNSTUCK_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1' },
    });
    if (result.status !== 0) throw new Error(`the corpus build failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  describe.each([
    ['cause', 'causes', '/causes/'],
    ['FAQ', 'faqs', '/faq/'],
  ] as const)('the most shared %s', (_, kind, base) => {
    test('lists its fixes 50 to a page, every page linked, the explanation on the first', () => {
      const [id, fixes] = usage(kind)[0]!;
      const pages = Math.ceil(fixes / PAGE_SIZE);
      expect(pages).toBeGreaterThan(1);
      const listed: string[] = [];
      for (let n = 1; n <= pages; n++) {
        const url = n === 1 ? `${base}${id}/` : `${base}${id}/${n}/`;
        const file = fileFor(url, dist);
        expect(file, url).toBeDefined();
        const html = page(file!);
        const links = html.querySelectorAll('main section ul a[href^="/fixes/"]').map((a) => a.getAttribute('href')!);
        expect(links.length, url).toBe(n < pages ? PAGE_SIZE : fixes - PAGE_SIZE * (pages - 1));
        listed.push(...links);
        expect(html.querySelector('title')!.text.includes(`(page ${n})`), url).toBe(n > 1);
        // Every other page of the list is one click away.
        const pageLinks = html.querySelectorAll('nav[aria-label="Pages"] a').map((a) => a.getAttribute('href'));
        for (let m = 1; m <= pages; m++) if (m !== n) expect(pageLinks, url).toContain(m === 1 ? `${base}${id}/` : `${base}${id}/${m}/`);
        // The explanation is on the first page; later pages link back to it.
        expect(html.querySelector('.prose-kb') !== null, url).toBe(n === 1);
      }
      expect(new Set(listed).size).toBe(fixes);
      expect(fileFor(`${base}${id}/${pages + 1}/`, dist)).toBeUndefined();
    });
  });

  test('the corpus site has unique titles and no broken internal links or anchors', () => {
    const pages = htmlPages(dist).filter((p) => !isRedirectPage(page(p.file)));
    expect(pages.length).toBeGreaterThan(600);
    const titles = pages.map((p) => page(p.file).querySelector('title')!.text);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    expect(brokenLinks(dist)).toEqual([]);
  });

  test('the sitemap lists every page of the corpus site that is not a redirect, later list pages included', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname).sort();
    const pages = htmlPages(dist)
      .filter((p) => p.url !== '/404.html' && !isRedirectPage(page(p.file)))
      .map((p) => p.url)
      .sort();
    expect(listed).toEqual(pages);
    expect(listed.filter((u) => /^\/(causes|faq)\/[^/]+\/\d+\/$/.test(u)).length).toBeGreaterThan(0);
  });
});
