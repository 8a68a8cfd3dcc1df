import type { FixNode } from '../../kb/graph.ts';

/**
 * Pagefind filter attributes of a fix (`status:429`, `type:rate_limit_error`, `code:ThrottlingException`,
 * `surface:api`), so a search can be narrowed to an HTTP status, error type, platform error code or surface. Values never contain commas.
 * @example searchFacets({ signatures: [{ message: 'x', status: 429, type: 'rate_limit_error' }], surfaces: ['api'] }) // => ['status:429', 'type:rate_limit_error', 'surface:api']
 */
export function searchFacets(fix: Pick<FixNode, 'signatures' | 'surfaces'>): string[] {
  const statuses = new Set(fix.signatures.flatMap((s) => (s.status !== undefined ? [`status:${s.status}`] : [])));
  const types = new Set(fix.signatures.flatMap((s) => (s.type ? [`type:${s.type}`] : [])));
  const codes = new Set(fix.signatures.flatMap((s) => (s.code ? [`code:${s.code}`] : [])));
  return [...statuses, ...types, ...codes, ...fix.surfaces.map((s) => `surface:${s}`)];
}
