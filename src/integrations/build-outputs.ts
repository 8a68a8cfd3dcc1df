/**
 * Runs in the page bundle of a build (injected by src/integrations/bulk-files.ts): loads the
 * content once, starts the fixes' social images on a worker thread so a second core renders them
 * while the pages are built, and offers the writer of the one-per-fix files for `astro:build:done`.
 */
import { knowledgeBase } from '../kb/kb.ts';
import { fixImageJob, startImageWorker } from '../og/index.ts';
import { offerBulkFiles } from './bulk-files.ts';
import { writeFixFiles } from './fix-files.ts';

let started: Promise<void> | undefined;

export function startBuildOutputs(): Promise<void> {
  return (started ??= knowledgeBase().then((kb) => {
    startImageWorker(
      kb.fixes.map((fix) => fixImageJob(kb, fix)),
      __UNSTUCK_OG_WORKER__,
    );
    offerBulkFiles((outDir) => writeFixFiles(kb, outDir));
  }));
}
