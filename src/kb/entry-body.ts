/**
 * The body of a Markdown/MDX entry file: its text without the frontmatter block. The content
 * collections do not keep bodies in Astro's data store (`retainBody: false` in
 * src/content.config.ts): the store is bundled into the build as one module, and every megabyte in
 * it costs the build about 30 MB of peak memory, so the query module reads bodies from the files.
 * The rules match Astro's own frontmatter split (`@astrojs/internal-helpers/frontmatter`, mode
 * "remove"), so the body is the same text Astro renders.
 */

/** A frontmatter block at the start of a file (after a BOM or blank lines): `---`/`+++` fenced. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * An entry file split as Astro splits it: the raw frontmatter (undefined when there is none) and
 * the body after it.
 * @example splitEntry('---\ntitle: A\n---\nBody') // => { frontmatter: 'title: A\n', body: '\nBody' }
 */
export function splitEntry(fileText: string): { frontmatter: string | undefined; body: string } {
  const match = FRONTMATTER.exec(fileText);
  if (!match) return { frontmatter: undefined, body: fileText };
  const block = `${match[1]}${match[2]}${match[1]}`;
  const at = fileText.indexOf(block);
  // Astro removes the first occurrence of the opening fence, the block and a closing fence of the
  // same kind; when the closing fence is of the other kind nothing matches and nothing is removed.
  return at === -1
    ? { frontmatter: undefined, body: fileText }
    : { frontmatter: match[2], body: fileText.slice(0, at) + fileText.slice(at + block.length) };
}

/**
 * The text of an entry file after its frontmatter block; the whole text when it has none.
 * @example markdownBody('---\ntitle: A\n---\n## Steps\n') // => '\n## Steps\n'
 */
export const markdownBody = (fileText: string): string => splitEntry(fileText).body;
