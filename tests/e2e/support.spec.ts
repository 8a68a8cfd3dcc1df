import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('copy buttons on a fix page, used from the keyboard', () => {
  test('copy the link of a step', async ({ page, baseURL }) => {
    await page.goto('/fixes/claude-api-key-not-working/');
    const button = page.getByRole('button', { name: 'Copy link to step 3: Test the key on its own' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}/fixes/claude-api-key-not-working/#step-test-key`);
    await expect(page.locator('#copy-status')).toHaveText('Link to step 3 copied');
  });

  test('copy the link of an FAQ answer', async ({ page, baseURL }) => {
    await page.goto('/fixes/claude-api-key-not-working/');
    await page.getByRole('button', { name: /^Copy link to the answer: How do I verify/ }).press('Space');
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}/fixes/claude-api-key-not-working/#faq-verify-api-key-valid`);
  });

  test('copy the short link and the fix for a ticket, as text and as Markdown', async ({ page }) => {
    await page.goto('/fixes/claude-api-key-not-working/');
    await page.getByRole('button', { name: 'Copy short link' }).press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(/^https?:\/\/[^/]+\/kb\/1001\/$/);
    await page.getByRole('button', { name: 'Copy for a ticket (text)' }).press('Enter');
    await expect(page.locator('#copy-status')).toHaveText('Fix copied as plain text');
    const text = await clipboard(page);
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Fix "401 invalid x-api-key" (authentication_error)',
      '',
      expect.stringMatching(/^A 401 authentication_error means/),
      '',
      '1. Confirm it is a 401 authentication_error',
    ]);
    expect(text).toMatch(/\n6\. Replace the key everywhere and verify\n\nFull steps: https?:\/\/[^/]+\/kb\/1001\/$/);
    await page.getByRole('button', { name: 'Copy for a ticket (Markdown)' }).press('Enter');
    await expect(page.locator('#copy-status')).toHaveText('Fix copied as Markdown');
    expect((await clipboard(page)).startsWith('**Fix "401 invalid x-api-key" (authentication_error)**\n')).toBe(true);
  });
});

test('the short link /kb/1001/ lands on the article', async ({ page }) => {
  await page.goto('/kb/1001/');
  await expect(page).toHaveURL(/\/fixes\/claude-api-key-not-working\/$/);
});

test('printing shows the article with its links written out, without header, search or buttons', async ({ page }) => {
  await page.goto('/fixes/claude-api-key-not-working/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-pagefind-ignore="all"]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy short link' })).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const after = await page
    .locator('main a[href^="https://platform.claude.com"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/\(https:\/\/platform\.claude\.com/);
});
