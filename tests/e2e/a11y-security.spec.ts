// Accessibility (axe-core, WCAG 2.2 AA rules) on every page type in light and dark mode at desktop and
// phone widths; no browser console errors; the Content-Security-Policy enforced (meta tag and header)
// without blocking anything; and a keyboard-only walk.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['product', '/claude/'],
  ['cluster', '/clusters/api-keys-authentication/'],
  ['fix', '/fixes/claude-api-key-not-working/'],
  ['cause', '/causes/api-key-wrong-header/'],
  ['causes', '/causes/'],
  ['faq', '/faq/'],
  ['errors', '/errors/'],
  ['error code', '/errors/429/'],
  ['search', '/search/?q=rate_limit_error'],
  ['search, no results', '/search/?q=qzx%20qjx'],
  ['not found', '/no-such-page/'],
];

async function settle(page: Page, path: string) {
  await page.goto(path);
  if (path.startsWith('/search/')) await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, device] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    test.describe(`axe: ${colorScheme} mode, ${device}`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      for (const [name, path] of PAGE_TYPES) {
        test(`${name} (${path}) has no WCAG 2.2 AA violations`, async ({ page }) => {
          await settle(page, path);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(
            results.violations.map(
              (v) =>
                `${v.id}: ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 3)
                  .join(', ')}`,
            ),
          ).toEqual([]);
        });
      }
    });
  }
}

test('the header search popup has no violations when open', async ({ page }) => {
  await page.goto('/');
  await page.locator('#header-search').fill('credit balance');
  await expect(page.locator('#header-search-results [role="option"]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test.describe('no console errors and nothing blocked by the Content-Security-Policy', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
  for (const [name, path] of PAGE_TYPES) {
    test(`${name} (${path}), with the policy also sent as a header`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !(path === '/no-such-page/' && /404/.test(m.text()))) problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      // Serve every response with the header policy from dist/_headers, as a static host would.
      await page.route('**/*', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      await settle(page, path);
      if (path === '/fixes/claude-api-key-not-working/') {
        // Search still works under the policy (Pagefind's worker and WebAssembly included).
        // Plain words, which need Pagefind (a recognised paste is answered without it).
        await page.locator('#header-search').fill('usage limit reset');
        await expect(page.locator('[data-search-status]')).toContainText(/found|match/);
        expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/pagefind/wasm')))).toBe(
          true,
        );
      }
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      expect(problems).toEqual([]);
    });
  }
});

test('a keyboard-only walk: skip link, search, results, a fix, copy buttons', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Unstuck' }).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#header-search')).toBeFocused();
  await page.keyboard.type('prompt is too long');
  // The results of the whole query (typing may show those of a part of it first).
  await expect(page.locator('[data-search-status]')).toContainText('recognised error first');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fixes\/claude-api-prompt-too-long\/$/);
  // Tab forward to the first copy button and use it.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent === 'Copy short link')) break;
  }
  await expect(page.getByRole('button', { name: 'Copy short link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#copy-status')).toHaveText('Short link copied');
  await expect(page.locator(':focus-visible')).toHaveCount(1);
});
