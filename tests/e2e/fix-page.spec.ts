// The fix page's "On this page" outline, used from the keyboard on a laptop and on a phone, with and
// without JavaScript.
import { expect, test } from '@playwright/test';

const FIX = '/fixes/claude-api-key-not-working/';

test.describe('on a laptop (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the outline sits beside the article, stays in view, and its links work from the keyboard', async ({ page }) => {
    await page.goto(FIX);
    const outline = page.getByRole('navigation', { name: 'On this page' });
    await expect(outline).toBeVisible();
    await expect(page.locator('details[data-toc]')).toBeHidden();
    // The steps keep their numbers: an ordered list under "Steps".
    const steps = outline.locator('ol.toc-steps > li');
    await expect(steps).toHaveCount(6);
    expect(await steps.nth(2).evaluate((li) => getComputedStyle(li).listStyleType)).toBe('decimal');
    // Keyboard: focus the third step's link, press Enter: the step heading is in view and current.
    const step3 = outline.getByRole('link', { name: 'Test the key on its own' });
    await step3.focus();
    await expect(step3).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#step-test-key$/);
    await expect(page.locator('#step-test-key')).toBeInViewport();
    await expect(step3).toHaveAttribute('aria-current', 'true');
    await expect(outline.locator('[aria-current="true"]')).toHaveCount(1);
    // Sticky: after the jump the outline is still on screen.
    await expect(outline.getByRole('link', { name: 'Sources' })).toBeInViewport();
  });

  test('reading down the page moves the highlight to the section in view', async ({ page }) => {
    await page.goto(FIX);
    const outline = page.getByRole('navigation', { name: 'On this page' });
    await expect(outline.getByRole('link', { name: 'Quick answer' })).toHaveAttribute('aria-current', 'true');
    await page.locator('#common-mistakes').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await expect(outline.getByRole('link', { name: 'Common mistakes' })).toHaveAttribute('aria-current', 'true');
    await expect(outline.getByRole('link', { name: 'Quick answer' })).not.toHaveAttribute('aria-current', 'true');
  });
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the outline is a closed disclosure at the top that opens from the keyboard', async ({ page }) => {
    await page.goto(FIX);
    // The sticky column is hidden; the outline is the disclosure instead.
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    const disclosure = page.locator('details[data-toc]');
    const summary = disclosure.locator('summary');
    await expect(summary).toBeInViewport();
    await expect(summary).toHaveText('On this page');
    await expect(disclosure.getByRole('link', { name: 'Steps' })).toBeHidden();
    // The disclosure comes before the quick answer in the reading order.
    const before = await summary.evaluate(
      (s) => !!(s.compareDocumentPosition(document.getElementById('quick-answer')!) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    expect(before).toBe(true);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(disclosure).toHaveAttribute('open', '');
    // Tab goes into the list, in order: the first link is the quick answer.
    await page.keyboard.press('Tab');
    await expect(disclosure.getByRole('link', { name: 'Quick answer' })).toBeFocused();
    const why = disclosure.getByRole('link', { name: 'Why this happens' });
    await why.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#why-this-happens$/);
    await expect(page.locator('#why-this-happens')).toBeInViewport();
    // Nothing sticks out sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

  test('the outline is plain links that still work', async ({ page }) => {
    await page.goto(FIX);
    const outline = page.getByRole('navigation', { name: 'On this page' });
    await outline.getByRole('link', { name: 'FAQ' }).click();
    await expect(page).toHaveURL(/#faq$/);
    await expect(page.locator('#faq')).toBeInViewport();
    await expect(outline.locator('[aria-current]')).toHaveCount(0);
  });
});
