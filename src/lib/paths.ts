/** Every URL of the site, built in one place so links and routes cannot drift apart. */
import { faqAnchorId } from './anchors.ts';

/** @example fixPath('claude-api-key-not-working') // => '/fixes/claude-api-key-not-working/' */
export const fixPath = (slug: string) => `/fixes/${slug}/`;
/** @example clusterPath('api-billing-credits') // => '/clusters/api-billing-credits/' */
export const clusterPath = (slug: string) => `/clusters/${slug}/`;
/** @example productPath('claude') // => '/claude/' */
export const productPath = (slug: string) => `/${slug}/`;
/** @example causePath('stale-session-cookies') // => '/causes/stale-session-cookies/' */
export const causePath = (slug: string) => `/causes/${slug}/`;
/** @example faqPath('contact-support') // => '/faq/#faq-contact-support' */
export const faqPath = (slug: string) => `/faq/#${faqAnchorId(slug)}`;
export const searchPath = (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
