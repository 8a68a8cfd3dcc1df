// The Claude library (issue 3): every article of the reference's list is published in its cluster,
// with enough steps, sources, a review date and its error signatures; aliases redirect; no message
// belongs to two fixes.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { fileFor, page } from '../helpers/dist.ts';

/** slug → cluster, as listed in shared/reference/claude-errors.md §3. */
const ARTICLES: [string, string][] = [
  ['claude-api-key-not-working', 'api-keys-authentication'],
  ['claude-api-x-api-key-header-required', 'api-keys-authentication'],
  ['claude-api-key-env-var-not-set', 'api-keys-authentication'],
  ['claude-api-key-leaked-revoked-expired', 'api-keys-authentication'],
  ['claude-api-oauth-not-supported', 'api-keys-authentication'],
  ['claude-api-cors-browser-access', 'api-keys-authentication'],
  ['claude-api-403-permission-error', 'api-keys-authentication'],
  ['claude-api-organization-disabled', 'api-keys-authentication'],
  ['claude-api-credit-balance-too-low', 'api-billing-credits'],
  ['claude-api-spend-limit-reached', 'api-billing-credits'],
  ['claude-api-402-billing-error', 'api-billing-credits'],
  ['claude-subscription-vs-api-billing', 'api-billing-credits'],
  ['claude-api-rate-limit-429', 'api-rate-limits-errors'],
  ['claude-api-rate-limit-headers-retry-after', 'api-rate-limits-errors'],
  ['claude-api-usage-tiers-increase-limits', 'api-rate-limits-errors'],
  ['claude-api-529-overloaded', 'api-rate-limits-errors'],
  ['claude-api-500-internal-server-error', 'api-rate-limits-errors'],
  ['claude-api-504-timeout-streaming', 'api-rate-limits-errors'],
  ['claude-api-connection-error', 'api-rate-limits-errors'],
  ['claude-api-prompt-too-long', 'api-request-limits'],
  ['claude-api-max-tokens-too-large', 'api-request-limits'],
  ['claude-api-413-request-too-large', 'api-request-limits'],
  ['claude-api-404-model-not-found', 'api-request-limits'],
  ['claude-api-anthropic-version-header', 'api-request-limits'],
  ['claude-api-400-invalid-request', 'api-request-limits'],
  ['claude-usage-limit-reached', 'app-usage-limits'],
  ['claude-weekly-limit-reached', 'app-usage-limits'],
  ['claude-chat-length-limit', 'app-usage-limits'],
  ['claude-capacity-constraints', 'app-usage-limits'],
  ['claude-cant-log-in', 'app-login-account-display'],
  ['claude-login-email-not-received', 'app-login-account-display'],
  ['claude-blank-page-white-screen', 'app-login-account-display'],
  ['claude-desktop-app-blank-window', 'app-login-account-display'],
  ['claude-down-outage-status', 'app-login-account-display'],
  ['claude-account-disabled', 'app-login-account-display'],
  ['claude-unsupported-region', 'app-login-account-display'],
];
/**
 * Articles with no error message of their own: how-to articles (tiers, billing, rotating a key) and
 * symptoms that show no text (a blank page, a login loop, a weekly limit with no documented wording).
 */
const HOW_TO = new Set([
  'claude-api-usage-tiers-increase-limits',
  'claude-subscription-vs-api-billing',
  'claude-api-key-leaked-revoked-expired',
  'claude-cant-log-in',
  'claude-weekly-limit-reached',
  'claude-blank-page-white-screen',
]);
/** Titles in the source article and the page each must reach (directly or through an alias). */
const SOURCE_TITLES: [string, string][] = [
  ['/fixes/claude-api-rate-limit-exceeded/', 'claude-api-rate-limit-429'],
  ['/fixes/claude-rate-limit-fix/', 'claude-api-rate-limit-429'],
  ['/fixes/claude-request-too-large-context-limit/', 'claude-api-413-request-too-large'],
  ['/fixes/claude-usage-limit-reached/', 'claude-usage-limit-reached'],
  ['/fixes/claude-blank-page-white-screen/', 'claude-blank-page-white-screen'],
  ['/fixes/claude-cant-log-in-fix/', 'claude-cant-log-in'],
];

interface Fix {
  title: string;
  cluster: string;
  steps: unknown[];
  sources: { url: string }[];
  reviewed: unknown;
  signatures?: { message: string }[];
  related?: string[];
}
const frontmatter = (slug: string): Fix =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/fixes/${slug}.mdx`, 'utf8'))![1]!) as Fix;

describe('the 36 articles', () => {
  test.each(ARTICLES)('%s is published in %s with its parts', (slug, cluster) => {
    const fix = frontmatter(slug);
    expect(fix.cluster).toBe(cluster);
    expect(fix.steps.length).toBeGreaterThanOrEqual(3);
    expect(fix.sources.length).toBeGreaterThanOrEqual(1);
    expect(String(fix.reviewed instanceof Date ? fix.reviewed.toISOString() : fix.reviewed)).toMatch(/^\d{4}-\d{2}-\d{2}/);
    if (!HOW_TO.has(slug)) expect(fix.signatures?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(fix.related?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(fix.related?.length ?? 0).toBeLessThanOrEqual(8);
    const root = page(fileFor(`/fixes/${slug}/`)!);
    expect(root.querySelector('h1')!.text).toBe(fix.title);
    // Signatures are shown verbatim in code blocks.
    const shown = (root.getElementById('error-messages')?.parentNode?.querySelectorAll('pre code') ?? []).map((c) => c.text);
    for (const sig of fix.signatures ?? []) expect(shown).toContain(sig.message);
  });

  test('each cluster page lists exactly its articles', () => {
    const byCluster = new Map<string, string[]>();
    for (const [slug, cluster] of ARTICLES) byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), slug]);
    for (const [cluster, slugs] of byCluster) {
      const links = page(fileFor(`/clusters/${cluster}/`)!)
        .querySelectorAll('main ul a[href^="/fixes/"]')
        .map((a) => a.getAttribute('href'));
      expect(links.sort()).toEqual(slugs.map((s) => `/fixes/${s}/`).sort());
    }
  });

  test('no two fixes share an error signature message', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [slug] of ARTICLES) {
      for (const sig of frontmatter(slug).signatures ?? []) {
        const key = sig.message.toLowerCase().replace(/\s+/g, ' ').trim();
        if (owners.has(key)) clashes.push(`${sig.message}: ${owners.get(key)} and ${slug}`);
        owners.set(key, slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('every related title of the source article reaches a live page', () => {
    for (const [path, slug] of SOURCE_TITLES) {
      const root = page(fileFor(path)!);
      const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      const target = refresh ? refresh.replace(/^0; url=/, '') : path;
      expect(target).toBe(`/fixes/${slug}/`);
      expect(fileFor(target)).toBeDefined();
    }
  });

  test('the 413 article links to the prompt-too-long article', () => {
    expect(frontmatter('claude-api-413-request-too-large').related).toContain('claude-api-prompt-too-long');
  });
});
