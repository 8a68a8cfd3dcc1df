/** Limits and helpers for what search engines and link previews show. */

/** Longest page title before the site name. */
export const TITLE_MAX = 60;
/** Meta description length range. */
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;

/**
 * A meta description from longer text: whole sentences while they fit, else the first sentence cut
 * at a word boundary with an ellipsis.
 * @example metaDescription('One. Two.') // => 'One. Two.'
 */
export function metaDescription(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  // A sentence ends at . ! or ? followed by a space; a period inside "2.5" or "x.ai" does not end
  // one. Only the first max + 1 characters can hold sentences that fit.
  const sentences = clean.slice(0, max + 1).match(/(?:[^.!?]|[.!?]+(?=[^\s.!?]))+[.!?]+(?=\s)/g) ?? [];
  let out = '';
  for (const sentence of sentences) {
    const next = `${out}${out ? ' ' : ''}${sentence.trim()}`;
    if (next.length > max) break;
    out = next;
  }
  if (out.length >= DESCRIPTION_MIN) return out;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The page title of a fix: its metaTitle, or its title when that is short enough. */
export function fixMetaTitle(fix: { title: string; metaTitle?: string | undefined }): string {
  return fix.metaTitle ?? fix.title;
}

/**
 * The first candidate title that fits in {@link TITLE_MAX} characters, else the last one cut at a
 * word boundary with an ellipsis.
 * @example fitTitle(['A title that is far too long for a browser tab and a search result page', 'Short']) // => 'Short'
 */
export function fitTitle(candidates: readonly string[], max = TITLE_MAX): string {
  const fit = candidates.find((c) => c.length <= max);
  if (fit) return fit;
  const last = candidates[candidates.length - 1] ?? '';
  const cut = last.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** " (page n)" for the later pages of a paginated list; nothing for the first. */
export const pageSuffix = (n: number) => (n > 1 ? ` (page ${n})` : '');

/**
 * Title and description of page n of a list, the page number kept whole at the end (the text is
 * shortened to make room), so every page's title and description stay unique.
 * @example pagedMeta(['Root cause: Expired key'], 'The key was revoked.', 2).title // => 'Root cause: Expired key (page 2)'
 */
export function pagedMeta(titles: readonly string[], description: string, n: number): { title: string; description: string } {
  const suffix = pageSuffix(n);
  return {
    title: `${fitTitle(titles, TITLE_MAX - suffix.length)}${suffix}`,
    description: `${metaDescription(description, DESCRIPTION_MAX - suffix.length)}${suffix}`,
  };
}

/**
 * The document title: the page title, then the site name.
 * @example pageTitle('Fix "401 invalid x-api-key"', 'Unstuck') // => 'Fix "401 invalid x-api-key" | Unstuck'
 */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : `${title} | ${siteName}`;
}
