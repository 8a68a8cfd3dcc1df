/**
 * Query cleaning shared by the search page and the search evaluation. Pagefind deletes punctuation
 * inside a query instead of splitting on it, so a pasted JSON body would become one long token.
 * @example cleanQuery('{"type":"error","message":"invalid x-api-key"}') // => 'type error message invalid x-api-key'
 */
export function cleanQuery(raw: string): string {
  return raw
    .replace(/[^\p{L}\p{N}_\-.\s]+/gu, ' ')
    .replace(/(^|\s)[-.]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
