/**
 * The `unstuck-bulk-files` integration: the one-per-fix files (short links, Markdown twins, social
 * images; src/integrations/fix-files.ts) are written once Astro has written the pages, and the social
 * images start rendering on a second core as soon as the content is loaded.
 *
 * The page bundle and this config-time module are separate module graphs in one process: the
 * integration injects src/integrations/build-outputs.ts into the page bundle, which loads the
 * content, starts the image worker and hands this module its writer through a global slot; the
 * `astro:build:done` hook runs that writer. `astro dev` serves the same files from routes instead.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Writes the files into the build's output folder; resolves to how many it wrote. */
export type BulkWriter = (outDir: string) => Promise<number>;

const KEY = Symbol.for('unstuck.bulk-files');
type Slot = { [KEY]?: BulkWriter };

/** Called from the page bundle (build-outputs.ts): the writer to run at the end of this build (the last offer wins). */
export function offerBulkFiles(writer: BulkWriter): void {
  (globalThis as Slot)[KEY] = writer;
}

/**
 * Called at the end of a build: run the offered writer once. A build that never loaded its content
 * has nothing to write, but a site without its short links and images is broken, so that fails.
 */
export async function writeBulkFiles(outDir: string): Promise<number> {
  const writer = (globalThis as Slot)[KEY];
  if (!writer)
    throw new Error(
      'No page loaded the knowledge base, so the short links, Markdown twins and social images were not written (src/integrations/bulk-files.ts).',
    );
  delete (globalThis as Slot)[KEY];
  return writer(outDir);
}

const BUILD_OUTPUTS = fileURLToPath(new URL('./build-outputs.ts', import.meta.url));

export function bulkFiles(): AstroIntegration {
  return {
    name: 'unstuck-bulk-files',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        if (command !== 'build') return;
        injectScript('page-ssr', `import { startBuildOutputs } from ${JSON.stringify(BUILD_OUTPUTS)};\nawait startBuildOutputs();`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await writeBulkFiles(fileURLToPath(dir));
        logger.info(`${files} files written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
