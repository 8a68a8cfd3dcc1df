import { expect, test } from '@playwright/test';

test('the home page loads with its paste-your-error box and the clusters', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paste your error, get the fix');
  await expect(page.getByRole('link', { name: 'API keys & authentication' }).first()).toBeVisible();
});

test("searching the source article's error finds it first", async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Paste your error message').fill('401 invalid x-api-key');
  await page.getByLabel('Paste your error message').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=401\+invalid\+x-api-key/);
  const results = page.locator('#search-results[aria-busy="false"] a[data-search-result]');
  await expect(results.first()).toHaveAttribute('href', '/fixes/claude-api-key-not-working/');
  await results.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fix "401 invalid x-api-key" (authentication_error)');
});

test('a pasted JSON error body still finds the article', async ({ page }) => {
  const body = '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}';
  await page.goto(`/search/?q=${encodeURIComponent(body)}`);
  const results = page.locator('#search-results[aria-busy="false"] a[data-search-result]');
  await expect(results.first()).toHaveAttribute('href', '/fixes/claude-api-key-not-working/');
});
