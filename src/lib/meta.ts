/** Page metadata helpers. */

/**
 * The document title: the page title, then the site name.
 * @example pageTitle('Fix "401 invalid x-api-key"', 'Unstuck') // => 'Fix "401 invalid x-api-key" | Unstuck'
 */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : `${title} | ${siteName}`;
}
