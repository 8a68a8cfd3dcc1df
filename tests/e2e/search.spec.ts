import { expect, test, type Page } from '@playwright/test';

/** Hold every request for Pagefind's files until the returned function releases them. */
async function holdPagefind(page: Page): Promise<() => Promise<void>> {
  const held: (() => Promise<void>)[] = [];
  let released = false;
  await page.route('**/pagefind/**', (route) => (released ? route.continue() : void held.push(() => route.continue())));
  return async () => {
    released = true;
    for (const go of held.splice(0)) await go();
  };
}

const results = (page: Page) => page.locator('#search-results[aria-busy="false"] a[data-search-result]');

test.describe('the header search box', () => {
  test('"/" focuses it, typing shows live results, arrows and Enter open one, Esc closes', async ({ page }) => {
    await page.goto('/fixes/claude-usage-limit-reached/');
    await page.keyboard.press('/');
    const input = page.locator('#header-search');
    await expect(input).toBeFocused();
    await input.pressSequentially('credit balance too low', { delay: 10 });
    const options = page.locator('#header-search-results [role="option"]');
    await expect(options.first()).toContainText('credit balance is too low');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('[data-search-status]')).toContainText('found');
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', 'header-search-option-0');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-popup]')).toBeHidden();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/fixes\/claude-api-credit-balance-too-low\/$/);
  });

  test('typing a usage-limit banner with "12pm" answers and the page stays responsive', async ({ page }) => {
    await page.goto('/fixes/claude-api-key-not-working/');
    const input = page.locator('#header-search');
    await input.focus();
    await input.pressSequentially('resets 12pm', { delay: 20 });
    // Results, or the empty state: either way the search came back.
    await expect(page.locator('[data-search-status]')).toHaveText(/found|match/, { timeout: 10_000 });
    // The page still answers at once: the main thread is free.
    const started = Date.now();
    expect(await page.evaluate(() => document.querySelectorAll('[role="option"]').length)).toBeGreaterThanOrEqual(0);
    expect(Date.now() - started).toBeLessThan(2_000);
    await input.pressSequentially(' and more', { delay: 20 });
    await expect(page.locator('[data-search-status]')).toHaveText(/found|match/);
  });

  test('Ctrl+K focuses it from anywhere', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await expect(page.locator('#header-search')).toBeFocused();
  });

  test('a fix page loads no search code until the box is used', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (['script', 'fetch'].includes(r.resourceType())) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/fixes/claude-api-key-not-working/');
    await page.waitForLoadState('networkidle');
    // Only the small loader, nothing of the search (or the copy buttons) itself.
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/HeaderSearch\..*\.js$/);
    // Focus loads the search code and the small file every search reads first, not Pagefind.
    await page.locator('#header-search').focus();
    await expect.poll(() => scripts.includes('/search/meta.json')).toBe(true);
    expect(scripts.some((s) => s.includes('pagefind'))).toBe(false);
    // Plain words need Pagefind: it loads as soon as they are typed.
    await page.locator('#header-search').pressSequentially('usage limit', { delay: 10 });
    await expect.poll(() => scripts.some((s) => s.includes('pagefind'))).toBe(true);
  });

  test('a pasted known error is answered before Pagefind has loaded, then the full list follows', async ({ page }) => {
    // Hold every Pagefind request until the answer is on screen.
    const release = await holdPagefind(page);
    await page.goto('/fixes/claude-usage-limit-reached/');
    const input = page.locator('#header-search');
    await input.fill(
      "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
    );
    const box = page.locator('[data-header-search] [data-recognized]');
    await expect(box.locator('[data-recognized-link]')).toHaveAttribute('href', '/fixes/claude-api-key-not-working/');
    await expect(box.locator('[data-recognized-answer]')).toContainText('A 401 authentication_error means');
    await expect(page.locator('#header-search-results [role="option"]')).toHaveCount(1);
    await expect(page.locator('[data-search-status]')).toContainText('more loading');
    // Nothing of Pagefind has arrived yet.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).length)).toBe(0);
    await release();
    await expect(page.locator('#header-search-results [role="option"]')).not.toHaveCount(1);
    await expect(page.locator('#header-search-results [role="option"]').first()).toContainText('401 invalid x-api-key');
    await expect(page.locator('[data-search-status]')).toContainText('recognised error first');
    // Nothing is chosen until the reader chooses: the first ArrowDown selects the first option (the
    // recognised fix), ArrowUp from there wraps to the last.
    const options = page.locator('#header-search-results [role="option"]');
    await expect(page.locator('#header-search-results [aria-selected="true"]')).toHaveCount(0);
    await input.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await input.press('ArrowUp');
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  });

  test('the full results never reopen a list closed with Escape after the recognised answer', async ({ page }) => {
    const release = await holdPagefind(page);
    await page.goto('/fixes/claude-usage-limit-reached/');
    const input = page.locator('#header-search');
    await input.fill('{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}');
    await expect(page.locator('[data-header-search] [data-recognized]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-popup]')).toBeHidden();
    await release();
    // The full search finishes (its status says so) with the list still closed.
    await expect(page.locator('[data-search-status]')).toContainText('recognised error first');
    await expect(page.locator('[data-search-popup]')).toBeHidden();
    // Arrow down reopens it on the full list.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#header-search-results [role="option"]').first()).toHaveAttribute('aria-selected', 'true');
    expect(await page.locator('#header-search-results [role="option"]').count()).toBeGreaterThan(1);
  });
});

