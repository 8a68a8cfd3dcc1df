import type { Redirect } from './content-graph.ts';
import { fixPath } from './paths.ts';

/**
 * The `_redirects` file for static hosts: one 301 per alias.
 * @example redirectsFile([{ from: 'old', to: 'new', file: '' }]) // => '/fixes/old/ /fixes/new/ 301\n'
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${fixPath(r.from)} ${fixPath(r.to)} 301\n`).join('');
}
