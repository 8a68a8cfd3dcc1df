/**
 * The folder holding the content collections. UNSTUCK_CONTENT_DIR points the build at another
 * set (a test fixture, a synthetic benchmark corpus) without touching the real `content/`.
 * @example contentDir() // => 'content'
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.UNSTUCK_CONTENT_DIR?.trim();
  return (dir ? dir : 'content').replace(/\/+$/, '');
}
