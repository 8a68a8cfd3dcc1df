/**
 * The one-per-fix files a build writes without Astro routes (Astro spends about half a millisecond
 * on every route however small; at 10,000 fixes these are 30,000 files, docs/performance-notes.md):
 *   - /kb/<number>/index.html, the short link of each article, redirecting to its page;
 *   - /fixes/<slug>.md, the Markdown twin of each fix page;
 *   - /search/answers/<slug>.json, what the search shows of a recognised fix before Pagefind loads;
 *   - /og/<slug>.png, each fix's social image, linked from the image cache (src/og/).
 * The dev server serves the same files from routes (src/pages/kb/[id].astro,
 * src/pages/fixes/[slug].md.ts, src/pages/search/answers/[slug].json.ts, src/pages/og/[slug].png.ts),
 * built from the same functions.
 */
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixImageFiles, fixImageJob } from '../og/index.ts';
import { fixAnswer } from '../search/core/index-data.ts';
import { answerPath, fixPath, kbPath, markdownPath, ogImagePath } from '../paths.ts';
import { redirectPageHtml } from '../site-files/redirects.ts';
import { META_CSP } from '../site-files/security.ts';
import { SITE } from '../site.config.ts';
import { fixMarkdown, fixTextInput } from '../text/fix-text.ts';
import type { KnowledgeBase } from '../kb/types.ts';

/** The short-link page of a fix (also the dev route's output). */
export function shortLinkHtml(kb: KnowledgeBase, slug: string): string {
  const site = new URL(SITE.url).href;
  return redirectPageHtml({ to: fixPath(slug), title: kb.fix(slug).title, site, siteName: SITE.name, lang: SITE.lang, csp: META_CSP });
}

/** The Markdown twin of a fix (also the dev route's output). */
export const markdownTwin = (kb: KnowledgeBase, slug: string) => fixMarkdown(fixTextInput(kb, slug, new URL(SITE.url).href));

/** The answer file of a fix, as the search reads it (also the dev route's output). */
export const answerJson = (kb: KnowledgeBase, slug: string) =>
  JSON.stringify(fixAnswer(kb.fix(slug), kb.cluster(kb.fix(slug).cluster).title));

/** The file a root-relative URL path is written to: `/a/` → `a/index.html`, `/a.md` → `a.md`. */
const fileOf = (outDir: string, path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path);

/** Folders made so far: one mkdir per folder, not one per file. */
function folders() {
  const made = new Set<string>();
  return (file: string) => {
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return file;
  };
}

/**
 * A hard link to the cached image: no copy of 10,000 images, and the cache files are never changed
 * in place (each is written under a temporary name and renamed). A copy where links cannot be made.
 */
function place(cached: string, file: string) {
  try {
    linkSync(cached, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new Error(`${file} was written twice: a route and the bulk writer both produced it`);
    copyFileSync(cached, file);
  }
}

export async function writeFixFiles(kb: KnowledgeBase, outDir: string): Promise<number> {
  const inFolder = folders();
  // Text first: the image worker keeps rendering meanwhile.
  for (const fix of kb.fixes) {
    writeFileSync(inFolder(fileOf(outDir, kbPath(fix.articleId))), shortLinkHtml(kb, fix.id));
    writeFileSync(inFolder(fileOf(outDir, markdownPath(fix.id))), markdownTwin(kb, fix.id));
    writeFileSync(inFolder(fileOf(outDir, answerPath(fixPath(fix.id)))), answerJson(kb, fix.id));
  }
  for await (const [job, file] of fixImageFiles(kb.fixes.map((fix) => fixImageJob(kb, fix)))) {
    place(file, inFolder(fileOf(outDir, ogImagePath(job.slug))));
  }
  return kb.fixes.length * 4;
}
