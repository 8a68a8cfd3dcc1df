/**
 * Pagefind ranking settings, shared by the browser and the Node evaluation so both rank alike.
 * Short knowledge-base pages: page length matters little, repeated words matter little.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: { pageLength: 0.1, termFrequency: 0.2, termSaturation: 1.6, termSimilarity: 5 },
} as const;