test.describe('/search/?q=', () => {
  test('renders the results of the URL query on load, in rank order', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('anthropic.RateLimitError: Error code: 429')}`);
    await expect(results(page).first()).toHaveAttribute('href', '/fixes/claude-api-rate-limit-429/');
    await expect(page.locator('#page-search')).toHaveValue('anthropic.RateLimitError: Error code: 429');
  });

  test('keeps the URL in sync while typing', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#page-search').fill('529 overloaded');
    await expect(page).toHaveURL(/\?q=529\+overloaded$/);
    await expect(results(page).first()).toHaveAttribute('href', '/fixes/claude-api-529-overloaded/');
  });

  test('shows a pasted known error as a recognised answer with its signature', async ({ page }) => {
    const paste = `Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 231012 tokens > 200000 maximum'}, 'request_id': 'req_011CZTSUs5qZwEwHKSvppcnq'}`;
    await page.goto(`/search/?q=${encodeURIComponent(paste)}`);
    const box = page.locator('[data-recognized]');
    await expect(box).toContainText('prompt is too long: 208310 tokens > 200000 maximum');
    await expect(box.locator('a[data-recognized-link]')).toHaveAttribute('href', '/fixes/claude-api-prompt-too-long/');
    await expect(results(page).first()).toHaveAttribute('href', '/fixes/claude-api-prompt-too-long/');
  });

  test('a query that matches nothing shows tips and the closest categories', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('qzx qjx')}`);
    await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('#search-status')).toHaveText('No fixes found.');
    await expect(page.locator('#search-empty')).toBeVisible();
    // Every cluster with fixes, as the product page lists them.
    await page.goto('/claude/');
    const clusters = await page
      .locator('main a[href^="/clusters/"]')
      .evaluateAll((links) => new Set(links.map((a) => a.getAttribute('href'))).size);
    await page.goto(`/search/?q=${encodeURIComponent('qzx qjx')}`);
    await expect(page.locator('#search-empty [data-cluster-words] a')).toHaveCount(clusters);
  });

  test('a long messy paste still finds its fix', async ({ page }) => {
    const paste = `Traceback (most recent call last):\n  File "app.py", line 12, in <module>\n    client.messages.create(...)\nanthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_01ABCDEF123456'}\nI already rotated the key twice and it still fails from my proxy server`;
    await page.goto(`/search/?q=${encodeURIComponent(paste)}`);
    await expect(results(page).first()).toHaveAttribute('href', '/fixes/claude-api-key-not-working/');
  });

  test('a typo is corrected against the index words', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('claude usage limit reched')}`);
    await expect(page.locator('#search-extra')).toContainText('“reached” (you typed “reched”)');
    await expect(results(page).first()).toHaveAttribute('href', '/fixes/claude-usage-limit-reached/');
  });
});
