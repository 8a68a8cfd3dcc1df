/**
 * The sections of a fix page, in page order, and its "On this page" outline: the page's sections
 * with the body's own `##` sections in between and the steps, numbered, under "Steps". The page
 * takes its section ids and headings from {@link FIX_PAGE_SECTIONS}, so the outline and the page
 * cannot disagree.
 */
import { stepAnchorId } from '../paths.ts';

/** The sections a fix page renders around its body, with their ids and headings. */
export const FIX_PAGE_SECTIONS = {
  quickAnswer: { id: 'quick-answer', label: 'Quick answer' },
  errors: { id: 'error-messages', label: 'Error messages this fixes' },
  causes: { id: 'causes', label: 'Common root causes' },
  faq: { id: 'faq', label: 'FAQ' },
  related: { id: 'related', label: 'Related fixes' },
  sources: { id: 'sources', label: 'Sources' },
} as const;

export interface OutlineItem {
  id: string;
  label: string;
  /** The numbered steps, under the body's "Steps" section. */
  steps?: OutlineItem[];
}

export interface FixOutlineInput {
  /** The body's headings as rendered (Astro's `render(entry).headings`). */
  headings: readonly { depth: number; slug: string; text: string }[];
  steps: readonly { id: string; title: string }[];
  signatures: number;
  causes: number;
  faqs: number;
  related: number;
}

/** A heading's text without the anchor mark a plugin appends (`Steps#` → `Steps`). */
const headingText = (text: string) => text.replace(/\s*#$/, '').trim();

/**
 * The outline of a fix page.
 * @example fixOutline({ headings: [{ depth: 2, slug: 'steps', text: 'Steps' }], steps: [{ id: 'a', title: 'Do A' }], signatures: 0, causes: 0, faqs: 0, related: 0 })
 * // => [{ id: 'quick-answer', label: 'Quick answer' }, { id: 'steps', label: 'Steps', steps: [{ id: 'step-a', label: 'Do A' }] }, { id: 'sources', label: 'Sources' }]
 */
export function fixOutline(input: FixOutlineInput): OutlineItem[] {
  const { quickAnswer, errors, causes, faq, related, sources } = FIX_PAGE_SECTIONS;
  const body = input.headings
    .filter((h) => h.depth === 2)
    .map((h): OutlineItem => {
      const label = headingText(h.text);
      return label === 'Steps' && input.steps.length
        ? { id: h.slug, label, steps: input.steps.map((s) => ({ id: stepAnchorId(s.id), label: s.title })) }
        : { id: h.slug, label };
    });
  return [
    quickAnswer,
    ...(input.signatures ? [errors] : []),
    ...body,
    ...(input.causes ? [causes] : []),
    ...(input.faqs ? [faq] : []),
    ...(input.related ? [related] : []),
    sources,
  ].map((item) => ({ ...item }));
}
