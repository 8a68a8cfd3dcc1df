/**
 * Files the build writes itself instead of through Astro routes. Astro spends about half a
 * millisecond on each route however small its output; a site of 10,000 fixes has 30,000 one-per-fix
 * files that need no page rendering (short-link redirects, Markdown twins, social images), and as
 * routes, the short links alone took 5 s and the images 8 s of a 44 s build (docs/performance-notes.md).
 *
 * The page bundle and the Astro config are separate module graphs in one process, so the two meet
 * here through a global: the query module offers a writer when it loads the content
 * (src/data/bulk-files.ts), and an integration in astro.config.mjs runs it once Astro has written
 * the pages (`astro:build:done`).
 */

/** Writes the files into the build's output folder; resolves to how many it wrote. */
export type BulkWriter = (outDir: string) => Promise<number>;

const KEY = Symbol.for('unstuck.bulk-files');
type Slot = { [KEY]?: BulkWriter };

/** Called by the page bundle: the writer to run at the end of this build (the last offer wins). */
export function offerBulkFiles(writer: BulkWriter): void {
  (globalThis as Slot)[KEY] = writer;
}

/**
 * Called at the end of a build: run the offered writer once. A build that never loaded its content
 * has nothing to write, but a site without its short links and images is broken, so that fails.
 */
export async function writeBulkFiles(outDir: string): Promise<number> {
  const writer = (globalThis as Slot)[KEY];
  if (!writer) throw new Error('No page loaded the knowledge base, so the short links, Markdown twins and social images were not written (src/lib/bulk-files.ts).');
  delete (globalThis as Slot)[KEY];
  return writer(outDir);
}
