/**
 * The `_redirects` file for static hosts: one 301 per old path.
 * @example redirectsFile([{ from: '/fixes/old/', to: '/fixes/new/' }]) // => '/fixes/old/ /fixes/new/ 301\n'
 */
export function redirectsFile(redirects: readonly { from: string; to: string }[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}
