/**
 * Pagefind ranking settings, shared by the browser and the Node evaluation so both rank alike.
 * Short knowledge-base pages: page length matters little, repeated words matter little.
 */
export const PAGEFIND_OPTIONS = {
  // Search on the main thread: the web worker would fetch a second copy of Pagefind's code (about
  // 12 KB gzipped) for searches that take a few milliseconds.
  noWorker: true,
  excerptLength: 24,
  ranking: { pageLength: 0.1, termFrequency: 0.2, termSaturation: 1.6, termSimilarity: 5 },
} as const;
